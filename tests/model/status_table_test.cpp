// Tests of the stored judgements: the same statuses as a fresh computation over every record, on many days.
#include "model/sqlite/status_table.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>

#include "common/test_store.h"
#include "model/core/progress.h"
#include "model/demo/demo_generator.h"
#include "model/rules/record_statuses.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::TempFolder;

namespace {

// Month ends, a leap day, the days either side of them, and an ordinary day: where month arithmetic clamps.
std::vector<Date> edge_days() {
    std::vector<Date> days;
    for (const Date& day : {Date(2026, 1, 31), Date(2026, 2, 28), Date(2026, 3, 31), Date(2026, 4, 30),
                            Date(2026, 6, 30), Date(2026, 12, 31), Date(2027, 2, 28), Date(2028, 2, 29)}) {
        days.push_back(day.plus_days(-1));
        days.push_back(day);
        days.push_back(day.plus_days(1));
    }
    days.push_back(Date(2026, 9, 15));
    return days;
}

using Key = std::pair<std::string, std::string>;  // subject id, tool

// Every record's status on `day` computed afresh from its entries, by subject and tool.
std::map<Key, RecordStatus> computed(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                                     const Date& day) {
    std::map<Key, RecordStatus> out;
    store.for_each_record(kind, false, [&](const Subject& subject, const Record& record) {
        const ToolTemplate* tool = templates.find(record.tool);
        if (tool && tool->applies_to(kind)) out[{subject.id, record.tool}] = assess(*tool, record, day);
    });
    return out;
}

// The same from the stored judgements, with the words, so the whole status is compared.
std::map<Key, RecordStatus> stored(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                                   const Date& day) {
    std::map<Key, RecordStatus> out;
    store.judge_by(templates);
    store.for_each_subject_judgements(
        kind, {}, {}, CaseloadScope::Everyone,
        [&](const Subject& subject, const std::vector<ToolJudgement>& judged) {
            for (const ToolJudgement& j : judged)
                out[{subject.id, j.tool}] = status_on(templates.get(j.tool), j.judged, day);
        });
    return out;
}

// Every stored judgement with its kept rows, and every record judged afresh: the same, rows and all. Returns
// how many kept rows, so a caller can tell rows were compared, not merely both empty.
std::size_t check_same_judgements(const Store& store, const TemplateRegistry& templates, SubjectKind kind) {
    std::map<Key, RecordJudgement> fresh, kept;
    std::vector<std::string> tools;
    for (const ToolTemplate& tool : templates.tools()) tools.push_back(tool.id);
    store.for_each_record(kind, false, [&](const Subject& subject, const Record& record) {
        const ToolTemplate* tool = templates.find(record.tool);
        if (tool && tool->applies_to(kind)) fresh[{subject.id, record.tool}] = judge(*tool, record);
    });
    store.judge_by(templates);
    store.for_each_subject_judgements(kind, {}, tools, CaseloadScope::Everyone,
                                      [&](const Subject& subject, const std::vector<ToolJudgement>& judged) {
                                          for (const ToolJudgement& j : judged)
                                              kept[{subject.id, j.tool}] = j.judged;
                                      });
    BOOST_TEST(fresh.size() == kept.size());
    std::size_t with_rows = 0;
    for (const auto& [key, judged] : fresh) {
        BOOST_TEST_CONTEXT(to_string(kind) << " " << key.first << " " << key.second) {
            BOOST_TEST_REQUIRE(kept.count(key) == 1u);
            BOOST_TEST((kept.at(key) == judged));
            if (!judged.rows.empty()) ++with_rows;
        }
    }
    return with_rows;
}

// What the aggregate query counts, counted from the fresh statuses.
std::map<std::string, ToolTally> tallied(const std::map<Key, RecordStatus>& statuses) {
    std::map<std::string, ToolTally> out;
    for (const auto& [key, status] : statuses) {
        ToolTally& tally = out[key.second];
        tally.tool = key.second;
        ++tally.with_record;
        if (status.complete && status.current) ++tally.complete_and_current;
    }
    return out;
}

// Returns how many judgements kept rows.
std::size_t check_same(const Store& store, const TemplateRegistry& templates, const std::vector<Date>& days) {
    std::size_t with_rows = 0;
    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Staff, SubjectKind::Team}) {
        with_rows += check_same_judgements(store, templates, kind);
        for (const Date& day : days) {
            BOOST_TEST_CONTEXT(to_string(kind) << " on " << day.iso()) {
                const auto fresh = computed(store, templates, kind, day);
                const auto kept = stored(store, templates, kind, day);
                BOOST_TEST(fresh.size() == kept.size());
                for (const auto& [key, status] : fresh) {
                    const auto it = kept.find(key);
                    BOOST_TEST_CONTEXT(key.first << " " << key.second) {
                        BOOST_TEST_REQUIRE((it != kept.end()));
                        BOOST_TEST((it->second == status));
                    }
                }
                std::map<std::string, ToolTally> queried;
                for (const ToolTally& tally : store.tally_by_tool(kind, day, CaseloadScope::Everyone))
                    queried[tally.tool] = tally;
                BOOST_TEST((queried == tallied(fresh)));
            }
        }
    }
    return with_rows;
}

