// A save refused because someone else changed the same text since the user began editing it: where, who,
// when, and both versions, so nothing either of them typed is lost.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "model/core/errors.h"
#include "model/domain/record.h"

namespace pcr::model {

// Where a piece of text is in a record: a text section's text, a list item, or a cell of a table or dated
// row.
struct TextPlace {
    std::string section;
    std::size_t entry = 0;  // the item's or row's position; unused for a text section
    std::string column;     // a row's column; empty for list items and text sections
    std::int64_t key = 0;   // the item's or row's Entry::key when the edit named one; 0 otherwise
    bool operator==(const TextPlace&) const = default;
};

// What the user began editing from: the text as it was stored and, for an item or row, the stored entry's key
// and how many entries its section had, so the edit still finds that entry when someone else has added, moved
// or removed entries meanwhile (storage gives an entry a new key when it moves). With no key, the position
// given is trusted.
struct StartedFrom {
    // Not explicit: where no key is known, the text alone will do.
    StartedFrom(std::string text, std::int64_t key = 0, std::size_t entries = 0)
        : text(std::move(text)), key(key), entries(entries) {}
    std::string text;
    std::int64_t key = 0;
    std::size_t entries = 0;
};

// The text `record` holds at `place` (empty when there is none there).
std::string text_at(const Record& record, const TextPlace& place);

// Thrown by the edits that carry the text the user started from (RecordEdit::set_item, set_cell, set_text)
// when the record holds something else there now. Nothing is saved; the app shows both versions so the user
// chooses one or merges them (RecordEdit::resolve saves the choice).
class EditConflict : public UserError {
  public:
    struct Details {
        TextPlace place;
        std::string theirs;    // what the record holds there now
        std::string yours;     // what the user would save
        std::string who;       // who saved the record's current version; empty when the history does not say
        std::string when;      // when, in local time as people read it ("5 Dec 2026 14:05"); empty likewise
        bool removed = false;  // they removed the item or row itself (theirs is then empty)
    };

    explicit EditConflict(Details details);
    const Details& details() const { return details_; }

  private:
    Details details_;
};

}  // namespace pcr::model
