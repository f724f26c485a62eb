// Tests of importing interchange files into a real store: exact round trips, updates by id, and
// all-or-nothing refusal.
#include "model/exchange/importer.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/exchange/interchange_writer.h"
#include "support/interchange_files.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::interchange_file;
using pcr::test::shipped_templates;

namespace {

std::string exported(const Store& store, const std::string& stamp = "2026-12-01T10:00:00Z") {
    return write_interchange_text(store.export_all(), shipped_templates(), stamp);
}

// The text without its exported="..." stamp, which is the one thing allowed to differ between exports.
std::string unstamped(std::string text) {
    const auto at = text.find("exported=\"");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    text.erase(at, text.find('"', at + 10) + 1 - at);
    return text;
}

int count_of(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// What a user would call the state of the store: everything in it, and how many people it lists.
struct Snapshot {
    std::string text;
    std::size_t people = 0;
    std::size_t staff = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const Store& store) {
    return {exported(store), store.count(SubjectKind::Person, true), store.count(SubjectKind::Staff, true)};
}

// A file whose first lines are good (P-0001 renamed, a new person) so a partial import would show.
// The good lines are 3 and 4; `bad` starts on line 5.
std::string after_good_lines(const std::string& bad) {
    return interchange_file(
        "  <person id=\"P-0001\" status=\"archived\"><name>Renamed</name></person>\n"
        "  <person id=\"P-NEW\" status=\"active\"><name>New Person</name></person>\n" +
        bad);
}

struct BadFile {
    std::string what;
    std::string xml;
    int line;
    std::string words;
};

std::vector<BadFile> bad_files() {
    const std::string p =
        "  <person id=\"P-9\" status=\"active\">\n    <name>Nine</name>\n";  // lines 5 and 6
    const auto with = [&](const std::string& body) { return after_good_lines(p + body + "  </person>\n"); };
    const auto in_record = [&](const std::string& tool, const std::string& sections) {
        return with("    <record tool=\"" + tool + "\">\n" + sections +
                    "    </record>\n");  // sections from line 8
    };
    return {
        {"empty file", "", 0, "the file is empty"},
        {"not XML", after_good_lines("  <person id=\"P-9\"><name>x</person>\n"), 5, "not well-formed XML"},
        {"other root", "<?xml version=\"1.0\"?>\n<people format=\"1\"/>\n", 2, "not <pcrecords>"},
        {"newer format", "<?xml version=\"1.0\"?>\n<pcrecords format=\"2\"/>\n", 2,
         "format 2 is newer than this program reads (1)"},
        {"no format", "<?xml version=\"1.0\"?>\n<pcrecords/>\n", 2, "no format"},
        {"unknown element", after_good_lines("  <pet id=\"1\"/>\n"), 5, "unknown element; <pcrecords> holds"},
        {"no id", after_good_lines("  <person status=\"active\"><name>x</name></person>\n"), 5, "no id"},
        {"a team in neither the file nor the database",
         after_good_lines("  <person id=\"P-9\" status=\"active\" teams=\"T-404\"><name>x</name></person>\n"),
         5, "team T-404 is neither in the file nor in the database"},
        {"a key worker in neither the file nor the database",
         after_good_lines(
             "  <person id=\"P-9\" status=\"active\" key-worker=\"S-404\"><name>x</name></person>\n"),
         5, "key worker S-404 is neither in the file nor in the database"},
        {"no name", after_good_lines("  <staff id=\"S-9\" status=\"active\"/>\n"), 5, "no <name>"},
        {"bad status", after_good_lines("  <person id=\"P-9\" status=\"gone\"><name>x</name></person>\n"), 5,
         "status 'gone' is not active or archived"},
        {"bad born", with("    <born>1941-3-9</born>\n"), 7, "'1941-3-9' is not a date"},
        {"duplicate person",
         after_good_lines("  <person id=\"P-NEW\" status=\"active\"><name>x</name></person>\n"), 5,
         "person id 'P-NEW' is used twice, on line 4 and line 5"},
        {"duplicate staff",
         after_good_lines(
             "  <staff id=\"S-1\"><name>a</name></staff>\n  <staff id=\"S-1\"><name>b</name></staff>\n"),
         6, "staff member id 'S-1' is used twice, on line 5 and line 6"},
        {"two teams", after_good_lines("  <team/>\n  <team/>\n"), 6, "a second <team>"},
        {"unknown tool", with("    <record tool=\"wishlist\"/>\n"), 7, "unknown tool 'wishlist'"},
        {"tool for a team", with("    <record tool=\"team-purpose\"/>\n"), 7,
         "'team-purpose' is not kept for a person"},
        {"same tool twice", with("    <record tool=\"outcomes\"/>\n    <record tool=\"outcomes\"/>\n"), 8,
         "a second 'outcomes' record"},
        {"unknown section",
         in_record("one-page-profile", "      <section id=\"likes\"><item>x</item></section>\n"), 8,
         "unknown section 'likes'"},
        {"item in a table",
         in_record("outcomes", "      <section id=\"outcomes\"><item>x</item></section>\n"), 8, "is a table"},
        {"row in a list", in_record("good-days-bad-days", "      <section id=\"bad-day\"><row/></section>\n"),
         8, "is a list"},
        {"unknown column",
         in_record("outcomes",
                   "      <section id=\"outcomes\"><row><cell column=\"cost\">5</cell></row></section>\n"),
         8, "unknown column 'cost'"},
        {"cell twice",
         in_record("outcomes",
                   "      <section id=\"outcomes\"><row><cell column=\"who\">a</cell>"
                   "<cell column=\"who\">b</cell></row></section>\n"),
         8, "column 'who' appears twice"},
        {"attendee role",
         in_record("person-centred-review",
                   "      <section id=\"meetings\"><row date=\"2026-01-01\"><cell "
                   "column=\"attendees\"><attendee role=\"vicar\">Rev</attendee></cell>"
                   "</row></section>\n"),
         8, "role 'vicar' is not allowed; use one of person, family, staff, other"},
        {"circle 7",
         in_record("relationship-circle",
                   "      <section id=\"people\"><row><cell column=\"circle\">7</cell></row></section>\n"),
         8, "'7' is not allowed in column 'circle'; use one of 1, 2, 3, 4"},
        {"group neighbours",
         in_record(
             "relationship-circle",
             "      <section id=\"people\"><row><cell column=\"group\">neighbours</cell></row></section>\n"),
         8,
         "'neighbours' is not allowed in column 'group'; use one of family, friends, paid-support, "
         "community"},
        {"bad reviewed", with("    <record tool=\"outcomes\" reviewed=\"yesterday\"/>\n"), 7,
         "reviewed date 'yesterday' is not a date"},
        {"row without date",
         in_record("learning-log",
                   "      <section id=\"entries\"><row><cell "
                   "column=\"what-they-did\">Swim</cell></row></section>\n"),
         8, "no date"},
        {"year in a learning log",
         in_record("learning-log", "      <section id=\"entries\"><row date=\"2026\"/></section>\n"), 8,
         "date '2026' is not a date as YYYY-MM-DD"},
        {"date on a table row",
         in_record("outcomes", "      <section id=\"outcomes\"><row date=\"2026-01-01\"/></section>\n"), 8,
         "are not dated; remove the date"},
        {"field too big",
         in_record("four-plus-one", "      <section id=\"tried\"><item>" + std::string(20u << 20, 'x') +
                                        "</item></section>\n"),
         8, "the text is over the limit of 1048576 bytes"},
        {"not UTF-8", with("    <preferred-name>Sio\xE2n</preferred-name>\n"), 7, "not valid UTF-8"},
        {"control character", with("    <preferred-name>a&#27;b</preferred-name>\n"), 7,
         "control character U+001B"},
        {"assessment date", after_good_lines("  <assessment date=\"2026-1-1\" workbook=\"w\"/>\n"), 5,
         "date '2026-1-1' is not a date as YYYY-MM-DD"},
        {"no workbook", after_good_lines("  <assessment date=\"2026-01-01\"/>\n"), 5, "no workbook"},
        {"topic",
         after_good_lines("  <assessment date=\"2026-01-01\" workbook=\"w\">\n    <score topic=\"one\"/>\n"
                          "  </assessment>\n"),
         6, "topic 'one' is not a workbook topic number like 1.3"},
        {"level",
         after_good_lines("  <assessment date=\"2026-01-01\" workbook=\"w\">\n    <score topic=\"1.3\" "
                          "level=\"9\"/>\n  </assessment>\n"),
         6, "level '9' is not a whole number from 1 to 5"},
    };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(importer_test)

BOOST_AUTO_TEST_CASE(caseload_export_import_export_is_exact) {
    pcr::test::TempFolder folder;
    auto first = open_test_store(folder.path() / "first.db", OpenMode::CreateIfMissing);
    const auto counts = import_interchange(*first, shipped_templates(), pcr::test::caseload_file());
    BOOST_TEST(counts.people == 5);
    BOOST_TEST(counts.staff == 3);
    BOOST_TEST(counts.records == 11);
    BOOST_TEST(counts.assessments == 1);

    const std::string once = exported(*first, "2026-12-01T10:00:00Z");
    BOOST_TEST(count_of(once, "<person id=") == 5);
    BOOST_TEST(count_of(once, "<staff id=") == 3);
    BOOST_TEST(count_of(once, "<attendee role=") == 3);
    BOOST_TEST(count_of(once, "<record tool=") == 11);
    BOOST_TEST(count_of(once, "<plan topic=") == 1);
    BOOST_TEST(once.find("<staff id=\"S-03\" status=\"archived\">") != std::string::npos);
    BOOST_TEST(once.find("<item>Loves a sing-song 🎶</item>") != std::string::npos);
    BOOST_TEST(once.find("    <record tool=\"team-purpose\" reviewed=\"2026-01-20\">\n") !=
               std::string::npos);

    const auto file = folder.path() / "once.xml";
    write_interchange(first->export_all(), shipped_templates(), file, "2026-12-01T10:00:00Z");
    auto second = open_test_store(folder.path() / "second.db", OpenMode::CreateIfMissing);
    const auto again = import_interchange(*second, shipped_templates(), file);
    BOOST_TEST(again.records == 11);
    const std::string twice = exported(*second, "2026-12-02T11:30:00Z");
    BOOST_TEST(twice != once);                        // the stamps differ...
    BOOST_TEST(unstamped(twice) == unstamped(once));  // ...and nothing else does
}

BOOST_AUTO_TEST_CASE(teams_and_assignments_export_import_export_exactly) {
    pcr::test::TempFolder folder;
    auto first = open_test_store(folder.path() / "first.db", OpenMode::CreateIfMissing);
    const auto file = folder.path() / "teams.xml";
    pcr::test::write_text(
        file,
        interchange_file("  <person id=\"P-1\" status=\"active\" teams=\"T-2 T-1\" key-worker=\"S-1\">\n"
                         "    <name>Ann</name>\n  </person>\n"
                         "  <person id=\"P-2\" status=\"active\"><name>Bo</name></person>\n"
                         "  <staff id=\"S-1\" status=\"active\" teams=\"T-1\"><name>Sam</name></staff>\n"
                         "  <team name=\"Everyone\"/>\n"
                         "  <team id=\"T-1\" name=\"North\"/>\n"
                         "  <team id=\"T-2\" name=\"South &amp; West\"/>\n"));
    import_interchange(*first, shipped_templates(), file);
    BOOST_TEST(first->teams_of(SubjectKind::Person, "P-1") == (std::vector<std::string>{"T-1", "T-2"}),
               boost::test_tools::per_element());
    BOOST_TEST((first->key_worker("P-1") == std::optional<std::string>("S-1")));

    const std::string once = exported(*first, "2026-12-01T10:00:00Z");
    BOOST_TEST(once.find("<person id=\"P-1\" status=\"active\" teams=\"T-1 T-2\" key-worker=\"S-1\">") !=
               std::string::npos);
    BOOST_TEST(once.find("<person id=\"P-2\" status=\"active\">") != std::string::npos);
    BOOST_TEST(once.find("<staff id=\"S-1\" status=\"active\" teams=\"T-1\">") != std::string::npos);
    BOOST_TEST(once.find("<team name=\"Everyone\">") != std::string::npos);
    BOOST_TEST(once.find("<team id=\"T-2\" name=\"South &amp; West\">") != std::string::npos);

    const auto again = folder.path() / "once.xml";
    write_interchange(first->export_all(), shipped_templates(), again, "2026-12-01T10:00:00Z");
    auto second = open_test_store(folder.path() / "second.db", OpenMode::CreateIfMissing);
    import_interchange(*second, shipped_templates(), again);
    BOOST_TEST(unstamped(exported(*second, "2026-12-02T11:30:00Z")) == unstamped(once));

    // A file may name teams and key workers the database already has.
    pcr::test::write_text(file, interchange_file("  <person id=\"P-3\" status=\"active\" teams=\"T-2\" "
                                                 "key-worker=\"S-1\"><name>Cy</name></person>\n"));
    import_interchange(*second, shipped_templates(), file);
    BOOST_TEST((second->key_worker("P-3") == std::optional<std::string>("S-1")));
}

BOOST_AUTO_TEST_CASE(odd_unicode_survives_the_store) {
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "odd.xml";
    pcr::test::write_text(file, pcr::test::odd_unicode_file());
    auto store = open_test_store(folder.path() / "odd.db", OpenMode::CreateIfMissing);
    const auto counts = import_interchange(*store, shipped_templates(), file);
    BOOST_TEST(counts.people == 2);
    BOOST_TEST(counts.staff == 1);
    BOOST_TEST(counts.records == 2);

    const auto zoe = store->subject(SubjectKind::Person, "P-ZOE");
    BOOST_TEST_REQUIRE(zoe.has_value());
    BOOST_TEST(zoe->name == "Zoë Ó Súilleabháin");
    const auto profile = store->record(SubjectKind::Person, "P-ZOE", "one-page-profile");
    BOOST_TEST_REQUIRE(profile.has_value());
    const auto& items = profile->section("appreciation")->entries;
    BOOST_TEST_REQUIRE(items.size() == 3u);
    BOOST_TEST(items[0].text == "Sings in Welsh with Siân 🎶");
    BOOST_TEST(items[1].text == "<script>alert(\"hi\")</script> & friends");
    BOOST_TEST(items[2].text == "  spaced  ");
    BOOST_TEST(profile->section("important-to-me")->entries.at(0).text ==
               "Tea at 4pm, not \"at around four\"\nBiscuits on the side");
    const auto review = store->record(SubjectKind::Person, "P-ZOE", "person-centred-review");
    BOOST_TEST_REQUIRE(review.has_value());
    const auto& attendees = review->section("meetings")->entries.at(0).cell("attendees")->attendees;
    BOOST_TEST_REQUIRE(attendees.size() == 3u);
    BOOST_TEST(attendees[1].name == "Łukasz Wójcik");
    BOOST_TEST(attendees[2].name == "نسرین");
    BOOST_TEST(store->subject(SubjectKind::Person, "P-نسرین")->name == "نسرین احمد");

    const std::string once = exported(*store);
    const auto again_file = folder.path() / "again.xml";
    pcr::test::write_text(again_file, once);
    auto second = open_test_store(folder.path() / "again.db", OpenMode::CreateIfMissing);
    import_interchange(*second, shipped_templates(), again_file);
    BOOST_TEST(exported(*second) == once);
}

BOOST_AUTO_TEST_CASE(a_known_id_updates_and_a_new_id_adds) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "update.db", OpenMode::CreateIfMissing);
    import_interchange(*store, shipped_templates(), pcr::test::caseload_file());
    const auto history_before = store->history(SubjectKind::Person, "P-0001").size();

    const auto file = folder.path() / "update.xml";
    pcr::test::write_text(file, after_good_lines(""));
    const auto counts = import_interchange(*store, shipped_templates(), file);
    BOOST_TEST(counts.people == 2);
    BOOST_TEST(store->count(SubjectKind::Person, true) == 6u);
    BOOST_TEST(store->subject(SubjectKind::Person, "P-0001")->name == "Renamed");
    BOOST_TEST(to_string(store->subject(SubjectKind::Person, "P-0001")->status) == "archived");
    BOOST_TEST(store->subject(SubjectKind::Person, "P-NEW")->name == "New Person");
    BOOST_TEST(store->history(SubjectKind::Person, "P-0001").size() > history_before);
    // Records the file does not mention are left as they were.
    BOOST_TEST(store->records(SubjectKind::Person, "P-0001").size() == 3u);
}

BOOST_AUTO_TEST_CASE(every_bad_file_is_refused_and_changes_nothing) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "kept.db", OpenMode::CreateIfMissing);
    import_interchange(*store, shipped_templates(), pcr::test::caseload_file());
    const Snapshot before = snapshot(*store);
    BOOST_TEST_REQUIRE(before.people == 5u);

    for (const auto& bad : bad_files()) {
        BOOST_TEST_CONTEXT(bad.what) {
            const auto file = folder.path() / "bad.xml";
            pcr::test::write_text(file, bad.xml);
            std::string message;
            std::vector<InterchangeProblem> problems;
            try {
                import_interchange(*store, shipped_templates(), file);
            } catch (const ImportError& e) {
                message = e.what();
                problems = e.problems();
            }
            BOOST_TEST_REQUIRE(!problems.empty(), "the file was imported");
            BOOST_TEST(message.rfind("Cannot import " + file.string() + ": ", 0) == 0u, message);
            BOOST_TEST(message.find("othing was changed.") != std::string::npos, message);
            BOOST_TEST(pcr::test::has_problem(problems, bad.line, {bad.words}), message);
            if (bad.line > 0)
                BOOST_TEST(message.find("\nline " + std::to_string(bad.line) + ": ") != std::string::npos);
            BOOST_TEST((snapshot(*store) == before));
        }
    }
    BOOST_TEST(!store->subject(SubjectKind::Person, "P-NEW").has_value());
    BOOST_TEST(store->subject(SubjectKind::Person, "P-0001")->name == "Margaret Pritchard");
}

