// Record > Sign Off with real key presses: the sign-off and its comment are in the database and on the record
// page, and an item added afterwards shows the record changed since sign-off.
#include <wx/textdlg.h>

#include <boost/test/unit_test.hpp>

#include "app/views/caseload_view.h"
#include "app/views/list_section_editor.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "demo_frame.h"
#include "real_input.h"

using namespace pcr;
using app::from_wx;
using gui_test::RealInput;
using gui_test::with_dialog;

namespace {

const char* const kProfile = "one-page-profile";
const char* const kComment = "Agreed at the review";

// Aaron, first in the caseload, with a one-page profile of one item.
void add_aaron(model::Store& store) {
    model::Subject aaron;
    aaron.id = "P-AAA";
    aaron.name = "Aaron Aardvark";
    store.save_subject(aaron);
    model::Record profile;
    profile.tool = kProfile;
    model::Entry item;
    item.text = "Good at fixing bicycles";
    profile.section_for_update("appreciation").entries.push_back(item);
    store.save_record(aaron.kind, aaron.id, profile);
}

// The dialog's text box (wxTextEntryDialog keeps it to itself).
wxTextCtrl* text_box(wxWindow& dialog) {
    for (wxWindow* child : dialog.GetChildren())
        if (auto* text = dynamic_cast<wxTextCtrl*>(child)) return text;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sign_off_test)

BOOST_AUTO_TEST_CASE(a_record_signed_off_with_a_comment_then_changed_says_so) {
    gui_test::DemoFrame w(add_aaron);
    w.frame->SetSize(0, 0, 1000, 740);
    gui_test::Recorder recorder;
    w.frame->set_error_reporter(&recorder);
    RealInput input;
    BOOST_REQUIRE(w.frame->caseload().select_subject(model::SubjectKind::Person, "P-AAA"));
    w.settle();
    app::SubjectView& view = w.frame->subject_view();
    BOOST_REQUIRE(view.select_tool_id(kProfile));
    view.show_editor(false);
    w.settle();
    BOOST_TEST(from_wx(view.record_page_text()).find("Signed off") == std::string::npos);

    // Ctrl+Shift+O with the pointer on the window (no window manager: the keys go where it rests).
    const bool opened = with_dialog<wxTextEntryDialog>(
        [&] {
            input.click(view.record_page());
            input.simulator.Char('O', wxMOD_CONTROL | wxMOD_SHIFT);
        },
        [&](wxTextEntryDialog& dialog) {
            wxTextCtrl* comment = text_box(dialog);
            BOOST_REQUIRE(comment);
            BOOST_TEST(input.click_into(comment));
            BOOST_TEST(input.type(comment, kComment));
            input.click(dialog.FindWindow(wxID_OK));
        });
    BOOST_REQUIRE(opened);
    w.settle();

    {
        const auto store = model::open_test_store(w.file);
        const auto done = store->sign_offs(model::SubjectKind::Person, "P-AAA");
        BOOST_REQUIRE(done.size() == 1u);
        BOOST_TEST(done[0].tool == kProfile);
        BOOST_TEST(done[0].comment == kComment);
        BOOST_TEST(done[0].version == store->record(model::SubjectKind::Person, "P-AAA", kProfile)->version);
    }
    const std::string page = from_wx(view.record_page_text());
    BOOST_TEST(page.find("Signed off by ") != std::string::npos);
    BOOST_TEST(page.find(kComment) != std::string::npos);
    BOOST_TEST(page.find("changed since sign-off") == std::string::npos);

    // An item added in the editor with real keys: a later version than the one signed off.
    view.show_editor(true);
    w.settle();
    auto* list = dynamic_cast<app::ListSectionEditor*>(view.editor().section_editor("appreciation"));
    BOOST_REQUIRE(list);
    wxTextCtrl* line = list->new_item_control();
    BOOST_REQUIRE(input.give_keyboard(line));
    BOOST_REQUIRE(input.type(line, "Makes a good curry"));
    input.key(WXK_RETURN);
    RealInput::wait_for(
        [&] { return from_wx(view.record_page_text()).find("changed since sign-off") != std::string::npos; });
    BOOST_TEST(from_wx(view.record_page_text()).find("changed since sign-off") != std::string::npos);
    BOOST_TEST(recorder.messages.empty());
}

BOOST_AUTO_TEST_SUITE_END()
