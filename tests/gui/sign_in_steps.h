// Signing in to a protected database in the main window as a user does: the sign-in dialog filled in with key
// presses and clicks.
#pragma once

#include <filesystem>
#include <string>

#include "app/dialogs/sign_in_dialog.h"
#include "app/main_frame.h"
#include "real_input.h"

namespace pcr::gui_test {

// Opens `file` in `frame` and signs in as `name` with `password`; the test stops unless the window is then
// open on it as that user.
inline void sign_in_by_keys(app::MainFrame& frame, const std::filesystem::path& file, RealInput& input,
                            const std::string& name, const std::string& password) {
    const bool opened =
        with_dialog<app::SignInDialog>([&] { frame.open_database(file); },
                                       [&](app::SignInDialog& dialog) {
                                           BOOST_TEST(input.click_into(dialog.user_name()));
                                           BOOST_TEST(input.type(dialog.user_name(), name));
                                           BOOST_TEST(input.click_into(dialog.password()));
                                           BOOST_TEST(input.type(dialog.password(), password));
                                           input.click(dialog.FindWindow(wxID_OK));
                                           RealInput::wait_for([&] { return !dialog.IsModal(); }, 4000);
                                       });
    BOOST_REQUIRE(opened);
    BOOST_REQUIRE(frame.store() != nullptr);
    BOOST_REQUIRE(frame.store()->principal().name() == name);
    RealInput::settle();
}

}  // namespace pcr::gui_test
