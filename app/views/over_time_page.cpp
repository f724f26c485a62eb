// The over-time page: the model's comparison of two assessments in a list, and the chart panel beside it.
#include "app/views/over_time_page.h"

#include <wx/sizer.h>
#include <wx/splitter.h>

#include "app/display_text.h"
#include "app/views/score_chart_panel.h"
#include "app/views/workbook_frame.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/translate.h"
#include "model/rules/assessment_history.h"

namespace pcr::app {

namespace {

const wxColour kUp(0x2e, 0x7d, 0x4f);
const wxColour kDown(0xb3, 0x26, 0x1e);

wxString level_text(std::optional<int> level) {
    return level ? wxString::Format("%d", *level) : wxString(L"\u2013");
}

wxString change_text(std::optional<double> change) {
    if (!change) return wxString();
    if (*change > 0) return wxString::Format("+%.1f", *change);
    return wxString::Format("%.1f", *change);
}

}  // namespace

OverTimePage::OverTimePage(wxWindow* parent, WorkbookFrame& frame)
    : wxPanel(parent, wxID_ANY), frame_(frame) {
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    splitter->SetMinimumPaneSize(FromDIP(260));
    splitter->SetSashGravity(0.0);

    auto* left = new wxPanel(splitter, wxID_ANY);
    auto* compare_label = new wxStaticText(left, wxID_ANY, wxString());
    compare_label->SetFont(compare_label->GetFont().Scaled(1.15f).Bold());
    compare_label->SetLabel(to_wx(model::tr("Compare two assessments")));
    before_ = new wxChoice(left, wxID_ANY);
    after_ = new wxChoice(left, wxID_ANY);
    sections_ = new wxStaticText(left, wxID_ANY, wxString());
    changes_ = new wxListCtrl(left, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    changes_->AppendColumn(to_wx(model::tr("Topic")), wxLIST_FORMAT_LEFT,
                           column_width(changes_, to_wx(model::tr("Topic")), FromDIP(200)));
    changes_->AppendColumn(to_wx(model::tr("Before")), wxLIST_FORMAT_CENTRE,
                           column_width(changes_, to_wx(model::tr("Before")), FromDIP(56)));
    changes_->AppendColumn(to_wx(model::tr("After")), wxLIST_FORMAT_CENTRE,
                           column_width(changes_, to_wx(model::tr("After")), FromDIP(50)));
    changes_->AppendColumn(to_wx(model::tr("Change")), wxLIST_FORMAT_CENTRE,
                           column_width(changes_, to_wx(model::tr("Change")), FromDIP(60)));

    auto* pair = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    pair->AddGrowableCol(1);
    pair->Add(new wxStaticText(left, wxID_ANY, to_wx(model::tr("&Before:"))), 0, wxALIGN_CENTRE_VERTICAL);
    pair->Add(before_, 1, wxEXPAND);
    pair->Add(new wxStaticText(left, wxID_ANY, to_wx(model::tr("A&fter:"))), 0, wxALIGN_CENTRE_VERTICAL);
    pair->Add(after_, 1, wxEXPAND);
    auto* left_sizer = new wxBoxSizer(wxVERTICAL);
    left_sizer->Add(compare_label, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    left_sizer->Add(pair, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    left_sizer->Add(sections_, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
    left_sizer->Add(changes_, 1, wxEXPAND);
    left->SetSizer(left_sizer);

    auto* right = new wxPanel(splitter, wxID_ANY);
    const wxString measures[] = {to_wx(model::tr("&Scores")),
                                 to_wx(model::tr("&Coverage of the record evidence"))};
    measure_ = new wxRadioBox(right, wxID_ANY, to_wx(model::tr("Chart over time")), wxDefaultPosition,
                              wxDefaultSize, 2, measures, 2, wxRA_SPECIFY_COLS);
    chart_ = new ScoreChartPanel(right);
    auto* right_sizer = new wxBoxSizer(wxVERTICAL);
    right_sizer->Add(measure_, 0, wxEXPAND | wxLEFT | wxBOTTOM, FromDIP(8));
    right_sizer->Add(chart_, 1, wxEXPAND);
    right->SetSizer(right_sizer);

    splitter->SplitVertically(left, right, FromDIP(400));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND | wxALL, FromDIP(8));
    SetSizer(sizer);

    before_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_comparison(); });
    after_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_comparison(); });
    measure_->Bind(wxEVT_RADIOBOX, [this](wxCommandEvent& event) {
        chart_->set_measure(event.GetSelection() == 0 ? model::ChartMeasure::Levels
                                                      : model::ChartMeasure::Coverage);
    });
}

