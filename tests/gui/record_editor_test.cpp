// The record editor, the quick learning-log entry and Undo, driven through the real widgets on a demo
// database, and what a failing save does: a message, and the typed text kept.
#include "app/views/record_editor.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wx/combo.h>
#include <wx/grid.h>
#include <wx/image.h>
#include <wx/menu.h>
#include <wx/uiaction.h>

#include <boost/test/unit_test.hpp>

#include "app/dialogs/quick_log_dialog.h"
#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/photo_panel.h"
#include "app/views/subject_view.h"
#include "app/views/table_section_editor.h"
#include "common/test_store.h"
#include "demo_frame.h"
#include "model/core/errors.h"
#include "model/rules/record_edit.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;

namespace {

using gui_test::Recorder;

// Someone who sorts first in the caseload, with a full one-page profile.
void add_first_person(model::Store& store) {
    model::Subject aaron;
    aaron.id = "P-AAA";
    aaron.name = "Aaron Aardvark";
    store.save_subject(aaron);
    model::Record profile;
    profile.tool = "one-page-profile";
    profile.reviewed = model::Date(2026, 5, 1);
    for (const char* section : {"appreciation", "important-to-me", "how-to-support"})
        for (int i = 1; i <= 3; ++i) {
            model::Entry item;
            item.text = std::string(section) + " " + std::to_string(i);
            profile.section_for_update(section).entries.push_back(item);
        }
    store.save_record(aaron.kind, aaron.id, profile);
}

// Makes a file immutable while it lives when running as root (who ignores permission bits), so that writing
// to it fails as it does for a user without write access; read_only says whether the file is read-only now.
struct ReadOnlyGuard {
    std::filesystem::path file;
    bool immutable = false;
    bool read_only = false;
    explicit ReadOnlyGuard(const std::filesystem::path& path) : file(path) {
        if (geteuid() != 0) {
            read_only = true;
            return;
        }
        immutable = set_immutable(true);
        read_only = immutable;
    }
    ~ReadOnlyGuard() {
        if (immutable) set_immutable(false);
        std::filesystem::permissions(file, std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);
    }
    bool set_immutable(bool on) const {
        const int fd = ::open(file.c_str(), O_RDONLY);
        if (fd < 0) return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = done && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return done;
    }
};

struct EditorWindow : DemoFrame {
    Recorder recorder;
    EditorWindow() : DemoFrame(add_first_person) { frame->set_error_reporter(&recorder); }

    // Chooses the first person in the caseload and the tool, as clicks would.
    const model::Subject& choose(const std::string& tool) {
        frame->caseload().select_row(0);
        settle();
        BOOST_REQUIRE(frame->subject_view().subject()->id == "P-AAA");
        BOOST_REQUIRE(frame->subject_view().select_tool_id(tool));
        settle();
        return *frame->subject_view().subject();
    }
    app::RecordEditor& editor() { return frame->subject_view().editor(); }

    // The record as a separate connection to the file reads it.
    std::optional<model::Record> stored(const model::Subject& subject, const std::string& tool) {
        auto store = model::open_test_store(file);
        return store->record(subject.kind, subject.id, tool);
    }

    void press_enter(wxTextCtrl* text) {
        wxCommandEvent event(wxEVT_TEXT_ENTER, text->GetId());
        event.SetEventObject(text);
        text->GetEventHandler()->ProcessEvent(event);
        settle();
    }

    wxString menu_label(int id) {
        frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        wxMenuItem* item = frame->GetMenuBar()->FindItem(id);
        return item ? item->GetItemLabelText() : wxString();
    }
    bool menu_enabled(int id) {
        frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        return frame->GetMenuBar()->IsEnabled(id);
    }
    void menu(int id) {
        wxCommandEvent event(wxEVT_MENU, id);
        frame->GetEventHandler()->ProcessEvent(event);
        settle();
    }
};

app::QuickLogDialog* open_quick_log() {
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<app::QuickLogDialog*>(window); dialog && dialog->IsModal())
            return dialog;
    return nullptr;
}

