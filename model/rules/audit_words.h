// An audit trail entry's detail in words, for the command line and the app's audit view.
#pragma once

#include <string>

#include "model/domain/audit_entry.h"

namespace pcr::model {

// A change is worded from its parts where it is read, after what it was to: "one-page-profile: 2 entries
// added"; other entries give their recorded detail ("profile pdf").
std::string audit_detail_words(const AuditEntry& entry);

}  // namespace pcr::model
