// The login name through wxWidgets, which asks the system the portable way.
#include "app/acting_principal.h"

#include <wx/utils.h>

#include "app/wx_text.h"
#include "model/core/login_name.h"

namespace pcr::app {

model::Principal acting_principal() {
    const wxString user = wxGetUserId();
    return model::Principal(user.empty() ? model::login_name() : from_wx(user));
}

}  // namespace pcr::app
