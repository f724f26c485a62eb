// A store that refuses what the signed-in account's role may not do, around the store that keeps the data.
#pragma once

#include <memory>

#include "model/store/store.h"

namespace pcr::model {

// Wraps the store of a protected database (open_store puts it around the backend when the principal has a
// role), so the app, the command line and anything else refuse the same things. Every change is checked
// against the permission table (domain/permissions.h) before it reaches the inner store; a refusal is a
// pcr::NotAllowedError naming the role needed and is recorded in the audit trail ("refused", with the
// action's name). Reads are passed through unchanged, except the audit trail and whole exports, which are
// actions of their own.
class RoleCheckedStore final : public Store {
  public:
    explicit RoleCheckedStore(std::unique_ptr<Store> inner);

    const Principal& principal() const override { return inner_->principal(); }
    void require(Action action) const override;

    // SubjectStore
    std::vector<Subject> subjects(SubjectKind kind, const SubjectQuery& query) const override {
        return inner_->subjects(kind, query);
    }
    std::optional<Subject> subject(SubjectKind kind, const std::string& id) const override {
        return inner_->subject(kind, id);
    }
    std::size_t count(SubjectKind kind, bool include_archived) const override {
        return inner_->count(kind, include_archived);
    }
    std::size_t count_subjects(SubjectKind kind, const SubjectQuery& query) const override {
        return inner_->count_subjects(kind, query);
    }
    void save_subject(const Subject& subject) override;
    std::vector<Record> records(SubjectKind kind, const std::string& id) const override {
        return inner_->records(kind, id);
    }
    std::optional<Record> record(SubjectKind kind, const std::string& id,
                                 const std::string& tool) const override {
        return inner_->record(kind, id, tool);
    }
    int save_record(SubjectKind kind, const std::string& id, const Record& record) override;
    std::optional<Record> record_at(SubjectKind kind, const std::string& id, const std::string& tool,
                                    int version) const override {
        return inner_->record_at(kind, id, tool, version);
    }
    SignOff sign_off(SubjectKind kind, const std::string& id, const std::string& tool,
                     const std::string& comment) override;
    std::vector<SignOff> sign_offs(SubjectKind kind, const std::optional<std::string>& id) const override {
        return inner_->sign_offs(kind, id);
    }
    std::vector<Subject> subject_versions(SubjectKind kind, const std::string& id) const override {
        return inner_->subject_versions(kind, id);
    }
    std::vector<Change> history(SubjectKind kind, const std::string& id) const override {
        return inner_->history(kind, id);
    }
    void for_each_record(SubjectKind kind, bool include_archived, const RecordVisitor& visit) const override {
        inner_->for_each_record(kind, include_archived, visit);
    }
    void for_each_record_of(SubjectKind kind, const std::vector<std::string>& tools,
                            const std::optional<std::string>& team,
                            const RecordVisitor& visit) const override {
        inner_->for_each_record_of(kind, tools, team, visit);
    }
    void judge_by(const TemplateRegistry& templates) const override { inner_->judge_by(templates); }
    void for_each_subject_judgements(SubjectKind kind, const std::vector<std::string>& tools,
                                     const std::vector<std::string>& rows_of, CaseloadScope caseload,
                                     const SubjectJudgementsVisitor& visit) const override {
        inner_->for_each_subject_judgements(kind, tools, rows_of, caseload, visit);
    }
    std::vector<ToolTally> tally_by_tool(SubjectKind kind, const Date& day,
                                         CaseloadScope caseload) const override {
        return inner_->tally_by_tool(kind, day, caseload);
    }
    std::map<std::string, SubjectTally> tally_by_subject(SubjectKind kind, const Date& day,
                                                         const std::vector<std::string>& ids) const override {
        return inner_->tally_by_subject(kind, day, ids);
    }
    void set_photo(SubjectKind kind, const std::string& id, const std::vector<unsigned char>& bytes,
                   const std::string& mime) override;
    std::optional<Photo> photo(SubjectKind kind, const std::string& id) const override {
        return inner_->photo(kind, id);
    }
    void clear_photo(SubjectKind kind, const std::string& id) override;
    std::vector<std::string> teams_of(SubjectKind kind, const std::string& id) const override {
        return inner_->teams_of(kind, id);
    }
    void set_teams(SubjectKind kind, const std::string& id, const std::vector<std::string>& teams) override;
    std::optional<std::string> key_worker(const std::string& person) const override {
        return inner_->key_worker(person);
    }
    void set_key_worker(const std::string& person, const std::optional<std::string>& staff) override;

