// HTML for wxHtmlWindow (HTML 3.2 with <font>, no CSS); every model value is escaped by escape_html.
#include "app/views/record_html.h"

#include <algorithm>

#include "app/display_text.h"
#include "app/html_escape.h"
#include "app/views/currency_mark.h"
#include "app/wx_text.h"
#include "model/core/date.h"

namespace pcr::app {

namespace {

const char* const kMuted = "#6b6f76";
const char* const kHeaderBackground = "#eef1f5";
const char* const kGridLines = "#c9ced6";

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

std::string choice_label(const model::Column& column, const std::string& value) {
    for (const auto& choice : column.choices)
        if (choice.value == value) return choice.label.empty() ? choice.value : choice.label;
    return value;
}

std::string cell_html(const model::Column& column, const model::Cell* cell) {
    if (!cell || cell->blank()) return "&nbsp;";
    switch (column.type) {
        case model::ColumnType::Choice:
            return esc(choice_label(column, cell->text));
        case model::ColumnType::Date:
            return esc(row_date_text(cell->text));
        case model::ColumnType::Attendees: {
            std::string out;
            for (const auto& attendee : cell->attendees) {
                if (!out.empty()) out += "<br>";
                out += esc(attendee.name);
                if (!attendee.role.empty())
                    out += " " + muted("(" + esc(choice_label(column, attendee.role)) + ")");
            }
            return out;
        }
        case model::ColumnType::Text:
            return html_lines(cell->text);
    }
    return esc(cell->text);
}

// Dated rows newest first; rows whose date cannot be read go last, in their stored order.
std::vector<const model::Entry*> rows_in_display_order(const model::SectionTemplate& section,
                                                       const model::Section& content) {
    std::vector<const model::Entry*> rows;
    for (const auto& entry : content.entries) rows.push_back(&entry);
    if (section.kind == model::SectionKind::Dated) {
        std::stable_sort(rows.begin(), rows.end(), [&](const model::Entry* a, const model::Entry* b) {
            const auto da = model::parse_row_date(a->date, section.year_allowed);
            const auto db = model::parse_row_date(b->date, section.year_allowed);
            if (da && db) return *da > *db;
            return da.has_value() && !db.has_value();
        });
    }
    return rows;
}

std::string table_html(const model::SectionTemplate& section, const model::Section& content) {
    // One-pixel grid lines: the table's colour shows through the spacing between white cells.
    std::string out =
        std::string("<table border=\"0\" cellspacing=\"1\" cellpadding=\"6\" width=\"100%\" bgcolor=\"") +
        kGridLines + "\">";
    out += std::string("<tr bgcolor=\"") + kHeaderBackground + "\">";
    if (section.kind == model::SectionKind::Dated) out += "<th align=\"left\" nowrap>Date</th>";
    for (const auto& column : section.columns) out += "<th align=\"left\">" + esc(column.title) + "</th>";
    out += "</tr>";
    for (const model::Entry* row : rows_in_display_order(section, content)) {
        out += "<tr bgcolor=\"#ffffff\">";
        if (section.kind == model::SectionKind::Dated)
            out += "<td valign=\"top\" nowrap>" + esc(row_date_text(row->date)) + "</td>";
        for (const auto& column : section.columns)
            out += "<td valign=\"top\">" + cell_html(column, row->cell(column.id)) + "</td>";
        out += "</tr>";
    }
    return out + "</table>";
}

bool section_empty(const model::Section* content) {
    if (!content) return true;
    if (!content->entries.empty()) return false;
    return content->text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string section_html(const model::SectionTemplate& section, const model::Section* content) {
    std::string out = "<p><font size=\"+1\"><b>" + esc(section.title) + "</b></font>";
    if (section_empty(content)) {
        out += "<br>" + muted("<i>Nothing written yet.</i>");
        if (!section.hint.empty()) out += "<br>" + muted(esc(section.hint));
        return out + "</p>";
    }
    out += "</p>";
    switch (section.kind) {
        case model::SectionKind::List:
            out += "<ul>";
            for (const auto& item : content->entries) out += "<li>" + esc(item.text) + "</li>";
            out += "</ul>";
            break;
        case model::SectionKind::Table:
        case model::SectionKind::Dated:
            out += table_html(section, *content);
            break;
        case model::SectionKind::Text:
            out += html_paragraphs(content->text);
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
    std::string out = "<p><b>" + std::to_string(status.completeness) + "% complete</b> &nbsp;&middot;&nbsp; ";
    out += "<font color=\"" + hex(mark.colour) + "\"><b>" + esc(mark.text) + "</b></font>";
    if (status.last_reviewed)
        out += " &nbsp;&middot;&nbsp; last reviewed " + esc(date_text(*status.last_reviewed));
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
        out += "<p>Still needed to be complete:</p><ul>" + missing + "</ul>";
    return out;
}

std::string empty_record_html(const model::ToolTemplate& tool) {
    std::string out = "<p><b>No " + esc(mid_sentence(to_wx(tool.title))) + " yet.</b></p>";
    out += "<p>" + muted("When it is written, it will answer:") + "</p><ul>";
    for (const auto& section : tool.sections) {
        out += "<li><b>" + esc(section.title) + "</b>";
        if (!section.hint.empty()) out += " &mdash; " + esc(section.hint);
        out += "</li>";
    }
    return out + "</ul>";
}

}  // namespace

wxString record_html(const model::ToolStanding& standing) {
    const model::ToolTemplate& tool = *standing.tool;
    std::string page = "<html><body>" + heading_html(tool);
    if (!standing.record || standing.record->empty()) {
        page += empty_record_html(tool);
    } else {
        page += summary_html(standing);
        for (const auto& section : tool.sections)
            page += section_html(section, standing.record->section(section.id));
    }
    return to_wx(page + "</body></html>");
}

wxString message_html(const wxString& title, const wxString& text) {
    return to_wx("<html><body><p>&nbsp;</p><center><font size=\"+1\"><b>" + esc(title) +
                 "</b></font><br><br>" + muted(esc(text)) + "</center></body></html>");
}

}  // namespace pcr::app
