// The main window: wires menus to the model's operations and the two panes to each other.
#include "app/main_frame.h"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <algorithm>

#include "app/acting_principal.h"
#include "app/app_icon.h"
#include "app/dialogs/audit_dialog.h"
#include "app/dialogs/connect_server_dialog.h"
#include "app/dialogs/database_settings_dialog.h"
#include "app/dialogs/erase_dialog.h"
#include "app/dialogs/history_dialog.h"
#include "app/dialogs/import_problems_dialog.h"
#include "app/dialogs/preferences_dialog.h"
#include "app/dialogs/quick_log_dialog.h"
#include "app/dialogs/restore_dialog.h"
#include "app/dialogs/retention_dialog.h"
#include "app/dialogs/sign_in_dialog.h"
#include "app/dialogs/staff_suggestions_dialog.h"
#include "app/dialogs/subject_dialog.h"
#include "app/dialogs/working_together_dialog.h"
#include "app/display_text.h"
#include "app/elsewhere_watch.h"
#include "app/export_actions.h"
#include "app/file_chooser.h"
#include "app/focus_hold.h"
#include "app/help_menu.h"
#include "app/idle_watch.h"
#include "app/in_use_notice.h"
#include "app/permission_gate.h"
#include "app/preferences.h"
#include "app/private_files_offer.h"
#include "app/server_address.h"
#include "app/shortcuts.h"
#include "app/views/caseload_view.h"
#include "app/views/dashboard_view.h"
#include "app/views/lock_panel.h"
#include "app/views/record_editor.h"
#include "app/views/subject_view.h"
#include "app/views/workbook_frame.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/accounts/sign_in.h"
#include "model/backends/restore_store.h"
#include "model/backends/store_writable.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/importer.h"
#include "model/exchange/interchange_writer.h"
#include "model/export/export_audit.h"
#include "model/export/profile_page.h"
#include "model/rules/restore_choices.h"
#include "model/rules/saved_message.h"
#include "model/rules/sign_off_words.h"
#include "model/rules/subject_ids.h"

namespace pcr::app {

namespace {

enum MenuId {
    kImport = wxID_HIGHEST + 1,
    kExport,
    kFind,
    kShowPeople,
    kShowStaff,
    kShowTeam,
    kShowArchived,
    kDashboard,
    kHistory,
    kAddSubject,
    kSuggestStaff,
    kEditSubject,
    kArchiveSubject,
    kRestoreSubject,
    kAddLog,
    kWorkbook,
    kExportProfile,
    kExportRecord,
    kExportProfiles,
    kLockNow,
    kAuditTrail,
    kSignOff,
    kEraseSubject,
    kRetention,
    kRestoreBackup,
    kDatabaseSettings,
    kConnectServer,
    kWorkingTogether,
};

// File dialog filters, in the user's language (so made when asked for, after the catalogue is bound).
wxString database_wildcard() {
    return to_wx(model::tr("pcrecords databases (*.pcrdb)|*.pcrdb|All files|*"));
}
wxString interchange_wildcard() {
    return to_wx(model::tr("Interchange files (*.xml)|*.xml|All files|*"));
}

// Where the server address last connected to (or tried) is kept, without a password, for the next time.
const wxString kLastServerKey = "/Server/Last";

// What the window asks for on a large screen; a smaller one gets most of its usable area instead.
const wxSize kPreferredSize(1280, 800);

// The action a menu command does, for greying what the role may not do (issue 12); `listed` is the kind of
// subject the caseload shows, whom Add and Edit act on.
std::optional<model::Action> menu_action(int id, model::SubjectKind listed) {
    using model::Action;
    switch (id) {
        case kImport:
            return Action::Import;
        case kExport:
        case kExportProfiles:
            return Action::BulkExport;
        case kExportRecord:
            return Action::ExportWholeRecord;
        case kExportProfile:
        case wxID_PRINT:
        case wxID_PREVIEW:
            return Action::ExportProfile;
        case kArchiveSubject:
        case kRestoreSubject:
            return listed == model::SubjectKind::Person ? Action::Archive : Action::EditStaffAndTeam;
        case kAddSubject:
        case kEditSubject:
            return listed == model::SubjectKind::Person ? Action::EditPersonDetails
                                                        : Action::EditStaffAndTeam;
        case kAddLog:
            return Action::AddLogEntries;
        case kAuditTrail:
            return Action::ViewAudit;
        case kEraseSubject:
        case kRetention:
            return Action::Erase;
        case kSignOff:
            return Action::SignOff;
        case kRestoreBackup:
            return Action::Backup;
        default:
            return std::nullopt;
    }
}

// "1 person", "2 people": `forms` is the message tr_n chose for `count`.
std::string counted(const std::string& forms, std::size_t count) {
    return model::fill_in(forms, count);
}

}  // namespace

MainFrame::MainFrame(const model::TemplateRegistry& templates, const model::Date& today, bool today_given)
    : wxFrame(nullptr, wxID_ANY, "pcrecords"),
      templates_(templates),
      today_(today),
      today_given_(today_given) {
    SetIcons(app_icon());
    keep_dialogs_on_display();
    exports_ = std::make_unique<ExportActions>(this, templates_, *reporter_, [this] { return store_.get(); });
    build_menus();

    splitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    splitter_->SetMinimumPaneSize(FromDIP(260));
    splitter_->SetSashGravity(0.0);
    caseload_ = new CaseloadView(splitter_);
    subject_view_ = new SubjectView(splitter_);
    splitter_->SplitVertically(caseload_, subject_view_, FromDIP(460));
    lock_panel_ = new LockPanel(this);
    lock_panel_->Hide();
    lock_panel_->on_unlock([this] { unlock(); });
    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(splitter_, 1, wxEXPAND);
    content->Add(lock_panel_, 1, wxEXPAND);
    SetSizer(content);
    idle_ = std::make_unique<IdleWatch>(std::chrono::seconds::zero(), [this] { lock(); });
    elsewhere_ = std::make_unique<ElsewhereWatch>([this] { return store_.get(); }, [this] { return locked_; },
                                                  [this] { show_changes_made_elsewhere(); });

    CreateStatusBar(3);
    const int widths[] = {-1, FromDIP(260), FromDIP(260)};
    SetStatusWidths(3, widths);

    caseload_->on_add_log([this] { add_log_entry(); });
    // The dashboard counts the people the caseload lists, so a team leader sees their team's reviews due.
    caseload_->on_scope([this](model::CaseloadScope scope) {
        subject_view_->dashboard().set_caseload(scope);
        if (subject_view_->showing_dashboard()) subject_view_->show_dashboard();
    });
    caseload_->on_selection([this](const model::Subject* subject) {
        if (subject || !store_ || caseload_->rows().GetCount() > 0)
            subject_view_->show_subject(subject);
        else
            show_empty_caseload();
    });
    subject_view_->on_history([this] { show_history(); });
    subject_view_->dashboard().on_open(
        [this](const model::DashboardLine& line) { open_record(line.kind, line.id, line.tool); });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);

