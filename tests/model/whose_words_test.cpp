// Tests of whose words an item or row is: stored, versioned, edited, read back, exchanged as from="...", and
// review meetings held without the person on the dashboard.
#include <boost/test/unit_test.hpp>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/domain/completeness.h"
#include "model/domain/entry_origin.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_reader.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/html_exporter.h"
#include "model/export/record_pdf.h"
#include "model/export/whole_record.h"
#include "model/rules/change_words.h"
#include "model/rules/dashboard.h"
#include "model/rules/record_diff.h"
#include "model/rules/record_edit.h"
#include "model/rules/record_view.h"
#include "support/interchange_files.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::add_row;
using pcr::test::day;
using pcr::test::person;
using pcr::test::row;
using pcr::test::shipped_templates;
using pcr::test::TempFolder;

namespace {

Record profile_with(const std::string& text, const std::string& origin) {
    Record r;
    r.tool = "one-page-profile";
    Entry item;
    item.text = text;
    item.origin = origin;
    r.section_for_update("appreciation").entries.push_back(item);
    return r;
}

struct Fresh {
    TempFolder folder;
    std::unique_ptr<Store> store = open_test_store(folder.path() / "whose.db", OpenMode::CreateIfMissing);
    Fresh() { store->save_subject(person("P-1", "Ann")); }
    Record profile() const { return *store->record(SubjectKind::Person, "P-1", "one-page-profile"); }
};

// A review with one meeting on `on` attended by `roles`, each with a name.
Record review_with(const char* on, std::initializer_list<const char*> roles) {
    Record r;
    r.tool = "person-centred-review";
    Entry meeting = row({{"working", "Swimming"}}, on);
    Cell who{"attendees", {}, {}};
    for (const char* role : roles) who.attendees.push_back({role, std::string("Someone ") + role});
    if (!who.attendees.empty()) meeting.cells.insert(meeting.cells.begin(), who);
    add_row(r, "meetings", meeting);
    return r;
}

void add_meeting(Record& r, const char* on, std::initializer_list<const char*> roles) {
    Record other = review_with(on, roles);
    add_row(r, "meetings", other.section("meetings")->entries.front());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(whose_words_test)

BOOST_AUTO_TEST_CASE(whose_words_are_stored_and_read_back) {
    Fresh f;
    f.store->save_record(SubjectKind::Person, "P-1", profile_with("Kind to the cat", "family"));
    Record log;
    log.tool = "learning-log";
    Entry entry = row({{"what-they-did", "Swimming"}}, "2026-06-01");
    entry.origin = "person";
    add_row(log, "entries", entry);
    f.store->save_record(SubjectKind::Person, "P-1", log);

    BOOST_TEST(f.profile().section("appreciation")->entries.at(0).origin == "family");
    const Record read = *f.store->record(SubjectKind::Person, "P-1", "learning-log");
    BOOST_TEST(read.section("entries")->entries.at(0).origin == "person");
}

BOOST_AUTO_TEST_CASE(a_change_of_whose_words_alone_is_a_new_version_and_history_shows_it) {
    Fresh f;
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", profile_with("Kind to the cat", "")) == 1);
    Record r = f.profile();
    r.section_for_update("appreciation").entries.at(0).origin = "staff";
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", r) == 2);
    // Saving it again as it is writes nothing.
    BOOST_TEST(f.store->save_record(SubjectKind::Person, "P-1", f.profile()) == 2);

    const auto changes = f.store->history(SubjectKind::Person, "P-1");
    BOOST_TEST_REQUIRE(changes.size() == 3u);
    BOOST_TEST(change_words(changes.back().parts) == "1 entry changed");
    // Each version keeps whose words it was then.
    const auto first = f.store->record_at(SubjectKind::Person, "P-1", "one-page-profile", 1);
    const auto second = f.store->record_at(SubjectKind::Person, "P-1", "one-page-profile", 2);
    BOOST_TEST(first->section("appreciation")->entries.at(0).origin == "");
    BOOST_TEST(second->section("appreciation")->entries.at(0).origin == "staff");
    // The history view words the difference.
    const auto diff = record_diff(shipped_templates().get("one-page-profile"), *first, *second);
    BOOST_TEST_REQUIRE(diff.size() == 1u);
    BOOST_TEST(diff[0].before == "Kind to the cat");
    BOOST_TEST(diff[0].after == "Kind to the cat (staff's words)");
}

BOOST_AUTO_TEST_CASE(record_edit_sets_whose_words_and_refuses_anything_else) {
    Record r = profile_with("Kind", "");
    RecordEdit edit(r, shipped_templates().get("one-page-profile"));
    edit.set_origin("appreciation", 0, " family ");
    BOOST_TEST(r.section("appreciation")->entries.at(0).origin == "family");
    edit.set_origin("appreciation", 0, "");
    BOOST_TEST(r.section("appreciation")->entries.at(0).origin == "");

    try {
        edit.set_origin("appreciation", 0, "aunt");
        BOOST_FAIL("an unknown value was taken");
    } catch (const pcr::UserError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "Whose words cannot be \"aunt\": choose person, family, staff or other, or nothing when "
                   "nobody said.");
    }
    BOOST_CHECK_THROW(edit.set_origin("appreciation", 5, "family"), pcr::NotFoundError);
    Record agreement;
    RecordEdit text_edit(agreement, shipped_templates().get("decision-making-agreement"));
    BOOST_CHECK_THROW(text_edit.set_origin("more-control", 0, "family"), pcr::UserError);
    // Whose words alone is not content.
    Entry only_origin;
    only_origin.origin = "person";
    BOOST_TEST(!only_origin.has_content());
}

BOOST_AUTO_TEST_CASE(the_record_view_says_whose_words_items_and_rows_are) {
    Record profile = profile_with("Kind", "family");
    profile.section_for_update("appreciation").entries.push_back(Entry{0, {}, "Funny", {}});
    const RecordView view = record_view(shipped_templates().get("one-page-profile"), profile);
    const SectionView* appreciation = nullptr;
    for (const auto& s : view.sections)
        if (s.section->id == "appreciation") appreciation = &s;
    BOOST_TEST((appreciation->items == std::vector<std::string>{"Kind (family's words)", "Funny"}));

    Record log;
    log.tool = "learning-log";
    add_row(log, "entries", row({{"what-they-did", "Walk"}}, "2026-06-01"));
    const ToolTemplate& tool = shipped_templates().get("learning-log");
    // No row says whose words: no column for it.
    BOOST_TEST(!record_view(tool, log).sections.at(0).whose_words);
    log.section_for_update("entries").entries.at(0).origin = "person";
    const SectionView entries = record_view(tool, log).sections.at(0);
    BOOST_TEST(entries.whose_words);
    BOOST_TEST(entries.column_titles.back() == "Whose words");
    BOOST_TEST(entries.rows.at(0).cells.size() + 1 == entries.column_titles.size());  // less the date
    BOOST_TEST(entries.rows.at(0).cells.back().words == "The person");
}

BOOST_AUTO_TEST_CASE(the_whole_record_pdf_and_html_say_whose_words) {
    Fresh f;
    f.store->save_record(SubjectKind::Person, "P-1", profile_with("Kind to the cat", "family"));
    Record review = review_with("2026-05-02", {"family"});
    review.section_for_update("meetings").entries.at(0).origin = "staff";
    f.store->save_record(SubjectKind::Person, "P-1", review);
    const WholeRecord whole =
        whole_record(*f.store, shipped_templates(), SubjectKind::Person, "P-1", day("2026-06-30"));

    const std::string html =
        HtmlExporter::load(std::filesystem::path(PCR_SOURCE_TEMPLATES) / "export").record(whole);
    BOOST_TEST(html.find("Kind to the cat (family&#39;s words)") != std::string::npos, html);
    BOOST_TEST(html.find("Whose words") != std::string::npos);

    const auto file = f.folder.path() / "whole.pdf";
    BOOST_TEST(write_record_pdf(whole, file) >= 1);
    const std::string text = pcr::test::collapse_spaces(pcr::test::pdf_text(file));
    BOOST_TEST(text.find("(family's words)") != std::string::npos, text);
    BOOST_TEST(text.find("Whose words") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(whose_words_go_out_and_come_back_through_the_interchange_file) {
    Interchange data;
    Record log;
    log.tool = "learning-log";
    Entry entry = row({{"what-they-did", "Swimming"}}, "2026-06-01");
    entry.origin = "staff";
    add_row(log, "entries", entry);
    Record review;
    review.tool = "person-centred-review";
    Entry action = row({{"action", "Book a taxi"}, {"who", "Alan"}, {"by-when", "2026-07-01"}});
    action.origin = "other";
    add_row(review, "actions", action);
    data.people.push_back({person("P-1", "Ann"), {profile_with("Kind", "family"), log, review}});

    const std::string xml = write_interchange_text(data, shipped_templates(), "2026-11-26T14:00:00Z");
    BOOST_TEST(xml.find("<item from=\"family\">Kind</item>") != std::string::npos);
    BOOST_TEST(xml.find("<row date=\"2026-06-01\" from=\"staff\">") != std::string::npos);
    BOOST_TEST(xml.find("<row from=\"other\">") != std::string::npos);

    const InterchangeReadResult read = read_interchange_text(xml, shipped_templates());
    BOOST_TEST_REQUIRE(read.ok(), pcr::test::listed(read.problems));
    BOOST_TEST(write_interchange_text(read.data, shipped_templates(), "2026-11-26T14:00:00Z") == xml);
    const auto& records = read.data.people.at(0).records;
    for (const Record& r : records)
        if (r.tool == "one-page-profile")
            BOOST_TEST(r.section("appreciation")->entries.at(0).origin == "family");

    // Through a store and back: the same file.
    TempFolder folder;
    auto store = open_test_store(folder.path() / "round.db", OpenMode::CreateIfMissing);
    store->import(read.data);
    BOOST_TEST(write_interchange_text(store->export_all(), shipped_templates(), "2026-11-26T14:00:00Z") ==
               xml);
}

BOOST_AUTO_TEST_CASE(an_unknown_from_is_refused_naming_the_line_and_nothing_is_imported) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "bad.db", OpenMode::CreateIfMissing);
    store->save_subject(person("P-9", "Bo"));
    const auto file = folder.path() / "bad.xml";
    pcr::test::write_text(file, pcr::test::person_file("    <record tool=\"one-page-profile\">\n"
                                                       "      <section id=\"appreciation\">\n"
                                                       "        <item from=\"aunt\">Kind</item>\n"
                                                       "      </section>\n"
                                                       "    </record>\n"));
    try {
        import_interchange(*store, shipped_templates(), file);
        BOOST_FAIL("the file was imported");
    } catch (const ImportError& e) {
        BOOST_TEST_REQUIRE(e.problems().size() == 1u);
        BOOST_TEST(e.problems()[0].line == 7);
        BOOST_TEST(e.problems()[0].message.find("from='aunt'") != std::string::npos, e.problems()[0].message);
        BOOST_TEST(std::string(e.what()).find("bad.xml") != std::string::npos, e.what());
    }
    BOOST_TEST(store->count(SubjectKind::Person, true) == 1u);
    BOOST_TEST(!store->subject(SubjectKind::Person, "P-1"));
}

BOOST_AUTO_TEST_CASE(the_dashboard_lists_reviews_held_without_the_person_with_date_and_team) {
    TempFolder folder;
    auto store = open_test_store(folder.path() / "dash.db", OpenMode::CreateIfMissing);
    Interchange data;
    Record without = review_with("2026-05-02", {"family", "staff"});
    add_meeting(without, "2025-03-01", {"staff"});  // before the review period: not listed
    add_meeting(without, "2026-07-15", {"staff"});  // planned, after the day: not listed
    add_meeting(without, "2026-02-01", {});         // nobody recorded: not listed
    add_meeting(without, "2026-01-10", {"person", "staff"});
    data.people.push_back({person("P-1", "Zoë Smith"), {without}});
    data.people.push_back({person("P-2", "Al Jones"), {review_with("2026-04-01", {"person"})}});
    data.people.push_back({person("P-3", "Bea Price"), {review_with("2026-03-03", {"other"})}});
    store->import(data);
    Subject north;
    north.kind = SubjectKind::Team;
    north.id = "north";
    north.name = "North, Leeds";
    store->save_subject(north);
    store->set_teams(SubjectKind::Person, "P-1", {"north"});

    const Dashboard board = Dashboard::build(*store, shipped_templates(), day("2026-06-30"));
    BOOST_TEST_REQUIRE(board.without_person.size() == 2u);
    BOOST_TEST(board.without_person[0].id == "P-3");
    BOOST_TEST(board.without_person[0].date->iso() == "2026-03-03");
    BOOST_TEST(board.without_person[0].teams == "");
    BOOST_TEST(board.without_person[0].text == "Person-centred review on 3 Mar 2026: held without them");
    BOOST_TEST(board.without_person[1].id == "P-1");
    BOOST_TEST(board.without_person[1].tool == "person-centred-review");
    BOOST_TEST(board.without_person[1].date->iso() == "2026-05-02");
    BOOST_TEST(board.without_person[1].teams == "North, Leeds");
    BOOST_TEST(board.without_person[1].text ==
               "Person-centred review on 2 May 2026: held without them (team: North, Leeds)");
    BOOST_TEST(board.nothing_words(DashboardSection::WithoutPerson) ==
               "Every review held lately had the person there.");
}

BOOST_AUTO_TEST_CASE(the_review_template_marks_the_person_as_self_and_completeness_is_unchanged) {
    const ToolTemplate& review = shipped_templates().get("person-centred-review");
    const Column* attendees = review.section("meetings")->column("attendees");
    const Choice* person_role = attendees->find_choice("person");
    BOOST_TEST(person_role->self);
    BOOST_TEST(!attendees->find_choice("family")->self);
    // A meeting without the person counts as it always did.
    const Record held = review_with("2026-05-02", {"family"});
    BOOST_TEST(assess(review, held, day("2026-06-30")).sections.at(0).met);
}

BOOST_AUTO_TEST_SUITE_END()
