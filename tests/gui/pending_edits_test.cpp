// What is typed and not yet saved is stored once, in the record it was typed in, on every way out of the
// editor, and Undo shows whose record it changes before changing it: typed with real key presses through the
// X server, left by real clicks, keys or menu commands, and read back from the database file.
#include <SQLiteCpp/SQLiteCpp.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/grid.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/notebook.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "app/file_chooser.h"
#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "app/views/text_section_editor.h"
#include "common/test_store.h"
#include "demo_frame.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;

namespace {

using gui_test::Recorder;

const char* const kProfile = "one-page-profile";
const char* const kTyped = "Likes the window seat on the bus";

// Two people who sort first in the caseload, each with a one-page profile of three items a section.
void add_two_people(model::Store& store) {
    const char* ids[] = {"P-AAA", "P-AAB"};
    const char* names[] = {"Aaron Aardvark", "Abby Aardvark"};
    for (int p = 0; p < 2; ++p) {
        model::Subject person;
        person.id = ids[p];
        person.name = names[p];
        store.save_subject(person);
        model::Record profile;
        profile.tool = kProfile;
        profile.reviewed = model::Date(2026, 5, 1);
        for (const char* section : {"appreciation", "important-to-me", "how-to-support"})
            for (int i = 1; i <= 3; ++i) {
                model::Entry item;
                item.text = std::string(names[p]) + " " + section + " " + std::to_string(i);
                profile.section_for_update(section).entries.push_back(item);
            }
        store.save_record(person.kind, person.id, profile);
    }
}

// How many entries of the section hold exactly `text` (list items, or any cell of a row).
int count_of(const std::optional<model::Record>& record, const std::string& section,
             const std::string& text) {
    if (!record) return 0;
    const model::Section* found = record->section(section);
    if (!found) return 0;
    if (found->text == text) return 1;
    int count = 0;
    for (const auto& entry : found->entries) {
        if (entry.text == text) ++count;
        for (const auto& cell : entry.cells)
            if (cell.text == text) ++count;
    }
    return count;
}

// Stands in for the user at the file dialogs of File > New and File > Open: counts them and cancels them (the
// toolkit's dialog cannot be answered from here). What is typed must be saved before the dialog opens.
struct FileDialogCancel : wxModalDialogHook {
    int shown = 0;
    FileDialogCancel() { Register(); }
    ~FileDialogCancel() override { Unregister(); }
    int Enter(wxDialog* dialog) override {
        if (!dynamic_cast<wxFileDialog*>(dialog) && dialog->GetName() != app::kFileChooserName)
            return wxID_NONE;
        ++shown;
        return wxID_CANCEL;
    }
};

struct PendingWindow : DemoFrame {
    Recorder recorder;
    wxUIActionSimulator input;

    PendingWindow() : DemoFrame(add_two_people) {
        frame->set_error_reporter(&recorder);
        // Within the 1024x768 display, so every click lands on what it aims at.
        frame->SetSize(0, 0, 1000, 740);
        frame->Raise();
        settle();
    }

    // Lets the X server's events arrive until `done` (a bounded number of turns).
    void wait(const std::function<bool()>& done) {
        for (int turn = 0; turn < 400 && !done(); ++turn) {
            wxTheApp->Yield(true);
            wxMilliSleep(2);
        }
        settle();
    }

    // Chooses the caseload's row and the tool, shown in the Edit tab.
    model::Subject choose(int row, const std::string& tool) {
        frame->caseload().select_row(row);
        settle();
        BOOST_REQUIRE(frame->subject_view().select_tool_id(tool));
        frame->subject_view().show_editor(true);
        settle();
        return *frame->subject_view().subject();
    }
    app::RecordEditor& editor() { return frame->subject_view().editor(); }

    // The "Add an item" line of a section of the record shown.
    wxTextCtrl* new_item_line(const std::string& section) {
        auto* list = dynamic_cast<app::ListSectionEditor*>(editor().section_editor(section));
        BOOST_REQUIRE(list);
        return list->new_item_control();
    }

    // Real key presses into `control`: the pointer rests on the window (there is no window manager, so the
    // keys go to the window under it) and the keys go to the focused control.
    void type(wxWindow* control, const char* text, const std::function<bool()>& arrived) {
        input.MouseMove(frame->GetScreenPosition() + wxPoint(200, 10));
        control->SetFocus();
        wait([&] { return wxWindow::FindFocus() == control; });
        input.Text(text);
        wait(arrived);
        BOOST_REQUIRE(arrived());
    }
    void type_line(wxTextCtrl* line, const char* text) {
        type(line, text, [line, text] { return from_wx(line->GetValue()) == text; });
    }

