// Small accessors of records, sections, entries and cells.
#include "model/domain/record.h"

#include <algorithm>

#include "model/core/text.h"

namespace pcr::model {

bool Cell::blank() const {
    if (!attendees.empty())
        return std::all_of(attendees.begin(), attendees.end(),
                           [](const Attendee& a) { return is_blank(a.name); });
    return is_blank(text);
}

const Cell* Entry::cell(const std::string& column) const {
    for (const auto& c : cells)
        if (c.column == column) return &c;
    return nullptr;
}

Cell& Entry::cell_for_update(const std::string& column) {
    for (auto& c : cells)
        if (c.column == column) return c;
    cells.push_back(Cell{column, {}, {}});
    return cells.back();
}

bool Entry::has_content() const {
    return !is_blank(text) ||
           std::any_of(cells.begin(), cells.end(), [](const Cell& c) { return !c.blank(); });
}

const Section* Record::section(const std::string& id) const {
    for (const auto& s : sections)
        if (s.id == id) return &s;
    return nullptr;
}

Section& Record::section_for_update(const std::string& id) {
    for (auto& s : sections)
        if (s.id == id) return s;
    sections.push_back(Section{id, {}, {}});
    return sections.back();
}

bool Record::empty() const {
    return std::all_of(sections.begin(), sections.end(), [](const Section& s) {
        return is_blank(s.text) && std::none_of(s.entries.begin(), s.entries.end(),
                                                [](const Entry& e) { return e.has_content(); });
    });
}

}  // namespace pcr::model
