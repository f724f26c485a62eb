// The editing operations the record editors use: items, rows, cells, dates, text and attendees, checked
// against the tool's template.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"
#include "model/rules/edit_conflict.h"

namespace pcr::model {

// The keys of a section's entries as the user saw them, in order (RecordEdit::move_entry).
using SeenEntries = std::optional<std::vector<std::int64_t>>;

// The order an editor shows the entries of `section` in, as positions in `entries`: stored order, or for a
// section the template lists newest first, the newest date first (a year alone counts from its first day;
// rows of one day, the one added later first; rows without a valid date last). The stored order is untouched.
std::vector<std::size_t> shown_order(const SectionTemplate& section, const std::vector<Entry>& entries);

// Edits one record in place under its tool's template. Every operation checks what it is given first and
// throws pcr::UserError (pcr::NotFoundError for an unknown section, column or position) with a message a user
// can act on, leaving the record untouched. Entries that an operation does not touch keep their Entry::key,
// so storage can tell them unchanged; an edited entry keeps its key too, so storage records it as changed.
// Sections and cells that have to be created are put in template order.
// The edits of a piece of text (set_item, set_cell, set_text) may carry `started_from`, the text the user
// began editing from (and the entry's key): when the record holds neither that nor the new text there any
// more, or the entry is gone, someone else changed it meanwhile, and the edit throws EditConflict (with both
// versions) rather than replace their words unseen. With a key, the entry is found wherever it is now.
class RecordEdit {
  public:
    // Throws pcr::UserError when the record is of another tool than `tool`.
    RecordEdit(Record& record, const ToolTemplate& tool);

    // List sections. Returns the new item's position.
    std::size_t add_item(const std::string& section, const std::string& text);
    void set_item(const std::string& section, std::size_t index, const std::string& text,
                  const std::optional<StartedFrom>& started_from = std::nullopt);

    // Table and dated sections. A new row of a dated section is dated `today`; a table row has no date.
    // Returns the new row's position.
    std::size_t add_row(const std::string& section, const Date& today);
    // Text, choice and date columns; blank text clears the cell. Choice values must be one of the column's
    // choices; dates are typed as people write them (31/01/2027, 2027-01-31: parse_typed_date) and stored
    // YYYY-MM-DD.
    // `started_from` is the cell as stored (a date YYYY-MM-DD; blank when the row had none).
    void set_cell(const std::string& section, std::size_t row, const std::string& column,
                  const std::string& text, const std::optional<StartedFrom>& started_from = std::nullopt);
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
    // `seen`, as for move_entry.
    void set_origin(const std::string& section, std::size_t index, const std::string& origin,
                    const SeenEntries& seen = std::nullopt);

    // Any list, table or dated section: moves the entry at `from` so that it ends up at position `to`.
    // With `seen`, the keys of the section's entries as the user saw them: when someone else has changed
    // the section since, the positions may name other entries, so the edit is refused (pcr::UserError) rather
    // than made to the wrong one.
    void move_entry(const std::string& section, std::size_t from, std::size_t to,
                    const SeenEntries& seen = std::nullopt);
    void remove_entry(const std::string& section, std::size_t index, const SeenEntries& seen = std::nullopt);
    // A row or item with nothing typed in it is not content (Entry::has_content; a date alone is not
    // content), so editors never store one: removes the entry at `index` when it has nothing in it, and says
    // whether it did. Records read from a file keep what they hold; only the editors call this.
    bool remove_if_empty(const std::string& section, std::size_t index);

    // Text sections.
    void set_text(const std::string& section, const std::string& text,
                  const std::optional<StartedFrom>& started_from = std::nullopt);

    // Saves `text` (yours, theirs or a merge of the two) where `conflict` arose, over the text the other
    // writer saved; throws EditConflict again when that has changed since too. When they removed the item or
    // row, it is added again holding `text` (at the end; a dated row dated `today`).
    void resolve(const EditConflict& conflict, const std::string& text, const Date& today);

    // Stamps the record as reviewed on `today` (what "Mark as reviewed today" does).
    void mark_reviewed(const Date& today);

    Record& record() { return record_; }
    const ToolTemplate& tool() const { return tool_; }

  private:
    const SectionTemplate& section_of(const std::string& section) const;
    const Column& column_of(const SectionTemplate& section, const std::string& column) const;
    Section& section_data(const SectionTemplate& section);
    Entry& entry_at(const SectionTemplate& section, std::size_t index);
    // The entry an edit of the text in `column` (empty: an item's text) started from, wherever it is now
    // (`index` is moved there), or at `index` when no key was given. Null when it is gone, or when others'
    // changes leave it unclear which it is: the user's words are then added again rather than written over
    // anyone else's.
    Entry* started_entry(const SectionTemplate& section, std::size_t& index, const std::string& column,
                         const std::optional<StartedFrom>& started_from);
    // Throws pcr::UserError when `seen` is given and the section's entries are no longer those.
    void check_seen(const SectionTemplate& section, const SeenEntries& seen) const;
    // Throws EditConflict when the text at `place` is now neither `started_from` nor `text`.
    static void check_unchanged(const TextPlace& place, const std::string& current, const std::string& text,
                                const std::optional<StartedFrom>& started_from);

    Record& record_;
    const ToolTemplate& tool_;
};

}  // namespace pcr::model
