// The main window: menus, the caseload on the left, the chosen subject's tools and record on the right.
#pragma once

#include <wx/frame.h>
#include <wx/splitter.h>
#include <wx/weakref.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <vector>

#include "app/background_backup.h"
#include "app/error_reporter.h"
#include "app/recent_databases.h"
#include "model/backends/open_store.h"
#include "model/core/date.h"
#include "model/core/presence_file.h"
#include "model/domain/template_registry.h"
#include "model/rules/edit_session.h"

namespace pcr::app {

class CaseloadView;
class ElsewhereWatch;
class ExportActions;
class FocusHold;
class IdleWatch;
class LockPanel;
class SubjectView;
class WorkbookFrame;

class MainFrame : public wxFrame, private model::EditObserver {
  public:
    // `today` is the day currency is judged on; `today_given` says it came from --today, for the status bar.
    MainFrame(const model::TemplateRegistry& templates, const model::Date& today, bool today_given);
    ~MainFrame() override;

    // Opens (or, with CreateIfMissing, creates) a database, a file or on a server, and shows it; the previous
    // one stays open if this throws pcr::Error. Remembers it as the last database and in the recent files (a
    // server's address without any password).
    void open_database(const model::StoreLocation& location,
                       model::OpenMode mode = model::OpenMode::Existing);
    // File > Connect to Server: asks for the address (ConnectServerDialog) and opens the database there.
    // False when cancelled or when it could not be opened (after saying why; the database open before stays
    // open).
    bool connect_to_server();

    const model::Store* store() const { return store_.get(); }
    // The session every edit of the open database goes through (Undo and Redo); null with no database.
    model::EditSession* session() const { return session_.get(); }
    // The open database's file; empty with none, or with a database on a server.
    const std::filesystem::path& database_file() const { return file_; }
    const model::StoreLocation& database_location() const { return location_; }
    CaseloadView& caseload() const { return *caseload_; }
    SubjectView& subject_view() const { return *subject_view_; }
    // The line between the caseload and the subject, which the user may move.
    wxSplitterWindow* splitter() const { return splitter_; }

    // Shows the subject in the caseload and the tool's record on the right (what a dashboard line opens).
    void open_record(model::SubjectKind kind, const std::string& id, const std::string& tool);

    // Where failures are told: a message box unless a test puts its own recorder here.
    void set_error_reporter(ErrorReporter* reporter);
    ErrorReporter& error_reporter() const { return *reporter_; }
    // After a visit: the quick learning-log dialog for the chosen person (Ctrl+L); false when no person is
    // chosen or the dialog was cancelled.
    bool add_log_entry();
    // Opens the Workbook window on the open database (F8), or brings it to the front; false when there is no
    // database or the workbook could not be loaded (after saying why).
    bool open_workbook();
    WorkbookFrame* workbook_window() const { return workbook_; }
    // Export and Print (File menu), also for tests that write without the file dialogs.
    ExportActions& exports() const { return *exports_; }

    // Hides the records (and the Workbook and print preview windows) until the user signed in signs in again
    // (File > Lock Now, or the idle time set in Preferences). Only a database with accounts locks; false when
    // nothing was locked. A dialog open at the time is closed as Cancel would; what is typed in the record
    // editor (or the Workbook window) stays there, unsaved, and has the focus again after unlocking.
    bool lock();
    bool locked() const { return locked_; }
    LockPanel& lock_panel() const { return *lock_panel_; }
    // Asks the user who locked the window for their password (the user name cannot be changed); true when
    // they signed in and the records are shown again.
    bool unlock();
    // The idle time before the window locks (Preferences sets it in minutes); zero: never.
    void set_lock_after(std::chrono::seconds after);
    // Record > Sign Off: asks for an optional comment, then signs off the record shown as it stands. False
    // when cancelled, not allowed or failed (after saying why).
    bool sign_off_record();
    // View > Audit Trail: the audit trail of the open database, for managers and administrators.
    void show_audit_trail();
    // Person > Erase: asks (EraseDialog) and erases the person for good; false when cancelled, not allowed
    // or failed (after saying why). Undo starts afresh after an erasure.
    bool erase_person(const model::Subject& person);
    // View > Retention: the archived people past the retention period, to erase or keep.
    void show_retention();
    // Workbook > Working Together for Change (dialogs/working_together_dialog.h) over the whole caseload.
    void show_working_together();
    // File > Restore from Backup: an administrator chooses a backup (RestoreDialog); every connection of this
    // program to the file is closed, the model restores it (keeping a backup of the current file) and the
    // database is opened and shown again, as the same user. False when cancelled, not allowed or failed
    // (after saying why; the database is then as it was and still open).
    bool restore_from_backup();
    // File > Database Settings: the database's settings, which an administrator may change.
    void show_database_settings();

