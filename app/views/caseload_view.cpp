// The caseload pane: reads the caseload once per change to it, filters it in memory as the search text
// changes, and keeps the selection where it can.
#include "app/views/caseload_view.h"

#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>

#include "app/display_text.h"
#include "app/shortcuts.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/caseload_choice.h"

namespace pcr::app {

namespace {

const model::SubjectKind kKinds[] = {model::SubjectKind::Person, model::SubjectKind::Staff,
                                     model::SubjectKind::Team};

// Column widths; the name column takes the rest.
constexpr int kIdWidth = 75;
constexpr int kAgeWidth = 50;
constexpr int kRecordsWidth = 140;
// How long typing must pause before the first match's page is shown: about the gap between keystrokes.
constexpr int kFollowDelayMs = 250;

wxString search_hint(model::SubjectKind kind) {
    return to_wx(kind == model::SubjectKind::Staff ? model::tr("Search staff by name")
                                                   : model::tr("Search people by name"));
}

}  // namespace

CaseloadView::CaseloadView(wxWindow* parent) : wxPanel(parent, wxID_ANY), model_(new CaseloadModel) {
    kind_choice_ = new wxChoice(this, wxID_ANY);
    kind_choice_->Append(to_wx(model::tr("People supported")));
    kind_choice_->Append(to_wx(model::tr("Staff")));
    kind_choice_->Append(to_wx(model::tr("The team")));
    kind_choice_->SetSelection(0);
    scope_choice_ = new wxChoice(this, wxID_ANY);
    scope_choice_->Hide();

    search_ =
        new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText(search_hint(kind_));

    list_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
    list_->AssociateModel(model_.get());
    list_->AppendTextColumn(to_wx(model::tr("Name")), CaseloadModel::kName, wxDATAVIEW_CELL_INERT,
                            FromDIP(200), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(to_wx(model::tr("Id")), CaseloadModel::kId, wxDATAVIEW_CELL_INERT,
                            column_width(this, to_wx(model::tr("Id")), FromDIP(kIdWidth)), wxALIGN_NOT,
                            wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(to_wx(model::tr("Age")), CaseloadModel::kAge, wxDATAVIEW_CELL_INERT,
                            column_width(this, to_wx(model::tr("Age")), FromDIP(kAgeWidth)), wxALIGN_RIGHT,
                            wxDATAVIEW_COL_RESIZABLE);
    list_->AppendTextColumn(
        to_wx(model::tr("Complete & current")), CaseloadModel::kRecords, wxDATAVIEW_CELL_INERT,
        column_width(this, to_wx(model::tr("Complete & current")), FromDIP(kRecordsWidth)), wxALIGN_NOT,
        wxDATAVIEW_COL_RESIZABLE);
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fit_name_column();
        event.Skip();
    });

    count_ = new wxStaticText(this, wxID_ANY, wxString());
    count_->SetForegroundColour(wxColour(0x55, 0x5a, 0x62));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(6);
    sizer->Add(kind_choice_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(scope_choice_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(search_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    add_log_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Add &log entry\u2026")));
    add_log_->SetToolTip(
        to_wx(model::fill_in(model::tr("After a visit: add a learning-log entry for the chosen "
                                       "person ({1})"),
                             from_wx(key_text(Command::AddLogEntry)))));
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(count_, 1, wxALIGN_CENTRE_VERTICAL);
    bottom->Add(add_log_, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, gap);
    sizer->Add(bottom, 0, wxEXPAND | wxALL, gap);
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, &CaseloadView::on_search_text, this);
    search_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) {
        search_->ChangeValue(wxString());
        show_search(Follow::Now);
    });
    follow_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { notify(); });
    search_->Bind(wxEVT_SEARCH, &CaseloadView::on_search_enter, this);
    search_->Bind(wxEVT_TEXT_ENTER, &CaseloadView::on_search_enter, this);
    kind_choice_->Bind(wxEVT_CHOICE, &CaseloadView::on_kind_choice, this);
    scope_choice_->Bind(wxEVT_CHOICE, &CaseloadView::on_scope_choice, this);
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &CaseloadView::on_list_selection, this);

    // Learning logs are kept for people supported, so the shortcut to one needs a person chosen.
    const auto can_add_log = [this] { return kind_ == model::SubjectKind::Person && selected_row() >= 0; };
    add_log_->Bind(wxEVT_UPDATE_UI, [can_add_log](wxUpdateUIEvent& event) { event.Enable(can_add_log()); });
    add_log_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (add_log_handler_) add_log_handler_();
    });
    list_->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this, can_add_log](wxDataViewEvent& event) {
        if (event.GetItem().IsOk() &&
            model_->GetRow(event.GetItem()) != static_cast<unsigned>(selected_row()))
            select_row(static_cast<int>(model_->GetRow(event.GetItem())));
        if (!can_add_log()) return;
        wxMenu menu;
        menu.Append(wxID_ADD,
                    menu_text(to_wx(model::tr("Add &learning-log entry\u2026")), Command::AddLogEntry));
        menu.Bind(
            wxEVT_MENU,
            [this](wxCommandEvent&) {
                if (add_log_handler_) add_log_handler_();
            },
            wxID_ADD);
        PopupMenu(&menu);
    });
}

