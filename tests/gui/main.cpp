// Entry point of the GUI smoke tests: starts wxWidgets once, on the X display, for every suite.
#define BOOST_TEST_MODULE pcr_gui_tests
#include <wx/app.h>
#include <wx/init.h>

#include <boost/test/unit_test.hpp>
#include <stdexcept>

namespace {

// A plain wxApp is enough: the tests build windows themselves and never run the main loop.
struct WxSession {
    WxSession() {
        static char name[] = "pcr_gui_tests";
        static char* argv[] = {name, nullptr};
        int argc = 1;
        wxApp::SetInstance(new wxApp);
        if (!wxEntryStart(argc, argv))
            throw std::runtime_error(
                "wxWidgets could not start: is there an X display (run under xvfb-run)?");
    }
    ~WxSession() { wxEntryCleanup(); }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxSession);
