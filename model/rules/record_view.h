// One record as every reader sees it (the app's read view, the HTML and the PDF exports): sections, rows and
// the words of each cell.
#pragma once

#include <string>
#include <vector>

#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// Someone in an attendees cell, as shown: their name and their role's label ("" when no role is given).
struct AttendeeWords {
    std::string name;
    std::string role;
};

// One cell as shown.
struct CellView {
    // What the cell says: a choice's label, a date as display_stored_date writes it, attendees one per line
    // as "name (role)", text as written; "" when the cell is blank.
    std::string words;
    // Attendees cells: the same people one by one, for a page that sets the role apart from the name.
    std::vector<AttendeeWords> attendees;
};

// One table or dated row as shown.
struct RowView {
    std::string date;  // dated rows: the row's date as display_stored_date writes it
    // One for each of the template's columns, in template order, then whose words the row is when the section
    // shows that (SectionView::whose_words).
    std::vector<CellView> cells;
};

// One section of the template with what the record holds in it, ready to show.
struct SectionView {
    const SectionTemplate* section = nullptr;  // title, hint, kind and columns
    // Table and dated sections: the headings of the row's cells in order, "Date" first for dated rows, and
    // "Whose words" last when a row shown says whose words it is (each row then has that cell last).
    std::vector<std::string> column_titles;
    // List sections: the items with content, in the person's order, each followed by whose words it is when
    // that was said ("Tea (family's words)": domain/entry_origin.h, origin_note).
    std::vector<std::string> items;
    std::vector<std::string> paragraphs;  // text sections: split at blank lines, line breaks kept within one
    std::vector<RowView> rows;            // table and dated sections, in display order
    bool whose_words = false;             // rows have a last "Whose words" cell beyond the template's columns

    // Nothing to show: the page says "Nothing written yet" instead.
    bool empty() const { return items.empty() && paragraphs.empty() && rows.empty(); }
};

// A record laid out for reading.
struct RecordView {
    std::vector<SectionView> sections;  // every section of the template, in template order
};

// The record as it is read. Dated rows come newest first (a row whose date cannot be read goes last, in the
// order it was added); other rows and items keep the person's order. Items and rows with nothing typed in
// them (Entry::has_content: a date alone is not content) are left out, as Record::empty leaves them out, so
// a section holding only those reads as empty.
RecordView record_view(const ToolTemplate& tool, const Record& record);

// What one cell of `column` says (CellView::words); "" for a missing or blank cell.
std::string cell_words(const Column& column, const Cell* cell);

}  // namespace pcr::model