    // Greys what the signed-in role may not do, whatever else would enable it; the model refuses it anyway.
    PermissionGate::install(
        this, [this]() -> const model::Principal* { return store_ ? &store_->principal() : nullptr; },
        [this](int id) { return menu_action(id, caseload_->kind()); },
        [this] { return store_ && store_->read_only(); });

    restore_geometry();
    apply_preferences();
    show_database();
}

MainFrame::~MainFrame() {
    PermissionGate::remove(this);
    close_workbook();
    // The views point into the store; detach them before it goes.
    caseload_->on_selection({});
}

void MainFrame::build_menus() {
    auto* file = new wxMenu;
    append(file, wxID_NEW, Command::NewDatabase, to_wx(model::tr("Start an empty database")));
    append(file, wxID_OPEN, Command::OpenDatabase, to_wx(model::tr("Open a pcrecords database")));
    file->Append(kConnectServer, to_wx(model::tr("&Connect to Server\u2026")),
                 to_wx(model::tr("Open the records kept on a PostgreSQL server")));
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, to_wx(model::tr("Open &Recent")));
    file->AppendSeparator();
    append(file, kImport, Command::Import,
           to_wx(model::tr("Add or update people, staff and records from an interchange file")));
    auto* exports = new wxMenu;
    exports->Append(
        kExportProfile, to_wx(model::tr("One-Page &Profile\u2026")),
        to_wx(model::tr("The chosen person's one-page profile as a PDF or web page, for new staff")));
    exports->Append(
        kExportRecord, to_wx(model::tr("&Whole Record\u2026")),
        to_wx(model::tr("Everything held about the chosen person, as for a subject access request")));
    exports->Append(
        kExportProfiles, to_wx(model::tr("One-Page Profiles of the &List\u2026")),
        to_wx(model::tr("A one-page profile for everyone in the list (as searched) into a folder")));
    exports->AppendSeparator();
    append(exports, kExport, Command::ExportInterchange,
           to_wx(model::tr("Write everything to an interchange file")));
    file->AppendSubMenu(exports, to_wx(model::tr("&Export")));
    file->AppendSeparator();
    append(file, wxID_PREVIEW, Command::PrintPreview,
           to_wx(model::tr("The chosen person's one-page profile as printed")));
    append(file, wxID_PRINT, Command::Print, to_wx(model::tr("Print the chosen person's one-page profile")));
    file->AppendSeparator();
    file->Append(kRestoreBackup, to_wx(model::tr("Restore from &Backup\u2026")),
                 to_wx(model::tr("Put the database back as it was in a backup (administrators)")));
    file->Append(kDatabaseSettings, to_wx(model::tr("Database &Settings\u2026")),
                 to_wx(model::tr("How many backups are kept and the retention period, for everyone")));
    file->AppendSeparator();
    append(file, kLockNow, Command::LockNow,
           to_wx(model::tr("Hide the records until you sign in again, when you leave the computer")));
    append(file, wxID_EXIT, Command::Quit);

    auto* view = new wxMenu;
    append(view, kFind, Command::FindPerson, to_wx(model::tr("Search the caseload by name")));
    append(view, kDashboard, Command::Dashboard,
           to_wx(model::tr("What is missing, due or overdue, and coverage per tool")));
    append(view, kAuditTrail, Command::AuditTrail,
           to_wx(model::tr("Who did what and when: changes, sign-ins, exports and prints")));
    view->Append(kRetention, to_wx(model::tr("&Retention\u2026")),
                 to_wx(model::tr("Archived people past the retention period: erase or keep each")));
    view->AppendSeparator();
    append(view, kShowPeople, Command::ShowPeople);
    append(view, kShowStaff, Command::ShowStaff);
    append(view, kShowTeam, Command::ShowTeam);
    view->AppendSeparator();
    view->AppendCheckItem(kShowArchived, to_wx(model::tr("Show &Archived")),
                          to_wx(model::tr("List archived people and staff as well")));

    auto* record = new wxMenu;
    append(record, kAddLog, Command::AddLogEntry,
           to_wx(model::tr("After a visit: a quick entry for the chosen person")));
    append(record, kHistory, Command::History,
           to_wx(model::tr("Every version of the chosen record, and restoring one")));
    append(record, kSignOff, Command::SignOff,
           to_wx(model::tr("Vouch for the chosen record as it stands now, with an optional comment")));
    append(record, kSuggestStaff, Command::SuggestStaff,
           to_wx(model::tr("Staff ranked by how well they match the chosen person's matching-staff record")));

    auto* person = new wxMenu;
    append(person, kAddSubject, Command::AddSubject,
           to_wx(model::tr("Add a person supported or a staff member")));
    append(person, kEditSubject, Command::EditSubject,
           to_wx(model::tr("Change the chosen person's name or date of birth")));
    person->AppendSeparator();
    person->Append(kArchiveSubject, to_wx(model::tr("A&rchive")),
                   to_wx(model::tr("Take the chosen person off the caseload; their records are kept")));
    person->Append(kRestoreSubject, to_wx(model::tr("Re&store")),
                   to_wx(model::tr("Bring an archived person back to the caseload")));
    person->AppendSeparator();
    person->Append(kEraseSubject, to_wx(model::tr("&Erase\u2026")),
                   to_wx(model::tr("Remove the chosen person and all their records for good (managers)")));

    auto* workbook = new wxMenu;
    append(workbook, kWorkbook, Command::OpenWorkbook,
           to_wx(model::tr(
               "Progress for Providers: score each topic with the evidence from the records beside it")));
    workbook->Append(
        kWorkingTogether, to_wx(model::tr("Working Together for &Change\u2026")),
        to_wx(model::tr("What is working and not working across the caseload, grouped into themes "
                        "for the action plan")));

    auto* bar = new wxMenuBar;
    auto* edit = new wxMenu;
    append(edit, wxID_UNDO, Command::Undo);
    append(edit, wxID_REDO, Command::Redo);
    edit->AppendSeparator();
    append(edit, wxID_PREFERENCES, Command::Preferences,
           to_wx(model::tr("Text size of records and the dashboard's behaviour")));

    bar->Append(file, to_wx(model::tr("&File")));
    bar->Append(edit, to_wx(model::tr("&Edit")));
    bar->Append(view, to_wx(model::tr("&View")));
    bar->Append(person, to_wx(model::tr("&Person")));
    bar->Append(record, to_wx(model::tr("&Record")));
    bar->Append(workbook, to_wx(model::tr("&Workbook")));
    bar->Append(help_menu(this), to_wx(model::tr("&Help")));
    SetMenuBar(bar);

    history_.UseMenu(recent);
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath("/RecentFiles");
    history_.Load(*config);
    config->SetPath("/");

    Bind(wxEVT_MENU, &MainFrame::on_new, this, wxID_NEW);
    Bind(wxEVT_MENU, &MainFrame::on_open, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::on_connect, this, kConnectServer);
    Bind(wxEVT_MENU, &MainFrame::on_recent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, &MainFrame::on_import, this, kImport);
    Bind(wxEVT_MENU, &MainFrame::on_export, this, kExport);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::on_find, this, kFind);
    Bind(wxEVT_MENU, &MainFrame::on_kind, this, kShowPeople, kShowTeam);
    Bind(wxEVT_MENU, &MainFrame::on_show_archived, this, kShowArchived);
    Bind(wxEVT_MENU, &MainFrame::on_dashboard, this, kDashboard);
    Bind(wxEVT_MENU, &MainFrame::on_history, this, kHistory);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { lock(); }, kLockNow);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) { event.Enable(store_ && store_->principal().account() && !locked_); },
        kLockNow);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_audit_trail(); }, kAuditTrail);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            event.Enable(store_ && model::may(store_->principal(), model::Action::ViewAudit));
        },
        kAuditTrail);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { sign_off_record(); }, kSignOff);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            event.Enable(store_ && subject_view_->subject() && subject_view_->current_tool() &&
                         model::may(store_->principal(), model::Action::SignOff));
        },
        kSignOff);
    Bind(wxEVT_MENU, &MainFrame::on_preferences, this, wxID_PREFERENCES);
    Bind(wxEVT_MENU, &MainFrame::on_add_subject, this, kAddSubject);
    Bind(wxEVT_MENU, &MainFrame::on_suggest_staff, this, kSuggestStaff);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::ToolTemplate* tool = subject_view_->current_tool();
            const model::Subject* subject = subject_view_->subject();
            event.Enable(tool && tool->has_role(model::ToolRole::StaffMatching) && subject &&
                         subject->kind == model::SubjectKind::Person);
        },
        kSuggestStaff);
    Bind(wxEVT_MENU, &MainFrame::on_edit_subject, this, kEditSubject);
    Bind(wxEVT_MENU, &MainFrame::on_archive_subject, this, kArchiveSubject, kRestoreSubject);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (const model::Subject* chosen = subject_view_->subject()) erase_person(*chosen);
        },
        kEraseSubject);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::Subject* subject = subject_view_->subject();
            event.Enable(session_ && subject && subject->kind == model::SubjectKind::Person &&
                         model::may(store_->principal(), model::Action::Erase));
        },
        kEraseSubject);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { restore_from_backup(); }, kRestoreBackup);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_database_settings(); }, kDatabaseSettings);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_needs_database, this, kDatabaseSettings);
    // A server's backups are its administrator's, not this program's (docs/server.md).
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(store_ && !location_.is_server()); },
        kRestoreBackup);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_retention(); }, kRetention);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            event.Enable(store_ && model::may(store_->principal(), model::Action::Erase));
        },
        kRetention);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            event.Enable(session_ && caseload_->kind() != model::SubjectKind::Team);
            event.SetText(menu_text(caseload_->kind() == model::SubjectKind::Staff
                                        ? to_wx(model::tr("&Add Staff Member\u2026"))
                                        : to_wx(model::tr("&Add Person\u2026")),
                                    Command::AddSubject));
        },
        kAddSubject);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::Subject* subject = subject_view_->subject();
            const bool someone = session_ && subject && subject->kind != model::SubjectKind::Team;
            const bool archived = someone && subject->status == model::Status::Archived;
            event.Enable(event.GetId() == kEditSubject      ? someone
                         : event.GetId() == kArchiveSubject ? someone && !archived
                                                            : archived);
        },
        kEditSubject, kRestoreSubject);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) { event.Enable(subject_view_->current_tool() != nullptr); }, kHistory);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_needs_database, this, kDashboard);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { open_workbook(); }, kWorkbook);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_needs_database, this, kWorkbook);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_working_together(); }, kWorkingTogether);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_needs_database, this, kWorkingTogether);
    Bind(wxEVT_MENU, &MainFrame::on_undo, this, wxID_UNDO);
    Bind(wxEVT_MENU, &MainFrame::on_redo, this, wxID_REDO);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_undo, this, wxID_UNDO);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_redo, this, wxID_REDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { add_log_entry(); }, kAddLog);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::ToolTemplate* log = templates_.with_role(model::ToolRole::QuickLog);
            event.Enable(session_ && caseload_->kind() == model::SubjectKind::Person &&
                         subject_view_->subject() && log && log->applies_to(model::SubjectKind::Person));
        },
        kAddLog);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_needs_database, this, kImport);
    Bind(wxEVT_UPDATE_UI, &MainFrame::on_update_needs_database, this, kExport);
    Bind(wxEVT_MENU, &MainFrame::on_export_subject, this, kExportProfile, kExportRecord);
    Bind(wxEVT_MENU, &MainFrame::on_print, this, wxID_PRINT);
    Bind(wxEVT_MENU, &MainFrame::on_print, this, wxID_PREVIEW);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (store_) exports_->export_profiles(*store_, caseload_->rows().subjects());
        },
        kExportProfiles);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::Subject* subject = subject_view_->subject();
            const model::ToolTemplate* profile = templates_.with_role(model::ToolRole::Profile);
            const bool profiled = subject && profile && profile->applies_to(subject->kind);
            event.Enable(store_ && subject && (event.GetId() == kExportRecord || profiled));
        },
        kExportProfile, kExportRecord);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::Subject* subject = subject_view_->subject();
            const model::ToolTemplate* profile = templates_.with_role(model::ToolRole::Profile);
            event.Enable(store_ && subject && profile && profile->applies_to(subject->kind));
        },
        wxID_PRINT, wxID_PREVIEW);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const model::ToolTemplate* profile = templates_.with_role(model::ToolRole::Profile);
            event.Enable(store_ && profile && profile->applies_to(caseload_->kind()) &&
                         caseload_->rows().GetCount() > 0);
        },
        kExportProfiles);
}

