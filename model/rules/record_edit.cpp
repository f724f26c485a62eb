// Editing operations on a record, each checked against the tool's template before anything changes.
#include "model/rules/record_edit.h"

#include <algorithm>
#include <iterator>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/entry_origin.h"

namespace pcr::model {

namespace {

std::string in_quotes(const std::string& s) {
    return "\"" + s + "\"";
}

// "a, b or c" (or "a, b and c" with `last` tr(" and "))
std::string joined(const std::vector<std::string>& values, const std::string& last = tr(" or ")) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        // TRANSLATORS: between the items of a list but the last two ("a, b or c").
        if (i > 0) out += i + 1 == values.size() ? last : tr(", ");
        out += values[i];
    }
    return out;
}

std::string choice_values(const Column& column) {
    std::vector<std::string> values;
    for (const auto& c : column.choices) values.push_back(c.value);
    return joined(values);
}

std::string title_of(const SectionTemplate& section) {
    return in_quotes(section.title.empty() ? section.id : section.title);
}
std::string title_of(const Column& column) {
    return in_quotes(column.title.empty() ? column.id : column.title);
}

void require(const SectionTemplate& section, bool ok, const std::string& use_instead) {
    if (ok) return;
    // TRANSLATORS: {2} is the kind of section as templates name it: list, table, dated or text.
    throw UserError(
        fill_in(tr("{1} is a {2} section: {3}."), title_of(section), to_string(section.kind), use_instead));
}

std::string use_for(SectionKind kind) {
    switch (kind) {
        case SectionKind::List:
            return tr("add or edit its items instead");
        case SectionKind::Table:
        case SectionKind::Dated:
            return tr("add or edit its rows instead");
        case SectionKind::Text:
            return tr("edit its text instead");
    }
    return {};
}

// Text the database and the interchange file can both hold: valid UTF-8 no longer than one field may be.
void check_text(const std::string& text, const std::string& where) {
    if (!is_valid_utf8(text))
        throw UserError(
            fill_in(tr("The text for {1} is not valid UTF-8 (it may have been pasted from another "
                       "program); type it again or paste it as plain text."),
                    where));
    if (text.size() > kMaxFieldBytes)
        throw UserError(fill_in(tr("The text for {1} is {2} bytes long; one item, cell or answer can hold at "
                                   "most {3} bytes (1 MB). Shorten it or split it over several entries."),
                                where, text.size(), kMaxFieldBytes));
}

// Where `id` goes among `ids` so that ids follow `order` (ids not in `order` keep their place at the end).
template <class Items, class IdOf>
auto position_in_order(Items& items, const std::string& id, const std::vector<std::string>& order,
                       IdOf id_of) {
    const auto rank = [&](const std::string& x) {
        return static_cast<std::size_t>(std::find(order.begin(), order.end(), x) - order.begin());
    };
    const std::size_t wanted = rank(id);
    return std::find_if(items.begin(), items.end(),
                        [&](const auto& item) { return rank(id_of(item)) > wanted; });
}

}  // namespace

std::vector<std::size_t> shown_order(const SectionTemplate& section, const std::vector<Entry>& entries) {
    std::vector<std::size_t> order(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = order.size() - 1 - i;
    if (!section.newest_first) {
        std::reverse(order.begin(), order.end());
        return order;
    }
    std::vector<std::optional<Date>> dates;
    for (const auto& entry : entries) dates.push_back(parse_row_date(entry.date, section.year_allowed));
    // From the last added back, so a stable sort keeps the later of two rows of one day first.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (!dates[a] || !dates[b]) return dates[a].has_value() && !dates[b].has_value();
        return *dates[a] > *dates[b];
    });
    return order;
}

RecordEdit::RecordEdit(Record& record, const ToolTemplate& tool) : record_(record), tool_(tool) {
    if (record_.tool.empty()) record_.tool = tool_.id;
    if (record_.tool != tool_.id)
        throw UserError(
            fill_in(tr("This is a {1} record, so it cannot be edited as a {2} record; open it with "
                       "its own editor."),
                    record_.tool, tool_.id));
}

const SectionTemplate& RecordEdit::section_of(const std::string& section) const {
    if (const SectionTemplate* found = tool_.section(section)) return *found;
    std::vector<std::string> ids;
    for (const auto& s : tool_.sections) ids.push_back(s.id);
    throw NotFoundError(fill_in(tr("The {1} has no section {2}; its sections are: {3}."), tool_.title,
                                in_quotes(section), joined(ids, tr(" and "))));
}

