// The Workbook window: computes the day's evidence once, keeps the assessments, saves every edit through the
// store.
#include "app/views/workbook_frame.h"

#include <wx/button.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/utils.h>

#include <algorithm>

#include "app/app_icon.h"
#include "app/display_text.h"
#include "app/export_actions.h"
#include "app/help_menu.h"
#include "app/permission_gate.h"
#include "app/shortcuts.h"
#include "app/views/action_plan_page.h"
#include "app/views/date_entry.h"
#include "app/views/over_time_page.h"
#include "app/views/summary_sheet_page.h"
#include "app/views/workbook_topics_page.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/assessment_draft.h"

namespace pcr::app {

namespace {

enum MenuId {
    kNewAssessment = wxID_HIGHEST + 1,
    kDeleteAssessment,
    kRefreshEvidence,
    kShowTopics,
    kShowSummary,
    kShowActions,
    kShowOverTime,
    kExportReport,
};

const wxColour kMutedText(0x55, 0x5a, 0x62);
const wxColour kWarningText(0xb3, 0x26, 0x1e);

}  // namespace

WorkbookFrame::WorkbookFrame(wxWindow* parent, model::EditSession& session,
                             const model::TemplateRegistry& templates, model::Workbook workbook,
                             const model::Date& today, ErrorReporter& reporter)
    : wxFrame(parent, wxID_ANY, to_wx(model::tr("Workbook")), wxDefaultPosition,
              size_on_display(parent, parent->FromDIP(wxSize(1280, 820)))),
      session_(session),
      store_(session.store()),
      templates_(templates),
      workbook_(std::move(workbook)),
      today_(today),
      reporter_(reporter) {
    SetIcons(app_icon());
    exports_ = std::make_unique<ExportActions>(this, templates_, reporter_, [this] { return &store_; });
    SetTitle(to_wx(workbook_.title.empty() ? workbook_.id : workbook_.title));
    build_menus();
    // Starting and deleting an assessment are greyed for a role that may not assess.
    PermissionGate::install(
        this, [this]() -> const model::Principal* { return &store_.principal(); },
        [](int id) -> std::optional<model::Action> {
            if (id == kNewAssessment || id == kDeleteAssessment) return model::Action::Assess;
            return std::nullopt;
        });

    auto* panel = new wxPanel(this, wxID_ANY);
    auto* label = new wxStaticText(panel, wxID_ANY, to_wx(model::tr("Assessment:")));
    dates_ = new wxChoice(panel, wxID_ANY);
    dates_->SetMinSize(FromDIP(wxSize(170, -1)));
    auto* add = new wxButton(panel, kNewAssessment, to_wx(model::tr("&New Assessment\u2026")));
    auto* took_part = new wxStaticText(panel, wxID_ANY, to_wx(model::tr("&Who took part:")));
    participation_ = new wxChoice(panel, wxID_ANY);
    participation_->Append(to_wx(model::participation_label(model::Participation::Unsaid)));
    for (const auto participation : model::kParticipations)
        participation_->Append(to_wx(model::participation_label(participation)));
    participation_->SetToolTip(
        to_wx(model::tr("Who the assessment was done with, as the workbook suggests: "
                        "alone, with a manager, with the team or with other managers")));
    state_ =
        new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    auto* refresh = new wxButton(panel, kRefreshEvidence, to_wx(model::tr("&Refresh Evidence")));

    notebook_ = new wxNotebook(panel, wxID_ANY);
    topics_ = new WorkbookTopicsPage(notebook_, *this);
    summary_ = new SummarySheetPage(notebook_, *this);
    actions_ = new ActionPlanPage(notebook_, *this);
    over_time_ = new OverTimePage(notebook_, *this);
    notebook_->AddPage(topics_, to_wx(model::tr("Topics")));
    notebook_->AddPage(summary_, to_wx(model::tr("Summary Sheet")));
    notebook_->AddPage(actions_, to_wx(model::tr("Action Plan")));
    notebook_->AddPage(over_time_, to_wx(model::tr("Over Time")));

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(label, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(6));
    bar->Add(dates_, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(8));
    bar->Add(add, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(16));
    bar->Add(took_part, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(6));
    bar->Add(participation_, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(16));
    bar->Add(state_, 1, wxALIGN_CENTRE_VERTICAL | wxRIGHT, FromDIP(8));
    bar->Add(refresh, 0, wxALIGN_CENTRE_VERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, FromDIP(8));
    sizer->Add(notebook_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    panel->SetSizer(sizer);

    CreateStatusBar(1);

    dates_->Bind(wxEVT_CHOICE, &WorkbookFrame::on_date_choice, this);
    participation_->Bind(wxEVT_CHOICE,
                         [this](wxCommandEvent& event) { choose_participation(event.GetSelection()); });
    notebook_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, &WorkbookFrame::on_page_changed, this);
    Bind(wxEVT_BUTTON, &WorkbookFrame::on_new_assessment, this, kNewAssessment);
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { refresh_evidence(); }, kRefreshEvidence);
    Bind(wxEVT_CLOSE_WINDOW, &WorkbookFrame::on_close, this);