void MainFrame::on_export_subject(wxCommandEvent& event) {
    const model::Subject* subject = subject_view_->subject();
    if (!store_ || !subject) return;
    if (event.GetId() == kExportProfile)
        exports_->export_profile(*store_, *subject);
    else
        exports_->export_record(*store_, *subject, today_);
}

void MainFrame::on_print(wxCommandEvent& event) {
    const model::Subject* subject = subject_view_->subject();
    if (!store_ || !subject) return;
    if (event.GetId() == wxID_PRINT)
        exports_->print(exports_->profile_printout(*store_, *subject));
    else
        exports_->preview(exports_->profile_printout(*store_, *subject));
}

void MainFrame::restore_geometry() {
    wxConfigBase* config = wxConfigBase::Get();
    const wxSize preferred = size_on_display(this, FromDIP(kPreferredSize));
    const wxRect saved(config->ReadLong("/Window/X", -1), config->ReadLong("/Window/Y", -1),
                       config->ReadLong("/Window/Width", preferred.x),
                       config->ReadLong("/Window/Height", preferred.y));
    // Only where it would still be on a screen, and no bigger than that screen: displays change between runs.
    const int display = wxDisplay::GetFromPoint(saved.GetTopLeft() + wxPoint(40, 40));
    if (saved.x >= 0 && display != wxNOT_FOUND) {
        SetSize(clamp_inside(saved, wxDisplay(static_cast<unsigned>(display)).GetClientArea()));
    } else {
        SetSize(preferred);
        Centre();
    }
    fit_inside_display(this);
    if (config->ReadBool("/Window/Maximized", false)) Maximize();
    // The caseload takes what the user last gave it, else three eighths of the window: the record needs room.
    const long sash = config->ReadLong("/Window/CaseloadWidth", 0);
    splitter_->SetSashPosition(sash > 0 ? static_cast<int>(sash)
                                        : std::min(FromDIP(460), GetClientSize().x * 3 / 8));
}

