// File > Connect to Server, driven by real clicks and key presses: the address typed opens the database on
// the test server, what is added through the window is on the server, the title and the recent files name
// the server without a password, and a server that cannot be reached leaves the file open as it was.
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "app/dialogs/connect_server_dialog.h"
#include "app/dialogs/database_settings_dialog.h"
#include "app/dialogs/subject_dialog.h"
#include "app/server_address.h"
#include "app/shortcuts.h"
#include "app/views/caseload_view.h"
#include "common/test_server.h"
#include "demo_frame.h"
#include "model/backends/open_store.h"
#include "real_input.h"
#include "sign_in_steps.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::app::to_wx;
using pcr::gui_test::RealInput;
using pcr::gui_test::with_dialog;

namespace {

// Skips a test when the suite runs where no PostgreSQL server could be started.
boost::test_tools::assertion_result server_for_tests(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result result(test::test_server_uri().has_value());
    result.message() << "no PostgreSQL server for the tests (PCR_TEST_PG_URI_FILE)";
    return result;
}

// The demo file open in the main window, and a database of its own on the test server (empty but for
// `extra`, unless `none`), which the test connects to.
struct ServerWindow : gui_test::DemoFrame {
    gui_test::Recorder recorder;
    RealInput input;
    std::string uri;  // the server database, as the cluster gives it (no password)
    app::ServerAddress address;

    explicit ServerWindow(const std::function<void(model::Store&)>& extra = {}) {
        frame->set_error_reporter(&recorder);
        frame->SetSize(1024, 740);
        frame->Move(0, 0);
        settle();
        if (!test::test_server_uri()) return;
        uri = test::server_database_for(folder / "server.pcrdb");
        auto parsed = app::ServerAddress::parse(uri);
        BOOST_REQUIRE(parsed);
        address = *parsed;
        auto store = model::open_store(model::StoreLocation::parse(uri), model::Principal("tester"),
                                       model::OpenMode::CreateIfMissing);
        if (extra) extra(*store);
    }

    std::unique_ptr<model::Store> on_server() const {
        return model::open_store(model::StoreLocation::parse(uri), model::Principal("tester"));
    }

