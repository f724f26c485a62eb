// The summary sheet as an HTML page built from the model's summary_sheet, one table per section.
#include "app/views/summary_sheet_page.h"

#include <wx/sizer.h>

#include <string>

#include "app/display_text.h"
#include "app/html_escape.h"
#include "app/shortcuts.h"
#include "app/views/workbook_frame.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/overdue_actions.h"
#include "model/rules/summary_sheet.h"

namespace pcr::app {

namespace {

const char* const kRed = "#b3261e";
const char* const kMuted = "#555a62";
const char* const kHeadingBack = "#e8ecf2";

std::string esc(const std::string& text) {
    return escape_html(text);
}

std::string day(const model::Date& date) {
    return esc(from_wx(date_text(date)));
}

std::string one_decimal(double value) {
    return from_wx(wxString::Format("%.1f", value));
}

// Five small squares, the first `level` filled: the score at a glance, with the number beside it.
std::string level_html(std::optional<int> level) {
    if (!level)
        return "<font color=\"" + std::string(kMuted) + "\">" + esc(model::tr("not scored")) + "</font>";
    std::string boxes;
    for (int i = 1; i <= 5; ++i) boxes += i <= *level ? "&#9632;" : "&#9633;";
    return "<b>" + std::to_string(*level) + "</b>&nbsp;<font color=\"#2f6fb3\">" + boxes + "</font>";
}

std::string evidence_html(const std::optional<model::EvidenceSnapshot>& evidence) {
    if (!evidence)
        return "<font color=\"" + std::string(kMuted) + "\">" + esc(model::tr("self-assessed")) + "</font>";
    std::string html = std::to_string(evidence->coverage) + "%&nbsp;<font color=\"" + kMuted + "\">(" +
                       std::to_string(evidence->count) + "/" + std::to_string(evidence->total) + ")</font>";
    return html;
}

std::string action_html(const model::TopicAction& action, const model::Date& today) {
    const bool overdue = model::action_overdue(action, today);
    std::string html = esc(action.action);
    if (!action.who.empty()) html += " &middot; " + esc(action.who);
    if (action.by_when) html += " &middot; " + esc(model::fill_in(model::tr("by {1}"), day(*action.by_when)));
    if (action.done)
        html += " &middot; <font color=\"#3c7a4f\">" +
                esc(model::fill_in(model::tr("done {1}"), day(*action.done))) + "</font>";
    if (overdue)
        html = "<font color=\"" + std::string(kRed) + "\">" + html + " " + esc(model::tr("(overdue)")) +
               "</font>";
    return html;
}

}  // namespace

SummarySheetPage::SummarySheetPage(wxWindow* parent, WorkbookFrame& frame)
    : wxPanel(parent, wxID_ANY), frame_(frame) {
    page_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    page_->SetBorders(FromDIP(12));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page_, 1, wxEXPAND);
    SetSizer(sizer);
}

void SummarySheetPage::refresh() {
    const int x = page_->GetScrollPos(wxHORIZONTAL), y = page_->GetScrollPos(wxVERTICAL);
    page_->SetPage(page_html());
    page_->Scroll(x, y);
}

