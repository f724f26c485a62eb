// Protected databases for the GUI tests: the usual accounts, and signing in to one in the main window as a
// user does, the sign-in dialog filled in with key presses and clicks.
#pragma once

#include <filesystem>
#include <string>

#include "app/dialogs/sign_in_dialog.h"
#include "app/main_frame.h"
#include "model/accounts/account_admin.h"
#include "real_input.h"

namespace pcr::gui_test {

// ann the administrator and sam a support worker, the demo's first staff member (of every team), both with
// `password`.
inline void add_ann_and_sam(model::Store& store, const std::string& password) {
    model::Account ann;
    ann.user_name = "ann";
    ann.role = model::Role::Administrator;
    model::AccountAdmin(store, store.principal()).add(ann, password);
    model::Account sam;
    sam.user_name = "sam";
    sam.role = model::Role::SupportWorker;
    sam.staff_id = store.subjects(model::SubjectKind::Staff).front().id;
    model::AccountAdmin(store, model::Principal("ann", model::Role::Administrator)).add(sam, password);
}

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