std::string cell(const model::Entry& row, const std::string& column) {
    const model::Cell* c = row.cell(column);
    return c ? c->text : std::string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(record_editor_test)

BOOST_AUTO_TEST_CASE(a_quick_learning_log_entry_from_the_caseload_is_in_the_database) {
    EditorWindow w;
    const model::Subject& person = w.choose("one-page-profile");
    const std::size_t before = [&] {
        auto r = w.stored(person, "learning-log");
        return r && r->section("entries") ? r->section("entries")->entries.size() : 0u;
    }();

    // The second click: the button under the caseload. The dialog is modal, so it is filled in from inside
    // its own event loop, the way a user would: focus starts in the first question, Save closes it.
    wxButton* button = w.frame->caseload().add_log_button();
    w.frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    BOOST_TEST(button->IsEnabled());
    bool filled = false;
    wxString focused_field;
    wxTheApp->CallAfter([&] {
        app::QuickLogDialog* dialog = open_quick_log();
        if (!dialog) return;
        filled = true;
        BOOST_TEST((dialog->date_control()->date() == kToday));
        BOOST_TEST((wxWindow::FindFocus() == dialog->field("what-they-did")));
        dialog->field("what-they-did")->SetValue(L"Swimming at the leisure centre, an hour");
        dialog->field("who-was-there")->SetValue("Sam (support worker)");
        dialog->field("worked-well")->SetValue(L"Going early while it was quiet");
        dialog->field("did-not-work")->SetValue(L"The changing room was too cold");
        wxCommandEvent save(wxEVT_BUTTON, wxID_SAVE);
        save.SetEventObject(dialog->FindWindow(wxID_SAVE));
        dialog->FindWindow(wxID_SAVE)->GetEventHandler()->ProcessEvent(save);
    });
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(click);
    w.settle();
    BOOST_REQUIRE(filled);
    BOOST_TEST(w.recorder.messages.empty());

    const auto log = w.stored(person, "learning-log");
    BOOST_REQUIRE(log);
    const auto& rows = log->section("entries")->entries;
    BOOST_REQUIRE(rows.size() == before + 1);
    const model::Entry& added = rows.back();
    BOOST_TEST(added.date == kToday.iso());
    BOOST_TEST(cell(added, "what-they-did") == "Swimming at the leisure centre, an hour");
    BOOST_TEST(cell(added, "who-was-there") == "Sam (support worker)");
    BOOST_TEST(cell(added, "worked-well") == "Going early while it was quiet");
    BOOST_TEST(cell(added, "did-not-work") == "The changing room was too cold");
    BOOST_TEST(from_wx(w.menu_label(wxID_UNDO)) ==
               "Undo add learning-log entry, in Aaron Aardvark's learning log");
}

BOOST_AUTO_TEST_CASE(an_edit_then_undo_restores_the_text_in_the_widget_and_the_database) {
    EditorWindow w;
    const model::Subject person = w.choose("one-page-profile");
    auto* section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("important-to-me"));
    BOOST_REQUIRE(section);
    BOOST_REQUIRE(section->item_count() > 0);
    const wxString original = section->item_control(0)->GetValue();

    section->item_control(0)->SetValue(L"Tea with two sugars, in the blue mug");
    w.press_enter(section->item_control(0));
    BOOST_TEST(w.recorder.messages.empty());
    BOOST_TEST(w.stored(person, "one-page-profile")->section("important-to-me")->entries[0].text ==
               "Tea with two sugars, in the blue mug");
    BOOST_TEST(from_wx(w.menu_label(wxID_UNDO)) == "Undo edit item, in Aaron Aardvark's one-page profile");

    w.menu(wxID_UNDO);
    section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("important-to-me"));
    BOOST_TEST(from_wx(section->item_control(0)->GetValue()) == from_wx(original));
    BOOST_TEST(w.stored(person, "one-page-profile")->section("important-to-me")->entries[0].text ==
               from_wx(original));
    BOOST_TEST(from_wx(w.menu_label(wxID_REDO)) == "Redo edit item, in Aaron Aardvark's one-page profile");

    w.menu(wxID_REDO);
    section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("important-to-me"));
    BOOST_TEST(from_wx(section->item_control(0)->GetValue()) == "Tea with two sugars, in the blue mug");
}