void MainFrame::save_geometry() {
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Window/Maximized", IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        const wxRect rect = GetRect();
        config->Write("/Window/X", rect.x);
        config->Write("/Window/Y", rect.y);
        config->Write("/Window/Width", rect.width);
        config->Write("/Window/Height", rect.height);
    }
    config->Write("/Window/CaseloadWidth", splitter_->GetSashPosition());
    config->Flush();
}

void MainFrame::open_database(const model::StoreLocation& location, model::OpenMode mode) {
    // What is typed goes into the database it was typed in; if that fails, the text stays and nothing
    // changes.
    if (!commit_pending()) return;
    // A server has no file beside it to name who else has it open, nor permissions of a file to check: what
    // follows for files is theirs only.
    const bool file = !location.is_server();
    // Working in a file together is safe, but the user should know it is happening and may wait for the
    // other.
    if (file && !confirm_open_in_use(this, location.file())) return;
    // A file this program cannot write (an archived copy, read-only media) is opened to be read.
    if (file && mode == model::OpenMode::Existing && !model::store_writable(location))
        mode = model::OpenMode::Reading;
    // An open database (no accounts) acts for whoever is logged in to the computer; one with accounts acts
    // for the account signed in, and Cancel leaves the database that was open before as it was.
    // The day's first backup is made once the window shows the records: a large file's copy takes seconds.
    const wxString shown = file ? to_wx(location.file()) : to_wx(location.shown());
    auto store = [&] {
        wxBusyCursor busy;  // a server far away takes a moment to answer
        return model::open_store(location, acting_principal(), mode, model::DailyBackup::Later);
    }();
    if (store->has_accounts()) {
        SignInDialog sign_in(this, *store, file ? to_wx(location.file().filename()) : shown);
        if (sign_in.ShowModal() != wxID_OK || !sign_in.principal()) return;
        wxBusyCursor busy;
        store = model::open_store(location, *sign_in.principal(), mode, model::DailyBackup::Later);
    }
    // What the Workbook window holds is saved before the sign-out, so the trail has them in that order.
    close_workbook();
    sign_out();
    let_go_of_store();
    take_store(std::move(store), location);

    history_.AddFileToHistory(shown);
    wxConfigBase::Get()->Write("/Database/Last", shown);
    save_history();
    // The backup an upgrade of the file made (or could not make) before it was opened.
    if (const std::string problem = store_->automatic_backup_problem(); !problem.empty())
        report_backup_problem(problem);
    if (!file) return;
    if (!store_->read_only()) backup_.start(location);
    // Who may read the database's files is a setting of the database, the administrator's.
    if (model::may(store_->principal(), model::Action::Settings))
        offer_private_files(this, location.file(), *reporter_);
}

bool MainFrame::open_server(const model::StoreLocation& location) {
    try {
        open_database(location);
    } catch (const pcr::Error& error) {
        // The model's words name the server and what to check (its name, the account, the .pgpass file).
        reporter_->report(to_wx(model::tr("Could not connect to the server")),
                          to_wx(std::string(error.what())));
        return false;
    }
    return store_ && location_.text() == location.text();
}

bool MainFrame::connect_to_server() {
    if (!commit_pending()) return false;
    wxString last;
    std::optional<ServerAddress> last_address;
    if (location_.is_server())
        last_address = ServerAddress::parse(location_.text());
    else if (wxConfigBase::Get()->Read(kLastServerKey, &last))
        last_address = ServerAddress::parse(from_wx(last));
    ConnectServerDialog dialog(this, last_address);
    if (dialog.ShowModal() != wxID_OK) return false;
    const std::string uri = dialog.address().uri();
    // Kept even when the connection fails, so a mistyped address is there to be mended next time.
    wxConfigBase::Get()->Write(kLastServerKey, to_wx(model::StoreLocation::parse(uri).shown()));
    wxConfigBase::Get()->Flush();
    return open_server(model::StoreLocation::parse(uri));
}

std::string MainFrame::database_name() const {
    if (location_.is_server()) return location_.shown();
    return file_.filename().string();
}

void MainFrame::let_go_of_store() {
    close_workbook();
    // The editor lets go of the session before it goes.
    subject_view_->editor().set_session(nullptr, reporter_, today_);
    session_.reset();
    store_.reset();
    presence_.reset();
    location_ = model::StoreLocation(std::filesystem::path());
    file_.clear();
}

void MainFrame::take_store(std::unique_ptr<model::Store> store, const model::StoreLocation& location) {
    store_ = std::move(store);
    location_ = location;
    file_ = location.is_server() ? std::filesystem::path() : location.file();
    // Nobody waits for a program that cannot write; on a server nobody looks for a file beside it.
    if (!store_->read_only() && !location.is_server())
        presence_ = std::make_unique<model::PresenceFile>(file_, "pcrecords");
    session_ = std::make_unique<model::EditSession>(*store_, &templates_);
    session_->add_observer(*this);
    show_step_labels();
    show_database();
}

void MainFrame::report_backup_problem(const std::string& problem) {
    reporter_->report(to_wx(model::tr("No automatic backup")), to_wx(problem));
}

void MainFrame::save_history() {
    wxConfigBase* config = wxConfigBase::Get();
    config->SetPath("/RecentFiles");
    history_.Save(*config);
    config->SetPath("/");
    config->Flush();
}

void MainFrame::show_database() {
    subject_view_->set_source(store_.get(), &templates_, today_);
    // The dashboard counts on a connection of its own, as whoever this one acts for, so opening a large
    // caseload shows the window at once.
    subject_view_->dashboard().set_reader(
        store_ ? DashboardView::ReaderOpener([location = location_, principal = store_->principal()] {
            return model::open_store(location, principal, model::OpenMode::Reading);
        })
               : DashboardView::ReaderOpener());
    subject_view_->set_session(session_.get());
    subject_view_->set_reporter(reporter_);
    // A manager opening the records first wants to know what needs doing: then the first person's page is
    // not built, only to be covered by the dashboard.
    const bool dashboard = store_ && Preferences::load().dashboard_on_open;
    caseload_->set_source(store_.get(), &templates_, today_, !dashboard);
    const wxString judged =
        to_wx(model::fill_in(today_given_ ? model::tr("Judged on {1} (--today)") : model::tr("Judged on {1}"),
                             from_wx(date_text(today_))));
    SetStatusText(judged, 1);
    SetStatusText(store_ ? to_wx(model::SignIn::describe(store_->principal())) : wxString(), 2);
    if (!store_) {
        SetTitle("pcrecords");
        SetStatusText(to_wx(model::tr("No database open")), 0);
        subject_view_->show_message(
            to_wx(model::tr("No database open")),
            to_wx(model::tr("Open a database with File > Open, or start a new one with File > New.")));
        return;
    }
    SetTitle(to_wx(database_name()) + L" \u2014 pcrecords");
    SetStatusText(location_.is_server() ? to_wx(database_name()) : to_wx(file_), 0);
    show_read_only();
    // The caseload's choice may have built it already (the dashboard was showing for the last database).
    if (dashboard && !subject_view_->showing_dashboard()) subject_view_->show_dashboard();
}

