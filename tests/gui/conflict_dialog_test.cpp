// Two writers changing the same list item: another program saves its words while the window holds the user's
// typing; the user's save meets the conflict dialog, which names who and when and shows both versions, and
// the database holds what they chose, with the other version in the history.
#include "app/dialogs/conflict_dialog.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <functional>
#include <string>
#include <vector>

#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "common/test_store.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using app::from_wx;
using gui_test::RealInput;

namespace {

const char* const kProfile = "one-page-profile";

struct Window : gui_test::DemoFrame {
    gui_test::Recorder recorder;
    RealInput input;
    model::Subject person;
    app::ListSectionEditor* list = nullptr;
    std::string started;  // the first item as the window read it

    // Connie, whose one-page profile lists two appreciations.
    static void add_connie(model::Store& store) {
        model::Subject connie;
        connie.id = "P-CONNIE";
        connie.name = "Connie Twowriters";
        store.save_subject(connie);
        model::Record profile;
        profile.tool = kProfile;
        for (const char* item : {"Kind", "Funny"}) {
            model::Entry entry;
            entry.text = item;
            profile.section_for_update("appreciation").entries.push_back(entry);
        }
        store.save_record(model::SubjectKind::Person, connie.id, profile);
    }

    Window() : DemoFrame(add_connie) {
        frame->set_error_reporter(&recorder);
        // Within the 1024x768 display, so every click lands on what it aims at.
        frame->SetSize(0, 0, 1000, 740);
        frame->Raise();
        settle();
        person = *model::open_test_store(file)->subject(model::SubjectKind::Person, "P-CONNIE");
        frame->open_record(person.kind, person.id, kProfile);
        frame->subject_view().show_editor(true);
        settle();
        list = dynamic_cast<app::ListSectionEditor*>(
            frame->subject_view().editor().section_editor("appreciation"));
        BOOST_REQUIRE(list);
        BOOST_REQUIRE(list->item_count() > 0);
        started = from_wx(list->item_control(0)->GetValue());
    }

    // The user adds to the first item; before it is saved, another program (a process of its own, signed in
    // as carol) saves its own words there.
    void type_while_carol_changes_it(const std::string& typed, const std::string& carols) {
        type_while_carol_edits(typed, [&](model::Record& r) {
            r.section_for_update("appreciation").entries.at(0).text = carols;
        });
    }

    void type_while_carol_edits(const std::string& typed, const std::function<void(model::Record&)>& change) {
        wxTextCtrl* line = list->item_control(0);
        RealInput::reveal(line);
        BOOST_REQUIRE(input.click_into(line));
        input.key(WXK_END);
        BOOST_REQUIRE(input.type(line, wxString::FromUTF8(typed)));
        const pid_t child = fork();
        BOOST_REQUIRE(child >= 0);
        if (child == 0) {
            int code = 1;
            try {
                auto other = model::open_test_store(file, model::OpenMode::Existing, "carol");
                model::Record r = *other->record(person.kind, person.id, kProfile);
                change(r);
                other->save_record(person.kind, person.id, r);
                code = 0;
            } catch (...) {
            }
            _exit(code);
        }
        int status = 0;
        waitpid(child, &status, 0);
        BOOST_REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }

    // Leaves the item for the line below (saving it), which opens the dialog; `inside` chooses.
    bool save_and_choose(const std::function<void(app::ConflictDialog&)>& inside) {
        return gui_test::with_dialog<app::ConflictDialog>([&] { input.click(list->new_item_control()); },
                                                          inside);
    }