void CaseloadView::set_source(const model::Store* store, const model::TemplateRegistry* templates,
                              const model::Date& today, bool choose_first) {
    store_ = store;
    templates_ = templates;
    today_ = today;
    notified_id_.clear();
    scopes_ = store ? model::CaseloadChoice::offered(store->principal())
                    : std::vector<model::CaseloadScope>{model::CaseloadScope::Everyone};
    scope_ =
        store ? model::CaseloadChoice::opening(*store, store->principal()) : model::CaseloadScope::Everyone;
    scope_choice_->Clear();
    for (const auto scope : scopes_) {
        scope_choice_->Append(to_wx(model::CaseloadChoice::words(scope)));
        if (scope == scope_) scope_choice_->SetSelection(static_cast<int>(scope_choice_->GetCount()) - 1);
    }
    show_scope_choice();
    notified_ = false;
    summarize();
    load(choose_first ? Follow::Now : Follow::Not);
    if (scope_handler_) scope_handler_(scope_);
}

void CaseloadView::set_scope(model::CaseloadScope scope) {
    for (std::size_t i = 0; i < scopes_.size(); ++i)
        if (scopes_[i] == scope) scope_choice_->SetSelection(static_cast<int>(i));
    if (scope == scope_) return;
    scope_ = scope;
    load();
    if (scope_handler_) scope_handler_(scope_);
}

void CaseloadView::show_scope_choice() {
    scope_choice_->Show(kind_ == model::SubjectKind::Person && scopes_.size() > 1);
    Layout();
}

void CaseloadView::on_scope_choice(wxCommandEvent&) {
    const int choice = scope_choice_->GetSelection();
    if (choice >= 0 && static_cast<std::size_t>(choice) < scopes_.size()) set_scope(scopes_[choice]);
}

void CaseloadView::reload() {
    // The data may have changed under the same selection, so the handler hears about it again.
    notified_ = false;
    summarize();
    load();
}

void CaseloadView::reload_quietly() {
    // With nobody chosen (the dashboard is shown) nobody is chosen after either.
    const bool chosen = selected_row() >= 0;
    summarize();
    load(chosen ? Follow::Now : Follow::Not);
}

void CaseloadView::summarize() {
    summaries_ = {};
    if (store_ && templates_) summaries_ = model::CaseloadSummary(*store_, *templates_, kind_, today_);
}

void CaseloadView::set_include_archived(bool include) {
    if (include == include_archived_) return;
    include_archived_ = include;
    load();
}

void CaseloadView::set_kind(model::SubjectKind kind) {
    for (int i = 0; i < 3; ++i)
        if (kKinds[i] == kind) kind_choice_->SetSelection(i);
    if (kind == kind_) return;
    kind_ = kind;
    const bool team = kind == model::SubjectKind::Team;
    search_->Show(!team);
    search_->ChangeValue(wxString());
    search_->SetDescriptiveText(search_hint(kind));
    list_->GetColumn(CaseloadModel::kAge)->SetHidden(kind != model::SubjectKind::Person);
    list_->GetColumn(CaseloadModel::kId)->SetHidden(team);
    show_scope_choice();
    fit_name_column();
    reload();
}

void CaseloadView::fit_name_column() {
    // The other columns keep their set widths: GTK reports the last one stretched, which would feed back
    // here.
    const int widths[] = {0, FromDIP(kIdWidth), FromDIP(kAgeWidth), FromDIP(kRecordsWidth)};
    int others = 0;
    for (unsigned i = 1; i < list_->GetColumnCount(); ++i)
        if (!list_->GetColumn(i)->IsHidden())
            others += column_width(this, list_->GetColumn(i)->GetTitle(), widths[i]);
    // Leave room for the vertical scroll bar so the last column is never pushed out of sight.
    const int scroll_bar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, list_);
    list_->GetColumn(CaseloadModel::kName)
        ->SetWidth(std::max(FromDIP(120), list_->GetClientSize().x - others - scroll_bar - FromDIP(2)));
}

void CaseloadView::focus_search() {
    if (!search_->IsShown()) set_kind(model::SubjectKind::Person);
    search_->SetFocus();
    search_->SelectAll();
}

