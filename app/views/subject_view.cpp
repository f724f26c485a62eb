// The subject pane: a header, the tools list with completeness and currency, and the record read-only.
#include "app/views/subject_view.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/sizer.h>
#include <wx/statline.h>

#include <algorithm>

#include "app/display_text.h"
#include "app/shortcuts.h"
#include "app/views/completeness_renderer.h"
#include "app/views/dashboard_view.h"
#include "app/views/rating_chart_view.h"
#include "app/views/record_editor.h"
#include "app/views/record_html.h"
#include "app/views/relationship_circle_view.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/age.h"

namespace pcr::app {

namespace {

const wxColour kMutedText(0x55, 0x5a, 0x62);
const wchar_t* const kSeparator = L"  \u00b7  ";
const char* const kToolListHeight = "/Window/ToolListHeight";

}  // namespace

SubjectView::SubjectView(wxWindow* parent) : wxPanel(parent, wxID_ANY), tools_(new ToolListModel) {
    book_ = new wxSimplebook(this, wxID_ANY);
    book_->AddPage(build_message(book_), "message");
    book_->AddPage(build_content(book_), "subject");
    dashboard_ = new DashboardView(book_);
    book_->AddPage(dashboard_, "dashboard");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
    show_message(to_wx(model::tr("No database open")),
                 to_wx(model::tr("Open a database with File > Open, or start a new one with File > New.")));
}

wxWindow* SubjectView::build_message(wxWindow* parent) {
    auto* panel = new wxPanel(parent, wxID_ANY);
    message_title_ = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                      wxALIGN_CENTRE_HORIZONTAL);
    message_title_->SetFont(message_title_->GetFont().Scaled(1.4f).Bold());
    message_text_ = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxALIGN_CENTRE_HORIZONTAL);
    message_text_->SetForegroundColour(kMutedText);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer(2);
    sizer->Add(message_title_, 0, wxALIGN_CENTRE_HORIZONTAL | wxBOTTOM, FromDIP(8));
    sizer->Add(message_text_, 0, wxALIGN_CENTRE_HORIZONTAL);
    sizer->AddStretchSpacer(3);
    panel->SetSizer(sizer);
    return panel;
}

wxWindow* SubjectView::build_content(wxWindow* parent) {
    auto* panel = new wxPanel(parent, wxID_ANY);
    name_ = new wxStaticText(panel, wxID_ANY, wxString());
    name_->SetFont(name_->GetFont().Scaled(1.6f).Bold());
    status_ = new wxStaticText(panel, wxID_ANY, wxString());
    status_->SetFont(status_->GetFont().Bold());
    details_ = new wxStaticText(panel, wxID_ANY, wxString());
    details_->SetForegroundColour(kMutedText);
    summary_ = new wxStaticText(panel, wxID_ANY, wxString());

    splitter_ = new wxSplitterWindow(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    splitter_->SetMinimumPaneSize(FromDIP(80));
    splitter_->SetSashGravity(0.0);
    // Where the user puts the line between the tools and the record stays there, this run and the next.
    splitter_->Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [](wxSplitterEvent& event) {
        wxConfigBase::Get()->Write(kToolListHeight, event.GetSashPosition());
        wxConfigBase::Get()->Flush();
        event.Skip();
    });

    tool_list_ = new wxDataViewCtrl(splitter_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_SINGLE | wxDV_ROW_LINES);
    tool_list_->AssociateModel(tools_.get());
    tool_list_->AppendTextColumn(to_wx(model::tr("Tool")), ToolListModel::kTitle, wxDATAVIEW_CELL_INERT,
                                 column_width(this, to_wx(model::tr("Tool")), FromDIP(222)), wxALIGN_NOT,
                                 wxDATAVIEW_COL_RESIZABLE);
    tool_list_->AppendColumn(new wxDataViewColumn(
        to_wx(model::tr("Complete")), new CompletenessRenderer, ToolListModel::kCompleteness,
        column_width(this, to_wx(model::tr("Complete")), FromDIP(120)), wxALIGN_LEFT,
        wxDATAVIEW_COL_RESIZABLE));
    tool_list_->AppendIconTextColumn(
        to_wx(model::tr("Status")), ToolListModel::kStatus, wxDATAVIEW_CELL_INERT,
        column_width(this, to_wx(model::tr("Status")), FromDIP(222)), wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);
    tool_list_->AppendTextColumn(to_wx(model::tr("Reviewed")), ToolListModel::kLastReviewed,
                                 wxDATAVIEW_CELL_INERT,
                                 column_width(this, to_wx(model::tr("Reviewed")), FromDIP(110)), wxALIGN_NOT,
                                 wxDATAVIEW_COL_RESIZABLE);
    tool_list_->AppendTextColumn(to_wx(model::tr("Review due")), ToolListModel::kReviewDue,
                                 wxDATAVIEW_CELL_INERT,
                                 column_width(this, to_wx(model::tr("Review due")), FromDIP(100)),
                                 wxALIGN_NOT, wxDATAVIEW_COL_RESIZABLE);

    record_pane_ = new wxPanel(splitter_, wxID_ANY);
    record_tabs_ = new wxNotebook(record_pane_, wxID_ANY);
    // The drawn circle is a tab of its own, first, for tools that have one.
    circle_ = new RelationshipCircleView(record_tabs_);
    circle_->Hide();
    chart_ = new RatingChartView(record_tabs_);
    chart_->Hide();
    editor_ = new RecordEditor(record_tabs_);
    record_tabs_->AddPage(editor_, to_wx(model::tr("Edit")), true);
    record_ = new wxHtmlWindow(record_tabs_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    record_->SetBorders(FromDIP(10));
    auto* record_row = new wxBoxSizer(wxHORIZONTAL);
    record_tabs_->AddPage(record_, to_wx(model::tr("Read")));
    record_row->Add(record_tabs_, 2, wxEXPAND);
    record_pane_->SetSizer(record_row);
    splitter_->SplitHorizontally(tool_list_, record_pane_, FromDIP(380));

    auto* title_row = new wxBoxSizer(wxHORIZONTAL);
    title_row->Add(name_, 1, wxALIGN_BOTTOM);
    title_row->Add(status_, 0, wxALIGN_BOTTOM | wxLEFT, FromDIP(12));
    auto* history = new wxButton(panel, wxID_ANY, to_wx(model::tr("&History…")));
    history->SetToolTip(
        to_wx(model::fill_in(model::tr("Every version of the chosen record: who changed it, when and "
                                       "what ({1})"),
                             from_wx(key_text(Command::History)))));
    history->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (history_handler_) history_handler_();
    });
    title_row->Add(history, 0, wxALIGN_BOTTOM | wxLEFT, FromDIP(12));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(8);
    sizer->Add(title_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(details_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
    sizer->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(new wxStaticLine(panel), 0, wxEXPAND | wxTOP | wxBOTTOM, gap);
    sizer->Add(splitter_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4));
    panel->SetSizer(sizer);

    tool_list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &SubjectView::on_tool_selection, this);
    return panel;
}

