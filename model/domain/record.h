// One subject's record of one thinking tool: its sections of items, rows or text, and when it was reviewed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"

namespace pcr::model {

// Largest text accepted in one item, cell, name or note, in bytes.
inline constexpr std::size_t kMaxFieldBytes = 1 << 20;

// Someone at a person-centred review, with their role (person, family, staff, other).
struct Attendee {
    std::string role;
    std::string name;
    bool operator==(const Attendee&) const = default;
};

// One column's value in a table or dated row. Attendee columns use `attendees`; the rest use `text`.
struct Cell {
    std::string column;
    std::string text;
    std::vector<Attendee> attendees;

    bool blank() const;
    bool operator==(const Cell&) const = default;
};

// A list item (text only), or a table/dated row (cells, and date for dated rows).
struct Entry {
    std::int64_t key = 0;  // storage identity; 0 for an entry not yet saved. Not part of equality.
    std::string date;      // dated rows: "YYYY-MM-DD" (or "YYYY" where the tool allows); empty otherwise
    std::string text;      // list items
    std::vector<Cell> cells;
    // Whose words the item or row is: "person", "family", "staff" or "other" (domain/entry_origin.h); empty
    // when nobody said. Not content: an entry with only an origin has nothing typed in it.
    std::string origin = {};

    // The cell for a column, or nullptr when the row has none.
    const Cell* cell(const std::string& column) const;
    Cell& cell_for_update(const std::string& column);
    // Whether anything was typed into it: an item's text, or a cell that is not blank. A row's date alone is
    // not content (a new row is dated when it is added), so a row with nothing else counts for nothing.
    bool has_content() const;
    bool operator==(const Entry& o) const {
        return date == o.date && text == o.text && cells == o.cells && origin == o.origin;
    }
};

// One section of a record. List/table/dated sections hold entries; text sections hold `text`.
struct Section {
    std::string id;
    std::vector<Entry> entries;
    std::string text;
    bool operator==(const Section&) const = default;
};

struct Record {
    std::string tool;
    std::optional<Date> reviewed;
    std::vector<Section> sections;  // only sections with content need be present
    int version = 0;  // storage version this was read at; 0 when never saved. Not part of equality.

    const Section* section(const std::string& id) const;
    Section& section_for_update(const std::string& id);  // adds an empty one when missing
    bool empty() const;  // nothing typed anywhere: no entry with content and no text
    bool operator==(const Record& o) const {
        return tool == o.tool && reviewed == o.reviewed && sections == o.sections;
    }
};

}  // namespace pcr::model
