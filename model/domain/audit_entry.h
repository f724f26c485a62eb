// One entry of the audit trail as data: who did what, when, to whose record; and the filter it is read by.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/date.h"
#include "model/domain/change.h"
#include "model/domain/subject.h"

namespace pcr::model {

// What an entry records. Changes are logged by the store itself, with the change; the front ends record the
// rest (sign-in and out, exports and prints, refusals) through AuditStore::record_event.
enum class AuditAction {
    Change,  // a change in the history: the entry names the change, which the reader words
    SignIn,
    SignInFailed,
    Lock,
    SignOut,
    Export,  // detail: the format or file kind written
    Print,
    Import,
    AccountChange,
    Refused,  // something the user's role does not allow: detail says what
    Setting,  // a database setting changed: detail "NAME=VALUE"
    Restore,  // the database was put back from a backup: detail names the backup
    // A person erased for good (detail: audit_erasure_detail); the entry keeps their id and nothing else
    // about them, and the earlier entries about them were made anonymous (docs/reliability.md)
    Erase,
    RetentionKept,  // an archived person past the retention period kept for another period: detail is why
    // A Working Together for Change theme added, renamed or removed, or statements put in or taken out of one
    // (detail: what, domain/statement_theme.h: theme_audit_detail)
    Theme
};

std::string_view to_string(AuditAction action);
std::optional<AuditAction> audit_action_from_string(std::string_view text);

// What a front end asks to be recorded; the store adds who (its principal) and when (now).
struct AuditEvent {
    AuditAction action = AuditAction::Export;
    std::optional<SubjectKind> kind;  // whose record, when it is one subject's
    std::string subject;              // the subject's id; empty when kind is empty
    std::string detail;               // structured words: a format ("pdf"), a file kind, what was refused
};

// The detail of an Erase entry: how many earlier entries were made anonymous, and why the person was erased.
// Anonymous entries keep their hash and say which Erase entry made them so (audit_anonymous_detail), which
// is how the check tells them from entries altered behind the program's back.
std::string audit_erasure_detail(std::int64_t anonymised, const std::string& reason);
std::string audit_anonymous_detail(std::int64_t erasure);
// The count an Erase entry's detail gives, and the Erase entry an anonymous entry names; nullopt when the
// detail is not of that form.
std::optional<std::int64_t> audit_erasure_count(std::string_view detail);
std::optional<std::int64_t> audit_anonymous_by(std::string_view detail);

struct AuditEntry {
    std::int64_t number = 0;  // 1, 2, 3 ... in the order written
    std::string when;         // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string user;
    AuditAction action = AuditAction::Change;
    std::optional<SubjectKind> kind;
    std::string subject;
    // For a change: the record's tool, or "WORKBOOK YYYY-MM-DD" of an assessment; otherwise as recorded.
    std::string detail;
    std::int64_t change = 0;        // the change's number in the history (Change entries only)
    std::vector<ChangePart> parts;  // what the change did, read with the entry, for wording where shown
    std::string hash;               // SHA-256, hex, over the entry and the hash of the one before
};

// Which entries to read; everything left empty matches all.
struct AuditFilter {
    std::optional<SubjectKind> kind;  // with subject: one subject's entries
    std::string subject;
    std::string user;
    std::optional<Date> since;  // entries on or after this day (UTC)
};

}  // namespace pcr::model
