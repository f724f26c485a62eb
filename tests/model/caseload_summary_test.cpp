// Tests of per-subject totals: complete-and-current and with-record counts, archived people left out.
#include "model/rules/caseload_summary.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <random>

#include "common/test_store.h"

namespace fs = std::filesystem;
using namespace pcr::model;

namespace {

// A database file in a fresh temporary folder, removed with the folder at the end of the test.
struct TempDatabase {
    fs::path folder;
    fs::path file;
    TempDatabase() {
        folder = fs::temp_directory_path() / ("pcr-summary-" + std::to_string(std::random_device{}()));
        fs::create_directories(folder);
        file = folder / "summary.pcrdb";
    }
    ~TempDatabase() { fs::remove_all(folder); }
};

Subject person(const std::string& id, const std::string& name, Status status = Status::Active) {
    Subject s;
    s.id = id;
    s.name = name;
    s.status = status;
    return s;
}

Record full_profile(const Date& reviewed) {
    Record r;
    r.tool = "one-page-profile";
    r.reviewed = reviewed;
    for (const char* section : {"appreciation", "important-to-me", "how-to-support"}) {
        Section& s = r.section_for_update(section);
        for (int i = 0; i < 3; ++i)
            s.entries.push_back(Entry{0, "", std::string(section) + " " + std::to_string(i), {}});
    }
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(caseload_summary_test)

BOOST_AUTO_TEST_CASE(counts_each_active_persons_records_on_the_day) {
    TempDatabase db;
    const auto templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    const Date today(2026, 6, 30);
    {
        auto store = open_test_store(db.file, OpenMode::CreateIfMissing);
        store->save_subject(person("P-1", "Margaret Jones"));
        store->save_subject(person("P-2", "Kemal Gruffydd"));
        store->save_subject(person("P-3", "Ada Archived", Status::Archived));
        store->save_record(SubjectKind::Person, "P-1", full_profile(Date(2026, 1, 10)));
        Record stale = full_profile(Date(2024, 1, 10));
        stale.tool = "good-days-bad-days";
        stale.sections.clear();
        stale.section_for_update("good-day").entries.push_back(Entry{0, "", "Sunshine", {}});
        store->save_record(SubjectKind::Person, "P-1", stale);
        store->save_record(SubjectKind::Person, "P-3", full_profile(Date(2026, 1, 10)));
    }
    auto store = open_test_store(db.file);
    CaseloadSummary summaries(*store, templates, SubjectKind::Person, today);

    // Nothing is read until asked for; then those asked for, Kemal (no records) with zero counts.
    BOOST_TEST(!summaries.has("P-1"));
    summaries.read({"P-1", "P-2"});
    BOOST_TEST(summaries.has("P-1"));
    BOOST_TEST(summaries.has("P-2"));
    BOOST_TEST(!summaries.has("P-3"));
    const SubjectSummary peggy = summaries.of("P-1");
    BOOST_TEST(peggy.complete_and_current == 1);
    BOOST_TEST(peggy.with_record == 2);
    BOOST_TEST(peggy.tools == 19);
    const SubjectSummary kemal = summaries.of("P-2");
    BOOST_TEST(kemal.complete_and_current == 0);
    BOOST_TEST(kemal.with_record == 0);
    BOOST_TEST(kemal.tools == 19);
    // Archived Ada is not counted, though she has a complete profile.
    BOOST_TEST(summaries.of("P-3").with_record == 0);
}

BOOST_AUTO_TEST_CASE(the_store_tallies_only_the_subjects_asked_for) {
    TempDatabase db;
    const auto templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    auto store = open_test_store(db.file, OpenMode::CreateIfMissing);
    for (const char* id : {"P-1", "P-2", "P-3"}) {
        store->save_subject(person(id, std::string("Person ") + id));
        store->save_record(SubjectKind::Person, id, full_profile(Date(2026, 1, 10)));
    }
    store->judge_by(templates);
    const auto some = store->tally_by_subject(SubjectKind::Person, Date(2026, 6, 30), {"P-1", "P-3", "P-9"});
    BOOST_TEST(some.size() == 2u);
    BOOST_TEST(some.count("P-1") == 1u);
    BOOST_TEST(some.count("P-3") == 1u);
    BOOST_TEST(some.at("P-3").complete_and_current == 1);
    BOOST_TEST(store->tally_by_subject(SubjectKind::Person, Date(2026, 6, 30), {}).empty());
}

BOOST_AUTO_TEST_CASE(a_profile_reviewed_more_than_twelve_months_ago_is_not_counted) {
    TempDatabase db;
    const auto templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    auto store = open_test_store(db.file, OpenMode::CreateIfMissing);
    Subject staff = person("S-1", "Sam Staff");
    staff.kind = SubjectKind::Staff;
    store->save_subject(staff);
    store->save_record(SubjectKind::Staff, "S-1", full_profile(Date(2025, 6, 29)));

    CaseloadSummary summaries(*store, templates, SubjectKind::Staff, Date(2026, 6, 30));
    BOOST_TEST(summaries.of("S-1").with_record == 1);
    BOOST_TEST(summaries.of("S-1").complete_and_current == 0);
    BOOST_TEST(summaries.of("S-1").tools == 5);
}

BOOST_AUTO_TEST_SUITE_END()