    std::unique_ptr<model::Store> reader() const { return model::open_test_store(file); }
    std::vector<std::string> stored_items() const {
        const auto record = reader()->record(person.kind, person.id, kProfile);
        std::vector<std::string> items;
        for (const auto& entry : record->section("appreciation")->entries) items.push_back(entry.text);
        return items;
    }
    std::string stored_first() const {
        return reader()
            ->record(person.kind, person.id, kProfile)
            ->section("appreciation")
            ->entries.at(0)
            .text;
    }
    // The first item in the version before the current one.
    std::string previous_first() const {
        auto store = reader();
        const int now = store->record(person.kind, person.id, kProfile)->version;
        return store->record_at(person.kind, person.id, kProfile, now - 1)
            ->section("appreciation")
            ->entries.at(0)
            .text;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(conflict_dialog_test)

BOOST_AUTO_TEST_CASE(keep_mine_saves_the_typing_over_theirs_and_history_keeps_theirs) {
    Window w;
    w.type_while_carol_changes_it(" and patient", "Carol's words");
    const std::string mine = w.started + " and patient";
    const bool opened = w.save_and_choose([&](app::ConflictDialog& dialog) {
        BOOST_TEST(from_wx(dialog.theirs_control()->GetValue()) == "Carol's words");
        BOOST_TEST(from_wx(dialog.yours_control()->GetValue()) == mine);
        BOOST_TEST(!dialog.theirs_control()->IsEditable());
        BOOST_TEST(!dialog.yours_control()->IsEditable());
        std::string words = from_wx(dialog.GetChildren().GetFirst()->GetData()->GetLabel());
        std::replace(words.begin(), words.end(), '\n', ' ');
        BOOST_TEST(words.find("carol changed this text at") != std::string::npos, words);
        w.input.click(dialog.mine_button());
    });
    BOOST_REQUIRE(opened);
    w.settle();
    BOOST_TEST(w.stored_first() == mine);
    BOOST_TEST(w.previous_first() == "Carol's words");
    BOOST_TEST(from_wx(w.list->item_control(0)->GetValue()) == mine);
    BOOST_TEST(!w.frame->subject_view().editor().has_unsaved());
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(a_merge_by_hand_is_saved_as_edited) {
    Window w;
    w.type_while_carol_changes_it(" and patient", "Carol's words");
    const bool opened = w.save_and_choose([&](app::ConflictDialog& dialog) {
        BOOST_TEST(from_wx(dialog.merge_control()->GetValue()) ==
                   "Carol's words\n" + w.started + " and patient");
        BOOST_REQUIRE(w.input.click_into(dialog.merge_control()));
        w.input.key(WXK_END, wxMOD_CONTROL);
        BOOST_REQUIRE(w.input.type(dialog.merge_control(), " (both)"));
        w.input.click(dialog.merge_button());
    });
    BOOST_REQUIRE(opened);
    w.settle();
    const std::string merged = "Carol's words\n" + w.started + " and patient (both)";
    BOOST_TEST(w.stored_first() == merged);
    BOOST_TEST(w.previous_first() == "Carol's words");
}

BOOST_AUTO_TEST_CASE(cancel_keeps_the_typing_unsaved_and_keep_theirs_drops_it) {
    Window w;
    w.type_while_carol_changes_it(" and patient", "Carol's words");
    const std::string mine = w.started + " and patient";
    BOOST_REQUIRE(w.save_and_choose(
        [&](app::ConflictDialog& dialog) { w.input.click(dialog.FindWindow(wxID_CANCEL)); }));
    w.settle();
    BOOST_TEST(w.stored_first() == "Carol's words");
    BOOST_TEST(from_wx(w.list->item_control(0)->GetValue()) == mine);
    BOOST_TEST(w.frame->subject_view().editor().has_unsaved());

    // Saving again asks again; this time theirs is kept and the editor shows it.
    BOOST_REQUIRE(w.input.click_into(w.list->item_control(0)));
    BOOST_REQUIRE(w.save_and_choose([&](app::ConflictDialog& dialog) {
        BOOST_TEST(from_wx(dialog.yours_control()->GetValue()) == mine);
        w.input.click(dialog.theirs_button());
    }));
    w.settle();
    BOOST_TEST(
        RealInput::wait_for([&] { return from_wx(w.list->item_control(0)->GetValue()) == "Carol's words"; }));
    BOOST_TEST(w.stored_first() == "Carol's words");
    BOOST_TEST(!w.frame->subject_view().editor().has_unsaved());
}

BOOST_AUTO_TEST_CASE(an_item_removed_meanwhile_comes_back_when_the_user_keeps_mine) {
    Window w;
    w.type_while_carol_edits(" and patient", [](model::Record& r) {
        auto& entries = r.section_for_update("appreciation").entries;
        entries.erase(entries.begin());
    });
    const std::string mine = w.started + " and patient";
    BOOST_REQUIRE(w.save_and_choose([&](app::ConflictDialog& dialog) {
        BOOST_TEST(from_wx(dialog.theirs_control()->GetValue()).empty());
        BOOST_TEST(from_wx(dialog.merge_control()->GetValue()) == mine);
        std::string words = from_wx(dialog.GetChildren().GetFirst()->GetData()->GetLabel());
        std::replace(words.begin(), words.end(), '\n', ' ');
        BOOST_TEST(words.find("carol removed or moved this at") != std::string::npos, words);
        w.input.click(dialog.mine_button());
    }));
    w.settle();
    const auto items = w.stored_items();
    BOOST_REQUIRE_EQUAL(items.size(), 2u);
    BOOST_TEST(items[0] == "Funny");
    BOOST_TEST(items[1] == mine);
    // The list is built again as stored, Carol's removal and the user's words both in it.
    BOOST_TEST(RealInput::wait_for(
        [&] { return w.list->item_count() == 2 && from_wx(w.list->item_control(1)->GetValue()) == mine; }));
    BOOST_TEST(!w.frame->subject_view().editor().has_unsaved());
}

BOOST_AUTO_TEST_SUITE_END()