void SubjectView::set_source(const model::Store* store, const model::TemplateRegistry* templates,
                             const model::Date& today) {
    store_ = store;
    templates_ = templates;
    today_ = today;
    subject_.reset();
    tools_->set_standings({});
}

void SubjectView::show_message(const wxString& title, const wxString& text) {
    editor_->commit_pending();
    subject_.reset();
    tools_->set_standings({});
    message_title_->SetLabel(title);
    message_text_->SetLabel(text);
    book_->ChangeSelection(0);
    book_->GetPage(0)->Layout();
}

void SubjectView::show_subject(const model::Subject* subject) {
    if (!subject || !store_ || !templates_) {
        show_message(
            store_ ? to_wx(model::tr("Nobody chosen")) : to_wx(model::tr("No database open")),
            store_
                ? to_wx(model::tr("Choose someone in the list to see their records."))
                : to_wx(model::tr("Open a database with File > Open, or start a new one with File > New.")));
        return;
    }
    // What is typed goes to the record it was typed in before the tools change under it. Saving reloads the
    // caseload, so the chosen subject is copied first.
    const model::Subject chosen = *subject;
    editor_->commit_pending();
    subject_ = chosen;
    tools_->set_standings(model::tool_standings(*store_, *templates_, chosen.kind, chosen.id, today_));
    show_header(chosen);
    book_->ChangeSelection(1);

    int row = 0;
    const auto& standings = tools_->standings();
    for (std::size_t i = 0; i < standings.size(); ++i)
        if (standings[i].tool->id == tool_id_) row = static_cast<int>(i);
    book_->GetPage(1)->Layout();
    fit_tools_list();
    select_tool(standings.empty() ? -1 : row);
}

