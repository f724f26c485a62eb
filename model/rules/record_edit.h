// The editing operations the record editors use: items, rows, cells, dates, text and attendees, checked
// against the tool's template.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// The order an editor shows the entries of `section` in, as positions in `entries`: stored order, or for a
// section the template lists newest first, the newest date first (a year alone counts from its first day;
// rows of one day, the one added later first; rows without a valid date last). The stored order is untouched.
std::vector<std::size_t> shown_order(const SectionTemplate& section, const std::vector<Entry>& entries);

// Edits one record in place under its tool's template. Every operation checks what it is given first and
// throws pcr::UserError (pcr::NotFoundError for an unknown section, column or position) with a message a user
// can act on, leaving the record untouched. Entries that an operation does not touch keep their Entry::key,
// so storage can tell them unchanged; an edited entry keeps its key too, so storage records it as changed.
// Sections and cells that have to be created are put in template order.
class RecordEdit {
  public:
    // Throws pcr::UserError when the record is of another tool than `tool`.
    RecordEdit(Record& record, const ToolTemplate& tool);

    // List sections. Returns the new item's position.
    std::size_t add_item(const std::string& section, const std::string& text);
    void set_item(const std::string& section, std::size_t index, const std::string& text);

    // Table and dated sections. A new row of a dated section is dated `today`; a table row has no date.
    // Returns the new row's position.
    std::size_t add_row(const std::string& section, const Date& today);
    // Text, choice and date columns; blank text clears the cell. Choice values must be one of the column's
    // choices; dates are typed as people write them (31/01/2027, 2027-01-31: parse_typed_date) and stored
    // YYYY-MM-DD.
    void set_cell(const std::string& section, std::size_t row, const std::string& column,
                  const std::string& text);
    // A dated row's date, typed as set_cell's dates are and stored YYYY-MM-DD, or a year alone where the
    // section allows it (life story).
    void set_date(const std::string& section, std::size_t row, const std::string& date);
    // Attendee columns: the attendee's role must be one of the column's roles and the name not blank.
    // add_attendee returns the attendee's position in the cell.
    std::size_t add_attendee(const std::string& section, std::size_t row, const std::string& column,
                             const Attendee& attendee);
    void remove_attendee(const std::string& section, std::size_t row, const std::string& column,
                         std::size_t index);

    // Any list, table or dated section: says whose words the entry at `index` is, one of entry_origins()
    // ("person", "family", "staff", "other"), or "" when nobody said. Not content: it does not keep an entry
    // with nothing typed in it.
    void set_origin(const std::string& section, std::size_t index, const std::string& origin);

    // Any list, table or dated section: moves the entry at `from` so that it ends up at position `to`.
    void move_entry(const std::string& section, std::size_t from, std::size_t to);
    void remove_entry(const std::string& section, std::size_t index);
    // A row or item with nothing typed in it is not content (Entry::has_content; a date alone is not
    // content), so editors never store one: removes the entry at `index` when it has nothing in it, and says
    // whether it did. Records read from a file keep what they hold; only the editors call this.
    bool remove_if_empty(const std::string& section, std::size_t index);

    // Text sections.
    void set_text(const std::string& section, const std::string& text);

    // Stamps the record as reviewed on `today` (what "Mark as reviewed today" does).
    void mark_reviewed(const Date& today);

    Record& record() { return record_; }
    const ToolTemplate& tool() const { return tool_; }

  private:
    const SectionTemplate& section_of(const std::string& section) const;
    const Column& column_of(const SectionTemplate& section, const std::string& column) const;
    Section& section_data(const SectionTemplate& section);
    Entry& entry_at(const SectionTemplate& section, std::size_t index);

    Record& record_;
    const ToolTemplate& tool_;
};

}  // namespace pcr::model