    {
        wxBusyCursor busy;
        evidence_ = model::compute_evidence(store_, templates_, workbook_, today_);
    }
    load_assessments();
    current_ = assessments_.empty() ? -1 : static_cast<int>(assessments_.size()) - 1;
    fill_dates();
    refresh_pages();
    session_.add_observer(*this);
    CentreOnParent();
    fit_inside_display(this);
    // Size the pages before the window shows, or GTK is first handed a list a few pixels high.
    Layout();
    panel->Layout();
}

WorkbookFrame::~WorkbookFrame() {
    PermissionGate::remove(this);
    session_.remove_observer(*this);
}

bool WorkbookFrame::may_assess() const {
    return model::may(store_.principal(), model::Action::Assess);
}

void WorkbookFrame::build_menus() {
    auto* assessment = new wxMenu;
    append(assessment, kNewAssessment, Command::NewAssessment,
           to_wx(model::tr("Start a dated assessment from that day's evidence")));
    assessment->Append(kDeleteAssessment, to_wx(model::tr("&Delete Assessment\u2026")),
                       to_wx(model::tr("Remove the assessment shown")));
    assessment->AppendSeparator();
    append(assessment, kRefreshEvidence, Command::RefreshEvidence,
           to_wx(model::tr("Compute the evidence from the records again")));
    assessment->AppendSeparator();
    append(assessment, kExportReport, Command::ExportReport,
           to_wx(model::tr(
               "The summary sheet, action plan and chart as PDF or web page, or the scores as CSV")));
    append(assessment, wxID_PREVIEW, Command::PrintPreview,
           to_wx(model::tr("The workbook summary as printed")));
    append(assessment, wxID_PRINT, Command::Print, to_wx(model::tr("Print the workbook summary")));
    assessment->AppendSeparator();
    append(assessment, wxID_CLOSE, Command::CloseWindow);

    auto* edit = new wxMenu;
    append(edit, wxID_UNDO, Command::Undo);
    append(edit, wxID_REDO, Command::Redo);

    auto* view = new wxMenu;
    append(view, kShowTopics, Command::ShowTopics,
           to_wx(model::tr("Score each topic with the evidence beside it")));
    append(view, kShowSummary, Command::ShowSummary,
           to_wx(model::tr("All scores by section, with averages")));
    append(view, kShowActions, Command::ShowActions,
           to_wx(model::tr("The action summary and the detailed plans")));
    append(view, kShowOverTime, Command::ShowOverTime,
           to_wx(model::tr("Compare assessments; scores and coverage over time")));

    auto* bar = new wxMenuBar;
    bar->Append(assessment, to_wx(model::tr("&Assessment")));
    bar->Append(edit, to_wx(model::tr("&Edit")));
    bar->Append(view, to_wx(model::tr("&View")));
    bar->Append(help_menu(this), to_wx(model::tr("&Help")));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, &WorkbookFrame::on_new_assessment, this, kNewAssessment);
    Bind(wxEVT_MENU, &WorkbookFrame::on_report, this, kExportReport);
    Bind(wxEVT_MENU, &WorkbookFrame::on_report, this, wxID_PRINT);
    Bind(wxEVT_MENU, &WorkbookFrame::on_report, this, wxID_PREVIEW);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(current_ >= 0); }, kExportReport);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(current_ >= 0); }, wxID_PRINT);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(current_ >= 0); }, wxID_PREVIEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { step(true); }, wxID_UNDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { step(false); }, wxID_REDO);
    Bind(wxEVT_UPDATE_UI, &WorkbookFrame::on_update_step, this, wxID_UNDO);
    Bind(wxEVT_UPDATE_UI, &WorkbookFrame::on_update_step, this, wxID_REDO);
    Bind(wxEVT_MENU, &WorkbookFrame::on_delete_assessment, this, kDeleteAssessment);
    Bind(
        wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(current_ >= 0); }, kDeleteAssessment);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { refresh_evidence(); }, kRefreshEvidence);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) { show_page(static_cast<Page>(event.GetId() - kShowTopics)); },
        kShowTopics, kShowOverTime);
}