const Column& RecordEdit::column_of(const SectionTemplate& section, const std::string& column) const {
    if (const Column* found = section.column(column)) return *found;
    std::vector<std::string> ids;
    for (const auto& c : section.columns) ids.push_back(c.id);
    throw NotFoundError(fill_in(tr("{1} in the {2} has no column {3}; its columns are: {4}."),
                                title_of(section), tool_.title, in_quotes(column), joined(ids, tr(" and "))));
}

Section& RecordEdit::section_data(const SectionTemplate& section) {
    for (auto& s : record_.sections)
        if (s.id == section.id) return s;
    std::vector<std::string> order;
    for (const auto& s : tool_.sections) order.push_back(s.id);
    auto at = position_in_order(record_.sections, section.id, order, [](const Section& s) { return s.id; });
    return *record_.sections.insert(at, Section{section.id, {}, {}});
}

Entry& RecordEdit::entry_at(const SectionTemplate& section, std::size_t index) {
    // Looked up without creating the section, so a bad position leaves the record as it was.
    Section* data = nullptr;
    for (auto& s : record_.sections)
        if (s.id == section.id) data = &s;
    const std::size_t count = data ? data->entries.size() : 0;
    if (index >= count)
        throw NotFoundError(fill_in(section.kind == SectionKind::List ? tr("{1} has no item {2}: it has {3}.")
                                                                      : tr("{1} has no row {2}: it has {3}."),
                                    title_of(section), index + 1, count));
    return data->entries[index];
}

std::size_t RecordEdit::add_item(const std::string& section, const std::string& text) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind == SectionKind::List, use_for(s.kind));
    check_text(text, title_of(s));
    auto& entries = section_data(s).entries;
    Entry item;
    item.text = text;
    entries.push_back(std::move(item));
    return entries.size() - 1;
}

void RecordEdit::set_item(const std::string& section, std::size_t index, const std::string& text,
                          const std::optional<StartedFrom>& started_from) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind == SectionKind::List, use_for(s.kind));
    check_text(text, title_of(s));
    const std::int64_t key = started_from ? started_from->key : 0;
    Entry* entry = started_entry(s, index, {}, started_from);
    if (!entry) throw EditConflict(EditConflict::Details{{section, index, {}, key}, {}, text, {}, {}, true});
    check_unchanged(TextPlace{section, index, {}, key}, entry->text, text, started_from);
    entry->text = text;
}

Entry* RecordEdit::started_entry(const SectionTemplate& section, std::size_t& index,
                                 const std::string& column, const std::optional<StartedFrom>& started_from) {
    if (!started_from || started_from->key == 0) return &entry_at(section, index);
    std::vector<Entry>* entries = nullptr;
    for (auto& data : record_.sections)
        if (data.id == section.id) entries = &data.entries;
    if (!entries) return nullptr;
    const auto text_of = [&](const Entry& entry) {
        if (column.empty()) return entry.text;
        const Cell* cell = entry.cell(column);
        return cell ? cell->text : std::string();
    };
    const auto at = [&](std::size_t i) {
        index = i;
        return &(*entries)[i];
    };
    const std::size_t count = entries->size();
    // Untouched since: where it was, or moved whole.
    if (index < count && (*entries)[index].key == started_from->key) return at(index);
    for (std::size_t i = 0; i < count; ++i)
        if ((*entries)[i].key == started_from->key) return at(i);
    // Stored again (a change elsewhere in its row, or entries before it added or removed): the one entry
    // still holding the words the user started from.
    if (index < count && text_of((*entries)[index]) == started_from->text) return at(index);
    std::optional<std::size_t> holding;
    for (std::size_t i = 0; i < count; ++i)
        if (text_of((*entries)[i]) == started_from->text) {
            if (holding) return nullptr;
            holding = i;
        }
    if (holding) return at(*holding);
    // Changed by someone else where it was, the section otherwise as the user saw it: a conflict over it.
    if (index < count && count == started_from->entries) return at(index);
    return nullptr;
}

void RecordEdit::check_unchanged(const TextPlace& place, const std::string& current, const std::string& text,
                                 const std::optional<StartedFrom>& started_from) {
    // Both writers arriving at the same words is no conflict: nothing of either would be lost.
    if (!started_from || current == started_from->text || current == text) return;
    throw EditConflict(EditConflict::Details{place, current, text, {}, {}});
}

