// The permission gate: a refused action's update-UI event stops here, disabled; any other goes on to the
// window's own handlers, which decide as before.
#include "app/permission_gate.h"

namespace pcr::app {

PermissionGate::PermissionGate(Acting acting, ActionOf action_of, ReadOnly read_only)
    : acting_(std::move(acting)), action_of_(std::move(action_of)), read_only_(std::move(read_only)) {
    Bind(wxEVT_UPDATE_UI, &PermissionGate::on_update_ui, this);
}

PermissionGate* PermissionGate::install(wxWindow* window, Acting acting, ActionOf action_of,
                                        ReadOnly read_only) {
    auto* gate = new PermissionGate(std::move(acting), std::move(action_of), std::move(read_only));
    window->PushEventHandler(gate);
    return gate;
}

void PermissionGate::remove(wxWindow* window) {
    window->PopEventHandler(true);
}

bool PermissionGate::allows(int id) const {
    const auto action = action_of_(id);
    if (!action) return true;
    if (read_only_ && read_only_() && model::changes_store(*action)) return false;
    const model::Principal* acting = acting_();
    return !acting || model::may(*acting, *action);
}

void PermissionGate::on_update_ui(wxUpdateUIEvent& event) {
    if (allows(event.GetId())) {
        event.Skip();
        return;
    }
    event.Enable(false);
}

}  // namespace pcr::app