BOOST_AUTO_TEST_CASE(an_import_that_would_leave_a_dangling_reference_is_refused,
                     *boost::unit_test::precondition(pcr::test::files_only)) {
    // The import checks references once, before it commits, rather than row by row: a reference that points
    // nowhere (here one another program left in the file) refuses it, and nothing is kept. A server checks
    // each reference as the row is written, so only a file can hold one.
    pcr::test::TempFolder folder;
    const auto file = folder.path() / "dangling.db";
    open_test_store(file, OpenMode::CreateIfMissing);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("INSERT INTO sign_off (change_no, record_key, version_no, comment) VALUES (999, 999, 1, '')");
    }
    auto store = open_test_store(file);
    const Snapshot before = snapshot(*store);
    std::string message;
    try {
        import_interchange(*store, shipped_templates(), pcr::test::caseload_file());
    } catch (const pcr::Error& e) {
        message = e.what();
    }
    BOOST_TEST(message.find("sign_off") != std::string::npos, message);
    BOOST_TEST(message.find("Nothing was imported") != std::string::npos, message);
    BOOST_TEST((snapshot(*store) == before));
    BOOST_TEST(!store->subject(SubjectKind::Person, "P-0001").has_value());
}

BOOST_AUTO_TEST_CASE(a_device_is_refused_before_it_is_read) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "kept.db", OpenMode::CreateIfMissing);
    import_interchange(*store, shipped_templates(), pcr::test::caseload_file());
    const Snapshot before = snapshot(*store);
    // /dev/null ends at once; /dev/zero, which never ends, is refused the same way before a byte is read.
    std::string message;
    try {
        import_interchange(*store, shipped_templates(), "/dev/null");
    } catch (const ImportError& e) {
        message = e.what();
    }
    BOOST_TEST(
        message ==
        "Cannot import /dev/null: this is not a file but a device, pipe or socket; save the data as an "
        "interchange file (.xml) and import that. Nothing was changed.");
    BOOST_TEST((snapshot(*store) == before));
}