    // AssessmentStore
    std::vector<WorkbookAssessment> assessments() const override { return inner_->assessments(); }
    std::optional<WorkbookAssessment> assessment(const Date& date,
                                                 const std::string& workbook) const override {
        return inner_->assessment(date, workbook);
    }
    int save_assessment(const WorkbookAssessment& assessment) override;
    bool remove_assessment(const Date& date, const std::string& workbook) override;
    std::vector<AssessmentChange> assessment_history(const std::string& workbook) const override {
        return inner_->assessment_history(workbook);
    }

    // StoreAdmin
    ImportCounts import(const Interchange& data) override;
    std::unique_ptr<ImportSession> begin_import() override;
    Interchange export_all() const override;
    void export_each(InterchangeSink& sink) const override;
    Interchange export_subject(SubjectKind kind, const std::string& id) const override;
    // The lock alone changes nothing: each save made while it is held is checked as it comes.
    std::unique_ptr<WriteHold> hold_writes() override { return inner_->hold_writes(); }
    IntegrityReport check() const override { return inner_->check(); }
    void backup(const std::filesystem::path& target) const override;
    std::vector<BackupEntry> backups() const override;
    std::string automatic_backup_problem() const override { return inner_->automatic_backup_problem(); }
    std::optional<std::string> setting(const std::string& name) const override {
        return inner_->setting(name);
    }
    void change_setting(const std::string& name, const std::string& value) override;

    // AccountStore
    bool has_accounts() const override { return inner_->has_accounts(); }
    std::size_t account_count() const override { return inner_->account_count(); }
    std::vector<Account> accounts() const override { return inner_->accounts(); }
    std::optional<Account> account(const std::string& user_name) const override {
        return inner_->account(user_name);
    }
    void add_account(const Account& account) override;
    // Anyone may write their own account's password and sign-in bookkeeping (wrong passwords, lock, last
    // sign-in: SignIn::authenticate writes them); any other change needs ManageAccounts.
    void update_account(const Account& account) override;
    // Signing in is how a principal comes to be, so its bookkeeping needs no role.
    Account count_wrong_password(const std::string& user_name, TimePoint now, int lock_after,
                                 std::chrono::minutes lock_for) override {
        return inner_->count_wrong_password(user_name, now, lock_after, lock_for);
    }
    void record_sign_in(const std::string& user_name, TimePoint now) override {
        inner_->record_sign_in(user_name, now);
    }
    void record_refused_sign_in(const std::string& user_name, const std::string& reason) override {
        inner_->record_refused_sign_in(user_name, reason);
    }

    bool read_only() const override { return inner_->read_only(); }
    // Says only that something changed, not what: the reads that follow are checked as ever.
    bool changed_elsewhere() override { return inner_->changed_elsewhere(); }

    // AuditStore: anyone's events are recorded (their exports, sign-out); reading needs ViewAudit.
    void record_events(const std::vector<AuditEvent>& events) override { inner_->record_events(events); }
    std::vector<AuditEntry> audit(const AuditFilter& filter) const override;

    // ErasureStore: listing, erasing and keeping all need Erase (a manager).
    std::vector<ArchivedPerson> archived_people() const override;
    Erasure erase_person(const std::string& id, const std::string& reason) override;
    void keep_person(const std::string& id, const std::string& reason) override;

    // ThemeStore: reading is anyone's; every change needs Assess (a manager), as the workbook does.
    std::vector<Theme> themes() const override { return inner_->themes(); }
    std::int64_t add_theme(const std::string& name, StatementKind kind) override;
    void rename_theme(std::int64_t theme, const std::string& name) override;
    void remove_theme(std::int64_t theme) override;
    std::vector<ThemeMember> theme_members() const override { return inner_->theme_members(); }
    void assign_statements(std::int64_t theme, const std::vector<StatementKey>& statements) override;
    void unassign_statements(const std::vector<StatementKey>& statements) override;

  private:
    // require(), with the subject the refused action was aimed at in the audit trail.
    void require_for(Action action, std::optional<SubjectKind> kind = std::nullopt,
                     const std::string& id = {}) const;
    // What changing a subject of `kind` needs: staff and team are the manager's, people anyone's.
    static Action editing(SubjectKind kind, Action for_person);
    bool own_bookkeeping(const Account& account) const;

    std::unique_ptr<Store> inner_;
};

}  // namespace pcr::model
