// The history dialog: versions listed from Store::history, each shown with record_html and record_diff.
#include "app/dialogs/history_dialog.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include "app/display_text.h"
#include "app/html_escape.h"
#include "app/views/record_html.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/completeness.h"
#include "model/rules/change_words.h"
#include "model/rules/record_diff.h"

namespace pcr::app {

namespace {

enum Column { kVersion, kWhen, kWho, kChange };

// "2026-11-26T16:30:05Z" as "26 Nov 2026, 16:30 UTC".
wxString when_text(const std::string& stamp) {
    const auto day = model::Date::parse(stamp.substr(0, 10));
    if (!day || stamp.size() < 16) return to_wx(stamp);
    return to_wx(model::fill_in(model::tr("{1}, {2} UTC"), from_wx(date_text(*day)), stamp.substr(11, 5)));
}

std::string changes_html(const std::vector<model::RecordDifference>& changes, bool first) {
    std::string html =
        "<html><body><b>" + escape_html(model::tr("What changed in this version")) + "</b><br>";
    if (first)
        return html + "<font color=\"#555a62\">" +
               escape_html(model::tr("The first version: everything in it was added.")) +
               "</font></body></html>";
    if (changes.empty())
        return html + "<font color=\"#555a62\">" + escape_html(model::tr("Nothing in the content changed.")) +
               "</font></body></html>";
    html += "<table cellspacing=\"0\" cellpadding=\"2\">";
    for (const auto& change : changes) {
        std::string what;
        switch (change.kind) {
            case model::ChangeKind::Added:
                what = "<font color=\"#1e8449\">" + escape_html(model::tr("added")) + "</font></td><td>" +
                       html_lines(change.after);
                break;
            case model::ChangeKind::Removed:
                what = "<font color=\"#b3261e\">" + escape_html(model::tr("removed")) +
                       "</font></td><td><s>" + html_lines(change.before) + "</s>";
                break;
            case model::ChangeKind::Changed:
                what = "<font color=\"#b36b00\">" + escape_html(model::tr("changed")) +
                       "</font></td><td><font color=\"#555a62\">" + html_lines(change.before) +
                       "</font><br>&rarr; " + html_lines(change.after);
                break;
        }
        html += "<tr><td valign=\"top\" nowrap>" + escape_html(change.section) +
                "&nbsp;</td><td valign=\"top\">" + what + "</td></tr>";
    }
    return html + "</table></body></html>";
}

}  // namespace

HistoryDialog::HistoryDialog(wxWindow* parent, const model::Store& store, const model::ToolTemplate& tool,
                             const model::Subject& subject, model::EditSession* session,
                             const model::Date& today)
    : wxDialog(parent, wxID_ANY,
               to_wx(model::fill_in(model::tr("History \u2014 {1} \u2014 {2}"), tool.title,
                                    subject.display_name())),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store),
      tool_(tool),
      subject_(subject),
      session_(session),
      today_(today) {
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    splitter->SetMinimumPaneSize(FromDIP(200));
    list_ = new wxListCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    list_->AppendColumn(to_wx(model::tr("Version")), wxLIST_FORMAT_RIGHT,
                        column_width(list_, to_wx(model::tr("Version")), FromDIP(64)));
    list_->AppendColumn(to_wx(model::tr("When")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("When")), FromDIP(190)));
    list_->AppendColumn(to_wx(model::tr("Who")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("Who")), FromDIP(90)));
    list_->AppendColumn(to_wx(model::tr("Change")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("Change")), FromDIP(200)));

    auto* right = new wxSplitterWindow(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    right->SetMinimumPaneSize(FromDIP(80));
    changes_ = new wxHtmlWindow(right, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    content_ = new wxHtmlWindow(right, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    changes_->SetBorders(FromDIP(8));
    content_->SetBorders(FromDIP(8));
    right->SplitHorizontally(changes_, content_, FromDIP(200));
    splitter->SplitVertically(list_, right, FromDIP(570));

    restore_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Restore This Version")));
    restore_->SetToolTip(to_wx(
        model::tr("Save this version's content as the newest version; nothing in the history is lost")));
    restore_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { restore_selected(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(restore_);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, to_wx(model::tr("&Close"))));
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
    SetSizer(sizer);
    SetSize(size_on_display(parent, FromDIP(wxSize(1180, 720))));
    CentreOnParent();
    fit_inside_display(this);

    list_->Bind(wxEVT_LIST_ITEM_SELECTED, &HistoryDialog::on_selection, this);
    load_versions();
    list_->SetFocus();
}

void HistoryDialog::load_versions() {
    versions_.clear();
    for (const auto& change : store_.history(subject_.kind, subject_.id))
        if (change.tool == tool_.id) versions_.insert(versions_.begin(), change);
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < versions_.size(); ++i) {
        const auto& v = versions_[i];
        const long row = list_->InsertItem(static_cast<long>(i), wxString::Format("%d", v.version));
        list_->SetItem(row, kWhen, when_text(v.when));
        list_->SetItem(row, kWho, to_wx(v.who));
        list_->SetItem(row, kChange, to_wx(model::display_dates_in(model::change_words(v.parts))));
    }
    select_version(versions_.empty() ? -1 : 0);
}

void HistoryDialog::select_version(int index) {
    if (index >= 0 && index < list_->GetItemCount()) {
        list_->SetItemState(index, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        list_->EnsureVisible(index);
    }
    show_selected();
}

int HistoryDialog::selected_version() const {
    return static_cast<int>(list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED));
}

void HistoryDialog::on_selection(wxListEvent&) {
    show_selected();
}

void HistoryDialog::show_selected() {
    const int index = selected_version();
    if (index < 0 || index >= static_cast<int>(versions_.size())) {
        changes_->SetPage(message_html(to_wx(model::tr("No versions")),
                                       to_wx(model::tr("This record has not been saved yet."))));
        content_->SetPage(wxString());
        restore_->Disable();
        return;
    }
    const int version = versions_[static_cast<std::size_t>(index)].version;
    const auto record = store_.record_at(subject_.kind, subject_.id, tool_.id, version);
    model::ToolStanding standing;
    standing.tool = &tool_;
    standing.record = record;
    if (record) standing.status = model::assess(tool_, *record, today_);
    content_->SetPage(record_html(standing));

    // The version before this one in the list is the next one down (the list is newest first).
    std::optional<model::Record> previous;
    if (static_cast<std::size_t>(index) + 1 < versions_.size())
        previous = store_.record_at(subject_.kind, subject_.id, tool_.id, versions_[index + 1].version);
    model::Record empty;
    empty.tool = tool_.id;
    const auto changes = model::record_diff(tool_, previous ? *previous : empty, record ? *record : empty);
    changes_->SetPage(to_wx(changes_html(changes, !previous)));
    // The newest version is what is stored now: restoring it would change nothing.
    restore_->Enable(session_ && index > 0 && record);
}

bool HistoryDialog::restore_selected() {
    const int index = selected_version();
    if (!session_ || index <= 0 || index >= static_cast<int>(versions_.size())) return false;
    const int version = versions_[static_cast<std::size_t>(index)].version;
    const auto old = store_.record_at(subject_.kind, subject_.id, tool_.id, version);
    if (!old) return false;
    try {
        session_->apply(
            subject_.kind, subject_.id, tool_.id,
            [&](model::Record& record) {
                record.reviewed = old->reviewed;
                record.sections = old->sections;
                // Entries come back as new rows of the new version.
                for (auto& section : record.sections)
                    for (auto& entry : section.entries) entry.key = 0;
            },
            model::fill_in(model::tr("restore version {1}"), version));
    } catch (const Error& error) {
        wxMessageBox(to_wx(std::string(error.what())), to_wx(model::tr("The version was not restored")),
                     wxOK | wxICON_WARNING, this);
        return false;
    }
    restored_ = true;
    load_versions();
    return true;
}

}  // namespace pcr::app