void WorkbookFrame::load_assessments() {
    assessments_.clear();
    for (auto& assessment : store_.assessments())
        if (assessment.workbook == workbook_.id) assessments_.push_back(std::move(assessment));
    std::stable_sort(assessments_.begin(), assessments_.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
}

void WorkbookFrame::fill_dates() {
    dates_->Clear();
    for (const auto& assessment : assessments_) dates_->Append(date_text(assessment.date));
    if (assessments_.empty()) dates_->Append(to_wx(model::tr("None yet")));
    dates_->SetSelection(current_ >= 0 ? current_ : 0);
    dates_->Enable(!assessments_.empty());
    show_state();
}

void WorkbookFrame::choose_participation(int index) {
    const model::WorkbookAssessment* current = assessment();
    if (!current || index < 0 || index > static_cast<int>(std::size(model::kParticipations))) return;
    const model::Participation chosen =
        index == 0 ? model::Participation::Unsaid : model::kParticipations[index - 1];
    participation_->SetSelection(index);
    if (chosen == current->participation) return;
    commit_pending();
    model::WorkbookAssessment edited = *assessment();
    edited.participation = chosen;
    save(edited, model::tr("record who took part"));
}

void WorkbookFrame::show_state() {
    const model::WorkbookAssessment* shown = assessment();
    int chosen = 0;
    for (std::size_t i = 0; shown && i < std::size(model::kParticipations); ++i)
        if (model::kParticipations[i] == shown->participation) chosen = static_cast<int>(i) + 1;
    participation_->SetSelection(chosen);
    participation_->Enable(shown != nullptr && may_assess());
    wxString text =
        to_wx(model::fill_in(model::tr("Evidence from the records on {1}"), from_wx(date_text(today_))));
    if (const auto* current = assessment(); current && current->date != today_)
        text += L" \u00b7 " + to_wx(model::tr("this assessment keeps its own day\u2019s evidence"));
    if (unsaved_)
        text =
            to_wx(model::tr("Not saved \u2014 the last change could not be saved; change it again to retry"));
    state_->SetLabel(text);
    state_->SetToolTip(text);  // a narrow window cuts the line short
    state_->SetForegroundColour(unsaved_ ? kWarningText : kMutedText);
    const model::WorkbookAssessment* current = assessment();
    if (!current) {
        SetStatusText(
            to_wx(model::fill_in(model::tr("No assessment yet: Assessment \u25b8 New Assessment\u2026 ({1}) "
                                           "starts one."),
                                 from_wx(key_text(Command::NewAssessment)))));
        return;
    }
    int scored = 0;
    for (const auto& score : current->scores)
        if (score.level) ++scored;
    SetStatusText(to_wx(
        model::fill_in(model::tr_n("Assessment of {1}: {2} of {3} topic scored",
                                   "Assessment of {1}: {2} of {3} topics scored", workbook_.topics().size()),
                       from_wx(date_text(current->date)), scored, workbook_.topics().size())));
}

const model::TopicEvidence* WorkbookFrame::evidence_for(const std::string& topic) const {
    for (const auto& evidence : evidence_)
        if (evidence.topic == topic) return &evidence;
    return nullptr;
}

const model::WorkbookAssessment* WorkbookFrame::assessment() const {
    return current_ >= 0 && current_ < static_cast<int>(assessments_.size()) ? &assessments_[current_]
                                                                             : nullptr;
}

void WorkbookFrame::choose_assessment(int index) {
    if (index < 0 || index >= static_cast<int>(assessments_.size())) return;
    commit_pending();
    current_ = index;
    unsaved_ = false;
    dates_->SetSelection(index);
    refresh_pages();
}

bool WorkbookFrame::start_assessment(const model::Date& date) {
    commit_pending();
    for (std::size_t i = 0; i < assessments_.size(); ++i) {
        if (assessments_[i].date != date) continue;
        reporter_.report(
            to_wx(model::tr("Assessment exists")),
            to_wx(model::fill_in(model::tr("There is already an assessment of {1}. It is shown now: "
                                           "change its scores, or choose another day."),
                                 from_wx(date_text(date)))));
        choose_assessment(static_cast<int>(i));
        return false;
    }
    model::WorkbookAssessment draft;
    try {
        wxBusyCursor busy;
        const auto evidence =
            date == today_ ? evidence_ : model::compute_evidence(store_, templates_, workbook_, date);
        draft = model::new_assessment(date, workbook_, evidence,
                                      model::previous_assessment(assessments_, workbook_.id, date));
        saving_ = true;
        session_.save_assessment(draft, model::tr("start the assessment"));
        saving_ = false;
    } catch (const pcr::Error& error) {
        saving_ = false;
        reporter_.report(to_wx(model::tr("Could not start the assessment")),
                         to_wx(std::string(error.what())));
        return false;
    }
    const auto at = std::upper_bound(assessments_.begin(), assessments_.end(), date,
                                     [](const model::Date& d, const auto& a) { return d < a.date; });
    const auto inserted = assessments_.insert(at, std::move(draft));
    current_ = static_cast<int>(inserted - assessments_.begin());
    unsaved_ = false;
    fill_dates();
    refresh_pages();
    return true;
}

bool WorkbookFrame::save(const model::WorkbookAssessment& edited, const std::string& description,
                         const std::string& changed_topic) {
    if (current_ < 0) return false;
    assessments_[current_] = edited;
    try {
        saving_ = true;
        session_.save_assessment(edited, description);
        saving_ = false;
        unsaved_ = false;
    } catch (const pcr::Error& error) {
        saving_ = false;
        unsaved_ = true;
        reporter_.report(to_wx(model::tr("Could not save the assessment")), to_wx(std::string(error.what())));
    }
    show_state();
    if (!changed_topic.empty()) topics_->topic_changed(changed_topic);
    const int page = notebook_->GetSelection();
    if (page != kTopics) refresh_page(page);
    return !unsaved_;
}

void WorkbookFrame::refresh_evidence() {
    commit_pending();
    {
        wxBusyCursor busy;
        try {
            evidence_ = model::compute_evidence(store_, templates_, workbook_, today_);
        } catch (const pcr::Error& error) {
            reporter_.report(to_wx(model::tr("Could not compute the evidence")),
                             to_wx(std::string(error.what())));
        }
    }
    refresh_pages();
}

void WorkbookFrame::commit_pending() {
    topics_->commit_pending();
    actions_->commit_pending();
}

void WorkbookFrame::show_page(Page page) {
    commit_pending();
    notebook_->SetSelection(page);
    refresh_page(page);
    notebook_->GetPage(page)->SetFocus();
}

void WorkbookFrame::refresh_pages() {
    show_state();
    for (int page = kTopics; page <= kOverTime; ++page) refresh_page(page);
}

void WorkbookFrame::refresh_page(int page) {
    switch (page) {
        case kTopics:
            topics_->refresh();
            break;
        case kSummary:
            summary_->refresh();
            break;
        case kActions:
            actions_->refresh();
            break;
        case kOverTime:
            over_time_->refresh();
            break;
        default:
            break;
    }
}

void WorkbookFrame::open_subject(model::SubjectKind kind, const std::string& id,
                                 const std::string& tool) const {
    if (open_handler_) open_handler_(kind, id, tool);
}

void WorkbookFrame::on_new_assessment(wxCommandEvent&) {
    // The day is typed, or picked from the date field's calendar.
    wxDialog dialog(this, wxID_ANY, to_wx(model::tr("New assessment")));
    auto* day = new DateEntry(&dialog, wxID_ANY, today_);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(
        new wxStaticText(&dialog, wxID_ANY,
                         to_wx(model::tr("The day the assessment is of. It starts from that day's evidence; "
                                         "you choose every score."))),
        0, wxALL, FromDIP(12));
    sizer->Add(day, 0, wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
    dialog.SetSizerAndFit(sizer);
    day->SetFocus();
    day->SelectAll();
    while (dialog.ShowModal() == wxID_OK) {
        const wxString text = day->GetValue().Strip(wxString::both);
        const auto date = model::parse_typed_date(from_wx(text));
        if (!date) {
            wxMessageBox(
                to_wx(model::typed_date_problem(from_wx(text), model::tr("the day of the assessment"))),
                to_wx(model::tr("New assessment")), wxOK | wxICON_WARNING, this);
            continue;
        }
        if (today_ < *date) {
            wxMessageBox(
                to_wx(model::fill_in(model::tr("An assessment cannot be of a day after today ({1})."),
                                     from_wx(date_text(today_)))),
                to_wx(model::tr("New assessment")), wxOK | wxICON_WARNING, this);
            continue;
        }
        start_assessment(*date);
        return;
    }
}

void WorkbookFrame::on_delete_assessment(wxCommandEvent&) {
    const model::WorkbookAssessment* current = assessment();
    if (!current) return;
    const wxString question = to_wx(
        model::fill_in(model::tr("Delete the assessment of {1} with its scores, notes, actions and plans?\n\n"
                                 "Edit > Undo brings it back."),
                       from_wx(date_text(current->date))));
    if (wxMessageBox(question, to_wx(model::tr("Delete assessment")),
                     wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, this) != wxYES)
        return;
    try {
        saving_ = true;
        session_.remove_assessment(current->date, current->workbook, model::tr("delete the assessment"));
        saving_ = false;
    } catch (const pcr::Error& error) {
        saving_ = false;
        reporter_.report(to_wx(model::tr("Could not delete the assessment")),
                         to_wx(std::string(error.what())));
        return;
    }
    assessments_.erase(assessments_.begin() + current_);
    current_ = assessments_.empty() ? -1 : std::min(current_, static_cast<int>(assessments_.size()) - 1);
    unsaved_ = false;
    fill_dates();
    refresh_pages();
}

bool WorkbookFrame::can_step(bool undo) const {
    const auto target = undo ? session_.undo_target() : session_.redo_target();
    return target && target->assessment && target->workbook == workbook_.id;
}

void WorkbookFrame::step(bool undo) {
    // A note still being typed is a change too: saved first, so Undo takes back the latest thing done.
    commit_pending();
    if (!can_step(undo)) return;
    const std::string done = undo ? session_.undo_description() : session_.redo_description();
    try {
        undo ? session_.undo() : session_.redo();
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(undo ? model::tr("Could not undo") : model::tr("Could not redo")),
                         to_wx(std::string(error.what())));
        return;
    }
    SetStatusText(to_wx(done));
}

void WorkbookFrame::on_update_step(wxUpdateUIEvent& event) {
    event.Enable(can_step(event.GetId() == wxID_UNDO));
}

wxString WorkbookFrame::step_label(bool undo) const {
    const Command command = undo ? Command::Undo : Command::Redo;
    if (!can_step(undo)) return menu_text(command);
    return menu_text("&" + menu_words(undo ? session_.undo_description() : session_.redo_description()),
                     command);
}

void WorkbookFrame::show_step_labels() {
    GetMenuBar()->SetLabel(wxID_UNDO, step_label(true));
    GetMenuBar()->SetLabel(wxID_REDO, step_label(false));
}

void WorkbookFrame::assessment_changed(const std::string& workbook, const model::Date& date) {
    show_step_labels();
    if (saving_ || workbook != workbook_.id) return;
    load_assessments();
    current_ = -1;
    for (std::size_t i = 0; i < assessments_.size(); ++i)
        if (assessments_[i].date == date) current_ = static_cast<int>(i);
    if (current_ < 0 && !assessments_.empty()) current_ = static_cast<int>(assessments_.size()) - 1;
    unsaved_ = false;
    fill_dates();
    refresh_pages();
}

void WorkbookFrame::on_date_choice(wxCommandEvent& event) {
    choose_assessment(event.GetSelection());
}

void WorkbookFrame::on_page_changed(wxBookCtrlEvent& event) {
    refresh_page(event.GetSelection());
    event.Skip();
}

void WorkbookFrame::on_close(wxCloseEvent& event) {
    commit_pending();
    event.Skip();
}

void WorkbookFrame::on_report(wxCommandEvent& event) {
    const model::WorkbookAssessment* current = assessment();
    if (!current) return;
    // The report is read from the database: a note still being typed is saved first.
    commit_pending();
    const model::Date date = current->date;
    if (event.GetId() == kExportReport)
        exports_->export_report(store_, workbook_, date);
    else if (event.GetId() == wxID_PRINT)
        exports_->print(exports_->report_printout(store_, workbook_, date));
    else
        exports_->preview(exports_->report_printout(store_, workbook_, date));
}

}  // namespace pcr::app
