// Tests of the words the history view shows for what changed between two versions of a record.
#include "model/rules/record_diff.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "model/rules/record_edit.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::shipped_templates;

namespace {

const ToolTemplate& circle_tool() {
    return shipped_templates().get("relationship-circle");
}

Record circle_of(const std::vector<std::vector<std::string>>& rows) {
    Record record;
    record.tool = "relationship-circle";
    RecordEdit edit(record, circle_tool());
    for (const auto& row : rows) {
        const std::size_t at = edit.add_row("people", Date(2026, 6, 30));
        edit.set_cell("people", at, "name", row[0]);
        edit.set_cell("people", at, "relationship", row[1]);
        edit.set_cell("people", at, "circle", row[2]);
        edit.set_cell("people", at, "group", row[3]);
    }
    return record;
}

std::vector<std::string> words(const std::vector<RecordDifference>& changes) {
    std::vector<std::string> out;
    for (const auto& c : changes) {
        const char* kind = c.kind == ChangeKind::Added     ? "added"
                           : c.kind == ChangeKind::Removed ? "removed"
                                                           : "changed";
        out.push_back(std::string(kind) + " | " + c.section + " | " + c.before + " | " + c.after);
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(record_diff_test)

BOOST_AUTO_TEST_CASE(rows_added_removed_and_changed_read_with_choice_labels) {
    const Record before = circle_of({{"Ann", "sister", "1", "family"},
                                     {"Bea", "friend", "2", "friends"},
                                     {"Cy", "neighbour", "3", "community"}});
    const Record after = circle_of({{"Ann", "sister", "1", "family"},
                                    {"Bea", "friend", "4", "friends"},
                                    {"Cy", "neighbour", "3", "community"},
                                    {"Dee", "key worker", "2", "paid-support"}});
    const std::vector<std::string> expected = {
        "changed | People in my life | Bea, friend, 2 - people who are close, Friends | "
        "Bea, friend, 4 - people further away, Friends",
        "added | People in my life |  | Dee, key worker, 2 - people who are close, Paid support"};
    BOOST_TEST(words(record_diff(circle_tool(), before, after)) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_removed_row_and_a_review_date_are_reported) {
    Record before = circle_of({{"Ann", "sister", "1", "family"}, {"Bea", "friend", "2", "friends"}});
    Record after = circle_of({{"Bea", "friend", "2", "friends"}});
    after.reviewed = Date(2026, 6, 30);
    const std::vector<std::string> expected = {
        "removed | People in my life | Ann, sister, 1 - the people closest to me, Family | ",
        "added | Reviewed |  | 30 Jun 2026"};
    BOOST_TEST(words(record_diff(circle_tool(), before, after)) == expected,
               boost::test_tools::per_element());
    BOOST_TEST(record_diff(circle_tool(), after, after).empty());
}

BOOST_AUTO_TEST_CASE(text_sections_and_list_items) {
    const ToolTemplate& profile = shipped_templates().get("one-page-profile");
    const SectionTemplate* list = nullptr;
    for (const auto& section : profile.sections)
        if (section.kind == SectionKind::List && !list) list = &section;
    BOOST_REQUIRE(list);
    Record before;
    before.tool = profile.id;
    Record after = before;
    RecordEdit(before, profile).add_item(list->id, "Tea with two sugars");
    RecordEdit edit(after, profile);
    edit.add_item(list->id, "Tea with one sugar");
    edit.add_item(list->id, "Walks by the river");
    const std::vector<std::string> expected = {
        "changed | " + list->title + " | Tea with two sugars | Tea with one sugar",
        "added | " + list->title + " |  | Walks by the river"};
    BOOST_TEST(words(record_diff(profile, before, after)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