void SubjectView::show_header(const model::Subject& subject) {
    const bool team = subject.kind == model::SubjectKind::Team;
    name_->SetLabel(team ? to_wx(model::tr("The team")) : to_wx(subject.name));

    wxArrayString parts;
    if (!subject.preferred_name.empty() && subject.preferred_name != subject.name)
        parts.Add(to_wx(model::fill_in(model::tr("Known as {1}"), subject.preferred_name)));
    if (!team) parts.Add(to_wx(subject.id));
    if (subject.kind == model::SubjectKind::Staff) parts.Add(to_wx(model::tr("Staff member")));
    if (subject.born) {
        wxString born = to_wx(model::fill_in(model::tr("Born {1}"), from_wx(date_text(*subject.born))));
        if (auto age = model::age_on(*subject.born, today_))
            born = to_wx(
                model::fill_in(model::tr("Born {1}, age {2}"), from_wx(date_text(*subject.born)), *age));
        parts.Add(born);
    }
    wxString details;
    for (const wxString& part : parts)
        details += (details.empty() ? wxString() : wxString(kSeparator)) + part;
    details_->SetLabel(details);

    details_->Show(!details.empty());
    const bool archived = subject.status == model::Status::Archived;
    status_->Show(!team);
    status_->SetLabel(to_wx(archived ? model::tr("Archived") : model::tr("Active")));
    status_->SetForegroundColour(archived ? wxColour(0xc0, 0x5a, 0x00) : wxColour(0x1e, 0x84, 0x49));

    int complete_current = 0, with_record = 0;
    for (const auto& standing : tools_->standings()) {
        if (!standing.record || standing.record->empty()) continue;
        ++with_record;
        if (standing.status.complete && standing.status.current) ++complete_current;
    }
    const int tools = static_cast<int>(tools_->standings().size());
    summary_->SetLabel(to_wx(model::fill_in(model::tr_n("{1} of {2} tool complete and current",
                                                        "{1} of {2} tools complete and current",
                                                        static_cast<unsigned long>(tools)),
                                            complete_current, tools)) +
                       kSeparator + to_wx(model::fill_in(model::tr("{1} with a record"), with_record)));
}

void SubjectView::select_tool(int row) {
    tool_list_->UnselectAll();
    if (row >= 0 && row < static_cast<int>(tools_->standings().size())) {
        const wxDataViewItem item = tools_->GetItem(row);
        tool_list_->Select(item);
        tool_list_->EnsureVisible(item);
    }
    show_record();
}

void SubjectView::show_dashboard() {
    editor_->commit_pending();
    subject_.reset();
    dashboard_->refresh(store_, templates_, today_);
    book_->ChangeSelection(2);
}

bool SubjectView::showing_dashboard() const {
    return book_->GetSelection() == 2;
}

bool SubjectView::select_tool_id(const std::string& tool) {
    const auto& standings = tools_->standings();
    for (std::size_t i = 0; i < standings.size(); ++i) {
        if (standings[i].tool->id != tool) continue;
        select_tool(static_cast<int>(i));
        return true;
    }
    return false;
}

const model::ToolTemplate* SubjectView::current_tool() const {
    const int row = selected_tool();
    const model::ToolStanding* standing = row >= 0 ? tools_->standing(row) : nullptr;
    return standing ? standing->tool : nullptr;
}

int SubjectView::selected_tool() const {
    const wxDataViewItem item = tool_list_->GetSelection();
    return item.IsOk() ? static_cast<int>(tools_->GetRow(item)) : -1;
}

void SubjectView::fit_tools_list() {
    const std::size_t rows = tools_->standings().size();
    if (rows == fitted_rows_) return;
    fitted_rows_ = rows;
    const long chosen = wxConfigBase::Get()->ReadLong(kToolListHeight, 0);
    if (chosen > 0) {
        splitter_->SetSashPosition(static_cast<int>(chosen));
        return;
    }
    // GTK's rows are a line of text plus a little padding; the header about one row more. The record is what
    // is worked on, so the list gets at most two fifths of the height and scrolls.
    const int row = tool_list_->GetCharHeight() + FromDIP(6);
    int height = row + FromDIP(4) + static_cast<int>(rows) * row + FromDIP(6);
    const int available = splitter_->GetClientSize().y;
    if (available > 0) height = std::min(height, available * 2 / 5);
    splitter_->SetSashPosition(std::max(height, FromDIP(120)));
}

void SubjectView::show_record() {
    // Saved before the standings are read: saving reads them again.
    editor_->commit_pending();
    const int row = selected_tool();
    const model::ToolStanding* standing = row >= 0 ? tools_->standing(row) : nullptr;
    if (!standing) {
        record_->SetPage(message_html(to_wx(model::tr("No tool chosen")),
                                      to_wx(model::tr("Choose a tool above to read its record."))));
        editor_->clear();
        if (const int page = record_tabs_->FindPage(circle_); page != wxNOT_FOUND) {
            record_tabs_->RemovePage(static_cast<size_t>(page));
            circle_->Hide();
        }
        if (const int page = record_tabs_->FindPage(chart_); page != wxNOT_FOUND) {
            record_tabs_->RemovePage(static_cast<size_t>(page));
            chart_->Hide();
        }
        return;
    }
    tool_id_ = standing->tool->id;
    std::optional<model::SignOff> signed_off;
    if (subject_ && store_)
        for (auto& done : store_->sign_offs(subject_->kind, subject_->id))
            if (done.tool == tool_id_) signed_off = std::move(done);
    record_->SetPage(record_html(*standing, signed_off ? &*signed_off : nullptr));
    if (subject_ && !editor_->applying()) {
        if (editor_->session() != session_) editor_->set_session(session_, reporter_, today_);
        editor_->show(*subject_, *standing->tool);
    }
    show_circle(*standing);
    show_chart(*standing);
}