void MainFrame::apply_preferences() {
    const Preferences preferences = Preferences::load();
    set_lock_after(std::chrono::minutes(preferences.lock_after_minutes));
    preferences.apply(*subject_view_->dashboard().page());
    preferences.apply(*subject_view_->record_page());
    subject_view_->dashboard().set_lines_per_section(preferences.dashboard_lines);
    subject_view_->dashboard().set_due_within_days(preferences.due_within_days);
}

void MainFrame::on_preferences(wxCommandEvent&) {
    PreferencesDialog dialog(this, Preferences::load());
    if (dialog.ShowModal() != wxID_OK) return;
    dialog.preferences().save();
    apply_preferences();
    if (subject_view_->showing_dashboard()) subject_view_->show_dashboard();
}

void MainFrame::open_record(model::SubjectKind kind, const std::string& id, const std::string& tool) {
    if (!caseload_->select_subject(kind, id)) return;
    subject_view_->select_tool_id(tool);
}

void MainFrame::on_history(wxCommandEvent&) {
    show_history();
}

void MainFrame::show_history() {
    const model::Subject* subject = subject_view_->subject();
    const model::ToolTemplate* tool = subject_view_->current_tool();
    if (!store_ || !subject || !tool) return;
    HistoryDialog dialog(this, *store_, *tool, *subject, session_.get(), today_);
    dialog.ShowModal();
    if (dialog.restored()) subject_view_->refresh();
}

bool MainFrame::save_subject(const model::Subject& subject, const std::string& description) {
    try {
        session_->save_subject(subject, description);
    } catch (const Error& error) {
        reporter_->report(to_wx(model::tr("Not saved")), to_wx(std::string(error.what())));
        // Changed or removed elsewhere since it was read: what is stored now is shown, not what was.
        subject_changed(subject.kind, subject.id);
        return false;
    }
    return true;
}

void MainFrame::on_suggest_staff(wxCommandEvent&) {
    const model::Subject* person = subject_view_->subject();
    const model::ToolTemplate* tool = templates_.with_role(model::ToolRole::StaffMatching);
    if (!store_ || !person || !tool) return;
    const auto record = store_->record(person->kind, person->id, tool->id);
    model::Record matching;
    matching.tool = tool->id;
    StaffSuggestionsDialog(this, *store_, *person, *tool, record ? *record : matching).ShowModal();
}

void MainFrame::on_add_subject(wxCommandEvent&) {
    const model::SubjectKind kind = caseload_->kind();
    if (!session_ || kind == model::SubjectKind::Team) return;
    model::Subject subject;
    subject.kind = kind;
    subject.id = model::next_subject_id(*store_, kind);
    SubjectDialog dialog(this,
                         kind == model::SubjectKind::Staff ? to_wx(model::tr("Add a staff member"))
                                                           : to_wx(model::tr("Add a person")),
                         subject, today_);
    if (dialog.ShowModal() != wxID_OK) return;
    subject = dialog.subject();
    if (save_subject(subject, model::fill_in(model::tr("add {1}"), subject.name)))
        caseload_->select_subject(kind, subject.id);
}

void MainFrame::on_edit_subject(wxCommandEvent&) {
    const model::Subject* chosen = subject_view_->subject();
    if (!session_ || !chosen || chosen->kind == model::SubjectKind::Team) return;
    SubjectDialog dialog(this, to_wx(model::fill_in(model::tr("Edit {1}"), chosen->name)), *chosen, today_);
    if (dialog.ShowModal() != wxID_OK) return;
    save_subject(dialog.subject(), model::fill_in(model::tr("edit {1}"), dialog.subject().name));
}

void MainFrame::on_archive_subject(wxCommandEvent& event) {
    const model::Subject* chosen = subject_view_->subject();
    if (!session_ || !chosen || chosen->kind == model::SubjectKind::Team) return;
    model::Subject subject = *chosen;
    const bool archive = event.GetId() == kArchiveSubject;
    if (archive) {
        const wxString question = to_wx(
            model::fill_in(model::tr("Archive {1}?\n\nThey leave the caseload list and the dashboard; every "
                                     "record is kept. View > Show Archived lists them again, and Person > "
                                     "Restore brings them back."),
                           subject.name));
        if (wxMessageBox(question, to_wx(model::tr("Archive")), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION,
                         this) != wxYES)
            return;
    }
    subject.status = archive ? model::Status::Archived : model::Status::Active;
    save_subject(subject,
                 model::fill_in(archive ? model::tr("archive {1}") : model::tr("restore {1}"), subject.name));
}

bool MainFrame::erase_person(const model::Subject& person) {
    if (!store_ || !session_ || person.kind != model::SubjectKind::Person) return false;
    if (!model::may(store_->principal(), model::Action::Erase)) {
        reporter_->report(to_wx(model::tr("Not erased")),
                          to_wx(model::tr("Erasing a person is for managers and administrators.")));
        return false;
    }
    // What is typed is saved first, so nothing of this person is left waiting in the editor.
    if (!commit_pending()) return false;
    EraseDialog dialog(this, person);
    if (dialog.ShowModal() != wxID_OK) return false;
    // Undo could only bring back edits to a person who no longer exists: the session starts afresh.
    close_workbook();
    subject_view_->editor().set_session(nullptr, reporter_, today_);
    session_.reset();
    model::Erasure done;
    bool erased = true;
    try {
        done = store_->erase_person(person.id, dialog.reason());
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Not erased")), to_wx(std::string(error.what())));
        erased = false;
    }
    session_ = std::make_unique<model::EditSession>(*store_, &templates_);
    session_->add_observer(*this);
    show_step_labels();
    show_database();
    if (erased)
        SetStatusText(to_wx(model::fill_in(model::tr("Erased {1}; entry {2} of the audit trail records it."),
                                           person.id, done.audit_entry)),
                      0);
    return erased;
}

void MainFrame::show_retention() {
    if (!store_) return;
    if (!model::may(store_->principal(), model::Action::Erase)) {
        reporter_->report(to_wx(model::tr("Retention")),
                          to_wx(model::tr("Retention decisions are for managers and administrators.")));
        return;
    }
    RetentionDialog(
        this, *store_, today_, [this](const model::Subject& person) { return erase_person(person); },
        *reporter_)
        .ShowModal();
}

void MainFrame::show_working_together() {
    if (!store_) return;
    try {
        const auto workbooks =
            model::WorkbookRegistry::load(model::WorkbookRegistry::default_folder(), templates_);
        WorkingTogetherDialog(this, *store_, templates_, workbooks.get(model::kDefaultWorkbook), *reporter_,
                              today_)
            .ShowModal();
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Working Together for Change")), to_wx(std::string(error.what())));
    }
}

void MainFrame::on_dashboard(wxCommandEvent&) {
    if (!store_) return;
    caseload_->clear_selection();
    subject_view_->show_dashboard();
}

