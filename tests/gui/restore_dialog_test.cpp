// File > Restore from Backup and File > Database Settings with real key presses: the database is put back as
// it was in a backup, with the file it replaced kept; a setting typed is checked, saved and audited; and a
// support worker can do neither.
#include "app/dialogs/restore_dialog.h"

#include <wx/menu.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include "app/dialogs/database_settings_dialog.h"
#include "app/dialogs/retention_dialog.h"
#include "app/dialogs/sign_in_dialog.h"
#include "common/other_program.h"
#include "demo_frame.h"
#include "model/accounts/account_admin.h"
#include "model/store/backup_folder.h"
#include "real_input.h"
#include "sign_in_steps.h"

using namespace pcr;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

const std::string kPassword = "a long enough password";

void add_rosa(model::Store& store) {
    model::Subject rosa;
    rosa.id = "P-RST";
    rosa.name = "Rosa Before";
    store.save_subject(rosa);
}

std::string rosa_in(const model::Store& store) {
    const auto rosa = store.subject(model::SubjectKind::Person, "P-RST");
    return rosa ? rosa->name : "(nobody)";
}

// The main window at 1000x740 on `files`, opened as the login name.
std::unique_ptr<app::MainFrame> window_on(gui_test::DemoFiles& files) {
    auto frame = std::make_unique<app::MainFrame>(files.templates, gui_test::kToday, true);
    frame->SetSize(0, 0, 1000, 740);
    frame->Show();
    frame->open_database(files.file);
    RealInput::settle();
    return frame;
}

// Rosa, ann the administrator and sam a support worker.
void add_rosa_and_accounts(model::Store& store) {
    add_rosa(store);
    gui_test::add_ann_and_sam(store, kPassword);
}

// The main window at 1000x740 on `files`, signed in as `name` by typing into the sign-in dialog.
std::unique_ptr<app::MainFrame> signed_in_window(gui_test::DemoFiles& files, const std::string& name) {
    auto frame = std::make_unique<app::MainFrame>(files.templates, gui_test::kToday, true);
    frame->SetSize(0, 0, 1000, 740);
    frame->Show();
    RealInput input;
    gui_test::sign_in_by_keys(*frame, files.file, input, name, kPassword);
    return frame;
}

// Rosa as she was kept in the first writing open's backup, then renamed "Rosa After".
void backup_then_rename(const std::filesystem::path& file) {
    auto store = model::open_test_store(file);
    BOOST_REQUIRE_EQUAL(model::BackupFolder(file).list().size(), 1u);
    auto rosa = *store->subject(model::SubjectKind::Person, "P-RST");
    rosa.name = "Rosa After";
    store->save_subject(rosa);
}

