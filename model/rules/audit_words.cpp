// Wording an audit trail entry's detail.
#include "model/rules/audit_words.h"

#include "model/rules/change_words.h"

namespace pcr::model {

std::string audit_detail_words(const AuditEntry& entry) {
    if (entry.action != AuditAction::Change) return entry.detail;
    const std::string words = change_words(entry.parts);
    if (entry.detail.empty()) return words;
    if (words.empty()) return entry.detail;
    return entry.detail + ": " + words;
}

}  // namespace pcr::model