void SubjectView::show_chart(const model::ToolStanding& standing) {
    // Any tool whose template has a ratings section with measure and level columns (by their roles) is
    // charted; the chart is drawn from the record as saved, so it follows every saved edit.
    const bool drawn = subject_ && model::RatingColumns(*standing.tool).drawable();
    if (drawn) chart_->show(*standing.tool, standing.record ? *standing.record : model::Record{});
    const int page = record_tabs_->FindPage(chart_);
    if (drawn && page == wxNOT_FOUND) {
        chart_->Show();
        record_tabs_->InsertPage(0, chart_, to_wx(model::tr("Chart")), true);
    } else if (!drawn && page != wxNOT_FOUND) {
        record_tabs_->RemovePage(static_cast<size_t>(page));
        chart_->Hide();
    }
}

void SubjectView::show_circle(const model::ToolStanding& standing) {
    // Any tool whose template has the circle's people table (by its roles) is drawn; others show the page
    // alone.
    const bool drawn = subject_ && model::CircleColumns(*standing.tool).drawable();
    if (drawn) {
        model::Record record = standing.record ? *standing.record : model::Record{};
        circle_->show(*subject_, *standing.tool, record, session_, today_);
    }
    const int page = record_tabs_->FindPage(circle_);
    if (drawn && page == wxNOT_FOUND) {
        circle_->Show();
        record_tabs_->InsertPage(0, circle_, to_wx(model::tr("Circle")), true);
        // The drawing needs height more than the tool list does; the list's own size comes back after.
        list_sash_ = splitter_->GetSashPosition();
        splitter_->SetSashPosition(FromDIP(128));
    } else if (!drawn && page != wxNOT_FOUND) {
        record_tabs_->RemovePage(static_cast<size_t>(page));
        circle_->Hide();
        if (list_sash_ > 0) splitter_->SetSashPosition(list_sash_);
    }
}

void SubjectView::refresh() {
    if (!subject_ || !store_ || !templates_) return;
    const model::Subject subject = *subject_;
    const int row = selected_tool();
    tools_->set_standings(model::tool_standings(*store_, *templates_, subject.kind, subject.id, today_));
    show_header(subject);
    select_tool(row);
}

void SubjectView::on_tool_selection(wxDataViewEvent&) {
    show_record();
}

void SubjectView::set_reporter(ErrorReporter* reporter) {
    reporter_ = reporter;
    editor_->set_reporter(reporter);
}

void SubjectView::show_editor(bool edit) {
    // Found by page, not position: the circle's tab comes and goes in front.
    record_tabs_->SetSelection(
        static_cast<size_t>(record_tabs_->FindPage(edit ? static_cast<wxWindow*>(editor_) : record_)));
}

void SubjectView::record_changed(model::SubjectKind kind, const std::string& id, const std::string&) {
    if (subject_ && subject_->kind == kind && subject_->id == id) refresh();
}

void SubjectView::subject_changed(model::SubjectKind kind, const std::string& id) {
    if (!subject_ || subject_->kind != kind || subject_->id != id || !store_) return;
    if (auto stored = store_->subject(kind, id)) subject_ = std::move(*stored);
    refresh();
}

void SubjectView::changed_elsewhere() {
    if (showing_dashboard()) {
        show_dashboard();
        return;
    }
    if (!subject_ || !store_ || !templates_) return;
    // Gone (erased there): the caseload has chosen someone else already.
    auto stored = store_->subject(subject_->kind, subject_->id);
    if (!stored) return;
    subject_ = std::move(*stored);
    // The record being worked in (something typed, or the focus in it: a new row just added, a cell being
    // edited) is left as it is; it is read again when saved or left.
    bool working = editor_->has_unsaved();
    for (wxWindow* focus = wxWindow::FindFocus(); focus && !working; focus = focus->GetParent())
        working = focus == editor_;
    if (!working) {
        refresh();
        return;
    }
    const int row = selected_tool();
    tools_->set_standings(model::tool_standings(*store_, *templates_, subject_->kind, subject_->id, today_));
    show_header(*subject_);
    if (row >= 0 && row < static_cast<int>(tools_->standings().size()))
        tool_list_->Select(tools_->GetItem(row));
}

}  // namespace pcr::app
