// The message of an edit conflict, naming who changed the text and when where the history says.
#include "model/rules/edit_conflict.h"

#include <utility>

#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

std::string message(const EditConflict::Details& details) {
    if (details.removed) {
        if (details.who.empty())
            return tr(
                "Someone else removed or moved this since you started editing it, so your words were not "
                "saved: "
                "keep yours (added again, at the end) or theirs (left as they are), or merge them.");
        // TRANSLATORS: {1} is who removed or moved the item or row, {2} when ("5 Dec 2026 14:05").
        return fill_in(
            tr("{1} removed or moved this at {2}, since you started editing it, so your words were "
               "not saved: keep yours (added again, at the end) or theirs (left as they are), or "
               "merge them."),
            details.who, details.when);
    }
    if (details.who.empty())
        return tr(
            "Someone else changed this text since you started editing it, so yours was not saved over "
            "theirs: keep yours or theirs, or merge the two.");
    // TRANSLATORS: {1} is who changed the text, {2} when ("5 Dec 2026 14:05").
    return fill_in(
        tr("{1} changed this text at {2}, since you started editing it, so yours was not saved over "
           "theirs: keep yours or theirs, or merge the two."),
        details.who, details.when);
}

}  // namespace

std::string text_at(const Record& record, const TextPlace& place) {
    const Section* section = record.section(place.section);
    if (!section) return {};
    // Text sections hold text and no entries; list and table sections hold entries and no text.
    if (section->entries.empty()) return place.column.empty() ? section->text : std::string();
    if (place.entry >= section->entries.size()) return {};
    const Entry& entry = section->entries[place.entry];
    if (place.column.empty()) return entry.text;
    const Cell* cell = entry.cell(place.column);
    return cell ? cell->text : std::string();
}

EditConflict::EditConflict(Details details) : UserError(message(details)), details_(std::move(details)) {}

}  // namespace pcr::model