void OverTimePage::refresh() {
    const auto& assessments = frame_.assessments();
    const int before = before_->GetSelection(), after = after_->GetSelection();
    const auto count = static_cast<int>(assessments.size());
    before_->Clear();
    after_->Clear();
    for (const auto& assessment : assessments) {
        before_->Append(date_text(assessment.date));
        after_->Append(date_text(assessment.date));
    }
    // The newest two unless a pair that still exists was chosen.
    if (before >= 0 && after >= 0 && before < count && after < count && before != after) {
        before_->SetSelection(before);
        after_->SetSelection(after);
    } else if (count > 0) {
        before_->SetSelection(std::max(0, count - 2));
        after_->SetSelection(count - 1);
    }
    before_->Enable(count > 1);
    after_->Enable(count > 1);
    show_comparison();
    chart_->show(frame_.workbook(), model::assessment_history(assessments, frame_.workbook().id),
                 chart_->measure());
}

void OverTimePage::compare(int before, int after) {
    before_->SetSelection(before);
    after_->SetSelection(after);
    show_comparison();
}

void OverTimePage::show_comparison() {
    changes_->DeleteAllItems();
    const auto& assessments = frame_.assessments();
    const int before = before_->GetSelection(), after = after_->GetSelection();
    if (assessments.size() < 2 || before < 0 || after < 0) {
        sections_->SetLabel(
            assessments.size() < 2
                ? to_wx(assessments.empty()
                            ? model::tr("Two assessments are needed to compare; there is none so far.")
                            : model::tr("Two assessments are needed to compare; there is one so far."))
                : wxString());
        return;
    }
    model::AssessmentComparison comparison;
    try {
        comparison = model::compare(assessments[static_cast<std::size_t>(before)],
                                    assessments[static_cast<std::size_t>(after)], frame_.workbook());
    } catch (const pcr::Error& error) {
        sections_->SetLabel(to_wx(std::string(error.what())));
        return;
    }
    wxString sections;
    for (const auto& section : comparison.sections) {
        sections += to_wx(section.number + " " + section.title) + ": ";
        sections += section.before ? wxString::Format("%.1f", *section.before) : wxString(L"\u2013");
        sections += L" \u2192 ";
        sections += section.after ? wxString::Format("%.1f", *section.after) : wxString(L"\u2013");
        if (section.change) sections += " (" + change_text(section.change) + ")";
        sections += "\n";
    }
    sections_->SetLabel(sections.Strip(wxString::trailing));
    for (const auto& topic : comparison.topics) {
        const long row =
            changes_->InsertItem(changes_->GetItemCount(), to_wx(topic.topic + " " + topic.title));
        changes_->SetItem(row, 1, level_text(topic.before));
        changes_->SetItem(row, 2, level_text(topic.after));
        wxString change = topic.change ? (*topic.change > 0 ? wxString::Format("+%d", *topic.change)
                                                            : wxString::Format("%d", *topic.change))
                                       : wxString();
        if (topic.newly_scored) change = to_wx(model::tr("new"));
        if (topic.no_longer_scored) change = to_wx(model::tr("unscored"));
        changes_->SetItem(row, 3, change);
        if (topic.change && *topic.change > 0) changes_->SetItemTextColour(row, kUp);
        if (topic.change && *topic.change < 0) changes_->SetItemTextColour(row, kDown);
    }
    Layout();
}

}  // namespace pcr::app
