// HTML for wxHtmlWindow (HTML 3.2 with <font>, no CSS); every model value is escaped by escape_html.
#include "app/views/record_html.h"

#include "app/display_text.h"
#include "app/html_escape.h"
#include "app/views/currency_mark.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/record_view.h"
#include "model/rules/sign_off_words.h"

namespace pcr::app {

namespace {

const char* const kMuted = "#6b6f76";
const char* const kHeaderBackground = "#eef1f5";
const char* const kGridLines = "#c9ced6";
const char* const kSignedOff = "#1d6b35";
const char* const kOutdated = "#9a5b00";

std::string esc(const std::string& text) {
    return escape_html(text);
}
std::string esc(const wxString& text) {
    return escape_html(from_wx(text));
}

std::string hex(const wxColour& colour) {
    return from_wx(colour.GetAsString(wxC2S_HTML_SYNTAX));
}

std::string muted(const std::string& escaped) {
    return std::string("<font color=\"") + kMuted + "\">" + escaped + "</font>";
}

// A cell's words, line by line; attendees with their roles in grey so the names stand out.
std::string cell_html(const model::CellView& cell) {
    if (cell.words.empty()) return "&nbsp;";
    if (cell.attendees.empty()) return html_lines(cell.words);
    std::string out;
    for (const auto& attendee : cell.attendees) {
        if (!out.empty()) out += "<br>";
        out += esc(attendee.name);
        if (!attendee.role.empty()) out += " " + muted("(" + esc(attendee.role) + ")");
    }
    return out;
}

std::string table_html(const model::SectionView& section) {
    // One-pixel grid lines: the table's colour shows through the spacing between white cells.
    std::string out =
        std::string("<table border=\"0\" cellspacing=\"1\" cellpadding=\"6\" width=\"100%\" bgcolor=\"") +
        kGridLines + "\">";
    out += std::string("<tr bgcolor=\"") + kHeaderBackground + "\">";
    const bool dated = section.section->kind == model::SectionKind::Dated;
    for (std::size_t i = 0; i < section.column_titles.size(); ++i)
        out += std::string("<th align=\"left\"") + (dated && i == 0 ? " nowrap" : "") + ">" +
               esc(section.column_titles[i]) + "</th>";
    out += "</tr>";
    for (const auto& row : section.rows) {
        out += "<tr bgcolor=\"#ffffff\">";
        if (dated) out += "<td valign=\"top\" nowrap>" + esc(row.date) + "</td>";
        for (const auto& cell : row.cells) out += "<td valign=\"top\">" + cell_html(cell) + "</td>";
        out += "</tr>";
    }
    return out + "</table>";
}

std::string section_html(const model::SectionView& section) {
    const model::SectionTemplate& st = *section.section;
    std::string out = "<p><font size=\"+1\"><b>" + esc(st.title) + "</b></font>";
    if (section.empty()) {
        out += "<br>" + muted("<i>" + esc(model::tr("Nothing written yet.")) + "</i>");
        if (!st.hint.empty()) out += "<br>" + muted(esc(st.hint));
        return out + "</p>";
    }
    out += "</p>";
    switch (st.kind) {
        case model::SectionKind::List:
            out += "<ul>";
            for (const auto& item : section.items) out += "<li>" + esc(item) + "</li>";
            out += "</ul>";
            break;
        case model::SectionKind::Table:
        case model::SectionKind::Dated:
            out += table_html(section);
            break;
        case model::SectionKind::Text:
            for (const auto& paragraph : section.paragraphs) out += "<p>" + html_lines(paragraph) + "</p>";
            break;
    }
    return out;
}

std::string heading_html(const model::ToolTemplate& tool) {
    std::string out = "<font size=\"+2\"><b>" + esc(tool.title) + "</b></font>";
    if (!tool.description.empty()) out += "<br>" + muted(esc(tool.description));
    return out;
}

std::string summary_html(const model::ToolStanding& standing) {
    const model::RecordStatus& status = standing.status;
    const CurrencyMark mark = currency_mark(standing);
    std::string out = "<p><b>" + esc(model::fill_in(model::tr("{1}% complete"), status.completeness)) +
                      "</b> &nbsp;&middot;&nbsp; ";
    out += "<font color=\"" + hex(mark.colour) + "\"><b>" + esc(mark.text) + "</b></font>";
    if (status.last_reviewed)
        out += " &nbsp;&middot;&nbsp; " +
               esc(model::fill_in(model::tr("last reviewed {1}"), from_wx(date_text(*status.last_reviewed))));
    out += "</p>";

    std::string missing;
    for (const auto& section : status.sections) {
        if (!section.counts || section.met) continue;
        const model::SectionTemplate* st = standing.tool->section(section.section);
        const std::string title = st ? st->title : section.section;
        missing += "<li><b>" + esc(title) + "</b>";
        if (!section.missing.empty()) missing += ": " + esc(section.missing);
        missing += "</li>";
    }
    if (!missing.empty() && !status.complete)
        out += "<p>" + esc(model::tr("Still needed to be complete:")) + "</p><ul>" + missing + "</ul>";
    return out;
}

std::string empty_record_html(const model::ToolTemplate& tool) {
    std::string out =
        "<p><b>" + esc(model::fill_in(model::tr("No {1} yet."), from_wx(mid_sentence(to_wx(tool.title))))) +
        "</b></p>";
    out += "<p>" + muted(esc(model::tr("When it is written, it will answer:"))) + "</p><ul>";
    for (const auto& section : tool.sections) {
        out += "<li><b>" + esc(section.title) + "</b>";
        if (!section.hint.empty()) out += " &mdash; " + esc(section.hint);
        out += "</li>";
    }
    return out + "</ul>";
}

// "Signed off by ann on 5 Dec 2026: Agreed at the review" in green, or in amber once the record changed
// since.
std::string sign_off_html(const model::SignOff& sign_off, int version) {
    const bool outdated = sign_off.outdated_by(version);
    return std::string("<p><font color=\"") + (outdated ? kOutdated : kSignedOff) + "\"><b>" +
           esc(model::sign_off_words(sign_off, version)) + "</b></font></p>";
}

}  // namespace

wxString record_html(const model::ToolStanding& standing, const model::SignOff* sign_off) {
    const model::ToolTemplate& tool = *standing.tool;
    std::string page = "<html><body>" + heading_html(tool);
    if (!standing.record || standing.record->empty()) {
        page += empty_record_html(tool);
    } else {
        page += summary_html(standing);
        if (sign_off) page += sign_off_html(*sign_off, standing.record->version);
        for (const auto& section : model::record_view(tool, *standing.record).sections)
            page += section_html(section);
    }
    return to_wx(page + "</body></html>");
}

wxString message_html(const wxString& title, const wxString& text) {
    return to_wx("<html><body><p>&nbsp;</p><center><font size=\"+1\"><b>" + esc(title) +
                 "</b></font><br><br>" + muted(esc(text)) + "</center></body></html>");
}

}  // namespace pcr::app