BOOST_AUTO_TEST_CASE(completeness_follows_the_typing_before_anything_is_saved) {
    EditorWindow w;
    const model::Subject person = w.choose("one-page-profile");
    // A fresh profile section: clear one section down to nothing through the model, then type into it.
    {
        auto store = model::open_test_store(w.file);
        auto record = *store->record(person.kind, person.id, "one-page-profile");
        record.section_for_update("appreciation").entries.clear();
        store->save_record(person.kind, person.id, record);
    }
    w.editor().reload();
    auto* section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("appreciation"));
    BOOST_REQUIRE(section);
    BOOST_TEST(section->status_text().StartsWith("0 of 3 items"));
    section->new_item_control()->SetValue("Her laugh");
    BOOST_TEST(section->status_text().StartsWith("1 of 3 items"));
    // Typed, not saved: the database has not changed.
    const auto* stored = w.stored(person, "one-page-profile")->section("appreciation");
    BOOST_TEST((stored == nullptr || stored->entries.empty()));
}

BOOST_AUTO_TEST_CASE(review_actions_past_their_date_and_not_done_show_overdue_in_red) {
    EditorWindow w;
    const model::Subject person = w.choose("person-centred-review");
    {
        auto store = model::open_test_store(w.file);
        const model::ToolTemplate& review = w.templates.get("person-centred-review");
        model::Record record = store->record(person.kind, person.id, review.id).value_or(model::Record{});
        model::RecordEdit edit(record, review);
        const std::size_t late = edit.add_row("actions", kToday);
        edit.set_cell("actions", late, "action", "Find a Saturday art class");
        edit.set_cell("actions", late, "who", "Priya");
        edit.set_cell("actions", late, "by-when", "2026-06-01");
        const std::size_t done = edit.add_row("actions", kToday);
        edit.set_cell("actions", done, "action", "Book the dentist");
        edit.set_cell("actions", done, "who", "Sam");
        edit.set_cell("actions", done, "by-when", "2026-06-02");
        edit.set_cell("actions", done, "done", "2026-06-02");
        store->save_record(person.kind, person.id, record);
    }
    w.editor().reload();
    auto* actions = dynamic_cast<app::TableSectionEditor*>(w.editor().section_editor("actions"));
    BOOST_REQUIRE(actions);
    const int rows = actions->grid()->GetNumberRows();
    BOOST_REQUIRE(rows >= 2);
    BOOST_TEST(from_wx(actions->row_status(rows - 2)) == "Overdue by 29 days");
    BOOST_TEST(from_wx(actions->row_status(rows - 1)) == "");
    const wxColour red = actions->grid()->GetCellTextColour(rows - 2, actions->grid_column("action"));
    BOOST_TEST(red.Red() > 150);
    BOOST_TEST(red.Green() < 80);
    BOOST_TEST(from_wx(actions->grid()->GetColLabelValue(actions->grid_column("action"))) == "Action *");

    // Filling in "Done on" through the grid clears the mark.
    BOOST_TEST(actions->set_cell_text(rows - 2, actions->grid_column("done"), "2026-06-29"));
    w.settle();
    BOOST_TEST(from_wx(actions->row_status(rows - 2)) == "");
    // A date the template cannot take is refused with a message, and stays in the cell to be corrected.
    BOOST_TEST(!actions->set_cell_text(rows - 1, actions->grid_column("by-when"), "next Tuesday"));
    BOOST_REQUIRE(w.recorder.messages.size() == 1u);
    BOOST_TEST(w.recorder.messages[0].Contains("31/01/2027, 31 Jan 2027 or 2027-01-31"));
    BOOST_TEST(from_wx(actions->grid()->GetCellValue(rows - 1, actions->grid_column("by-when"))) ==
               "next Tuesday");
}

