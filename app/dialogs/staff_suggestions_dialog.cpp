// Ranks staff with model::StaffMatcher and shows the ranking as a page.
#include "app/dialogs/staff_suggestions_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include <algorithm>
#include <string>

#include "app/html_escape.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

constexpr std::size_t kShown = 10;

std::string page_html(const model::Subject& person, bool nothing_to_match,
                      const std::vector<model::StaffSuggestion>& suggestions) {
    std::string html =
        "<html><body><font size=\"+1\"><b>" +
        escape_html(model::fill_in(model::tr("Staff who could suit {1}"), person.display_name())) +
        "</b></font><br><font color=\"#555a62\">" +
        escape_html(
            model::tr("Ranked by shared interests and listed skills (weighing most), the support wanted, "
                      "then personality, as found in each staff member's own records.")) +
        "</font><br><br>";
    if (nothing_to_match)
        return html +
               escape_html(
                   model::tr("The matching-staff record has nothing to match on yet: list the skills, "
                             "support, personality and shared interests wanted, then ask again.")) +
               "</body></html>";
    if (suggestions.empty())
        return html +
               escape_html(
                   model::tr("No active staff member's records mention anything listed in the "
                             "matching-staff record. Adding staff one-page profiles gives the matching "
                             "more to go on.")) +
               "</body></html>";
    const int best = std::max(1, suggestions.front().score);
    html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">";
    const std::size_t shown = std::min(kShown, suggestions.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& s = suggestions[i];
        const int percent = std::clamp(s.score * 100 / best, 4, 100);
        html +=
            "<tr><td valign=\"top\" width=\"4%\"><b>" + std::to_string(i + 1) +
            ".</b></td><td valign=\"top\" width=\"32%\"><b>" + escape_html(s.staff.display_name()) +
            "</b><br><font color=\"#555a62\">" + escape_html(s.staff.id) + " &middot; " +
            escape_html(model::fill_in(model::tr("score {1}"), s.score)) +
            "</font><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
            "<td width=\"" +
            std::to_string(percent) + "%\" bgcolor=\"#3c9a5f\"><font size=\"1\">&nbsp;</font></td>" +
            (percent < 100 ? "<td bgcolor=\"#e4e6ea\"><font size=\"1\">&nbsp;</font></td>" : std::string()) +
            "</tr></table></td><td valign=\"top\">";
        for (const auto& reason : s.reasons) html += escape_html(reason) + "<br>";
        html += "</td></tr>";
    }
    html += "</table>";
    if (shown < suggestions.size())
        html += "<font color=\"#555a62\">" +
                escape_html(model::fill_in(
                    model::tr_n("{1} more staff member shares less.", "{1} more staff members share less.",
                                suggestions.size() - shown),
                    suggestions.size() - shown)) +
                "</font>";
    return html + "</body></html>";
}

}  // namespace

StaffSuggestionsDialog::StaffSuggestionsDialog(wxWindow* parent, const model::Store& store,
                                               const model::Subject& person, const model::ToolTemplate& tool,
                                               const model::Record& matching)
    : wxDialog(parent, wxID_ANY,
               to_wx(model::fill_in(model::tr("Suggest Staff \u2014 {1}"), person.display_name())),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    const model::StaffMatcher matcher(tool, matching);
    if (!matcher.empty()) {
        wxBusyCursor busy;
        suggestions_ = matcher.rank(store);
    }
    page_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    page_->SetBorders(FromDIP(10));
    page_->SetPage(to_wx(page_html(person, matcher.empty(), suggestions_)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page_, 1, wxEXPAND | wxALL, FromDIP(10));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, to_wx(model::tr("&Close"))));
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10));
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizer(sizer);
    SetSize(size_on_display(parent, FromDIP(wxSize(860, 600))));
    CentreOnParent();
    fit_inside_display(this);
}

}  // namespace pcr::app