BOOST_AUTO_TEST_CASE(the_message_lists_the_first_problems) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "m.db", OpenMode::CreateIfMissing);
    const auto file = folder.path() / "twelve.xml";
    std::string people;
    for (int i = 0; i < 12; ++i)
        people += "  <person id=\"P-" + std::to_string(i) + "\" status=\"asleep\"><name>x</name></person>\n";
    pcr::test::write_text(file, interchange_file(people));
    try {
        import_interchange(*store, shipped_templates(), file);
        BOOST_FAIL("the file was imported");
    } catch (const ImportError& e) {
        const std::string message = e.what();
        const std::string head = "Cannot import " + file.string() + ": 12 problems; nothing was changed.\n";
        BOOST_TEST(message.substr(0, head.size()) == head);
        BOOST_TEST(
            message.find("\nline 3: <person id=\"P-0\">: status 'asleep' is not active or archived\n") !=
                std::string::npos,
            message);
        BOOST_TEST(message.find("line 12: ") != std::string::npos);
        BOOST_TEST(message.find("line 13: ") == std::string::npos);
        BOOST_TEST(message.ends_with("\n... and 2 more"), message);
        BOOST_TEST(e.problems().size() == 12u);
    }

    people.clear();
    for (int i = 0; i < 80; ++i) people += "  <person id=\"P-" + std::to_string(i) + "\"/>\n";
    pcr::test::write_text(file, interchange_file(people));
    try {
        import_interchange(*store, shipped_templates(), file);
        BOOST_FAIL("the file was imported");
    } catch (const ImportError& e) {
        BOOST_TEST(std::string(e.what()).find(": at least 50 problems; nothing was changed.") !=
                   std::string::npos);
    }
    BOOST_TEST(store->count(SubjectKind::Person, true) == 0u);
}

BOOST_AUTO_TEST_CASE(a_missing_file_says_so) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "m.db", OpenMode::CreateIfMissing);
    const auto file = folder.path() / "not-there.xml";
    BOOST_CHECK_EXCEPTION(
        import_interchange(*store, shipped_templates(), file), ImportError, [&](const ImportError& e) {
            return std::string(e.what()) == "Cannot import " + file.string() +
                                                ": the file does not exist; check its name and "
                                                "folder. Nothing was changed.";
        });
    BOOST_CHECK_THROW(import_interchange(*store, shipped_templates(), folder.path()), pcr::UserError);
}

BOOST_AUTO_TEST_SUITE_END()