wxString SummarySheetPage::page_html() const {
    const model::WorkbookAssessment* assessment = frame_.assessment();
    std::string html =
        "<html><body><font size=\"+2\"><b>" + esc(model::tr("Summary sheet")) + "</b></font><br>";
    if (!assessment) {
        html +=
            "<font color=\"" + std::string(kMuted) + "\">" +
            esc(model::fill_in(model::tr("No assessment yet: Assessment > New Assessment ({1}) starts one."),
                               from_wx(key_text(Command::NewAssessment)))) +
            "</font></body></html>";
        return to_wx(html);
    }
    const model::SummarySheet sheet = model::summary_sheet(*assessment, frame_.workbook());
    html += "<font color=\"" + std::string(kMuted) + "\">" +
            model::fill_in(model::tr("Assessment of {1}"), day(sheet.date)) + " &middot; " +
            model::fill_in(model::tr_n("{1} of {2} topic scored", "{1} of {2} topics scored",
                                       static_cast<unsigned long>(sheet.topics)),
                           sheet.scored, sheet.topics);
    if (!sheet.flagged.empty()) {
        html += " &middot; </font><font color=\"" + std::string(kRed) + "\">&#9888; " +
                model::fill_in(
                    model::tr_n("{1} score more than one level above the suggestion:",
                                "{1} scores more than one level above the suggestion:", sheet.flagged.size()),
                    sheet.flagged.size());
        for (const auto& topic : sheet.flagged) html += " " + esc(topic);
    }
    html += "</font><br>";

    // Averages first, so the whole picture is on the first screen.
    html += "<br><table cellspacing=\"0\" cellpadding=\"4\" border=\"0\">";
    for (const auto& section : sheet.sections)
        html += "<tr><td><b>" + esc(section.number + " " + section.title) + "</b></td><td align=\"right\">" +
                (section.average ? "<b>" + one_decimal(*section.average) + "</b>" : std::string("&ndash;")) +
                "</td><td><font color=\"" + kMuted + "\">" +
                esc(model::fill_in(model::tr("average of {1} of {2} scored"), section.scored,
                                   section.lines.size())) +
                "</font></td></tr>";
    html += "</table><br>";

    for (const auto& section : sheet.sections) {
        html += "<br><font size=\"+1\"><b>" + esc(section.number + " " + section.title) + "</b></font>";
        if (section.average)
            html += " &nbsp;" + esc(model::fill_in(model::tr("average {1}"), one_decimal(*section.average)));
        html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"0\">";
        html += std::string("<tr bgcolor=\"") + kHeadingBack + "\"><td width=\"30%\"><b>" +
                esc(model::tr("Topic")) + "</b></td><td width=\"10%\"><b>" + esc(model::tr("Score")) +
                "</b></td><td width=\"7%\"><b>" + esc(model::tr("Suggests")) +
                "</b></td><td width=\"10%\"><b>" + esc(model::tr("Coverage")) +
                "</b></td><td width=\"23%\"><b>" + esc(model::tr("Next statement")) +
                "</b></td><td width=\"20%\"><b>" + esc(model::tr("Actions")) + "</b></td></tr>";
        bool shade = false;
        for (const auto& line : section.lines) {
            html += std::string("<tr") + (shade ? " bgcolor=\"#f6f7f9\"" : "") + ">";
            shade = !shade;
            html += "<td valign=\"top\"><b>" + esc(line.topic) + "</b> " + esc(line.title);
            if (!line.note.empty())
                html += "<br><font size=\"-1\" color=\"" + std::string(kMuted) + "\">" +
                        html_lines(line.note) + "</font>";
            html += "</td><td valign=\"top\">" + level_html(line.level);
            if (line.flagged)
                html += "<br><font color=\"" + std::string(kRed) + "\">&#9888; " +
                        esc(model::tr("above evidence")) + "</font>";
            html += "</td><td valign=\"top\">";
            if (line.evidence && line.evidence->suggested) html += std::to_string(*line.evidence->suggested);
            html += "</td><td valign=\"top\">" + evidence_html(line.evidence) +
                    "</td><td valign=\"top\"><font size=\"-1\">";
            if (line.next_level && line.level && *line.level < 5)
                html += "<b>" + std::to_string(*line.next_level) + ":</b> " + esc(line.next_statement);
            else if (line.level)
                html += esc(model::tr("Top statement reached"));
            html += "</font></td><td valign=\"top\"><font size=\"-1\">";
            for (std::size_t i = 0; i < line.actions.size(); ++i)
                html += (i ? "<br>" : "") + action_html(line.actions[i], frame_.today());
            html += "</font></td></tr>";
        }
        html += "</table>";
    }
    return to_wx(html + "</body></html>");
}

}  // namespace pcr::app