BOOST_AUTO_TEST_CASE(a_failing_save_shows_a_message_and_keeps_the_typed_text) {
    EditorWindow w;
    const model::Subject person = w.choose("one-page-profile");
    auto* section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("how-to-support"));
    BOOST_REQUIRE(section);
    const std::size_t items = section->item_count();

    // Another program holds the write lock for longer than the store waits, so the save cannot happen.
    SQLite::Database other(w.file.string(), SQLite::OPEN_READWRITE);
    auto hold = std::make_unique<SQLite::Transaction>(other, SQLite::TransactionBehavior::EXCLUSIVE);
    section->new_item_control()->SetValue(L"Speak slowly and give me time to answer");
    w.press_enter(section->new_item_control());

    BOOST_REQUIRE(w.recorder.messages.size() == 1u);
    BOOST_TEST(from_wx(w.recorder.titles[0]) == "Your change was not saved");
    BOOST_TEST(w.recorder.messages[0].Contains("still in the editor"));
    BOOST_TEST(from_wx(section->new_item_control()->GetValue()) == "Speak slowly and give me time to answer");
    BOOST_TEST(section->item_count() == items);
    BOOST_TEST(!w.menu_enabled(wxID_UNDO));
    hold.reset();  // rolls back, letting go of the lock

    // Once the other program lets go, Enter saves what was kept.
    w.press_enter(section->new_item_control());
    BOOST_TEST(w.recorder.messages.size() == 1u);
    BOOST_TEST(w.stored(person, "one-page-profile")->section("how-to-support")->entries.back().text ==
               "Speak slowly and give me time to answer");
}

