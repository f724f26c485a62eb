// Tests of the demo caseload: deterministic, the counts asked for, every tool used, valid records, a
// realistic spread.
#include "model/demo/demo_generator.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

#include "common/test_store.h"
#include "model/core/errors.h"
#include "model/demo/caseload_plan.h"
#include "model/demo/phrase_writer.h"
#include "model/domain/completeness.h"
#include "model/exchange/interchange_reader.h"
#include "model/exchange/interchange_writer.h"
#include "support/tool_records.h"

using namespace pcr::model;

namespace {

const Date kToday(2026, 6, 30);

DemoOptions small_options(std::uint64_t seed = 7) {
    DemoOptions o;
    o.people = 80;
    o.staff = 8;
    o.logs = 3000;
    o.seed = seed;
    o.today = kToday;
    return o;
}

const TemplateRegistry& registry() {
    static const TemplateRegistry templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    return templates;
}

// A demo caseload in a fresh database, exported for inspection.
struct DemoDatabase {
    pcr::test::TempFolder folder;
    std::unique_ptr<Store> store;
    DemoCounts counts;

    explicit DemoDatabase(const DemoOptions& options, const std::string& name = "demo.db") {
        store = open_test_store(folder.path() / name, OpenMode::CreateIfMissing);
        NoProgress quiet;
        counts = generate_demo(*store, registry(), options, quiet);
    }
};

// One export of the small demo, shared by the tests that only read it.
const Interchange& small_export() {
    static const Interchange data = DemoDatabase(small_options()).store->export_all();
    return data;
}

std::vector<const SubjectRecords*> everyone(const Interchange& data) {
    std::vector<const SubjectRecords*> all;
    for (const auto& p : data.people) all.push_back(&p);
    for (const auto& s : data.staff) all.push_back(&s);
    if (data.team) all.push_back(&*data.team);
    return all;
}

long log_rows(const SubjectRecords& sr) {
    for (const Record& r : sr.records)
        if (r.tool == "learning-log")
            if (const Section* s = r.section("entries")) return static_cast<long>(s->entries.size());
    return 0;
}

bool has_non_ascii(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Cancels at the n-th progress report, remembering what it was told.
class CancelAt final : public Progress {
  public:
    explicit CancelAt(int n) : n_(n) {}
    bool update(long done, long total, const std::string&) override {
        reports.emplace_back(done, total);
        return static_cast<int>(reports.size()) < n_;
    }
    std::vector<std::pair<long, long>> reports;

  private:
    int n_;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(demo_generator_test)

BOOST_AUTO_TEST_CASE(the_same_seed_gives_the_same_database_and_another_seed_another) {
    DemoOptions options = small_options();
    options.people = 30;
    options.logs = 500;
    const Interchange first = DemoDatabase(options, "first.db").store->export_all();
    const Interchange second = DemoDatabase(options, "second.db").store->export_all();
    BOOST_TEST((first == second));
    BOOST_TEST(write_interchange_text(first, registry(), "stamp") ==
               write_interchange_text(second, registry(), "stamp"));

    options.seed = 8;
    const Interchange other = DemoDatabase(options, "other.db").store->export_all();
    BOOST_TEST(!(first == other));
    BOOST_TEST(first.people.front().subject.name != other.people.front().subject.name);
}

BOOST_AUTO_TEST_CASE(writes_the_people_staff_and_log_entries_asked_for) {
    DemoDatabase db(small_options());
    BOOST_TEST(db.counts.people == 80);
    BOOST_TEST(db.counts.staff == 8);
    BOOST_TEST(db.counts.log_entries == 3000);
    BOOST_TEST(db.store->count(SubjectKind::Person, true) == 80u);
    BOOST_TEST(db.store->count(SubjectKind::Staff, true) == 8u);

    const Interchange data = db.store->export_all();
    long logs = 0;
    long records = 0;
    for (const SubjectRecords* sr : everyone(data)) {
        logs += log_rows(*sr);
        records += static_cast<long>(sr->records.size());
    }
    BOOST_TEST(logs == 3000);
    BOOST_TEST(records == db.counts.records);

    BOOST_TEST(data.people.front().subject.id == "P-00001");
    BOOST_TEST(data.people.back().subject.id == "P-00080");
    BOOST_TEST(data.staff.front().subject.id == "S-0001");
    BOOST_TEST(data.staff.back().subject.id == "S-0008");
    BOOST_REQUIRE(data.team.has_value());
    BOOST_TEST(data.team->subject.name == "The team");
}

BOOST_AUTO_TEST_CASE(ids_keep_one_width_and_widen_for_big_caseloads) {
    const Interchange& data = small_export();
    for (const auto& p : data.people) BOOST_TEST(p.subject.id.size() == 7u);
    BOOST_TEST(CaseloadPlan::make(123456, 0, 1).people().size() == 123456u);
}

BOOST_AUTO_TEST_CASE(every_tool_appears_for_someone_it_applies_to) {
    const Interchange& data = small_export();
    std::map<SubjectKind, std::set<std::string>> used;
    for (const SubjectRecords* sr : everyone(data))
        for (const Record& r : sr->records) used[sr->subject.kind].insert(r.tool);
    for (const ToolTemplate& tool : registry().tools()) {
        bool found = false;
        for (SubjectKind kind : tool.scopes) found = found || used[kind].count(tool.id) > 0;
        BOOST_TEST(found, "no demo record of " << tool.id);
    }
    const std::set<std::string> team_tools = used[SubjectKind::Team];
    for (const char* id :
         {"team-purpose", "team-charter", "doughnut-sort", "four-plus-one", "working-not-working"})
        BOOST_TEST(team_tools.count(id) == 1u, "the team has no " << id);
}

BOOST_AUTO_TEST_CASE(every_record_passes_the_interchange_reader) {
    const Interchange& data = small_export();
    const InterchangeReadResult read =
        read_interchange_text(write_interchange_text(data, registry(), "stamp"), registry());
    std::string problems;
    for (const auto& p : read.problems) problems += p.to_string() + "\n";
    BOOST_TEST(read.ok(), problems);
    // The file lists records in template order, the store by tool id: compare each subject's records as a
    // set.
    auto by_tool = [](std::vector<SubjectRecords> subjects) {
        for (auto& s : subjects)
            std::sort(s.records.begin(), s.records.end(),
                      [](const Record& a, const Record& b) { return a.tool < b.tool; });
        return subjects;
    };
    BOOST_TEST((by_tool(read.data.people) == by_tool(data.people)));
    BOOST_TEST((by_tool(read.data.staff) == by_tool(data.staff)));
    BOOST_REQUIRE(read.data.team.has_value());
    BOOST_TEST((by_tool({*read.data.team})[0].records == by_tool({*data.team})[0].records));
}

BOOST_AUTO_TEST_CASE(cells_use_the_templates_ids_choices_and_date_forms) {
    const Interchange& data = small_export();
    int checked = 0;
    for (const SubjectRecords* sr : everyone(data)) {
        for (const Record& r : sr->records) {
            const ToolTemplate& tool = registry().get(r.tool);
            BOOST_TEST(tool.applies_to(sr->subject.kind));
            BOOST_TEST(!r.empty(), sr->subject.id << " has an empty " << r.tool);
            for (const Section& s : r.sections) {
                const SectionTemplate* st = tool.section(s.id);
                BOOST_REQUIRE_MESSAGE(st, r.tool << " has no section " << s.id);
                for (const Entry& e : s.entries) {
                    if (st->kind == SectionKind::Dated)
                        BOOST_TEST(parse_row_date(e.date, st->year_allowed).has_value(),
                                   "bad date " << e.date);
                    for (const Cell& c : e.cells) {
                        const Column* col = st->column(c.column);
                        BOOST_REQUIRE_MESSAGE(col, r.tool << "/" << s.id << " has no column " << c.column);
                        BOOST_TEST(!c.blank());
                        if (col->type == ColumnType::Choice) BOOST_TEST(col->allows(c.text), c.text);
                        if (col->type == ColumnType::Date)
                            BOOST_TEST(Date::parse(c.text).has_value(), c.text);
                        for (const Attendee& a : c.attendees) BOOST_TEST(col->allows(a.role), a.role);
                        ++checked;
                    }
                }
            }
        }
    }
    BOOST_TEST(checked > 3000);
}

BOOST_AUTO_TEST_CASE(about_one_in_seven_has_everything_current_and_one_in_twelve_nothing) {
    const Interchange& data = small_export();
    const auto person_tools = registry().tools_for(SubjectKind::Person);
    int everything = 0;
    int nothing = 0;
    for (const auto& p : data.people) {
        if (p.records.empty()) {
            ++nothing;
            continue;
        }
        int good = 0;
        for (const Record& r : p.records) {
            const RecordStatus status = assess(registry().get(r.tool), r, kToday);
            if (status.complete && status.current) ++good;
        }
        if (good != static_cast<int>(person_tools.size())) continue;
        ++everything;
        // Rows meant to be complete have every required column.
        for (const Record& r : p.records)
            for (const Section& s : r.sections)
                for (const Entry& e : s.entries)
                    for (const Column& col : registry().get(r.tool).section(s.id)->columns)
                        if (col.required)
                            BOOST_TEST((e.cell(col.id) && !e.cell(col.id)->blank()), r.tool << " " << col.id);
    }
    BOOST_TEST(everything == 12);  // 15% of 80
    BOOST_TEST(nothing == 6);      // 8% of 80
}

BOOST_AUTO_TEST_CASE(partial_records_fall_short_or_go_stale_by_thirteen_to_thirty_months) {
    const Interchange& data = small_export();
    int incomplete = 0;
    int stale = 0;
    for (const auto& p : data.people) {
        for (const Record& r : p.records) {
            const ToolTemplate& tool = registry().get(r.tool);
            const RecordStatus status = assess(tool, r, kToday);
            if (!status.complete) ++incomplete;
            if (status.complete && !status.current && tool.review_months == 12) {
                ++stale;
                BOOST_REQUIRE(status.last_reviewed.has_value());
                BOOST_TEST((*status.last_reviewed < kToday.minus_months(13).plus_days(1)),
                           status.last_reviewed->iso());
                BOOST_TEST((*status.last_reviewed >= kToday.minus_months(31)), status.last_reviewed->iso());
            }
        }
    }
    BOOST_TEST(incomplete > 20);
    BOOST_TEST(stale > 20);
}

BOOST_AUTO_TEST_CASE(archives_about_three_in_a_hundred) {
    DemoOptions options = small_options();
    options.people = 200;
    options.logs = 0;
    DemoDatabase db(options);
    BOOST_TEST(db.store->count(SubjectKind::Person, true) == 200u);
    BOOST_TEST(db.store->count(SubjectKind::Person, false) == 194u);
    BOOST_TEST(db.counts.log_entries == 0);
}

BOOST_AUTO_TEST_CASE(names_carry_their_accents_and_some_people_go_by_another_name) {
    const Interchange& data = small_export();
    int accented = 0;
    int preferred = 0;
    for (const auto& p : data.people) {
        accented += has_non_ascii(p.subject.name) ? 1 : 0;
        preferred += p.subject.preferred_name.empty() ? 0 : 1;
    }
    BOOST_TEST(accented >= 3);
    BOOST_TEST(preferred >= 5);
    // The relationship circles name people from the same pools, accents and all.
    bool accented_relative = false;
    for (const auto& p : data.people)
        for (const Record& r : p.records)
            if (r.tool == "relationship-circle")
                for (const Entry& e : r.section("people")->entries)
                    accented_relative = accented_relative || has_non_ascii(e.cell("name")->text);
    BOOST_TEST(accented_relative);
}

BOOST_AUTO_TEST_CASE(records_speak_of_the_person_by_the_name_they_go_by) {
    const Interchange& data = small_export();
    int mentioned = 0;
    for (const auto& p : data.people) {
        const std::string& name = p.subject.display_name();
        for (const Record& r : p.records)
            for (const Section& s : r.sections)
                for (const Entry& e : s.entries) {
                    if (e.text.find(name) != std::string::npos) ++mentioned;
                    for (const Cell& c : e.cells)
                        if (c.text.find(name) != std::string::npos) ++mentioned;
                }
    }
    BOOST_TEST(mentioned > 150);
}

BOOST_AUTO_TEST_CASE(people_are_mostly_older_with_some_working_age_adults) {
    const Interchange& data = small_export();
    int older = 0;
    for (const auto& p : data.people) {
        BOOST_REQUIRE(p.subject.born.has_value());
        const Date born = *p.subject.born;
        const bool birthday_to_come =
            std::pair(born.month(), born.day()) > std::pair(kToday.month(), kToday.day());
        const int age = kToday.year() - born.year() - (birthday_to_come ? 1 : 0);
        BOOST_TEST(age >= 19);
        BOOST_TEST(age <= 100);
        if (age >= 65) ++older;
    }
    BOOST_TEST(older >= 60);
    BOOST_TEST(older < 80);
}

BOOST_AUTO_TEST_CASE(log_entries_fall_in_the_two_years_before_today_and_spread_unevenly) {
    const Interchange& data = small_export();
    long most = 0;
    long with_logs = 0;
    for (const auto& p : data.people) {
        const long n = log_rows(p);
        if (n == 0) continue;
        ++with_logs;
        most = std::max(most, n);
        for (const Record& r : p.records)
            if (r.tool == "learning-log")
                for (const Entry& e : r.section("entries")->entries) {
                    const auto d = Date::parse(e.date);
                    BOOST_REQUIRE(d.has_value());
                    BOOST_TEST((*d <= kToday), e.date);
                    BOOST_TEST((*d >= kToday.plus_days(-730)), e.date);
                }
    }
    BOOST_TEST(with_logs > 30);
    BOOST_TEST(most > 3 * 3000 / with_logs);
}

BOOST_AUTO_TEST_CASE(the_plan_shares_log_entries_out_exactly) {
    for (long logs : {0L, 1L, 7L, 999L, 123457L}) {
        const CaseloadPlan plan = CaseloadPlan::make(37, logs, 3);
        long total = 0;
        for (const PersonPlan& p : plan.people()) {
            total += p.logs;
            if (p.coverage == Coverage::Nothing) BOOST_TEST(p.logs == 0);
        }
        BOOST_TEST(total == logs);
    }
}

BOOST_AUTO_TEST_CASE(cancelling_writes_nothing) {
    DemoOptions options = small_options();
    options.people = 600;
    options.staff = 5;
    options.logs = 1000;
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "cancel.db", OpenMode::CreateIfMissing);
    CancelAt cancel(2);  // staff and the team, then the first 250 people
    const DemoCounts counts = generate_demo(*store, registry(), options, cancel);
    BOOST_TEST(counts.staff == 0);
    BOOST_TEST(counts.people == 0);
    // One transaction: a run stopped half way (cancelled, failed or killed) leaves no part of a caseload.
    BOOST_TEST(store->count(SubjectKind::Person, true) == 0u);
    BOOST_TEST(store->count(SubjectKind::Staff, true) == 0u);
    BOOST_REQUIRE(cancel.reports.size() == 2u);
    BOOST_TEST(cancel.reports[0].first == 5);
    BOOST_TEST(cancel.reports[1].first == 255);
    BOOST_TEST(cancel.reports[1].second == 605);
}

BOOST_AUTO_TEST_CASE(phrases_fill_in_names_pronouns_and_tastes_and_skip_what_a_person_lacks) {
    Persona peggy;
    peggy.subject.name = "Margaret Jones";
    peggy.subject.preferred_name = "Peggy";
    peggy.first = "Margaret";
    peggy.call = "Peggy";
    peggy.gender = Gender::Female;
    peggy.drink = "a proper cup of tea, milk first, in {p} blue mug";
    peggy.late_partner = "Alan";
    DemoRandom rng(1);
    PhraseWriter w(peggy, PhraseBank::instance(), rng);

    std::string out;
    BOOST_TEST(w.expand("{n} loves {drink}", out));
    BOOST_TEST(out == "Peggy loves a proper cup of tea, milk first, in her blue mug");
    out.clear();
    BOOST_TEST(w.expand("Being called {n}, not {formal}. {S} misses {partner}.", out));
    BOOST_TEST(out == "Being called Peggy, not Margaret. She misses Alan.");
    out = "kept";
    BOOST_TEST(!w.expand("Speaks {lang} at home", out));  // no language recorded
    BOOST_TEST(out == "kept");
    BOOST_TEST(!w.expand("{young}Choosing {p} own clothes", out));
    for (int i = 0; i < 20; ++i) {
        const std::string s = w.write({"{lang} first", "{Quietly|Gently} ask {o}"});
        BOOST_TEST((s == "Quietly ask her" || s == "Gently ask her"), s);
    }
    const auto items = w.write_distinct({"One", "Two", "Two", "{lang}"}, 3);
    BOOST_TEST(items.size() == 3u);
    BOOST_TEST(std::set<std::string>(items.begin(), items.end()).size() == 3u);
}

BOOST_AUTO_TEST_CASE(refuses_negative_counts) {
    pcr::test::TempFolder folder;
    auto store = open_test_store(folder.path() / "refused.db", OpenMode::CreateIfMissing);
    DemoOptions options = small_options();
    options.people = -1;
    NoProgress quiet;
    BOOST_CHECK_THROW(generate_demo(*store, registry(), options, quiet), pcr::UserError);
    BOOST_TEST(store->count(SubjectKind::Person, true) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
