// Writing and reading the parts of a change.
#include "model/sqlite/change_log.h"

#include "model/sqlite/audit_log.h"

namespace pcr::model {

std::int64_t write_change(Database& db, const std::string& who, const std::string& when,
                          const ChangeTarget& target, const std::vector<ChangePart>& parts) {
    auto& log = db.cached(
        "INSERT INTO change_log (changed_at, changed_by, summary) VALUES (?, ?, '') RETURNING change_no");
    log.bind_no_copy(1, when);
    log.bind_no_copy(2, who);
    log.step();
    const std::int64_t change_no = log.column(0).int64();
    log.reset();
    auto& insert = db.cached(
        "INSERT INTO change_part (change_no, part_position, what, amount, section_id, day) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const auto& part : parts) {
        insert.bind(1, change_no);
        insert.bind(2, ++position);
        insert.bind(3, std::string(to_string(part.what)));
        insert.bind(4, part.count);
        insert.bind_no_copy(5, part.section);
        if (part.day)
            insert.bind(6, part.day->iso());
        else
            insert.bind(6);
        insert.exec();
        insert.reset();
    }
    AuditEntry entry;
    entry.when = when;
    entry.user = who;
    entry.action = AuditAction::Change;
    entry.kind = target.kind;
    entry.subject = target.subject;
    entry.detail = target.detail;
    entry.change = change_no;
    append_audit(db, entry);
    return change_no;
}

std::vector<ChangePart> read_change_parts(Database& db, std::int64_t change_no, const std::string& summary) {
    auto& select = db.cached(
        "SELECT what, amount, section_id, day FROM change_part WHERE change_no = ? ORDER BY part_position");
    select.bind(1, change_no);
    std::vector<ChangePart> parts;
    while (select.step()) {
        ChangePart part;
        // A part this program does not know (written by a newer one) keeps its name as words.
        const std::string what = select.column(0).text();
        const auto known = change_what_from_string(what);
        part.what = known.value_or(ChangeWhat::Words);
        part.count = select.column(1).integer();
        part.section = known ? select.column(2).text() : what;
        if (!select.column(3).is_null()) part.day = Date::parse(select.column(3).text());
        parts.push_back(std::move(part));
    }
    select.reset();
    if (parts.empty() && !summary.empty())
        parts.push_back(ChangePart{ChangeWhat::Words, 0, summary, std::nullopt});
    return parts;
}

}  // namespace pcr::model