BOOST_AUTO_TEST_CASE(typing_in_a_cell_updates_completeness_and_currency_before_enter) {
    EditorWindow w;
    const model::Subject person = w.choose("learning-log");
    // One entry, dated long ago, with a blank answer: out of date and not complete.
    {
        auto store = model::open_test_store(w.file);
        const model::ToolTemplate& log = w.templates.get("learning-log");
        model::Record record;
        record.tool = log.id;
        model::RecordEdit edit(record, log);
        const std::size_t row = edit.add_row("entries", model::Date(2025, 1, 10));
        edit.set_cell("entries", row, "what-they-did", "Bowls");
        edit.set_cell("entries", row, "worked-well", "The sunshine");
        store->save_record(person.kind, person.id, record);
    }
    w.editor().reload();
    w.frame->subject_view().show_editor(true);
    w.settle();
    auto* entries = dynamic_cast<app::TableSectionEditor*>(w.editor().section_editor("entries"));
    BOOST_REQUIRE(entries);
    wxGrid* grid = entries->grid();
    BOOST_REQUIRE(grid->GetNumberRows() == 1);
    BOOST_TEST(w.editor().status_text().Contains("Out of date"));
    BOOST_TEST(!entries->status_text().StartsWith(L"\u2714"));

    // Type the missing answer into its cell without pressing Enter: the section counts it at once.
    const auto type_into = [&](const std::string& column, const wxString& text) {
        grid->SetFocus();
        grid->SetGridCursor(0, entries->grid_column(column));
        grid->EnableCellEditControl();
        BOOST_REQUIRE(grid->IsCellEditControlShown());
        wxGridCellEditor* editor = grid->GetCellEditor(0, entries->grid_column(column));
        auto* control = dynamic_cast<wxTextCtrl*>(editor->GetControl());
        // A date cell's editor is a date field: its text is typed into the same way.
        if (auto* date = dynamic_cast<wxComboCtrl*>(editor->GetControl())) control = date->GetTextCtrl();
        editor->DecRef();
        BOOST_REQUIRE(control);
        control->SetValue(text);
    };
    type_into("did-not-work", "It rained");
    BOOST_TEST(entries->status_text().StartsWith(L"\u2714"));
    BOOST_TEST(cell(w.stored(person, "learning-log")->section("entries")->entries[0], "did-not-work") == "");

    // A date typed into the date cell makes the record current before it is saved.
    type_into("date", kToday.iso());
    BOOST_TEST(w.editor().status_text().Contains("Current"));
    BOOST_TEST(w.stored(person, "learning-log")->section("entries")->entries[0].date == "2025-01-10");
    // Leaving the cell saves it, as Enter would.
    grid->DisableCellEditControl();
    w.settle();
    BOOST_TEST(w.stored(person, "learning-log")->section("entries")->entries[0].date == kToday.iso());
    BOOST_TEST(cell(w.stored(person, "learning-log")->section("entries")->entries[0], "did-not-work") ==
               "It rained");
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(tab_goes_cell_by_cell_through_the_rows_and_then_out_of_the_grid) {
    EditorWindow w;
    const model::Subject person = w.choose("learning-log");
    {
        auto store = model::open_test_store(w.file);
        const model::ToolTemplate& log = w.templates.get("learning-log");
        model::Record record;
        record.tool = log.id;
        model::RecordEdit edit(record, log);
        edit.add_row("entries", model::Date(2026, 6, 1));
        edit.add_row("entries", model::Date(2026, 6, 2));
        store->save_record(person.kind, person.id, record);
    }
    w.editor().reload();
    w.frame->subject_view().show_editor(true);
    w.settle();
    auto* entries = dynamic_cast<app::TableSectionEditor*>(w.editor().section_editor("entries"));
    BOOST_REQUIRE(entries);
    wxGrid* grid = entries->grid();
    const int columns = grid->GetNumberCols();
    const auto tab = [&](bool back) {
        wxKeyEvent key(wxEVT_KEY_DOWN);
        key.m_keyCode = WXK_TAB;
        key.m_shiftDown = back;
        key.SetEventObject(grid->GetGridWindow());
        grid->GetEventHandler()->ProcessEvent(key);
        w.settle();
    };
    grid->SetGridCursor(0, columns - 2);
    tab(false);
    BOOST_TEST(grid->GetGridCursorRow() == 0);
    BOOST_TEST(grid->GetGridCursorCol() == columns - 1);
    tab(false);  // past the end of a row: the start of the next
    BOOST_TEST(grid->GetGridCursorRow() == 1);
    BOOST_TEST(grid->GetGridCursorCol() == 0);
    tab(true);  // and back
    BOOST_TEST(grid->GetGridCursorRow() == 0);
    BOOST_TEST(grid->GetGridCursorCol() == columns - 1);

    // A value being typed is saved when Tab moves on (the log lists its newest entry first).
    grid->SetGridCursor(1, entries->grid_column("what-they-did"));
    grid->EnableCellEditControl();
    wxGridCellEditor* editor = grid->GetCellEditor(1, entries->grid_column("what-they-did"));
    dynamic_cast<wxTextCtrl*>(editor->GetControl())->SetValue("Bowls on the green");
    editor->DecRef();
    tab(false);
    BOOST_REQUIRE(entries->stored_index(1).has_value());
    BOOST_TEST(cell(w.stored(person, "learning-log")->section("entries")->entries[*entries->stored_index(1)],
                    "what-they-did") == "Bowls on the green");
    BOOST_TEST(
        w.stored(person, "learning-log")->section("entries")->entries[*entries->stored_index(1)].date ==
        "2026-06-01");

    // Real Tab presses, into the grid from the button before it, along the row, out of the grid to the next
    // control (the Add row button), and Shift+Tab back into the grid where the cursor was.
    grid->SetGridCursor(1, columns - 2);
    w.frame->Raise();
    wxUIActionSimulator keys;
    wxButton* reviewed = w.editor().reviewed_button();
    keys.MouseMove(reviewed->GetScreenPosition() + wxPoint(5, 5));
    reviewed->SetFocus();
    w.settle();
    const auto press = [&](int modifiers) {
        wxWindow* before = wxWindow::FindFocus();
        const int column = grid->GetGridCursorCol();
        keys.Char(WXK_TAB, modifiers);
        // The key goes through the X server: let its events arrive (a bounded number of turns, no clock).
        for (int turn = 0;
             turn < 100 && wxWindow::FindFocus() == before && grid->GetGridCursorCol() == column; ++turn)
            wxTheApp->Yield(true);
        w.settle();
        return wxWindow::FindFocus();
    };
    wxWindow* in_grid = press(wxMOD_NONE);
    BOOST_TEST((in_grid == grid || in_grid == grid->GetGridWindow()));
    press(wxMOD_NONE);
    BOOST_TEST(grid->GetGridCursorCol() == columns - 1);
    auto* button = dynamic_cast<wxButton*>(press(wxMOD_NONE));
    BOOST_REQUIRE(button);
    BOOST_TEST(from_wx(button->GetLabelText()) == "Add row");
    wxWindow* back = press(wxMOD_SHIFT);
    BOOST_TEST((back == grid || back == grid->GetGridWindow()));
    BOOST_TEST(grid->GetGridCursorRow() == 1);
    BOOST_TEST(grid->GetGridCursorCol() == columns - 1);
}

BOOST_AUTO_TEST_CASE(a_photo_change_is_undone_with_the_other_edits) {
    EditorWindow w;
    const model::Subject person = w.choose("one-page-profile");
    app::PhotoPanel* photo = w.editor().photo_panel();
    BOOST_REQUIRE(photo);
    BOOST_TEST(!photo->has_photo());
    // A small PNG written with wxImage, as a camera's file would be chosen.
    const std::filesystem::path file = w.folder / "face.png";
    {
        wxImage image(40, 50);
        image.SetRGB(wxRect(0, 0, 40, 50), 0xc0, 0x80, 0x40);
        BOOST_REQUIRE(image.SaveFile(app::to_wx(file), wxBITMAP_TYPE_PNG));
    }
    BOOST_TEST(photo->use_file(file));
    BOOST_TEST(photo->has_photo());
    BOOST_TEST(from_wx(w.menu_label(wxID_UNDO)) == "Undo change the photo of Aaron Aardvark");
    BOOST_TEST(model::open_test_store(w.file)->photo(person.kind, person.id).has_value());

    w.menu(wxID_UNDO);
    photo = w.editor().photo_panel();
    BOOST_TEST(!photo->has_photo());
    BOOST_TEST(!model::open_test_store(w.file)->photo(person.kind, person.id).has_value());
    w.menu(wxID_REDO);
    BOOST_TEST(w.editor().photo_panel()->has_photo());

    BOOST_TEST(w.editor().photo_panel()->remove());
    BOOST_TEST(!w.editor().photo_panel()->has_photo());
    BOOST_TEST(from_wx(w.menu_label(wxID_UNDO)) == "Undo remove the photo of Aaron Aardvark");
    w.menu(wxID_UNDO);
    BOOST_TEST(w.editor().photo_panel()->has_photo());
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(a_read_only_database_file_opens_read_only_with_its_record_greyed) {
    EditorWindow w;
    // A copy that is read-only, as a file on a shared drive without write access would be. Permission bits do
    // not stop root, so there the copy is made immutable too; a file system that cannot do that cannot run
    // this.
    const std::filesystem::path copy = w.folder / "read-only.pcrdb";
    std::filesystem::copy_file(w.file, copy);
    std::filesystem::permissions(copy, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::group_read |
                                           std::filesystem::perms::others_read);
    ReadOnlyGuard guard(copy);
    if (!guard.read_only) {
        BOOST_TEST_MESSAGE("this file system cannot make the file read-only for root: not checked here");
        return;
    }
    // Opened to be read (it used to be refused), with nothing to type into.
    w.frame->open_database(copy);
    BOOST_REQUIRE(w.frame->store()->read_only());
    BOOST_TEST(w.frame->database_file() == copy);
    w.choose("one-page-profile");
    auto* section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("how-to-support"));
    BOOST_REQUIRE(section);
    BOOST_TEST(!section->new_item_control()->IsEnabled());
    BOOST_TEST(w.recorder.messages.empty());

    // The database it can write opens as before, and edits to it are saved as before.
    w.frame->open_database(w.file);
    BOOST_REQUIRE(!w.frame->store()->read_only());
    const model::Subject person = w.choose("one-page-profile");
    section = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("how-to-support"));
    BOOST_REQUIRE(section);
    section->new_item_control()->SetValue(L"Knock and wait before coming in");
    w.press_enter(section->new_item_control());
    BOOST_TEST(w.recorder.messages.empty());
    BOOST_TEST(w.stored(person, "one-page-profile")->section("how-to-support")->entries.back().text ==
               "Knock and wait before coming in");
}