TemplateRegistry shipped() {
    return TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(status_table_test)

BOOST_AUTO_TEST_CASE(stored_statuses_match_a_fresh_computation_on_every_edge_day) {
    TempFolder folder;
    const auto file = folder.path() / "status.pcrdb";
    const auto templates = shipped();
    auto store = open_test_store(file, OpenMode::CreateIfMissing);
    // The demo the app opens (200 people, 25 staff, 4,000 log entries), on a fixed day.
    DemoOptions options;
    options.today = Date(2026, 9, 15);
    NoProgress quiet;
    generate_demo(*store, templates, options, quiet);
    // The demo has reviews, plans and circles: rows were kept and compared.
    BOOST_TEST(check_same(*store, templates, edge_days()) > 100u);
}

BOOST_AUTO_TEST_CASE(a_changed_template_judges_its_records_again) {
    TempFolder folder;
    const auto file = folder.path() / "status.pcrdb";
    auto templates = shipped();
    auto store = open_test_store(file, OpenMode::CreateIfMissing);
    DemoOptions options;
    options.people = 20;
    options.staff = 4;
    options.logs = 200;
    options.today = Date(2026, 9, 15);
    NoProgress quiet;
    generate_demo(*store, templates, options, quiet);

    // A provider asks for more in the profile and shortens the learning log's review period.
    TemplateRegistry edited;
    for (ToolTemplate tool : templates.tools()) {
        if (tool.id == "one-page-profile")
            for (auto& section : tool.sections) section.min += 2;
        if (tool.id == "learning-log") tool.review_months = 1;
        edited.add(std::move(tool));
    }
    const std::vector<Date> days{Date(2026, 9, 15), Date(2026, 10, 31)};
    check_same(*store, edited, days);
    // And back again: the judgements follow whichever templates the program has.
    check_same(*store, templates, days);
}

BOOST_AUTO_TEST_CASE(records_saved_without_templates_are_judged_when_templates_come) {
    TempFolder folder;
    const auto file = folder.path() / "status.pcrdb";
    const auto templates = shipped();
    {
        auto store = open_test_store(file, OpenMode::CreateIfMissing);
        Subject person;
        person.id = "P-1";
        person.name = "Zoë Ångström";
        store->save_subject(person);
        Record record;
        record.tool = "one-page-profile";
        record.reviewed = Date(2026, 1, 31);
        record.section_for_update("appreciation").entries.push_back(Entry{0, "", "Kind and funny", {}});
        store->save_record(SubjectKind::Person, "P-1", record);
    }
    auto store = open_test_store(file);
    const auto tallies = store->tally_by_tool(SubjectKind::Person, Date(2026, 2, 1), CaseloadScope::Everyone);
    BOOST_TEST(tallies.empty());  // not judged yet: no templates were given
    check_same(*store, templates, {Date(2026, 2, 28), Date(2026, 3, 1), Date(2027, 1, 31), Date(2027, 2, 1)});
    BOOST_TEST(store->tally_by_tool(SubjectKind::Person, Date(2026, 2, 1), CaseloadScope::Everyone).size() ==
               1u);
}

BOOST_AUTO_TEST_CASE(section_counts_survive_the_round_trip_through_their_stored_form) {
    RecordJudgement judged;
    judged.has_content = true;
    judged.last_reviewed = Date(2026, 2, 28);
    judged.sections = {SectionCount{3, {}}, SectionCount{0, {0, 2}}, SectionCount{12, {1}}, SectionCount{}};
    const std::string text = StatusTable::encode(judged);
    BOOST_TEST(text == "3 0:0.2 12:1 0");
    BOOST_TEST((StatusTable::decode(true, text, Date(2026, 2, 28)) == judged));
}

BOOST_AUTO_TEST_CASE(kept_rows_survive_the_round_trip_whatever_their_text_holds) {
    Section meetings;
    meetings.id = "meetings";
    Entry meeting;
    meeting.date = "2026-03-01";
    Cell attendees;
    attendees.column = "attendees";
    attendees.attendees = {{"family", ""}, {"person", ""}, {"", ""}};
    meeting.cells.push_back(attendees);
    meetings.entries.push_back(meeting);
    meetings.entries.push_back(Entry{});  // a row with no date and no cells
    Section actions;
    actions.id = "actions";
    Entry action;
    // Every mark the stored form uses, and the escape itself, inside a cell's text and a column id.
    action.cells.push_back(Cell{"action", "Visit \x1b\x1c\x1d\x1e\x1f flats, Zo\u00eb \u2192 \u05d0", {}});
    action.cells.push_back(Cell{"by\x1f-when", "", {}});
    action.cells.push_back(Cell{"done", "2026-04-01", {}});
    actions.entries.push_back(action);
    const std::vector<Section> rows{meetings, actions, Section{"empty", {}, {}}};
    BOOST_TEST((StatusTable::decode_rows(StatusTable::encode_rows(rows)) == rows));
    BOOST_TEST(StatusTable::decode_rows("").empty());
}

BOOST_AUTO_TEST_SUITE_END()
