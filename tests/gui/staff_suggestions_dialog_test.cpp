// The Suggest Staff dialog ranks staff for a person's matching-staff record and says why each is suggested.
#include "app/dialogs/staff_suggestions_dialog.h"

#include <boost/test/unit_test.hpp>

#include "demo_frame.h"

using namespace pcr;
using namespace pcr::model;
using pcr::app::from_wx;

namespace {

// A staff member whose profile mentions Welsh choirs and BSL, and a person who wants exactly that.
void add_match(Store& store) {
    Subject bryn;
    bryn.kind = SubjectKind::Staff;
    bryn.id = "S-BRYN";
    bryn.name = "Bryn Matchwell";
    store.save_subject(bryn);
    Record profile;
    profile.tool = "one-page-profile";
    Entry choir;
    choir.text = "Sings with a Welsh male voice choir";
    Entry bsl;
    bsl.text = "Signs in BSL";
    profile.section_for_update("important-to-me").entries = {choir, bsl};
    store.save_record(SubjectKind::Staff, bryn.id, profile);

    Subject mo;
    mo.id = "P-MO";
    mo.name = "Mo Matchless";
    store.save_subject(mo);
}

Record wanted() {
    Record matching;
    matching.tool = "matching-staff";
    Entry choir;
    choir.text = "Welsh male voice choir";
    Entry bsl;
    bsl.text = "BSL";
    matching.section_for_update("shared-interests").entries = {choir};
    matching.section_for_update("skills").entries = {bsl};
    return matching;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(staff_suggestions_dialog_test)

BOOST_AUTO_TEST_CASE(the_best_match_comes_first_with_its_reasons) {
    gui_test::DemoFrame demo(add_match);
    const Subject mo = *demo.frame->store()->subject(SubjectKind::Person, "P-MO");
    app::StaffSuggestionsDialog dialog(demo.frame.get(), *demo.frame->store(), mo,
                                       demo.templates.get("matching-staff"), wanted());
    BOOST_REQUIRE(!dialog.suggestions().empty());
    BOOST_TEST(dialog.suggestions().front().staff.id == "S-BRYN");
    const std::string page = from_wx(dialog.page_text());
    BOOST_TEST(page.find("1.") != std::string::npos);
    BOOST_TEST(page.find("Bryn Matchwell") < page.find("2."));
    BOOST_TEST(page.find("Shares an interest: Welsh male voice choir") != std::string::npos);
    BOOST_TEST(page.find("Has a listed skill: BSL") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_empty_record_says_what_to_fill_in) {
    gui_test::DemoFrame demo(add_match);
    const Subject mo = *demo.frame->store()->subject(SubjectKind::Person, "P-MO");
    Record empty;
    empty.tool = "matching-staff";
    app::StaffSuggestionsDialog dialog(demo.frame.get(), *demo.frame->store(), mo,
                                       demo.templates.get("matching-staff"), empty);
    BOOST_TEST(dialog.suggestions().empty());
    BOOST_TEST(from_wx(dialog.page_text()).find("nothing to match on yet") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