// Opens the File menu with Alt+F and chooses the item whose mnemonic is `letter`, as a user does from the
// keyboard, with the pointer over the window so the keys go to it (there is no window manager to give focus).
void choose_from_file_menu(RealInput& input, wxFrame& frame, char letter) {
    frame.Raise();
    const wxRect rect = frame.GetScreenRect();
    input.simulator.MouseMove(rect.GetPosition() + wxPoint(rect.width / 2, rect.height / 2));
    RealInput::settle();
    bool opened = false;
    const auto watch = [&](wxMenuEvent& event) {
        opened = true;
        event.Skip();
    };
    frame.Bind(wxEVT_MENU_OPEN, watch);
    input.key('f', wxMOD_ALT);
    RealInput::wait_for([&] { return opened; });
    frame.Unbind(wxEVT_MENU_OPEN, watch);
    BOOST_TEST(opened, "Alt+F opened the File menu");
    input.key(letter);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(restore_dialog_test)

BOOST_AUTO_TEST_CASE(restore_puts_back_the_backup_and_keeps_the_records_it_replaced) {
    gui_test::DemoFiles files(add_rosa);
    backup_then_rename(files.file);
    auto frame = window_on(files);
    gui_test::Recorder recorder;
    frame->set_error_reporter(&recorder);
    BOOST_REQUIRE_EQUAL(rosa_in(*frame->store()), "Rosa After");
    RealInput input;

    std::size_t listed = 0;
    std::string question;
    const bool opened =
        with_dialog<app::RestoreDialog>([&] { choose_from_file_menu(input, *frame, 'b'); },
                                        [&](app::RestoreDialog& dialog) {
                                            listed = static_cast<std::size_t>(dialog.list()->GetItemCount());
                                            BOOST_TEST(dialog.restore_button()->IsEnabled());
                                            // Enter on the backup chosen asks first; Enter again restores.
                                            dialog.list()->SetFocus();
                                            input.key(WXK_RETURN);
                                            BOOST_TEST(RealInput::wait_for([&] { return dialog.asking(); }));
                                            question = app::from_wx(dialog.question()->GetLabel());
                                            input.key(WXK_RETURN);
                                        });
    BOOST_REQUIRE(opened);
    RealInput::wait_for([&] { return frame->store() != nullptr; });
    BOOST_TEST(listed == 1u);
    BOOST_TEST(question.find("The current records are kept as a backup first") != std::string::npos,
               question);
    BOOST_TEST(recorder.messages.empty(),
               (recorder.messages.empty() ? "" : app::from_wx(recorder.messages[0])));

    // The window shows the database again, as it was in the backup.
    BOOST_REQUIRE(frame->store() != nullptr);
    BOOST_TEST(rosa_in(*frame->store()) == "Rosa Before");
    BOOST_TEST(app::from_wx(frame->GetStatusBar()->GetStatusText(0)).rfind("Restored.", 0) == 0u);
    frame.reset();

    const auto store = model::open_test_store(files.file, model::OpenMode::Reading);
    BOOST_TEST(rosa_in(*store) == "Rosa Before");
    BOOST_TEST((store->audit({}).back().action == model::AuditAction::Restore));
    std::vector<std::filesystem::path> kept;
    for (const auto& backup : model::BackupFolder(files.file).list())
        if (backup.reason == "before-restore") kept.push_back(backup.file);
    BOOST_REQUIRE_EQUAL(kept.size(), 1u);
    BOOST_TEST(rosa_in(*model::open_test_store(kept.front(), model::OpenMode::Reading)) == "Rosa After");
}

BOOST_AUTO_TEST_CASE(a_refused_restore_says_why_and_leaves_the_window_on_the_database_as_it_was) {
    gui_test::DemoFiles files(add_rosa);
    backup_then_rename(files.file);
    pcr::test::OtherProgram other(files.file);
    auto frame = window_on(files);
    gui_test::Recorder recorder;
    frame->set_error_reporter(&recorder);
    RealInput input;
    const bool opened =
        with_dialog<app::RestoreDialog>([&] { BOOST_TEST(!frame->restore_from_backup()); },
                                        [&](app::RestoreDialog& dialog) {
                                            dialog.list()->SetFocus();
                                            input.key(WXK_RETURN);
                                            RealInput::wait_for([&] { return dialog.asking(); });
                                            input.key(WXK_RETURN);
                                        });
    BOOST_REQUIRE(opened);
    BOOST_REQUIRE_EQUAL(recorder.messages.size(), 1u);
    BOOST_TEST(app::from_wx(recorder.titles[0]) == "Not restored");
    const std::string message = app::from_wx(recorder.messages[0]);
    BOOST_TEST(message.find("another program has the database open") != std::string::npos, message);
    BOOST_TEST(message.find("The database was not changed.") != std::string::npos, message);
    BOOST_REQUIRE(frame->store() != nullptr);
    BOOST_TEST(rosa_in(*frame->store()) == "Rosa After");
    BOOST_TEST(frame->session() != nullptr);
    frame.reset();
    for (const auto& kept : model::BackupFolder(files.file).list())
        BOOST_TEST(kept.reason != "before-restore");
}

BOOST_AUTO_TEST_CASE(a_setting_typed_is_checked_then_saved_and_audited) {
    gui_test::DemoFiles files(add_rosa);
    auto frame = window_on(files);
    RealInput input;
    std::string problem;
    const bool opened = with_dialog<app::DatabaseSettingsDialog>(
        [&] { choose_from_file_menu(input, *frame, 's'); },
        [&](app::DatabaseSettingsDialog& dialog) {
            wxTextCtrl* daily = dialog.value_control("backup.daily");
            BOOST_REQUIRE(daily != nullptr);
            BOOST_TEST(app::from_wx(daily->GetValue()) == "7");
            BOOST_TEST(input.click_into(daily));
            input.key('a', wxMOD_CONTROL);
            BOOST_TEST(input.type(daily, "400"));
            input.key(WXK_RETURN);
            BOOST_TEST(RealInput::wait_for([&] { return !dialog.problem()->GetLabel().empty(); }));
            problem = app::from_wx(dialog.problem()->GetLabel());
            BOOST_TEST(dialog.IsModal());
            input.key('a', wxMOD_CONTROL);
            BOOST_TEST(input.type(daily, "14"));
            BOOST_TEST(app::from_wx(daily->GetValue()) == "14");
            input.key(WXK_RETURN);
        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(problem == "backup.daily takes a whole number from 0 to 366, not \"400\".");
    frame.reset();
    const auto store = model::open_test_store(files.file, model::OpenMode::Reading);
    BOOST_TEST(store->setting("backup.daily").value_or("") == "14");
    BOOST_TEST(!store->setting("backup.weekly").has_value());
    const auto trail = store->audit({});
    BOOST_TEST((trail.back().action == model::AuditAction::Setting));
    BOOST_TEST(trail.back().detail == "backup.daily=14");
}

BOOST_AUTO_TEST_CASE(view_retention_lists_by_the_period_the_database_sets) {
    gui_test::DemoFiles files(add_rosa);
    model::open_test_store(files.file)->change_setting("retention.years", "3");
    auto frame = window_on(files);
    int years = 0;
    const bool opened = with_dialog<app::RetentionDialog>([&] { frame->show_retention(); },
                                                          [&](app::RetentionDialog& dialog) {
                                                              years = dialog.years();
                                                              RealInput().key(WXK_ESCAPE);
                                                          });
    BOOST_REQUIRE(opened);
    BOOST_TEST(years == 3);
}

BOOST_AUTO_TEST_CASE(an_administrator_restores_and_stays_signed_in) {
    gui_test::DemoFiles files(add_rosa_and_accounts);
    backup_then_rename(files.file);
    auto frame = signed_in_window(files, "ann");
    gui_test::Recorder recorder;
    frame->set_error_reporter(&recorder);
    RealInput input;
    const bool opened =
        with_dialog<app::RestoreDialog>([&] { BOOST_TEST(frame->restore_from_backup()); },
                                        [&](app::RestoreDialog& dialog) {
                                            dialog.list()->SetFocus();
                                            input.key(WXK_RETURN);
                                            RealInput::wait_for([&] { return dialog.asking(); });
                                            input.key(WXK_RETURN);
                                        });
    BOOST_REQUIRE(opened);
    BOOST_TEST(recorder.messages.empty());
    BOOST_REQUIRE(frame->store() != nullptr);
    BOOST_TEST(frame->store()->principal().name() == "ann");
    BOOST_TEST(rosa_in(*frame->store()) == "Rosa Before");
    frame.reset();
    const auto trail = model::open_test_store(files.file, model::OpenMode::Reading)->audit({});
    const auto restore = std::find_if(trail.rbegin(), trail.rend(), [](const model::AuditEntry& entry) {
        return entry.action == model::AuditAction::Restore;
    });
    BOOST_REQUIRE(restore != trail.rend());
    BOOST_TEST(restore->user == "ann");
}

BOOST_AUTO_TEST_CASE(a_support_worker_can_neither_restore_nor_change_settings) {
    gui_test::DemoFiles files(add_rosa_and_accounts);
    // A backup to restore from, made by the first writing open of the day.
    model::open_test_store(files.file, model::Principal("ann", model::Role::Administrator));
    auto frame = signed_in_window(files, "sam");
    RealInput input;
    gui_test::Recorder recorder;
    frame->set_error_reporter(&recorder);

    frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
    wxMenuBar* bar = frame->GetMenuBar();
    BOOST_TEST(!bar->IsEnabled(bar->FindMenuItem("File", L"Restore from Backup\u2026")));
    BOOST_TEST(bar->IsEnabled(bar->FindMenuItem("File", L"Database Settings\u2026")));
    BOOST_TEST(!frame->restore_from_backup());
    BOOST_REQUIRE_EQUAL(recorder.messages.size(), 1u);
    BOOST_TEST(app::from_wx(recorder.messages[0]).find("for administrators") != std::string::npos);
    BOOST_REQUIRE(frame->store() != nullptr);

    // The settings are shown, not offered for changing.
    const bool shown = with_dialog<app::DatabaseSettingsDialog>(
        [&] { frame->show_database_settings(); },
        [&](app::DatabaseSettingsDialog& dialog) {
            BOOST_TEST(dialog.value_control("backup.daily") == nullptr);
            BOOST_TEST(dialog.save_button() == nullptr);
            input.key(WXK_ESCAPE);
        });
    BOOST_TEST(shown);
    frame.reset();
    BOOST_TEST(model::BackupFolder(files.file).list().size() >= 1u);
    for (const auto& kept : model::BackupFolder(files.file).list())
        BOOST_TEST(kept.reason != "before-restore");
}

BOOST_AUTO_TEST_SUITE_END()