  private:
    void build_menus();
    void restore_geometry();
    void save_geometry();
    void save_history();
    void show_database();
    // The right side when the list is empty: why, and what to do about it.
    void show_empty_caseload();
    void on_new(wxCommandEvent& event);
    void on_open(wxCommandEvent& event);
    void on_connect(wxCommandEvent& event);
    void on_recent(wxCommandEvent& event);
    void on_import(wxCommandEvent& event);
    void on_export(wxCommandEvent& event);
    void on_export_subject(wxCommandEvent& event);
    void on_print(wxCommandEvent& event);
    void on_find(wxCommandEvent& event);
    void on_kind(wxCommandEvent& event);
    void on_show_archived(wxCommandEvent& event);
    void on_dashboard(wxCommandEvent& event);
    void on_preferences(wxCommandEvent& event);
    // Applies the saved preferences to the pages that follow them.
    void apply_preferences();
    void on_add_subject(wxCommandEvent& event);
    void on_suggest_staff(wxCommandEvent& event);
    void on_edit_subject(wxCommandEvent& event);
    void on_archive_subject(wxCommandEvent& event);
    // Saves a person or staff member through the session; false (after saying why) when it failed.
    bool save_subject(const model::Subject& subject, const std::string& description);
    void on_history(wxCommandEvent& event);
    void show_history();
    void on_undo(wxCommandEvent& event);
    void on_redo(wxCommandEvent& event);
    void on_update_undo(wxUpdateUIEvent& event);
    void on_update_redo(wxUpdateUIEvent& event);
    // "&Undo edit item, in Zoë Smith's one-page profile\tCtrl+Z", or plain "&Undo" with nothing to undo.
    wxString step_label(bool undo) const;
    // Puts the labels on the Edit menu as soon as the session changes: a label changed only while its menu
    // opens is cut to the width the menu had.
    void show_step_labels();
    void record_changed(model::SubjectKind kind, const std::string& id, const std::string& tool) override;
    void subject_changed(model::SubjectKind kind, const std::string& id) override;
    // Another program changed the open database: the list, the dashboard and the page shown read it again.
    void show_changes_made_elsewhere();
    // For a database opened read-only: says so in the title and the status bar.
    void show_read_only();
    void assessment_changed(const std::string& workbook, const model::Date& date) override;
    void on_close(wxCloseEvent& event);
    // Saves what is typed but not saved yet, to the record it was typed in: before another database is
    // opened, before Undo and Redo, on closing. False when something could not be saved (after saying why).
    bool commit_pending();
    // Records the end of the sign-in to the database open, if it is protected.
    void sign_out();
    // Undo (or Redo): brings the person and the tool it changes on screen first, then changes them.
    void step(bool undo);
    // Shows whose record or details the next Undo or Redo changes.
    void show_target(const model::EditTarget& target);
    // Closes the Workbook window now: it works on the store being closed or replaced.
    void close_workbook();
    void on_update_needs_database(wxUpdateUIEvent& event);
    // Closes the open database in every view, the Workbook window and the presence file with it; the
    // dashboard's and the backup's threads are the caller's to wait for if the file is to be replaced.
    void let_go_of_store();
    // Shows `store`, opened at `location`, in every view, with an edit session and (for a file not opened
    // read-only) a presence file.
    void take_store(std::unique_ptr<model::Store> store, const model::StoreLocation& location);
    // Opens the database on a server, telling the user (with the model's words) when it cannot be reached;
    // false then, and the database open before stays open.
    bool open_server(const model::StoreLocation& location);
    // The open database as the title and the sign-in name it: the file's name, or the server's address
    // without a password.
    std::string database_name() const;
    // Tells the user that an automatic backup of the open database could not be made, and why.
    void report_backup_problem(const std::string& problem);
    // Adds an entry to the audit trail of the open database; a failure is told, and nothing else is undone.
    void record_event(const model::AuditEvent& event);

    const model::TemplateRegistry& templates_;
    model::Date today_;
    bool today_given_ = false;
    model::StoreLocation location_{std::filesystem::path()};
    std::filesystem::path file_;  // location_'s file; empty on a server
    std::unique_ptr<model::Store> store_;
    std::unique_ptr<model::EditSession> session_;  // declared after store_: it goes first
    // Says beside the open database that this program has it (for another program to name who it waits for).
    std::unique_ptr<model::PresenceFile> presence_;

    wxSplitterWindow* splitter_ = nullptr;
    CaseloadView* caseload_ = nullptr;
    SubjectView* subject_view_ = nullptr;
    RecentDatabases history_;
    MessageBoxReporter message_box_{this};
    ErrorReporter* reporter_ = &message_box_;
    wxWeakRef<WorkbookFrame> workbook_;
    std::unique_ptr<ExportActions> exports_;
    // The day's first backup of the open database, made after its window is up.
    BackgroundBackup backup_{*this, [this](const std::string& problem) { report_backup_problem(problem); }};
    LockPanel* lock_panel_ = nullptr;
    std::unique_ptr<IdleWatch> idle_;
    bool locked_ = false;
    // The other windows hidden while locked, shown again on unlocking.
    std::vector<wxWeakRef<wxTopLevelWindow>> hidden_;
    // While locked: what is typed stays unsaved in its field, which has the focus again on unlocking.
    std::unique_ptr<FocusHold> focus_hold_;
    wxWeakRef<wxWindow> focused_;
    std::unique_ptr<ElsewhereWatch> elsewhere_;
};

}  // namespace pcr::app
