// Greys what the signed-in account's role may not do, in one place per window: an event handler pushed in
// front of the window's own, so no menu item or button of a refused action is enabled by anything else.
#pragma once

#include <wx/event.h>
#include <wx/window.h>

#include <functional>
#include <optional>

#include "model/domain/permissions.h"

namespace pcr::app {

class PermissionGate : public wxEvtHandler {
  public:
    // Who is acting now (null when no database is open: nothing is greyed for a role then).
    using Acting = std::function<const model::Principal*()>;
    // The action a command id does, or nullopt for one the roles do not govern.
    using ActionOf = std::function<std::optional<model::Action>(int id)>;
    // Whether the store is read-only (a file that cannot be written): then every change is greyed, whoever
    // is acting.
    using ReadOnly = std::function<bool()>;

    // Pushes the gate onto `window`, which must call remove() before it is destroyed.
    static PermissionGate* install(wxWindow* window, Acting acting, ActionOf action_of,
                                   ReadOnly read_only = {});
    static void remove(wxWindow* window);

    // Whether the acting principal may do what command `id` does (true with no database or no role), and the
    // store allows it (no change to a read-only one).
    bool allows(int id) const;

  private:
    PermissionGate(Acting acting, ActionOf action_of, ReadOnly read_only);
    void on_update_ui(wxUpdateUIEvent& event);

    Acting acting_;
    ActionOf action_of_;
    ReadOnly read_only_;
};

}  // namespace pcr::app
