// Each change checked against the permission table before the inner store makes it; refusals logged.
#include "model/access/role_checked_store.h"

#include "model/core/errors.h"

namespace pcr::model {

RoleCheckedStore::RoleCheckedStore(std::unique_ptr<Store> inner) : inner_(std::move(inner)) {}

void RoleCheckedStore::require(Action action) const {
    require_for(action);
}

void RoleCheckedStore::require_for(Action action, std::optional<SubjectKind> kind,
                                   const std::string& id) const {
    if (may(principal(), action)) return;
    // The trail shows who tried what, whatever the front end; the refusal itself is what the user sees.
    inner_->record_event(
        AuditEvent{AuditAction::Refused, kind, kind ? id : std::string(), std::string(to_string(action))});
    model::require(principal(), action);
}

Action RoleCheckedStore::editing(SubjectKind kind, Action for_person) {
    return kind == SubjectKind::Person ? for_person : Action::EditStaffAndTeam;
}

void RoleCheckedStore::save_subject(const Subject& subject) {
    require_for(editing(subject.kind, Action::EditPersonDetails), subject.kind, subject.id);
    // Archiving or restoring is a change of status: a new subject is added active, an existing one keeps its.
    const auto before = inner_->subject(subject.kind, subject.id);
    const Status was = before ? before->status : Status::Active;
    if (subject.status != was) require_for(editing(subject.kind, Action::Archive), subject.kind, subject.id);
    inner_->save_subject(subject);
}

// Who belongs to which team, and whose key worker is who, shape every caseload: the manager's to decide.
void RoleCheckedStore::set_teams(SubjectKind kind, const std::string& id,
                                 const std::vector<std::string>& teams) {
    require_for(Action::EditStaffAndTeam, kind, id);
    inner_->set_teams(kind, id, teams);
}

void RoleCheckedStore::set_key_worker(const std::string& person, const std::optional<std::string>& staff) {
    require_for(Action::EditStaffAndTeam, SubjectKind::Person, person);
    inner_->set_key_worker(person, staff);
}

int RoleCheckedStore::save_record(SubjectKind kind, const std::string& id, const Record& record) {
    // A log entry is a row of a record: the store cannot tell it from any other edit, and both need the same.
    require_for(editing(kind, Action::EditRecords), kind, id);
    return inner_->save_record(kind, id, record);
}

SignOff RoleCheckedStore::sign_off(SubjectKind kind, const std::string& id, const std::string& tool,
                                   const std::string& comment) {
    require_for(Action::SignOff, kind, id);
    return inner_->sign_off(kind, id, tool, comment);
}

void RoleCheckedStore::set_photo(SubjectKind kind, const std::string& id,
                                 const std::vector<unsigned char>& bytes, const std::string& mime) {
    require_for(editing(kind, Action::EditPersonDetails), kind, id);
    inner_->set_photo(kind, id, bytes, mime);
}

void RoleCheckedStore::clear_photo(SubjectKind kind, const std::string& id) {
    require_for(editing(kind, Action::EditPersonDetails), kind, id);
    inner_->clear_photo(kind, id);
}

std::vector<ArchivedPerson> RoleCheckedStore::archived_people() const {
    require_for(Action::Erase);
    return inner_->archived_people();
}

Erasure RoleCheckedStore::erase_person(const std::string& id, const std::string& reason) {
    require_for(Action::Erase, SubjectKind::Person, id);
    return inner_->erase_person(id, reason);
}

void RoleCheckedStore::keep_person(const std::string& id, const std::string& reason) {
    require_for(Action::Erase, SubjectKind::Person, id);
    inner_->keep_person(id, reason);
}

int RoleCheckedStore::save_assessment(const WorkbookAssessment& assessment) {
    require_for(Action::Assess);
    return inner_->save_assessment(assessment);
}

bool RoleCheckedStore::remove_assessment(const Date& date, const std::string& workbook) {
    require_for(Action::Assess);
    return inner_->remove_assessment(date, workbook);
}

ImportCounts RoleCheckedStore::import(const Interchange& data) {
    require_for(Action::Import);
    return inner_->import(data);
}

std::unique_ptr<ImportSession> RoleCheckedStore::begin_import() {
    require_for(Action::Import);
    return inner_->begin_import();
}

Interchange RoleCheckedStore::export_all() const {
    require_for(Action::BulkExport);
    return inner_->export_all();
}

void RoleCheckedStore::export_each(InterchangeSink& sink) const {
    require_for(Action::BulkExport);
    inner_->export_each(sink);
}

Interchange RoleCheckedStore::export_subject(SubjectKind kind, const std::string& id) const {
    require_for(Action::ExportWholeRecord, kind, id);
    return inner_->export_subject(kind, id);
}

void RoleCheckedStore::backup(const std::filesystem::path& target) const {
    require_for(Action::Backup);
    inner_->backup(target);
}

std::vector<BackupEntry> RoleCheckedStore::backups() const {
    require_for(Action::Backup);
    return inner_->backups();
}

void RoleCheckedStore::change_setting(const std::string& name, const std::string& value) {
    require_for(Action::Settings);
    inner_->change_setting(name, value);
}

void RoleCheckedStore::add_account(const Account& account) {
    require_for(Action::ManageAccounts);
    inner_->add_account(account);
}

bool RoleCheckedStore::own_bookkeeping(const Account& account) const {
    const auto& own = principal().account();
    if (!own) return false;
    // Names match without regard to case, so the stored account is compared.
    const auto stored = inner_->account(account.user_name);
    if (!stored || stored->user_name != *own) return false;
    return account.full_name == stored->full_name && account.role == stored->role &&
           account.staff_id == stored->staff_id && account.expires == stored->expires &&
           account.disabled == stored->disabled;
}

void RoleCheckedStore::update_account(const Account& account) {
    if (!own_bookkeeping(account)) require_for(Action::ManageAccounts);
    inner_->update_account(account);
}

std::vector<AuditEntry> RoleCheckedStore::audit(const AuditFilter& filter) const {
    require_for(Action::ViewAudit);
    return inner_->audit(filter);
}

std::int64_t RoleCheckedStore::add_theme(const std::string& name, StatementKind kind) {
    require_for(Action::Assess);
    return inner_->add_theme(name, kind);
}

void RoleCheckedStore::rename_theme(std::int64_t theme, const std::string& name) {
    require_for(Action::Assess);
    inner_->rename_theme(theme, name);
}

void RoleCheckedStore::remove_theme(std::int64_t theme) {
    require_for(Action::Assess);
    inner_->remove_theme(theme);
}

void RoleCheckedStore::assign_statements(std::int64_t theme, const std::vector<StatementKey>& statements) {
    require_for(Action::Assess);
    inner_->assign_statements(theme, statements);
}

void RoleCheckedStore::unassign_statements(const std::vector<StatementKey>& statements) {
    require_for(Action::Assess);
    inner_->unassign_statements(statements);
}

}  // namespace pcr::model
