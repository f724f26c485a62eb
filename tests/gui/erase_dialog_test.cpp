// Person > Erase with real key presses and clicks: Erase stays greyed until a reason and the full name are
// typed, and once pressed nothing of the person is left in the database's files. And the Retention view
// lists an archived person past the period, whom Keep takes off the list with the decision in the trail.
#include "app/dialogs/erase_dialog.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>

#include "app/dialogs/retention_dialog.h"
#include "app/views/caseload_view.h"
#include "app/views/subject_view.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

const char* const kName = "Quorra Flintwhistle";
const char* const kPhrase = "Zyphrian marigolds";

// Quorra, with a one-page profile holding a phrase no one else's record has.
void add_quorra(model::Store& store) {
    model::Subject quorra;
    quorra.id = "P-QFW";
    quorra.name = kName;
    store.save_subject(quorra);
    model::Record profile;
    profile.tool = "one-page-profile";
    model::Entry item;
    item.text = kPhrase;
    profile.section_for_update("appreciation").entries.push_back(item);
    store.save_record(quorra.kind, quorra.id, profile);
}

// Quorra archived, her archiving dated 2010 so that on the tests' day (2026-06-30) she is past the period.
void add_archived_quorra(model::Store& store) {
    add_quorra(store);
    auto archived = *store.subject(model::SubjectKind::Person, "P-QFW");
    archived.status = model::Status::Archived;
    store.save_subject(archived);
}

void backdate_archiving(const std::filesystem::path& file) {
    SQLite::Database sql(file, SQLite::OPEN_READWRITE);
    sql.exec(
        "UPDATE change_log SET changed_at = '2010-01-04T10:00:00Z' WHERE change_no IN (SELECT sv.change_no "
        "FROM subject_version sv JOIN subject s ON s.subject_key = sv.subject_key WHERE s.ext_id = 'P-QFW')");
}

std::string all_bytes(const std::filesystem::path& db) {
    std::string bytes;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::path file = db;
        file += suffix;
        std::ifstream in(file, std::ios::binary);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return bytes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(erase_dialog_test)

BOOST_AUTO_TEST_CASE(erase_needs_a_reason_and_the_full_name_and_leaves_nothing) {
    gui_test::DemoFrame w(add_quorra);
    w.frame->SetSize(0, 0, 1000, 740);
    gui_test::Recorder recorder;
    w.frame->set_error_reporter(&recorder);
    RealInput input;
    BOOST_REQUIRE(w.frame->caseload().select_subject(model::SubjectKind::Person, "P-QFW"));
    w.settle();
    BOOST_REQUIRE(all_bytes(w.file).find(kPhrase) != std::string::npos);
    const model::Subject quorra = *w.frame->subject_view().subject();

    const bool opened = with_dialog<app::EraseDialog>(
        [&] { w.frame->erase_person(quorra); },
        [&](app::EraseDialog& dialog) {
            BOOST_TEST(!dialog.erase_button()->IsEnabled());
            BOOST_TEST(input.click_into(dialog.reason_control()));
            BOOST_TEST(input.type(dialog.reason_control(), "Retention period over"));
            BOOST_TEST(!dialog.erase_button()->IsEnabled());
            BOOST_TEST(input.click_into(dialog.name_control()));
            BOOST_TEST(input.type(dialog.name_control(), "Quorra Flintwhistl"));
            BOOST_TEST(!dialog.erase_button()->IsEnabled());
            BOOST_TEST(input.type(dialog.name_control(), "e"));
            BOOST_TEST(dialog.erase_button()->IsEnabled());
            input.click(dialog.erase_button());
        });
    BOOST_REQUIRE(opened);
    w.settle();
    BOOST_TEST(recorder.messages.empty());

    const std::string bytes = all_bytes(w.file);
    BOOST_TEST(bytes.find(kPhrase) == std::string::npos);
    BOOST_TEST(bytes.find(kName) == std::string::npos);
    const auto store = model::open_test_store(w.file);
    BOOST_TEST(!store->subject(model::SubjectKind::Person, "P-QFW"));
    const auto trail =
        store->audit(model::AuditFilter{model::SubjectKind::Person, "P-QFW", {}, std::nullopt});
    BOOST_REQUIRE_EQUAL(trail.size(), 1u);
    BOOST_TEST((trail.front().action == model::AuditAction::Erase));
    BOOST_TEST(trail.front().detail.find("reason: Retention period over") != std::string::npos);
    BOOST_TEST(store->check().ok());
}

BOOST_AUTO_TEST_CASE(cancel_erases_nothing) {
    gui_test::DemoFrame w(add_quorra);
    RealInput input;
    BOOST_REQUIRE(w.frame->caseload().select_subject(model::SubjectKind::Person, "P-QFW"));
    w.settle();
    const model::Subject quorra = *w.frame->subject_view().subject();
    const bool opened = with_dialog<app::EraseDialog>([&] { BOOST_TEST(!w.frame->erase_person(quorra)); },
                                                      [&](app::EraseDialog& dialog) {
                                                          input.click_into(dialog.name_control());
                                                          input.type(dialog.name_control(), kName);
                                                          input.click(dialog.FindWindow(wxID_CANCEL));
                                                      });
    BOOST_REQUIRE(opened);
    BOOST_TEST(model::open_test_store(w.file)->subject(model::SubjectKind::Person, "P-QFW").has_value());
}

BOOST_AUTO_TEST_CASE(retention_lists_the_archived_person_past_the_period_and_keep_takes_them_off) {
    gui_test::DemoFiles files([](model::Store& store) { add_archived_quorra(store); });
    backdate_archiving(files.file);
    auto frame = std::make_unique<app::MainFrame>(files.templates, gui_test::kToday, true);
    frame->SetSize(0, 0, 1000, 740);
    frame->Show();
    frame->open_database(files.file);
    gui_test::Recorder recorder;
    frame->set_error_reporter(&recorder);
    RealInput input;
    const bool opened =
        with_dialog<app::RetentionDialog>([&] { frame->show_retention(); },
                                          [&](app::RetentionDialog& dialog) {
                                              BOOST_REQUIRE_EQUAL(dialog.due().size(), 1u);
                                              BOOST_TEST(dialog.due().front().archived.person.id == "P-QFW");
                                              BOOST_TEST(dialog.due().front().due.iso() == "2018-01-04");
                                              BOOST_TEST(dialog.erase_button()->IsEnabled());
                                              BOOST_TEST(dialog.keep("An inquiry is still open"));
                                              BOOST_TEST(dialog.due().empty());
                                              BOOST_TEST(!dialog.keep_button()->IsEnabled());
                                              input.click(dialog.FindWindow(wxID_CANCEL));
                                          });
    BOOST_REQUIRE(opened);
    frame.reset();
    BOOST_TEST(recorder.messages.empty());
    const auto store = model::open_test_store(files.file);
    const auto trail =
        store->audit(model::AuditFilter{model::SubjectKind::Person, "P-QFW", {}, std::nullopt});
    BOOST_TEST((trail.back().action == model::AuditAction::RetentionKept));
    BOOST_TEST(trail.back().detail == "An inquiry is still open");
}

BOOST_AUTO_TEST_SUITE_END()
