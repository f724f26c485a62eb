// Tests of the words the app shows after saving to someone's record.
#include "model/rules/saved_message.h"

#include <boost/test/unit_test.hpp>

using namespace pcr::model;

BOOST_AUTO_TEST_SUITE(saved_message_test)

BOOST_AUTO_TEST_CASE(the_first_name_or_the_preferred_one) {
    Subject amrik;
    amrik.name = "Amrik Singh Gill";
    BOOST_TEST(first_name(amrik) == "Amrik");
    amrik.preferred_name = "Ricky";
    BOOST_TEST(first_name(amrik) == "Ricky");
    Subject team;
    team.kind = SubjectKind::Team;
    BOOST_TEST(first_name(team) == "the team");
}

BOOST_AUTO_TEST_CASE(saved_to_whose_tool) {
    Subject amrik;
    amrik.name = "Amrik Singh Gill";
    ToolTemplate log;
    log.id = "learning-log";
    log.title = "Learning log";
    BOOST_TEST(saved_to_message(amrik, log) == "Saved to Amrik\u2019s learning log");
    Subject james;
    james.name = "James Hughes";
    ToolTemplate maks;
    maks.id = "maks";
    maks.title = "MAKS plan";
    BOOST_TEST(saved_to_message(james, maks) == "Saved to James\u2019s MAKS plan");
}

BOOST_AUTO_TEST_SUITE_END()