    void menu(const wxString& top, const wxString& item) {
        const int id = frame->GetMenuBar()->FindMenuItem(top, item);
        BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, "no menu item " << item);
        wxCommandEvent event(wxEVT_MENU, id);
        frame->GetEventHandler()->ProcessEvent(event);
    }
    bool menu_enabled(const wxString& top, const wxString& item) {
        frame->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        const int id = frame->GetMenuBar()->FindMenuItem(top, item);
        BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, "no menu item " << item);
        wxUpdateUIEvent event(id);
        event.SetEventObject(frame.get());
        frame->ProcessWindowEvent(event);
        return !event.GetSetEnabled() || event.GetEnabled();
    }

    // The id of the menu item that carries `command`'s key (the shortcut table builds the menus).
    int menu_id(app::Command command) const {
        wxMenuBar* bar = frame->GetMenuBar();
        const wxString key = app::key_text(command);
        for (size_t m = 0; m < bar->GetMenuCount(); ++m)
            for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems())
                if (item->GetItemLabel().AfterFirst('\t') == key) return item->GetId();
        return wxID_NONE;
    }

    // Replaces what `field` holds with `text`, by keys: a click, Ctrl+A and typing over it.
    void retype(wxTextCtrl* field, const std::string& text) {
        BOOST_TEST(input.click_into(field));
        input.key('a', wxMOD_CONTROL);
        input.simulator.Text(text.c_str());
        BOOST_TEST(RealInput::wait_for([&] { return from_wx(field->GetValue()) == text; }),
                   from_wx(field->GetValue()) << " != " << text);
    }

    // File > Connect to Server with the fields typed in (the server field holds `host`) and Connect clicked.
    // `shown` gets the URI the dialog showed before the click. True when the dialog came.
    bool connect(const std::string& host, const std::string& port, const std::string& database,
                 const std::string& user, wxString* shown = nullptr) {
        return with_dialog<app::ConnectServerDialog>([&] { menu("File", L"Connect to Server\u2026"); },
                                                     [&](app::ConnectServerDialog& dialog) {
                                                         retype(dialog.host(), host);
                                                         retype(dialog.port(), port);
                                                         retype(dialog.database(), database);
                                                         retype(dialog.user(), user);
                                                         if (shown) *shown = dialog.shown_uri();
                                                         input.click(dialog.FindWindow(wxID_OK));
                                                         RealInput::wait_for(
                                                             [&] { return !dialog.IsModal(); }, 2000);
                                                     });
    }
    bool connect_to_the_test_server(wxString* shown = nullptr) {
        return connect(address.host, std::to_string(address.port), address.database, address.user, shown);
    }

    std::string settings_text() const {
        wxConfigBase::Get()->Flush();
        std::ifstream in(folder / "settings.ini");
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(connect_server_test)

BOOST_AUTO_TEST_CASE(the_address_typed_opens_the_database_on_the_server_and_a_person_added_is_stored_there,
                     *boost::unit_test::precondition(server_for_tests)) {
    ServerWindow w;
    wxString shown;
    BOOST_REQUIRE(w.connect_to_the_test_server(&shown));
    BOOST_TEST(from_wx(shown) == w.uri);
    BOOST_TEST(w.recorder.messages.empty(),
               (w.recorder.messages.empty() ? "" : from_wx(w.recorder.messages[0])));
    BOOST_REQUIRE(w.frame->store());
    BOOST_REQUIRE(w.frame->database_location().is_server());
    BOOST_TEST(w.frame->database_location().text() == w.uri);
    BOOST_TEST(w.frame->database_file().empty());
    BOOST_TEST(from_wx(w.frame->GetTitle()) == w.uri + " \u2014 pcrecords");
    BOOST_TEST(from_wx(w.frame->GetStatusBar()->GetStatusText(0)) == w.uri);
    // Nothing of a file's: no presence file, no backups, and Restore from Backup is not offered.
    BOOST_TEST(!w.menu_enabled("File", L"Restore from Backup\u2026"));
    BOOST_TEST(w.frame->store()->backups().empty());
    BOOST_TEST(!w.frame->restore_from_backup());
    BOOST_REQUIRE(!w.recorder.messages.empty());
    BOOST_TEST(from_wx(w.recorder.messages.back()).find("kept by its server") != std::string::npos);
    w.recorder.messages.clear();
    // Database Settings leaves out the automatic backups' settings, which only a file uses.
    BOOST_TEST(with_dialog<app::DatabaseSettingsDialog>([&] { w.frame->show_database_settings(); },
                                                        [&](app::DatabaseSettingsDialog& dialog) {
                                                            BOOST_TEST(!dialog.value_control("backup.daily"));
                                                            BOOST_TEST(
                                                                dialog.value_control("retention.years"));
                                                            w.input.click(dialog.FindWindow(wxID_CANCEL));
                                                        }));

    // A person added through Person > Add, typed by keys, is in the server's database.
    const bool added = with_dialog<app::SubjectDialog>(
        [&] {
            wxCommandEvent add(wxEVT_MENU, w.menu_id(app::Command::AddSubject));
            w.frame->GetEventHandler()->ProcessEvent(add);
        },
        [&](app::SubjectDialog& dialog) {
            BOOST_TEST(w.input.click_into(dialog.name_control()));
            BOOST_TEST(w.input.type(dialog.name_control(), "Ivy Hart"));
            w.input.click(dialog.FindWindow(wxID_OK));
        });
    BOOST_REQUIRE(added);
    BOOST_TEST(w.recorder.messages.empty(),
               (w.recorder.messages.empty() ? "" : from_wx(w.recorder.messages[0])));
    bool stored = false;
    for (const auto& person : w.on_server()->subjects(model::SubjectKind::Person))
        stored = stored || person.name == "Ivy Hart";
    BOOST_TEST(stored);
    // And not in the file that was open before.
    for (const auto& person : model::open_test_store(w.file)->subjects(model::SubjectKind::Person))
        BOOST_TEST(person.name != "Ivy Hart");
}

BOOST_AUTO_TEST_CASE(the_server_is_remembered_without_its_password_and_reopened_from_the_recent_files,
                     *boost::unit_test::precondition(server_for_tests)) {
    ServerWindow w([](model::Store& store) {
        model::Subject person;
        person.id = "P-1";
        person.name = "Ivo Server";
        store.save_subject(person);
    });
    // The whole URI pasted into the server field, with a password (the test server does not ask for one).
    app::ServerAddress with_password = w.address;
    with_password.user += ":n0t-kept";
    std::string pasted = with_password.uri();
    const auto colon = pasted.find("%3An0t-kept");  // uri() escapes the colon of a user name
    BOOST_REQUIRE(colon != std::string::npos);
    pasted.replace(colon, 3, ":");
    BOOST_REQUIRE(w.connect(pasted, "5432", "ignored", "ignored"));
    BOOST_REQUIRE(w.frame->database_location().is_server());
    BOOST_TEST(w.frame->caseload().rows().GetCount() == 1u);
    BOOST_TEST(from_wx(w.frame->GetTitle()) == w.uri + " \u2014 pcrecords");
    BOOST_TEST(w.settings_text().find("n0t-kept") == std::string::npos, w.settings_text());

    // Back to the file, then File > Open Recent names the server without the password and opens it.
    w.frame->open_database(w.file);
    BOOST_REQUIRE(w.frame->database_file() == w.file);
    int server_item = wxNOT_FOUND;
    wxMenuItem* item =
        w.frame->GetMenuBar()->FindItem(w.frame->GetMenuBar()->FindMenuItem("File", "Open Recent"));
    BOOST_REQUIRE(item && item->GetSubMenu());
    for (wxMenuItem* entry : item->GetSubMenu()->GetMenuItems()) {
        BOOST_TEST(from_wx(entry->GetItemLabelText()).find("n0t-kept") == std::string::npos);
        if (from_wx(entry->GetItemLabelText()).find(w.uri) != std::string::npos) server_item = entry->GetId();
    }
    BOOST_REQUIRE(server_item != wxNOT_FOUND);
    wxCommandEvent event(wxEVT_MENU, server_item);
    w.frame->GetEventHandler()->ProcessEvent(event);
    BOOST_TEST(w.recorder.messages.empty(),
               (w.recorder.messages.empty() ? "" : from_wx(w.recorder.messages[0])));
    BOOST_REQUIRE(w.frame->database_location().is_server());
    BOOST_TEST(w.frame->database_location().text() == w.uri);
    BOOST_TEST(w.frame->caseload().rows().GetCount() == 1u);
}

BOOST_AUTO_TEST_CASE(a_server_database_with_accounts_asks_who_signs_in,
                     *boost::unit_test::precondition(server_for_tests)) {
    ServerWindow w([](model::Store& store) {
        model::Subject staff;
        staff.kind = model::SubjectKind::Staff;
        staff.id = "S-1";
        staff.name = "Sam Worker";
        store.save_subject(staff);
        gui_test::add_ann_and_sam(store, "correct horse");
    });
    bool signed_in = false;
    with_dialog<app::SignInDialog>(
        [&] { w.connect_to_the_test_server(); },
        [&](app::SignInDialog& dialog) {
            // The sign-in names the server, not a file.
            bool named = false;
            for (wxWindow* child : dialog.GetChildren())
                if (auto* text = dynamic_cast<wxStaticText*>(child))
                    named = named || from_wx(text->GetLabel()).find(w.uri) != std::string::npos;
            BOOST_TEST(named);
            BOOST_TEST(w.input.click_into(dialog.user_name()));
            BOOST_TEST(w.input.type(dialog.user_name(), "sam"));
            BOOST_TEST(w.input.click_into(dialog.password()));
            BOOST_TEST(w.input.type(dialog.password(), "correct horse"));
            w.input.click(dialog.FindWindow(wxID_OK));
            signed_in = RealInput::wait_for([&] { return !dialog.IsModal(); }, 4000);
        });
    BOOST_TEST(signed_in);
    BOOST_REQUIRE(w.frame->store());
    BOOST_TEST(w.frame->database_location().is_server());
    BOOST_TEST(w.frame->store()->principal().name() == "sam");
}

// Needs no server: nothing answers on the port typed.
BOOST_AUTO_TEST_CASE(a_server_that_does_not_answer_is_named_and_the_file_stays_open) {
    ServerWindow w;
    BOOST_REQUIRE(w.connect("127.0.0.1", "1", "care", "ann"));
    BOOST_TEST(w.frame->database_file() == w.file);
    BOOST_TEST(!w.frame->database_location().is_server());
    BOOST_REQUIRE(w.frame->store());
    BOOST_REQUIRE(w.recorder.messages.size() == 1u);
    BOOST_TEST(from_wx(w.recorder.titles[0]) == "Could not connect to the server");
    BOOST_TEST(from_wx(w.recorder.messages[0]).find("127.0.0.1") != std::string::npos,
               from_wx(w.recorder.messages[0]));
    // The address tried is offered again next time, to be mended.
    with_dialog<app::ConnectServerDialog>(
        [&] { w.menu("File", L"Connect to Server\u2026"); },
        [&](app::ConnectServerDialog& dialog) {
            BOOST_TEST(from_wx(dialog.shown_uri()) == "postgresql://ann@127.0.0.1:1/care");
            w.input.click(dialog.FindWindow(wxID_CANCEL));
        });
}

BOOST_AUTO_TEST_CASE(a_missing_server_name_is_asked_for_and_the_dialog_stays_open) {
    ServerWindow w;
    bool stayed = false;
    with_dialog<app::ConnectServerDialog>(
        [&] { w.menu("File", L"Connect to Server\u2026"); },
        [&](app::ConnectServerDialog& dialog) {
            w.input.click(dialog.FindWindow(wxID_OK));
            RealInput::settle();
            stayed = dialog.IsModal();
            BOOST_TEST(from_wx(dialog.refusal()).find("server's name") != std::string::npos);
            w.input.click(dialog.FindWindow(wxID_CANCEL));
        });
    BOOST_TEST(stayed);
    BOOST_TEST(w.frame->database_file() == w.file);
    BOOST_TEST(w.recorder.messages.empty());
}

BOOST_AUTO_TEST_CASE(addresses_are_built_read_and_shown_without_passwords) {
    app::ServerAddress address;
    address.host = "db.example";
    address.database = "care home";
    address.user = "ann";
    BOOST_TEST(address.uri() == "postgresql://ann@db.example:5432/care%20home");
    address.host = "::1";
    BOOST_TEST(address.uri() == "postgresql://ann@[::1]:5432/care%20home");
    const auto read =
        app::ServerAddress::parse("postgres://ann:secret@[::1]:6543/care%20home?sslmode=require");
    BOOST_REQUIRE(read);
    BOOST_TEST(read->host == "::1");
    BOOST_TEST(read->port == 6543);
    BOOST_TEST(read->user == "ann");
    BOOST_TEST(app::ServerAddress::parse("postgresql://ann@db.example/care")->user == "ann");
    BOOST_TEST(read->database == "care home");
    BOOST_TEST(read->options == "sslmode=require");
    BOOST_TEST(!app::ServerAddress::parse("/home/ann/care.pcrdb"));
    BOOST_TEST(
        app::ServerAddress::parse("postgresql://ann@db/care?password=secret&sslmode=require")->options ==
        "sslmode=require");
}

BOOST_AUTO_TEST_SUITE_END()