void MainFrame::show_empty_caseload() {
    const model::SubjectKind kind = caseload_->kind();
    const wxString search = caseload_->search_control()->GetValue();
    if (!search.empty()) {
        subject_view_->show_message(
            to_wx(model::fill_in(model::tr("Nobody matches \u201c{1}\u201d"), from_wx(search))),
            to_wx(
                kind == model::SubjectKind::Staff
                    ? model::tr(
                          "Check the spelling, or use View > Show Archived to search archived staff too.")
                    : model::tr(
                          "Check the spelling, or use View > Show Archived to search archived people too.")));
    } else if (kind == model::SubjectKind::Team) {
        subject_view_->show_message(
            to_wx(model::tr("No team records yet")),
            to_wx(model::tr("The team's records arrive with an interchange file: File > Import.")));
    } else {
        subject_view_->show_message(
            to_wx(kind == model::SubjectKind::Staff ? model::tr("No staff yet") : model::tr("No people yet")),
            to_wx(model::tr("Add them by importing an interchange file with File > Import.")));
    }
}

void MainFrame::on_new(wxCommandEvent&) {
    if (!commit_pending()) return;
    FileChooser dialog(this, to_wx(model::tr("New database")), "records.pcrdb", database_wildcard(),
                       wxFD_SAVE);
    if (!dialog.ask()) return;
    std::filesystem::path file = to_path(dialog.path());
    if (!file.has_extension()) file += ".pcrdb";
    // A new database never replaces a file: records are not something to lose by a slip in a dialog.
    if (std::filesystem::exists(file)) {
        wxMessageBox(
            to_wx(model::fill_in(model::tr("{1} already exists.\nChoose another name, or open it with File > "
                                           "Open."),
                                 from_wx(to_wx(file)))),
            to_wx(model::tr("New database")), wxOK | wxICON_WARNING, this);
        return;
    }
    open_database(file, model::OpenMode::CreateIfMissing);
}