void RecordEdit::resolve(const EditConflict& conflict, const std::string& text, const Date& today) {
    const EditConflict::Details& d = conflict.details();
    const SectionTemplate& s = section_of(d.place.section);
    if (s.kind == SectionKind::Text) {
        set_text(d.place.section, text, StartedFrom{d.theirs});
    } else if (d.removed) {
        if (is_blank(text)) return;  // nothing of theirs or yours to keep
        if (s.kind == SectionKind::List)
            add_item(d.place.section, text);
        else
            set_cell(d.place.section, add_row(d.place.section, today), d.place.column, text);
    } else if (s.kind == SectionKind::List) {
        set_item(d.place.section, d.place.entry, text, StartedFrom{d.theirs, d.place.key});
    } else {
        set_cell(d.place.section, d.place.entry, d.place.column, text, StartedFrom{d.theirs, d.place.key});
    }
}

std::size_t RecordEdit::add_row(const std::string& section, const Date& today) {
    const SectionTemplate& s = section_of(section);
    require(s, s.has_rows(), use_for(s.kind));
    auto& entries = section_data(s).entries;
    Entry row;
    if (s.kind == SectionKind::Dated) row.date = today.iso();
    entries.push_back(std::move(row));
    return entries.size() - 1;
}

void RecordEdit::set_cell(const std::string& section, std::size_t row, const std::string& column,
                          const std::string& text, const std::optional<StartedFrom>& started_from) {
    const SectionTemplate& s = section_of(section);
    require(s, s.has_rows(), use_for(s.kind));
    const Column& c = column_of(s, column);
    if (c.type == ColumnType::Attendees)
        throw UserError(
            fill_in(tr("{1} lists attendees: add or remove them one at a time instead of typing text."),
                    title_of(c)));
    check_text(text, title_of(c));

    std::string value = text;
    if (c.type == ColumnType::Choice) value = trim(text);
    if (!c.allows(value))
        throw UserError(
            fill_in(tr("{1} cannot be {2}: choose {3}."), title_of(c), in_quotes(value), choice_values(c)));
    if (c.type == ColumnType::Date) {
        // Typed as people write dates (31/01/2027), stored as the interchange file holds them (2027-01-31).
        const auto stored = stored_typed_date(text, false);
        if (!stored) throw UserError(typed_date_problem(text, title_of(c)));
        value = *stored;
    }

    const std::int64_t key = started_from ? started_from->key : 0;
    Entry* found = started_entry(s, row, column, started_from);
    if (!found) {
        if (is_blank(value)) return;  // emptying a cell of a row that is gone loses nothing
        throw EditConflict(EditConflict::Details{{section, row, column, key}, {}, value, {}, {}, true});
    }
    Entry& entry = *found;
    const Cell* current = entry.cell(column);
    check_unchanged(TextPlace{section, row, column, key}, current ? current->text : std::string(), value,
                    started_from);
    if (is_blank(value)) {
        std::erase_if(entry.cells, [&](const Cell& cell) { return cell.column == column; });
        return;
    }
    for (auto& cell : entry.cells)
        if (cell.column == column) {
            cell.text = value;
            return;
        }
    std::vector<std::string> order;
    for (const auto& col : s.columns) order.push_back(col.id);
    auto at = position_in_order(entry.cells, column, order, [](const Cell& cell) { return cell.column; });
    entry.cells.insert(at, Cell{column, value, {}});
}

void RecordEdit::set_date(const std::string& section, std::size_t row, const std::string& date) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind == SectionKind::Dated, tr("only dated sections have a date on each row"));
    const auto value = stored_typed_date(date, s.year_allowed);
    if (!value || value->empty())
        throw UserError(
            typed_date_problem(date, fill_in(tr("the date of a row in {1}"), title_of(s)), s.year_allowed));
    entry_at(s, row).date = *value;
}

std::size_t RecordEdit::add_attendee(const std::string& section, std::size_t row, const std::string& column,
                                     const Attendee& attendee) {
    const SectionTemplate& s = section_of(section);
    require(s, s.has_rows(), use_for(s.kind));
    const Column& c = column_of(s, column);
    if (c.type != ColumnType::Attendees)
        throw UserError(fill_in(tr("{1} is not a list of attendees."), title_of(c)));
    if (is_blank(attendee.name))
        throw UserError(fill_in(tr("Give the name of the person who was there in {1}."), title_of(c)));
    check_text(attendee.name, title_of(c));
    const std::string role = trim(attendee.role);
    if (!c.allows(role))
        throw UserError(fill_in(tr("{1} is not a role in {2}: choose {3}."), in_quotes(role), title_of(c),
                                choice_values(c)));

    Entry& entry = entry_at(s, row);
    Cell* cell = nullptr;
    for (auto& existing : entry.cells)
        if (existing.column == column) cell = &existing;
    if (!cell) {
        std::vector<std::string> order;
        for (const auto& col : s.columns) order.push_back(col.id);
        auto at = position_in_order(entry.cells, column, order, [](const Cell& x) { return x.column; });
        cell = &*entry.cells.insert(at, Cell{column, {}, {}});
    }
    cell->attendees.push_back(Attendee{role, attendee.name});
    return cell->attendees.size() - 1;
}