    // A real click at `point` of `window`, then the events it sets off until `done`.
    void click(wxWindow* window, const wxPoint& point, const std::function<bool()>& done) {
        input.MouseMove(window->ClientToScreen(point));
        wait([] { return false; });
        input.MouseClick();
        wait(done);
    }
    // A real click on a row of a list (the caseload or the tools).
    void click_row(wxDataViewCtrl* list, const wxDataViewItem& item, const std::function<bool()>& done) {
        list->EnsureVisible(item);
        settle();
        const wxRect rect = list->GetItemRect(item, list->GetColumn(0));
        BOOST_REQUIRE(!rect.IsEmpty());
        click(list, wxPoint(rect.x + 10, rect.y + rect.height / 2), done);
    }
    void menu(int id) {
        wxCommandEvent event(wxEVT_MENU, id);
        frame->GetEventHandler()->ProcessEvent(event);
        settle();
    }
    wxString menu_label(int id) {
        frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        wxMenuItem* item = frame->GetMenuBar()->FindItem(id);
        return item ? item->GetItemLabelText() : wxString();
    }

    // The record as another program reading the file sees it.
    std::optional<model::Record> stored(const model::Subject& subject, const std::string& tool) {
        auto store = model::open_test_store(file);
        return store->record(subject.kind, subject.id, tool);
    }

