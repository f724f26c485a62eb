// The history dialog lists a record's versions, says what changed, and restores an earlier one as a new
// version.
#include "app/dialogs/history_dialog.h"

#include <boost/test/unit_test.hpp>

#include "demo_frame.h"
#include "model/rules/record_edit.h"

using namespace pcr;
using namespace pcr::model;
using pcr::app::from_wx;

namespace {

using gui_test::add_mo;
using gui_test::kCircle;

std::string ann_ring(const Store& store) {
    const auto record = store.record(SubjectKind::Person, "P-MO", kCircle);
    BOOST_REQUIRE(record);
    return record->section("people")->entries.at(0).cell("circle")->text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(history_dialog_test)

BOOST_AUTO_TEST_CASE(shows_what_changed_and_restores_an_earlier_version) {
    gui_test::DemoFrame demo(add_mo);
    EditSession& session = *demo.frame->session();
    const ToolTemplate& tool = demo.templates.get(kCircle);
    session.apply(
        SubjectKind::Person, "P-MO", kCircle,
        [&](Record& record) { RecordEdit(record, tool).set_cell("people", 0, "circle", "3"); }, "move Ann");
    BOOST_TEST(ann_ring(*demo.frame->store()) == "3");

    const Subject mo = *demo.frame->store()->subject(SubjectKind::Person, "P-MO");
    app::HistoryDialog dialog(demo.frame.get(), *demo.frame->store(), tool, mo, &session, gui_test::kToday);
    BOOST_REQUIRE(dialog.versions().size() == 2u);
    BOOST_TEST(dialog.versions()[0].version == 2);  // newest first
    BOOST_TEST(dialog.selected_version() == 0);
    const std::string changes = from_wx(dialog.changes_text());
    BOOST_TEST(changes.find("changed") != std::string::npos);
    BOOST_TEST(changes.find("Ann, sister, 1 - the people closest to me, Family") != std::string::npos);
    BOOST_TEST(changes.find("Ann, sister, 3 - people I know and see, Family") != std::string::npos);
    BOOST_TEST(!dialog.restore_selected());  // the newest version is what is stored already

    dialog.select_version(1);
    BOOST_TEST(from_wx(dialog.content_text()).find("1 - the people closest to me") != std::string::npos);
    BOOST_TEST(dialog.restore_selected());
    BOOST_TEST(ann_ring(*demo.frame->store()) == "1");
    // Nothing lost: three versions now, the newest a copy of the first.
    BOOST_TEST(dialog.versions().size() == 3u);
    BOOST_TEST(dialog.versions()[0].version == 3);
    BOOST_TEST(session.undo_description() ==
               "Undo restore version 1, in Mo Circlewright's relationship circle");
}

BOOST_AUTO_TEST_SUITE_END()
