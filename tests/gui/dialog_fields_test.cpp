// Every text field a user types into, driven by real clicks and key presses through the X server: what the
// database holds afterwards is exactly what was typed (never a prompt), and a field left empty stores
// nothing.
#include <wx/menu.h>
#include <wx/statusbr.h>

#include <boost/test/unit_test.hpp>
#include <map>

#include "app/dialogs/action_dialog.h"
#include "app/dialogs/attendees_dialog.h"
#include "app/dialogs/circle_person_dialog.h"
#include "app/dialogs/preferences_dialog.h"
#include "app/dialogs/quick_log_dialog.h"
#include "app/dialogs/subject_dialog.h"
#include "app/shortcuts.h"
#include "app/views/action_list.h"
#include "app/views/action_plan_page.h"
#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "app/views/relationship_circle_view.h"
#include "app/views/subject_view.h"
#include "app/views/workbook_frame.h"
#include "app/views/workbook_topics_page.h"
#include "common/test_store.h"
#include "demo_frame.h"
#include "model/core/date_text.h"
#include "model/rules/saved_message.h"
#include "real_input.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;
using pcr::gui_test::open_dialog;
using pcr::gui_test::RealInput;
using pcr::gui_test::with_dialog;

namespace {

using gui_test::Recorder;

void add_amrik(model::Store& store) {
    model::Subject amrik;
    amrik.id = "P-AMR";
    amrik.name = "Amrik Singh Grewal";
    store.save_subject(amrik);
    gui_test::add_mo(store);
}

struct Window : DemoFrame {
    Recorder recorder;
    RealInput input;
    Window() : DemoFrame(add_amrik) {
        frame->set_error_reporter(&recorder);
        frame->SetSize(1000, 740);
        frame->Move(0, 0);
        settle();
    }
    std::unique_ptr<model::Store> stored() const { return model::open_test_store(file); }

    // The workbook window with an assessment of today, on the Action Plan page.
    app::WorkbookFrame& workbook() {
        BOOST_REQUIRE(frame->open_workbook());
        app::WorkbookFrame* window = frame->workbook_window();
        window->SetSize(1000, 740);
        window->Move(0, 0);
        if (!window->assessment()) BOOST_REQUIRE(window->start_assessment(kToday));
        settle();
        return *window;
    }
};

// The id of the menu item that carries `command`'s key (the shortcut table builds the menus).
int menu_id(wxMenuBar* bar, app::Command command) {
    const wxString key = app::key_text(command);
    for (size_t m = 0; m < bar->GetMenuCount(); ++m)
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems())
            if (item->GetItemLabel().AfterFirst('\t') == key) return item->GetId();
    return wxID_NONE;
}

std::string cell(const model::Entry& row, const std::string& column) {
    const model::Cell* c = row.cell(column);
    return c ? c->text : std::string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dialog_fields_test)