void RecordEdit::remove_attendee(const std::string& section, std::size_t row, const std::string& column,
                                 std::size_t index) {
    const SectionTemplate& s = section_of(section);
    require(s, s.has_rows(), use_for(s.kind));
    const Column& c = column_of(s, column);
    if (c.type != ColumnType::Attendees)
        throw UserError(fill_in(tr("{1} is not a list of attendees."), title_of(c)));
    Entry& entry = entry_at(s, row);
    auto cell = std::find_if(entry.cells.begin(), entry.cells.end(),
                             [&](const Cell& x) { return x.column == column; });
    const std::size_t count = cell == entry.cells.end() ? 0 : cell->attendees.size();
    if (index >= count)
        throw NotFoundError(
            fill_in(tr("{1} has no attendee {2}: it has {3}."), title_of(c), index + 1, count));
    cell->attendees.erase(cell->attendees.begin() + static_cast<std::ptrdiff_t>(index));
    if (cell->attendees.empty()) entry.cells.erase(cell);
}

void RecordEdit::check_seen(const SectionTemplate& section, const SeenEntries& seen) const {
    if (!seen) return;
    std::vector<std::int64_t> now;
    if (const Section* data = record_.section(section.id))
        for (const auto& entry : data->entries) now.push_back(entry.key);
    if (now == *seen) return;
    throw UserError(
        fill_in(tr("Someone else changed {1} since you opened it, so nothing was changed: look at "
                   "it again as it is now, then make your change again."),
                title_of(section)));
}

void RecordEdit::set_origin(const std::string& section, std::size_t index, const std::string& origin,
                            const SeenEntries& seen) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind != SectionKind::Text, tr("only items and rows say whose words they are"));
    check_seen(s, seen);
    const std::string value = trim(origin);
    if (!value.empty() && !is_entry_origin(value))
        // TRANSLATORS: {1} is the value given, {2} the values allowed ("person, family, staff or other").
        throw UserError(fill_in(tr("Whose words cannot be {1}: choose {2}, or nothing when nobody said."),
                                in_quotes(value), entry_origin_words()));
    entry_at(s, index).origin = value;
}

void RecordEdit::move_entry(const std::string& section, std::size_t from, std::size_t to,
                            const SeenEntries& seen) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind != SectionKind::Text, use_for(s.kind));
    check_seen(s, seen);
    entry_at(s, from);
    auto& entries = section_data(s).entries;
    if (to >= entries.size())
        throw NotFoundError(
            fill_in(s.kind == SectionKind::List
                        ? tr_n("{1} has no place {2} to move to: it has {3} item.",
                               "{1} has no place {2} to move to: it has {3} items.", entries.size())
                        : tr_n("{1} has no place {2} to move to: it has {3} row.",
                               "{1} has no place {2} to move to: it has {3} rows.", entries.size()),
                    title_of(s), to + 1, entries.size()));
    const auto first = entries.begin();
    if (from < to)
        std::rotate(first + static_cast<std::ptrdiff_t>(from), first + static_cast<std::ptrdiff_t>(from) + 1,
                    first + static_cast<std::ptrdiff_t>(to) + 1);
    else if (to < from)
        std::rotate(first + static_cast<std::ptrdiff_t>(to), first + static_cast<std::ptrdiff_t>(from),
                    first + static_cast<std::ptrdiff_t>(from) + 1);
}

void RecordEdit::remove_entry(const std::string& section, std::size_t index, const SeenEntries& seen) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind != SectionKind::Text, use_for(s.kind));
    check_seen(s, seen);
    entry_at(s, index);
    auto& entries = section_data(s).entries;
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(index));
}

bool RecordEdit::remove_if_empty(const std::string& section, std::size_t index) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind != SectionKind::Text, use_for(s.kind));
    if (entry_at(s, index).has_content()) return false;
    remove_entry(section, index);
    return true;
}

void RecordEdit::set_text(const std::string& section, const std::string& text,
                          const std::optional<StartedFrom>& started_from) {
    const SectionTemplate& s = section_of(section);
    require(s, s.kind == SectionKind::Text, use_for(s.kind));
    check_text(text, title_of(s));
    const Section* current = record_.section(section);
    check_unchanged(TextPlace{section, 0, {}}, current ? current->text : std::string(), text, started_from);
    section_data(s).text = text;
}

void RecordEdit::mark_reviewed(const Date& today) {
    record_.reviewed = today;
}

}  // namespace pcr::model
