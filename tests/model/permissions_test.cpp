// Tests of the permission table: every role, and an open database, against every action, as issue 12 has it.
#include "model/domain/permissions.h"

#include <boost/test/unit_test.hpp>
#include <set>

#include "model/core/errors.h"

using namespace pcr::model;

namespace {

// Who may do what, written out here from the issue rather than read from the code's table: Y allowed, - not.
// Columns: support worker, senior, manager, administrator.
struct Row {
    Action action;
    const char* allowed;
};
const Row kExpected[] = {
    {Action::ReadRecords, "YYYY"},   {Action::EditRecords, "YYYY"},
    {Action::AddLogEntries, "YYYY"}, {Action::EditPersonDetails, "YYYY"},
    {Action::ExportProfile, "YYYY"}, {Action::ExportWholeRecord, "-YYY"},
    {Action::SignOff, "-YYY"},       {Action::BulkExport, "--YY"},
    {Action::Archive, "--YY"},       {Action::EditStaffAndTeam, "--YY"},
    {Action::Assess, "--YY"},        {Action::Import, "--YY"},
    {Action::ViewAudit, "--YY"},     {Action::ManageAccounts, "---Y"},
    {Action::Backup, "---Y"},        {Action::Settings, "---Y"},
    {Action::Erase, "--YY"},
};

const Role kRoles[] = {Role::SupportWorker, Role::Senior, Role::Manager, Role::Administrator};

std::string refusal(const Principal& principal, Action action) {
    try {
        require(principal, action);
    } catch (const pcr::NotAllowedError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(permissions_test)

BOOST_AUTO_TEST_CASE(the_expected_table_names_every_action_once) {
    std::set<Action> listed;
    for (const Row& row : kExpected) BOOST_TEST(listed.insert(row.action).second, to_string(row.action));
    BOOST_TEST(listed.size() == all_actions().size());
    for (Action action : all_actions()) BOOST_TEST(listed.count(action) == 1u, to_string(action));
}

BOOST_AUTO_TEST_CASE(every_role_may_do_what_the_table_says_and_no_more) {
    for (const Row& row : kExpected)
        for (std::size_t r = 0; r < 4; ++r) {
            const Principal principal("ann", kRoles[r]);
            const bool expected = row.allowed[r] == 'Y';
            const std::string what = std::string(to_string(row.action)) + " as " + to_string(kRoles[r]);
            BOOST_TEST(may(principal, row.action) == expected, what);
            BOOST_TEST(refusal(principal, row.action).empty() == expected, what);
        }
}

BOOST_AUTO_TEST_CASE(an_open_database_may_do_everything) {
    const Principal open("alex");
    for (const Row& row : kExpected) {
        BOOST_TEST(may(open, row.action), to_string(row.action));
        BOOST_TEST(refusal(open, row.action).empty(), to_string(row.action));
    }
}

BOOST_AUTO_TEST_CASE(reading_exporting_and_backing_up_are_all_a_read_only_database_allows) {
    std::vector<Action> reads;
    for (const Action action : all_actions())
        if (!changes_store(action)) reads.push_back(action);
    BOOST_TEST(
        (reads == std::vector<Action>{Action::ReadRecords, Action::ExportProfile, Action::ExportWholeRecord,
                                      Action::BulkExport, Action::Backup, Action::ViewAudit}));
}

BOOST_AUTO_TEST_CASE(a_refusal_is_one_line_naming_the_role_needed_and_the_users_own) {
    BOOST_TEST(refusal(Principal("ann", Role::SupportWorker), Action::Import) ==
               "Importing needs the role manager or above; ann is a support worker.");
    BOOST_TEST(refusal(Principal("sam", Role::SupportWorker), Action::SignOff) ==
               "Signing off records needs the role senior or above; sam is a support worker.");
    BOOST_TEST(refusal(Principal("mo", Role::Manager), Action::Backup) ==
               "Making backups needs the role administrator; mo is a manager.");
    for (Action action : all_actions()) {
        const std::string text = refusal(Principal("bob", Role::SupportWorker), action);
        BOOST_TEST(text.find('\n') == std::string::npos, text);
    }
}

BOOST_AUTO_TEST_CASE(every_action_reads_back_from_its_name) {
    for (Action action : all_actions()) BOOST_TEST((action_from_string(to_string(action)) == action));
    BOOST_TEST(std::string(to_string(Action::Import)) == "import");
    BOOST_TEST(!action_from_string("Import").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