BOOST_AUTO_TEST_CASE(an_action_typed_into_what_is_stored_without_its_prompt) {
    Window w;
    app::WorkbookFrame& workbook = w.workbook();
    workbook.show_page(app::WorkbookFrame::kActions);
    w.settle();
    // Opened as a user opens it: a click on the button.
    auto* add = dynamic_cast<wxButton*>(
        wxWindow::FindWindowByLabel(L"Add A&ction\u2026", &workbook.action_plan_page().actions()));
    BOOST_REQUIRE(add);
    const bool opened = with_dialog<app::ActionDialog>(
        [&] { w.input.click(add); },
        [&](app::ActionDialog& dialog) {
            BOOST_TEST(w.input.click_into(dialog.what_control()));
            BOOST_TEST(w.input.type(dialog.what_control(), "Review every month"));
            w.input.click(dialog.FindWindow(wxID_OK));  // Who, By when and Done on left empty
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(w.recorder.messages.empty());
    const auto assessments = w.stored()->assessments();
    BOOST_REQUIRE(!assessments.empty());
    BOOST_REQUIRE(assessments.back().actions.size() == 1u);
    const model::TopicAction& action = assessments.back().actions.back();
    BOOST_TEST(action.action == "Review every month");
    BOOST_TEST(action.who == "");
    BOOST_TEST(!action.by_when.has_value());
    BOOST_TEST(!action.done.has_value());

    // Who typed as well, in a second action.
    with_dialog<app::ActionDialog>([&] { workbook.action_plan_page().actions().add(); },
                                   [&](app::ActionDialog& dialog) {
                                       w.input.click_into(dialog.what_control());
                                       w.input.type(dialog.what_control(), "Ask families");
                                       w.input.click_into(dialog.who_control());
                                       w.input.type(dialog.who_control(), "Sam Jones");
                                       w.input.click(dialog.FindWindow(wxID_OK));
                                   });
    const auto again = w.stored()->assessments().back().actions;
    BOOST_REQUIRE(again.size() == 2u);
    BOOST_TEST(again.back().action == "Ask families");
    BOOST_TEST(again.back().who == "Sam Jones");
}

BOOST_AUTO_TEST_CASE(a_person_added_is_stored_with_the_names_typed_and_no_date_of_birth) {
    Window w;
    const int add = menu_id(w.frame->GetMenuBar(), app::Command::AddSubject);
    BOOST_REQUIRE(add != wxID_NONE);
    const auto open = [&] {
        wxCommandEvent event(wxEVT_MENU, add);
        w.frame->GetEventHandler()->ProcessEvent(event);
    };
    const bool opened = with_dialog<app::SubjectDialog>(open, [&](app::SubjectDialog& dialog) {
        BOOST_TEST(w.input.click_into(dialog.name_control()));
        BOOST_TEST(w.input.type(dialog.name_control(), "Margaret Jones"));
        BOOST_TEST(w.input.click_into(dialog.preferred_control()));
        BOOST_TEST(w.input.type(dialog.preferred_control(), "Peggy"));
        w.input.click(dialog.FindWindow(wxID_OK));
    });
    BOOST_REQUIRE(opened);
    with_dialog<app::SubjectDialog>(open, [&](app::SubjectDialog& dialog) {
        w.input.click_into(dialog.name_control());
        w.input.type(dialog.name_control(), "Dilys Price");
        w.input.click(dialog.FindWindow(wxID_OK));
    });
    std::optional<model::Subject> peggy, dilys;
    for (const auto& subject : w.stored()->subjects(model::SubjectKind::Person)) {
        if (subject.name == "Margaret Jones") peggy = subject;
        if (subject.name == "Dilys Price") dilys = subject;
    }
    BOOST_REQUIRE(peggy.has_value());
    BOOST_TEST(peggy->preferred_name == "Peggy");
    BOOST_TEST(!peggy->born.has_value());
    BOOST_REQUIRE(dilys.has_value());
    BOOST_TEST(dilys->preferred_name == "");
}

BOOST_AUTO_TEST_CASE(a_quick_log_entry_stores_the_answers_typed_and_the_status_bar_says_where) {
    Window w;
    w.frame->open_record(model::SubjectKind::Person, "P-AMR", "one-page-profile");
    w.settle();
    BOOST_REQUIRE(w.frame->subject_view().subject()->id == "P-AMR");
    bool saved = false;
    const bool opened = with_dialog<app::QuickLogDialog>(
        [&] { saved = w.frame->add_log_entry(); },
        [&](app::QuickLogDialog& dialog) {
            BOOST_TEST(w.input.click_into(dialog.field("what-they-did")));
            BOOST_TEST(w.input.type(dialog.field("what-they-did"), "Bowls on the green"));
            BOOST_TEST(w.input.click_into(dialog.field("worked-well")));
            BOOST_TEST(w.input.type(dialog.field("worked-well"), "Going early while it was quiet"));
            w.input.click(dialog.FindWindow(wxID_SAVE));  // who was there, what did not work: left empty
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(saved);
    BOOST_TEST(w.recorder.messages.empty());
    const auto log = w.stored()->record(model::SubjectKind::Person, "P-AMR", "learning-log");
    BOOST_REQUIRE(log.has_value());
    const auto& entries = log->section("entries")->entries;
    BOOST_REQUIRE(entries.size() == 1u);
    BOOST_TEST(cell(entries[0], "what-they-did") == "Bowls on the green");
    BOOST_TEST(cell(entries[0], "worked-well") == "Going early while it was quiet");
    BOOST_TEST(cell(entries[0], "who-was-there") == "");
    BOOST_TEST(cell(entries[0], "did-not-work") == "");
    BOOST_TEST(entries[0].date == kToday.iso());
    BOOST_TEST(from_wx(w.frame->GetStatusBar()->GetStatusText(0)) == "Saved to Amrik\u2019s learning log");
}

BOOST_AUTO_TEST_CASE(someone_added_to_the_circle_is_stored_as_typed) {
    Window w;
    w.frame->open_record(model::SubjectKind::Person, "P-MO", gui_test::kCircle);
    w.settle();
    app::RelationshipCircleView& circle = w.frame->subject_view().circle();
    const auto open = [&] {
        wxCommandEvent click(wxEVT_BUTTON, circle.add_button().GetId());
        click.SetEventObject(&circle.add_button());
        circle.add_button().GetEventHandler()->ProcessEvent(click);
    };
    const bool opened = with_dialog<app::CirclePersonDialog>(open, [&](app::CirclePersonDialog& dialog) {
        BOOST_TEST(w.input.click_into(dialog.name_control()));
        BOOST_TEST(w.input.type(dialog.name_control(), "Dot"));
        w.input.click(dialog.FindWindow(wxID_OK));  // no relationship
    });
    BOOST_REQUIRE(opened);
    with_dialog<app::CirclePersonDialog>(open, [&](app::CirclePersonDialog& dialog) {
        w.input.click_into(dialog.name_control());
        w.input.type(dialog.name_control(), "Eddie");
        w.input.click_into(dialog.relationship_control());
        w.input.type(dialog.relationship_control(), "neighbour");
        w.input.click(dialog.FindWindow(wxID_OK));
    });
    BOOST_TEST(w.recorder.messages.empty());
    const auto record = w.stored()->record(model::SubjectKind::Person, "P-MO", gui_test::kCircle);
    BOOST_REQUIRE(record.has_value());
    std::map<std::string, std::string> relationships;
    for (const auto& row : record->section("people")->entries)
        relationships[cell(row, "name")] = cell(row, "relationship");
    BOOST_REQUIRE(relationships.count("Dot") == 1u);
    BOOST_TEST(relationships["Dot"] == "");
    BOOST_TEST(relationships["Eddie"] == "neighbour");
}

BOOST_AUTO_TEST_CASE(a_detailed_plan_and_a_topic_note_store_what_is_typed) {
    Window w;
    app::WorkbookFrame& workbook = w.workbook();
    workbook.show_page(app::WorkbookFrame::kActions);
    app::ActionPlanPage& plans = workbook.action_plan_page();
    BOOST_REQUIRE(plans.add_priority("1.1"));
    w.settle();
    // Why (several lines), then Who leads it (one line, with a hint), then away to First steps: saved.
    BOOST_TEST(w.input.click_into(plans.field(0)));
    BOOST_TEST(w.input.type(plans.field(0), "Scores are low"));
    BOOST_TEST(w.input.click_into(plans.field(2)));
    BOOST_TEST(w.input.type(plans.field(2), "Sam"));
    BOOST_TEST(w.input.click_into(plans.field(1)));
    auto stored = w.stored()->assessments().back().plans;
    BOOST_REQUIRE(stored.size() == 1u);
    BOOST_TEST(stored[0].why == "Scores are low");
    BOOST_TEST(stored[0].who == "Sam");
    BOOST_TEST(stored[0].first_steps == "");
    BOOST_TEST(!stored[0].by_when.has_value());
    BOOST_TEST(stored[0].success == "");

    workbook.show_page(app::WorkbookFrame::kTopics);
    app::WorkbookTopicsPage& topics = workbook.topics_page();
    BOOST_REQUIRE(topics.select_topic("1.1"));
    w.settle();
    BOOST_TEST(w.input.click_into(topics.note()));
    BOOST_TEST(w.input.type(topics.note(), "Talked it through at the team meeting"));
    workbook.commit_pending();
    std::string note;
    const auto assessments = w.stored()->assessments();
    for (const auto& score : assessments.back().scores)
        if (score.topic == "1.1") note = score.note;
    BOOST_TEST(note == "Talked it through at the team meeting");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(an_item_typed_into_the_add_line_is_stored_as_typed) {
    Window w;
    w.frame->open_record(model::SubjectKind::Person, "P-AMR", "one-page-profile");
    w.frame->subject_view().show_editor(true);
    w.settle();
    auto* section = dynamic_cast<app::ListSectionEditor*>(
        w.frame->subject_view().editor().section_editor("appreciation"));
    BOOST_REQUIRE(section);
    BOOST_TEST(from_wx(section->new_item_control()->GetValue()) == "");
    BOOST_TEST(w.input.click_into(section->new_item_control()));
    BOOST_TEST(w.input.type(section->new_item_control(), "Her laugh"));
    w.input.key(WXK_RETURN);
    RealInput::wait_for([&] {
        const auto r = w.stored()->record(model::SubjectKind::Person, "P-AMR", "one-page-profile");
        return r && r->section("appreciation") && !r->section("appreciation")->entries.empty();
    });
    const auto record = w.stored()->record(model::SubjectKind::Person, "P-AMR", "one-page-profile");
    BOOST_REQUIRE(record.has_value());
    BOOST_REQUIRE(record->section("appreciation"));
    BOOST_REQUIRE(record->section("appreciation")->entries.size() == 1u);
    BOOST_TEST(record->section("appreciation")->entries[0].text == "Her laugh");
}

// GTK has no hint for a multi-line box and wx would put the hint in as text: no such box may have one, and
// no field of a dialog opened empty holds text it did not come with.
BOOST_AUTO_TEST_CASE(no_multi_line_box_anywhere_has_a_hint_and_empty_forms_hold_no_text) {
    Window w;
    app::WorkbookFrame& workbook = w.workbook();
    const model::ToolTemplate& log = w.templates.get("learning-log");
    const auto store = w.stored();
    const model::Subject amrik = *store->subject(model::SubjectKind::Person, "P-AMR");
    model::EditSession session(*store);
    model::Subject nobody;
    nobody.id = "P-NEW";
    model::Column attendees;
    attendees.id = "attendees";
    attendees.choices = {{"family", "Family"}};

    std::vector<std::unique_ptr<wxDialog>> dialogs;
    dialogs.emplace_back(std::make_unique<app::ActionDialog>(
        w.frame.get(), "Add an action", workbook.workbook(), model::TopicAction{}, true, kToday));
    dialogs.emplace_back(std::make_unique<app::SubjectDialog>(w.frame.get(), "Add", nobody, kToday));
    dialogs.emplace_back(std::make_unique<app::CirclePersonDialog>(
        w.frame.get(), "Add", *w.templates.get(gui_test::kCircle).section("people"), app::CirclePerson{},
        false));
    dialogs.emplace_back(
        std::make_unique<app::QuickLogDialog>(w.frame.get(), log, amrik, session, w.recorder, kToday));
    dialogs.emplace_back(
        std::make_unique<app::AttendeesDialog>(w.frame.get(), attendees, std::vector<model::Attendee>{}));
    dialogs.emplace_back(std::make_unique<app::PreferencesDialog>(w.frame.get(), app::Preferences{}));

    int boxes = 0;
    std::function<void(wxWindow*, bool)> check = [&](wxWindow* window, bool empty_form) {
        if (auto* text = dynamic_cast<wxTextCtrl*>(window)) {
            ++boxes;
            if (text->IsMultiLine()) BOOST_TEST(from_wx(text->GetHint()) == "", from_wx(text->GetName()));
            // The quick log's date starts as today, a value the user keeps or changes; nothing else has one.
            if (empty_form && from_wx(text->GetValue()) != model::display_date(kToday))
                BOOST_TEST(from_wx(text->GetValue()) == "");
        }
        for (wxWindow* child : window->GetChildren()) check(child, empty_form);
    };
    for (const auto& dialog : dialogs) check(dialog.get(), true);
    check(w.frame.get(), false);
    check(&workbook, false);
    BOOST_TEST(boxes > 20);
}

BOOST_AUTO_TEST_SUITE_END()