void MainFrame::on_open(wxCommandEvent&) {
    if (!commit_pending()) return;
    FileChooser dialog(this, to_wx(model::tr("Open database")), wxString(), database_wildcard(),
                       wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (!dialog.ask()) return;
    open_database(to_path(dialog.path()));
}

void MainFrame::on_connect(wxCommandEvent&) {
    connect_to_server();
}

void MainFrame::on_recent(wxCommandEvent& event) {
    const size_t index = static_cast<size_t>(event.GetId() - wxID_FILE1);
    if (index >= history_.GetCount()) return;
    const wxString name = history_.GetHistoryFile(index);
    // A server stays in the list when it cannot be reached: it is usually back later.
    if (const model::StoreLocation location = to_location(name); location.is_server()) {
        open_server(location);
        return;
    }
    if (!wxFileExists(name)) {
        history_.RemoveFileFromHistory(index);
        save_history();
        wxMessageBox(
            to_wx(model::fill_in(model::tr("{1} is no longer there, so it was taken off the recent files.\n"
                                           "Use File > Open to find it if it was moved."),
                                 from_wx(name))),
            to_wx(model::tr("Database not found")), wxOK | wxICON_WARNING, this);
        return;
    }
    open_database(to_path(name));
}

void MainFrame::on_import(wxCommandEvent&) {
    if (!store_) return;
    FileChooser dialog(this, to_wx(model::tr("Import interchange file")), wxString(), interchange_wildcard(),
                       wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (!dialog.ask()) return;
    const std::filesystem::path file = to_path(dialog.path());
    model::ImportCounts counts;
    const std::string backup_problem = store_->automatic_backup_problem();
    try {
        wxBusyCursor busy;
        // The backup before an import comes after the day's, not beside it.
        backup_.wait();
        counts = model::import_interchange(*store_, templates_, file);
    } catch (const model::ImportError& error) {
        ImportProblemsDialog(this, file, error.problems()).ShowModal();
        return;
    }
    if (store_->automatic_backup_problem() != backup_problem)
        report_backup_problem(store_->automatic_backup_problem());
    record_event(model::AuditEvent{model::AuditAction::Import, std::nullopt, {}, from_wx(to_wx(file))});
    caseload_->reload();
    wxMessageBox(
        to_wx(model::fill_in(
            model::tr("Imported {1}, {2}, {3} and {4} from {5}."),
            counted(model::tr_n("{1} person", "{1} people", counts.people), counts.people),
            counted(model::tr_n("{1} staff member", "{1} staff members", counts.staff), counts.staff),
            counted(model::tr_n("{1} record", "{1} records", counts.records), counts.records),
            counted(model::tr_n("{1} assessment", "{1} assessments", counts.assessments), counts.assessments),
            file.filename().string())),
        to_wx(model::tr("Import done")), wxOK | wxICON_INFORMATION, this);
}

void MainFrame::on_export(wxCommandEvent&) {
    if (!store_) return;
    // A server's database is named after the database, as a file's export is after the file.
    const auto server = ServerAddress::parse(location_.text());
    const wxString suggested =
        (server && !server->database.empty() ? to_wx(server->database) : to_wx(file_.stem())) + "-export.xml";
    FileChooser dialog(this, to_wx(model::tr("Export interchange file")), suggested, interchange_wildcard(),
                       wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (!dialog.ask()) return;
    const std::filesystem::path file = to_path(dialog.path());
    std::vector<std::pair<model::SubjectKind, std::string>> written;
    try {
        wxBusyCursor busy;
        model::wait_until_exports_can_be_recorded(*store_);
        // Streamed: memory holds one subject's records, however large the database.
        model::InterchangeFileWriter writer(templates_, file, model::utc_stamp_now());
        store_->export_each(writer);
        writer.finish();
        written = writer.written();
        // Each person's, staff member's and the team's records left the database: one entry each, as the
        // command line records them; the file goes if the trail cannot take them.
        if (!model::record_export(*store_, model::interchange_export_events(written), {file}))
            reporter_->report(to_wx(model::tr("Not in the audit trail")),
                              to_wx(model::read_only_export_words()));
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Could not export")), to_wx(std::string(error.what())));
        return;
    }
    std::size_t people = 0, staff = 0;
    bool team = false;
    for (const auto& [kind, id] : written) {
        people += kind == model::SubjectKind::Person;
        staff += kind == model::SubjectKind::Staff;
        team = team || (kind == model::SubjectKind::Team && id == model::kTeamId);
    }
    wxMessageBox(
        to_wx(model::fill_in(team ? model::tr("Exported {1} and {2} with the team's records to {3}.")
                                  : model::tr("Exported {1} and {2} to {3}."),
                             counted(model::tr_n("{1} person", "{1} people", people), people),
                             counted(model::tr_n("{1} staff member", "{1} staff members", staff), staff),
                             file.filename().string())),
        to_wx(model::tr("Export done")), wxOK | wxICON_INFORMATION, this);
}

void MainFrame::on_find(wxCommandEvent&) {
    caseload_->focus_search();
}

void MainFrame::on_kind(wxCommandEvent& event) {
    const int id = event.GetId();
    caseload_->set_kind(id == kShowStaff  ? model::SubjectKind::Staff
                        : id == kShowTeam ? model::SubjectKind::Team
                                          : model::SubjectKind::Person);
}

void MainFrame::on_show_archived(wxCommandEvent& event) {
    caseload_->set_include_archived(event.IsChecked());
}

void MainFrame::on_close(wxCloseEvent& event) {
    // Closing the window and Quit save what is typed. When that fails the window stays open with the text in
    // it (the message said why), unless the close cannot be refused.
    if (!commit_pending() && event.CanVeto()) {
        event.Veto();
        return;
    }
    sign_out();
    save_geometry();
    event.Skip();
}

void MainFrame::sign_out() {
    // Leaving a protected database is the end of that sign-in, for the trail; an open one has nobody to sign
    // out.
    if (store_ && store_->principal().account())
        record_event(model::AuditEvent{model::AuditAction::SignOut, std::nullopt, {}, {}});
}

bool MainFrame::commit_pending() {
    if (workbook_ && !workbook_->IsBeingDeleted()) workbook_->commit_pending();
    return !session_ || subject_view_->editor().commit_pending();
}

bool MainFrame::open_workbook() {
    if (!store_) return false;
    if (workbook_ && !workbook_->IsBeingDeleted()) {
        workbook_->Raise();
        return true;
    }
    try {
        wxBusyCursor busy;
        const auto workbooks =
            model::WorkbookRegistry::load(model::WorkbookRegistry::default_folder(), templates_);
        workbook_ = new WorkbookFrame(this, *session_, templates_, workbooks.get(model::kDefaultWorkbook),
                                      today_, *reporter_);
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Could not open the workbook")), to_wx(std::string(error.what())));
        return false;
    }
    workbook_->on_open([this](model::SubjectKind kind, const std::string& id, const std::string& tool) {
        open_record(kind, id, tool);
        Raise();
    });
    workbook_->Show();
    return true;
}

void MainFrame::close_workbook() {
    if (!workbook_) return;
    workbook_->commit_pending();
    delete workbook_.get();
}

void MainFrame::on_update_needs_database(wxUpdateUIEvent& event) {
    event.Enable(store_ != nullptr);
}

void MainFrame::set_error_reporter(ErrorReporter* reporter) {
    reporter_ = reporter ? reporter : &message_box_;
    subject_view_->set_reporter(reporter_);
    exports_ = std::make_unique<ExportActions>(this, templates_, *reporter_, [this] { return store_.get(); });
}

bool MainFrame::add_log_entry() {
    const model::Subject* subject = subject_view_->subject();
    if (!session_ || !subject || subject->kind != model::SubjectKind::Person) return false;
    const model::ToolTemplate* tool = templates_.with_role(model::ToolRole::QuickLog);
    if (!tool || !tool->applies_to(subject->kind)) {
        reporter_->report(to_wx(model::tr("No learning log")),
                          to_wx(model::tr("The templates in use have no learning log (a tool with "
                                          "roles=\"quick-log\"), so there is nowhere to add an entry.")));
        return false;
    }
    subject_view_->editor().commit_pending();
    const model::Subject person = *subject;  // the view reloads its own copy when the entry is saved
    QuickLogDialog dialog(this, *tool, person, *session_, *reporter_, today_);
    if (dialog.ShowModal() != wxID_OK) return false;
    SetStatusText(to_wx(model::saved_to_message(person, *tool)), 0);
    return true;
}

void MainFrame::on_undo(wxCommandEvent&) {
    step(true);
}

void MainFrame::on_redo(wxCommandEvent&) {
    step(false);
}

void MainFrame::step(bool undo) {
    if (!session_) return;
    // What is typed but not saved is a change too: saved first, so Undo takes back the latest thing done (and
    // Redo has nothing left to redo after it).
    if (!commit_pending()) return;
    const std::optional<model::EditTarget> target = undo ? session_->undo_target() : session_->redo_target();
    if (!target) return;
    const std::string done = undo ? session_->undo_description() : session_->redo_description();
    // The person and the tool come on screen before anything changes, so the change is seen where it is made.
    show_target(*target);
    try {
        undo ? session_->undo() : session_->redo();
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(undo ? model::tr("Could not undo") : model::tr("Could not redo")),
                          to_wx(std::string(error.what())));
        return;
    }
    SetStatusText(to_wx(done), 0);
}

void MainFrame::show_target(const model::EditTarget& target) {
    // An assessment's change is seen in the Workbook window, which shows that day once it is undone.
    if (target.assessment) {
        open_workbook();
        return;
    }
    const model::Subject* shown = subject_view_->subject();
    const bool on_screen = shown && shown->kind == target.kind && shown->id == target.id;
    if (!on_screen && !caseload_->select_subject(target.kind, target.id)) {
        // Someone archived is listed once archived people are shown.
        GetMenuBar()->Check(kShowArchived, true);
        caseload_->set_include_archived(true);
        caseload_->select_subject(target.kind, target.id);
    }
    if (!target.tool.empty()) subject_view_->select_tool_id(target.tool);
}

void MainFrame::on_update_undo(wxUpdateUIEvent& event) {
    event.Enable(session_ && session_->can_undo());
    event.SetText(step_label(true));
}

void MainFrame::on_update_redo(wxUpdateUIEvent& event) {
    event.Enable(session_ && session_->can_redo());
    event.SetText(step_label(false));
}

wxString MainFrame::step_label(bool undo) const {
    const Command command = undo ? Command::Undo : Command::Redo;
    if (!session_ || !(undo ? session_->can_undo() : session_->can_redo())) return menu_text(command);
    // The session words it: "Undo edit By when, in Albert Walker's person-centred review".
    return menu_text("&" + menu_words(undo ? session_->undo_description() : session_->redo_description()),
                     command);
}

void MainFrame::show_step_labels() {
    GetMenuBar()->SetLabel(wxID_UNDO, step_label(true));
    GetMenuBar()->SetLabel(wxID_REDO, step_label(false));
}

void MainFrame::assessment_changed(const std::string&, const model::Date&) {
    show_step_labels();
}

void MainFrame::record_changed(model::SubjectKind kind, const std::string& id, const std::string& tool) {
    show_step_labels();
    subject_view_->record_changed(kind, id, tool);
    caseload_->reload();
}

void MainFrame::subject_changed(model::SubjectKind kind, const std::string& id) {
    show_step_labels();
    subject_view_->subject_changed(kind, id);
    caseload_->reload();
}

void MainFrame::record_event(const model::AuditEvent& event) {
    if (!store_) return;
    try {
        store_->record_event(event);
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Could not add to the audit trail")),
                          to_wx(std::string(error.what())));
    }
}

void MainFrame::set_lock_after(std::chrono::seconds after) {
    idle_->set_after(after);
}

bool MainFrame::lock() {
    if (locked_ || !store_ || !store_->principal().account()) return false;
    // A dialog left open shows records too: it ends as Cancel would. Only the innermost event loop can end,
    // so one dialog at a time, and the lock comes back once its loop has returned.
    for (auto it = wxTopLevelWindows.rbegin(); it != wxTopLevelWindows.rend(); ++it)
        if (auto* dialog = dynamic_cast<wxDialog*>(*it); dialog && dialog->IsModal()) {
            dialog->EndModal(wxID_CANCEL);
            CallAfter([this] { lock(); });
            return true;
        }
    locked_ = true;
    hidden_.clear();
    std::vector<wxWindow*> held = {splitter_};
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* top = dynamic_cast<wxTopLevelWindow*>(window); top && top != this && top->IsShown()) {
            hidden_.emplace_back(top);
            held.push_back(top);
        }
    // Held before anything is hidden: hiding takes the focus away, which would save the field typed in.
    focused_ = wxWindow::FindFocus();
    focus_hold_ = std::make_unique<FocusHold>(held);
    for (auto& window : hidden_) window->Hide();
    splitter_->Hide();
    lock_panel_->show_user(to_wx(*store_->principal().account()));
    lock_panel_->Show();
    Layout();
    wxMenuBar* bar = GetMenuBar();
    for (size_t m = 0; m < bar->GetMenuCount(); ++m) bar->EnableTop(m, false);
    SetStatusText(to_wx(model::tr("Locked")), 0);
    lock_panel_->unlock_button()->SetFocus();
    record_event(model::AuditEvent{model::AuditAction::Lock, std::nullopt, {}, {}});
    return true;
}