    bool closed_by(const std::function<void(app::MainFrame&)>& action) {
        return gui_test::closed_by(frame, action);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(pending_edits_test)

BOOST_AUTO_TEST_CASE(an_item_typed_then_another_tool_clicked_is_stored_once_in_its_own_record) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    w.type_line(w.new_item_line("how-to-support"), kTyped);

    wxDataViewCtrl* tools = w.frame->subject_view().tool_list();
    const auto& rows = w.frame->subject_view().tool_rows();
    int circle = -1;
    for (std::size_t i = 0; i < rows.standings().size(); ++i)
        if (rows.standings()[i].tool->id == "relationship-circle") circle = static_cast<int>(i);
    BOOST_REQUIRE(circle >= 0);
    w.click_row(tools, rows.GetItem(static_cast<unsigned>(circle)), [&] {
        const auto* tool = w.frame->subject_view().current_tool();
        return tool && tool->id == "relationship-circle";
    });
    BOOST_REQUIRE(w.frame->subject_view().current_tool()->id == "relationship-circle");

    BOOST_TEST(count_of(w.stored(person, kProfile), "how-to-support", kTyped) == 1);
    BOOST_TEST(count_of(w.stored(person, "relationship-circle"), "people", kTyped) == 0);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(a_cell_being_typed_then_another_person_clicked_is_stored_once_for_the_first_person) {
    PendingWindow w;
    const model::Subject first = w.choose(0, "decision-making-agreement");
    auto* decisions = dynamic_cast<app::TableSectionEditor*>(w.editor().section_editor("decisions"));
    BOOST_REQUIRE(decisions);
    decisions->add_row();
    w.settle();
    wxGrid* grid = decisions->grid();
    BOOST_REQUIRE(grid->GetNumberRows() == 1);
    const int column = decisions->grid_column("decision");
    BOOST_REQUIRE(column >= 0);
    grid->SetGridCursor(0, column);
    grid->EnableCellEditControl();
    wxGridCellEditor* cell = grid->GetCellEditor(0, column);
    auto* text = dynamic_cast<wxTextCtrl*>(cell->GetControl());
    cell->DecRef();
    BOOST_REQUIRE(text);
    w.type(text, kTyped, [text] { return from_wx(text->GetValue()) == kTyped; });

    wxDataViewCtrl* caseload = w.frame->caseload().list_control();
    w.click_row(caseload, w.frame->caseload().rows().GetItem(1),
                [&] { return w.frame->subject_view().subject()->id == "P-AAB"; });
    BOOST_REQUIRE(w.frame->subject_view().subject()->id == "P-AAB");

    BOOST_TEST(count_of(w.stored(first, "decision-making-agreement"), "decisions", kTyped) == 1);
    BOOST_TEST(!w.stored(*w.frame->subject_view().subject(), "decision-making-agreement").has_value());
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(text_typed_then_the_read_tab_clicked_is_stored_once) {
    PendingWindow w;
    const model::Subject person = w.choose(0, "decision-making-agreement");
    auto* more = dynamic_cast<app::TextSectionEditor*>(w.editor().section_editor("more-control"));
    BOOST_REQUIRE(more);
    wxTextCtrl* box = more->text_control();
    w.type(box, kTyped, [box] { return from_wx(box->GetValue()) == kTyped; });

    // The Read tab, found where the notebook draws it.
    wxNotebook* tabs = w.frame->subject_view().record_tabs();
    const int read = tabs->FindPage(w.frame->subject_view().record_page());
    wxPoint at(-1, -1);
    for (int y = 2; y < 60 && at.x < 0; y += 4)
        for (int x = 2; x < 400 && at.x < 0; x += 4)
            if (tabs->HitTest(wxPoint(x, y)) == read) at = wxPoint(x, y);
    BOOST_REQUIRE(at.x >= 0);
    w.click(tabs, at, [&] { return tabs->GetSelection() == read; });
    BOOST_REQUIRE(tabs->GetSelection() == read);

    const auto saved = w.stored(person, "decision-making-agreement");
    BOOST_REQUIRE(saved.has_value());
    BOOST_TEST(saved->section("more-control")->text == kTyped);
    BOOST_TEST(w.recorder.messages.empty());
    // One save, not two: the record's first version.
    BOOST_TEST(saved->version == 1);
}

BOOST_AUTO_TEST_CASE(an_item_typed_then_staff_chosen_by_key_is_stored_once) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    wxTextCtrl* line = w.new_item_line("important-to-me");
    w.type_line(line, kTyped);
    // Ctrl+2 (View > Staff) while the line still has the focus: the list shows staff in place of people.
    w.input.Char('2', wxMOD_CONTROL);
    w.wait([&] { return w.frame->caseload().kind() == model::SubjectKind::Staff; });
    BOOST_REQUIRE((w.frame->caseload().kind() == model::SubjectKind::Staff));

    BOOST_TEST(count_of(w.stored(person, kProfile), "important-to-me", kTyped) == 1);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(an_item_typed_then_file_new_is_stored_once_before_the_file_dialog) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    w.type_line(w.new_item_line("appreciation"), kTyped);
    FileDialogCancel dialogs;
    w.menu(wxID_NEW);
    BOOST_TEST(dialogs.shown == 1);

    BOOST_TEST(count_of(w.stored(person, kProfile), "appreciation", kTyped) == 1);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(an_item_typed_then_file_open_is_stored_once_before_the_file_dialog) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    w.type_line(w.new_item_line("appreciation"), kTyped);
    FileDialogCancel dialogs;
    w.menu(wxID_OPEN);
    BOOST_TEST(dialogs.shown == 1);

    BOOST_TEST(count_of(w.stored(person, kProfile), "appreciation", kTyped) == 1);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(an_item_typed_then_a_recent_file_opened_is_stored_once_in_the_database_it_was_typed_in) {
    PendingWindow w;
    // The other database is the second of the recent files once the first is opened again.
    const std::filesystem::path other = w.folder / "other.pcrdb";
    w.frame->open_database(other, model::OpenMode::CreateIfMissing);
    w.frame->open_database(w.file);
    w.settle();
    const model::Subject person = w.choose(0, kProfile);
    w.type_line(w.new_item_line("appreciation"), kTyped);
    w.menu(wxID_FILE2);
    BOOST_TEST(w.frame->database_file() == other);

    BOOST_TEST(count_of(w.stored(person, kProfile), "appreciation", kTyped) == 1);
    BOOST_TEST(!model::open_test_store(other)->record(person.kind, person.id, kProfile).has_value());
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(an_item_typed_then_the_window_closed_is_stored_once) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    w.type_line(w.new_item_line("how-to-support"), kTyped);
    // What the window's close button sends.
    BOOST_REQUIRE(w.closed_by([](app::MainFrame& window) { window.Close(); }));

    BOOST_TEST(count_of(w.stored(person, kProfile), "how-to-support", kTyped) == 1);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(an_item_typed_then_ctrl_q_is_stored_once) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    w.type_line(w.new_item_line("how-to-support"), kTyped);
    BOOST_REQUIRE(w.closed_by([&](app::MainFrame&) { w.input.Char('q', wxMOD_CONTROL); }));

    BOOST_TEST(count_of(w.stored(person, kProfile), "how-to-support", kTyped) == 1);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(a_close_whose_save_fails_keeps_the_window_open_with_the_text) {
    PendingWindow w;
    const model::Subject person = w.choose(0, kProfile);
    wxTextCtrl* line = w.new_item_line("how-to-support");
    w.type_line(line, kTyped);
    {
        SQLite::Database other(w.file.string(), SQLite::OPEN_READWRITE);
        other.exec(
            "CREATE TRIGGER refuse BEFORE INSERT ON change_log BEGIN SELECT RAISE(ABORT, 'disk is full'); "
            "END");
    }
    BOOST_TEST(!w.closed_by([](app::MainFrame& window) { window.Close(); }));
    BOOST_TEST(w.recorder.messages.size() == 1u);
    BOOST_TEST(from_wx(line->GetValue()) == kTyped);
    BOOST_TEST(count_of(w.stored(person, kProfile), "how-to-support", kTyped) == 0);

    // Once the user takes the text back, the window closes.
    line->ChangeValue(wxString());
    BOOST_TEST(w.closed_by([](app::MainFrame& window) { window.Close(); }));
    BOOST_TEST(w.recorder.messages.size() == 1u);
}

BOOST_AUTO_TEST_CASE(undo_shows_the_person_and_tool_it_changes_before_changing_them) {
    PendingWindow w;
    const model::Subject first = w.choose(0, kProfile);
    auto* section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("important-to-me"));
    BOOST_REQUIRE(section);
    wxTextCtrl* item = section->item_control(0);
    const std::string original = from_wx(item->GetValue());
    // Real keys: the end of the item (Ctrl+End: the item may wrap), more words, Enter.
    w.type(item, "", [] { return true; });
    w.input.Char(WXK_END, wxMOD_CONTROL);
    w.input.Text(", with milk");
    w.input.Char(WXK_RETURN);
    const std::string edited = original + ", with milk";
    w.wait([&] { return w.stored(first, kProfile)->section("important-to-me")->entries[0].text == edited; });
    BOOST_REQUIRE(w.stored(first, kProfile)->section("important-to-me")->entries[0].text == edited);

    // Someone else on screen, on another tool.
    const model::Subject second = w.choose(1, "learning-log");
    BOOST_REQUIRE(second.id == "P-AAB");
    const auto second_profile = w.stored(second, kProfile);
    // On the menu as soon as the change is saved, before the menu is ever opened.
    BOOST_TEST(from_wx(w.frame->GetMenuBar()->FindItem(wxID_UNDO)->GetItemLabelText()) ==
               "Undo edit item, in Aaron Aardvark's one-page profile");
    BOOST_TEST(from_wx(w.menu_label(wxID_UNDO)) == "Undo edit item, in Aaron Aardvark's one-page profile");

    // What is on screen when the change is saved.
    struct Watch : model::EditObserver {
        app::SubjectView* view = nullptr;
        std::string subject, tool;
        void record_changed(model::SubjectKind, const std::string&, const std::string&) override {
            subject = view->subject() ? view->subject()->id : std::string();
            tool = view->current_tool() ? view->current_tool()->id : std::string();
        }
        void subject_changed(model::SubjectKind, const std::string&) override {}
    } watch;
    watch.view = &w.frame->subject_view();
    w.frame->session()->add_observer(watch);
    w.menu(wxID_UNDO);
    w.frame->session()->remove_observer(watch);

    BOOST_TEST(watch.subject == first.id);
    BOOST_TEST(watch.tool == kProfile);
    BOOST_TEST(w.frame->subject_view().subject()->id == first.id);
    BOOST_TEST(w.frame->subject_view().current_tool()->id == kProfile);
    BOOST_TEST(w.stored(first, kProfile)->section("important-to-me")->entries[0].text == original);
    BOOST_TEST((w.stored(second, kProfile) == second_profile));
    BOOST_TEST(from_wx(w.menu_label(wxID_REDO)) == "Redo edit item, in Aaron Aardvark's one-page profile");
    BOOST_TEST(w.recorder.messages.empty());

    // Redo likewise comes back to the first person from anyone else.
    w.choose(1, kProfile);
    w.menu(wxID_REDO);
    BOOST_TEST(w.frame->subject_view().subject()->id == first.id);
    BOOST_TEST(w.stored(first, kProfile)->section("important-to-me")->entries[0].text == edited);
}

BOOST_AUTO_TEST_SUITE_END()