void CaseloadView::load(Follow follow) {
    const int selected = selected_row();
    const std::string previous = selected >= 0 ? model_->subject(selected)->id : notified_id_;
    model::CaseloadIndex caseload;
    if (store_) {
        model::SubjectQuery q;
        q.include_archived = include_archived_;
        if (kind_ == model::SubjectKind::Person) q.caseload = scope_;
        caseload = model::CaseloadIndex::load(*store_, kind_, q);
    }
    model_->set_caseload(std::move(caseload), &summaries_, today_,
                         kind_ == model::SubjectKind::Team ? std::string() : from_wx(search_->GetValue()));
    update_count();
    restore_selection(previous, follow);
}

void CaseloadView::show_search(Follow follow) {
    const int selected = selected_row();
    const std::string previous = selected >= 0 ? model_->subject(selected)->id : notified_id_;
    model_->show_found(kind_ == model::SubjectKind::Team ? std::string() : from_wx(search_->GetValue()));
    update_count();
    restore_selection(previous, follow);
}

void CaseloadView::update_count() {
    if (!store_) {
        count_->SetLabel(to_wx(model::tr("No database open")));
        return;
    }
    if (kind_ == model::SubjectKind::Team) {
        count_->SetLabel(to_wx(model_->GetCount() == 0 ? model::tr("No team records yet")
                                                       : model::tr("Records the whole team keeps")));
        return;
    }
    // The caseload read once per change to it: a narrower caseload counts its own people, not the
    // provider's, and no keystroke asks the store.
    const std::size_t total = model_->caseload_size();
    const std::size_t shown = model_->GetCount();
    wxString text =
        search_->GetValue().empty()
            ? count_text(kind_, total)
            : to_wx(model::fill_in(model::tr("{1} of {2}"), shown, from_wx(count_text(kind_, total))));
    if (include_archived_) text += to_wx(model::tr(", archived included"));
    count_->SetLabel(text);
}

void CaseloadView::restore_selection(const std::string& id, Follow follow) {
    if (follow == Follow::Not) {
        clear_selection();
        follow_timer_.Stop();
        return;
    }
    int row = id.empty() ? -1 : model_->row_of(id);
    // Someone is always chosen while the list has anyone: when the search hides the chosen person, the first
    // match takes their place, so the right side follows the typing.
    if (row < 0 && model_->GetCount() > 0) row = 0;
    if (row >= 0) {
        const wxDataViewItem item = model_->GetItem(row);
        list_->Select(item);
        list_->EnsureVisible(item);
    }
    if (follow == Follow::AfterTyping)
        follow_timer_.StartOnce(kFollowDelayMs);
    else
        notify();
}

void CaseloadView::select_row(int row) {
    list_->UnselectAll();
    if (row >= 0 && row < static_cast<int>(model_->GetCount())) {
        const wxDataViewItem item = model_->GetItem(row);
        list_->Select(item);
        list_->EnsureVisible(item);
    }
    notify();
}

bool CaseloadView::select_subject(model::SubjectKind kind, const std::string& id) {
    set_kind(kind);
    if (!search_->GetValue().empty()) {
        search_->ChangeValue(wxString());
        show_search(Follow::Now);
    }
    const int row = model_->row_of(id);
    if (row < 0) return false;
    notified_ = false;
    select_row(row);
    return true;
}

void CaseloadView::clear_selection() {
    list_->UnselectAll();
    notified_ = false;
    notified_id_.clear();
}

int CaseloadView::selected_row() const {
    const wxDataViewItem item = list_->GetSelection();
    return item.IsOk() ? static_cast<int>(model_->GetRow(item)) : -1;
}

void CaseloadView::notify() {
    follow_timer_.Stop();
    const int row = selected_row();
    const model::Subject* subject = row >= 0 ? model_->subject(row) : nullptr;
    const std::string id = subject ? subject->id : std::string();
    // An empty choice is always passed on: the reason for it (the search text) may have changed.
    if (notified_ && subject && id == notified_id_) return;
    notified_ = true;
    notified_id_ = id;
    if (handler_) handler_(subject);
}

void CaseloadView::on_search_text(wxCommandEvent&) {
    show_search(Follow::AfterTyping);
}

void CaseloadView::on_search_enter(wxCommandEvent&) {
    // Enter means the typing is done: the first match's page comes now.
    if (selected_row() < 0 && model_->GetCount() > 0)
        select_row(0);
    else
        notify();
    list_->SetFocus();
}

void CaseloadView::on_kind_choice(wxCommandEvent&) {
    const int choice = kind_choice_->GetSelection();
    if (choice >= 0 && choice < 3) set_kind(kKinds[choice]);
}

void CaseloadView::on_list_selection(wxDataViewEvent&) {
    notify();
}

}  // namespace pcr::app