BOOST_AUTO_TEST_CASE(a_template_added_by_a_provider_gets_an_editor_with_no_code) {
    EditorWindow w;
    const model::Subject person = w.choose("one-page-profile");
    // A 19th tool, as a provider would add it: a list, a table with a choice column, and text.
    model::ToolTemplate extra;
    extra.id = "favourite-music";
    extra.title = "Favourite music";
    extra.scopes = {model::SubjectKind::Person};
    model::SectionTemplate songs;
    songs.id = "songs";
    songs.title = "Songs";
    songs.kind = model::SectionKind::List;
    songs.min = 2;
    model::SectionTemplate gigs;
    gigs.id = "gigs";
    gigs.title = "Gigs";
    gigs.kind = model::SectionKind::Table;
    model::Column where{"where", "Where", "", model::ColumnType::Text, true, {}};
    model::Column liked{"liked", "Liked it?",
                        "",      model::ColumnType::Choice,
                        false,   {{"yes", "Loved it"}, {"no", "Not really"}}};
    gigs.columns = {where, liked};
    model::SectionTemplate notes;
    notes.id = "notes";
    notes.title = "Notes";
    notes.kind = model::SectionKind::Text;
    extra.sections = {songs, gigs, notes};

    w.editor().show(person, extra);
    w.settle();
    auto* list = dynamic_cast<app::ListSectionEditor*>(w.editor().section_editor("songs"));
    auto* table = dynamic_cast<app::TableSectionEditor*>(w.editor().section_editor("gigs"));
    BOOST_REQUIRE(list);
    BOOST_REQUIRE(table);
    BOOST_TEST(w.editor().section_editor("notes") != nullptr);
    BOOST_TEST(from_wx(table->grid()->GetColLabelValue(0)) == "Where *");

    list->new_item_control()->SetValue("Dancing Queen");
    w.press_enter(list->new_item_control());
    table->add_row();
    w.settle();
    BOOST_TEST(table->set_cell_text(0, table->grid_column("where"), "The park bandstand"));
    w.settle();
    BOOST_TEST(table->set_cell_text(0, table->grid_column("liked"), "Loved it"));
    w.settle();
    BOOST_TEST(w.recorder.messages.empty());
    const auto saved = w.stored(person, "favourite-music");
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->section("songs")->entries.at(0).text == "Dancing Queen");
    BOOST_TEST(cell(saved->section("gigs")->entries.at(0), "liked") == "yes");
    BOOST_TEST(from_wx(table->grid()->GetCellValue(0, table->grid_column("liked"))) == "Loved it");
    BOOST_TEST(list->status_text().StartsWith("1 of 2 items"));
}

BOOST_AUTO_TEST_SUITE_END()