bool MainFrame::unlock() {
    if (!locked_ || !store_) return false;
    const wxString user = to_wx(*store_->principal().account());
    SignInDialog dialog(this, *store_, to_wx(database_name()), user);
    if (dialog.ShowModal() != wxID_OK || !dialog.principal()) return false;
    locked_ = false;
    lock_panel_->Hide();
    splitter_->Show();
    Layout();
    wxMenuBar* bar = GetMenuBar();
    for (size_t m = 0; m < bar->GetMenuCount(); ++m) bar->EnableTop(m, true);
    SetStatusText(location_.is_server() ? to_wx(database_name()) : to_wx(file_), 0);
    for (auto& window : hidden_)
        if (window) window->Show();
    hidden_.clear();
    if (focused_) focused_->SetFocus();
    focus_hold_.reset();
    idle_->restart();
    return true;
}

void MainFrame::show_audit_trail() {
    if (!store_) return;
    if (!model::may(store_->principal(), model::Action::ViewAudit)) {
        reporter_->report(
            to_wx(model::tr("Audit trail")),
            to_wx(model::tr("The audit trail is for managers and administrators; ask one of them.")));
        return;
    }
    AuditDialog(this, *store_, subject_view_->subject()).ShowModal();
}

bool MainFrame::sign_off_record() {
    const model::Subject* shown = subject_view_->subject();
    const model::ToolTemplate* tool = subject_view_->current_tool();
    if (!store_ || !shown || !tool) return false;
    if (!model::may(store_->principal(), model::Action::SignOff)) {
        reporter_->report(to_wx(model::tr("Not signed off")),
                          to_wx(model::tr("Signing off needs a senior, manager or administrator account.")));
        return false;
    }
    // What is typed is part of the record signed off.
    if (!commit_pending()) return false;
    const model::Subject subject = *shown;
    const auto record = store_->record(subject.kind, subject.id, tool->id);
    if (!record || record->empty()) {
        reporter_->report(
            to_wx(model::tr("Not signed off")),
            to_wx(model::fill_in(model::tr("There is no {1} of {2} to sign off yet."),
                                 from_wx(mid_sentence(to_wx(tool->title))), subject.display_name())));
        return false;
    }
    wxTextEntryDialog dialog(
        this,
        to_wx(model::fill_in(model::tr("Sign off {1}'s {2} as it stands now?\n\nA comment (optional):"),
                             subject.display_name(), from_wx(mid_sentence(to_wx(tool->title))))),
        to_wx(model::tr("Sign Off")), wxString(), wxOK | wxCANCEL);
    if (dialog.ShowModal() != wxID_OK) return false;
    model::SignOff done;
    try {
        done = store_->sign_off(subject.kind, subject.id, tool->id,
                                from_wx(dialog.GetValue().Strip(wxString::both)));
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Not signed off")), to_wx(std::string(error.what())));
        return false;
    }
    subject_view_->refresh();
    SetStatusText(to_wx(model::sign_off_words(done, done.version)), 0);
    return true;
}

bool MainFrame::restore_from_backup() {
    if (!store_) return false;
    const wxString not_restored = to_wx(model::tr("Not restored"));
    if (location_.is_server()) {
        reporter_->report(
            not_restored,
            to_wx(model::fill_in(model::tr("The database on {1} is kept by its server, whose administrator "
                                           "backs it up and restores it (docs/server.md): ask them. The "
                                           "database was not changed."),
                                 database_name())));
        return false;
    }
    if (!model::may_restore(store_->principal())) {
        reporter_->report(not_restored,
                          to_wx(model::tr("Restoring a backup is for administrators: ask one to "
                                          "do it. The database was not changed.")));
        return false;
    }
    // What is typed is saved first: it belongs to the records kept as the before-restore backup.
    if (!commit_pending()) return false;
    std::vector<model::RestoreChoice> choices;
    try {
        wxBusyCursor busy;
        choices = model::restore_choices(*store_);
    } catch (const pcr::Error& error) {
        reporter_->report(not_restored, to_wx(std::string(error.what())));
        return false;
    }
    RestoreDialog dialog(this, file_, std::move(choices));
    if (dialog.ShowModal() != wxID_OK) return false;

    // The file is replaced under the program's own connections unless every one is closed: this window's,
    // the dashboard's reader and the day's backup on their threads, the Workbook's session. The presence file
    // goes with them.
    const model::Principal acting = store_->principal();
    const std::filesystem::path file = file_;
    backup_.wait();
    subject_view_->dashboard().stop_counting();
    let_go_of_store();
    show_database();

    std::string problem;
    try {
        wxBusyCursor busy;
        model::restore_store(file, acting, dialog.chosen());
    } catch (const pcr::Error& error) {
        problem = error.what();
    }
    // Opened again whether or not the restore was done, as the same user: nobody signs in twice.
    try {
        take_store(model::open_store(file, acting, model::OpenMode::Existing), model::StoreLocation(file));
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("Could not open the database again")),
                          to_wx(std::string(error.what())) + "\n\n" +
                              to_wx(model::tr("Open it with File > Open; its backups are beside it.")));
        return false;
    }
    if (!problem.empty()) {
        reporter_->report(not_restored, to_wx(problem) + "\n\n" +
                                            to_wx(model::tr("The database is open again, as it was.")));
        return false;
    }
    // Short enough for the status bar of a small screen; the backup kept is listed as "Before a restore".
    SetStatusText(to_wx(model::tr("Restored. The records it replaced are kept as a backup.")), 0);
    return true;
}

void MainFrame::show_database_settings() {
    if (!store_) return;
    DatabaseSettingsDialog(this, *store_, *reporter_, location_.is_server()).ShowModal();
}

void MainFrame::show_changes_made_elsewhere() {
    caseload_->reload_quietly();
    subject_view_->changed_elsewhere();
}

void MainFrame::show_read_only() {
    if (!store_ || !store_->read_only()) return;
    SetTitle(to_wx(model::fill_in(model::tr("{1} (read-only)"), database_name())) + L" \u2014 pcrecords");
    SetStatusText(to_wx(model::tr("Read-only: to change it, copy the file somewhere you can write.")), 0);
}

}  // namespace pcr::app
