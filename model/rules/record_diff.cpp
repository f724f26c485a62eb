// Differences between record versions, matched entry by entry so a moved or edited row reads naturally.
#include "model/rules/record_diff.h"

#include <algorithm>
#include <cstddef>

#include "model/core/date_text.h"
#include "model/core/translate.h"
#include "model/domain/entry_origin.h"

namespace pcr::model {

namespace {

std::string cell_summary(const Column& column, const Cell& cell) {
    if (column.type == ColumnType::Attendees) {
        std::string text;
        for (const auto& attendee : cell.attendees) {
            if (!text.empty()) text += "; ";
            text += attendee.name + " (" + attendee.role + ")";
        }
        return text;
    }
    if (column.type == ColumnType::Choice)
        if (const Choice* choice = column.find_choice(cell.text); choice && !choice->label.empty())
            return choice->label;
    if (column.type == ColumnType::Date) return display_stored_date(cell.text);
    return cell.text;
}

void add(std::vector<RecordDifference>& changes, ChangeKind kind, const std::string& section,
         std::string before, std::string after) {
    changes.push_back({kind, section, std::move(before), std::move(after)});
}

void diff_entries(const SectionTemplate& section, const std::vector<Entry>& before,
                  const std::vector<Entry>& after, std::vector<RecordDifference>& changes) {
    const std::size_t n = before.size(), m = after.size();
    // lcs[i][j]: longest common run of before[i..] and after[j..].
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] =
                before[i] == after[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);

    std::vector<const Entry*> removed, added;
    const auto flush = [&] {
        const std::size_t paired = std::min(removed.size(), added.size());
        for (std::size_t k = 0; k < paired; ++k)
            add(changes, ChangeKind::Changed, section.title, entry_summary(section, *removed[k]),
                entry_summary(section, *added[k]));
        for (std::size_t k = paired; k < removed.size(); ++k)
            add(changes, ChangeKind::Removed, section.title, entry_summary(section, *removed[k]), {});
        for (std::size_t k = paired; k < added.size(); ++k)
            add(changes, ChangeKind::Added, section.title, {}, entry_summary(section, *added[k]));
        removed.clear();
        added.clear();
    };
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] == after[j]) {
            flush();
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added.push_back(&after[j++]);
        } else {
            removed.push_back(&before[i++]);
        }
    }
    flush();
}

}  // namespace

std::string entry_summary(const SectionTemplate& section, const Entry& entry) {
    // Whose words they are is part of the entry, so a change of it alone shows in history.
    const std::string note = origin_note(entry.origin);
    if (section.kind == SectionKind::List) return note.empty() ? entry.text : entry.text + " " + note;
    std::string text = display_stored_date(entry.date);
    for (const auto& column : section.columns) {
        const Cell* cell = entry.cell(column.id);
        if (!cell || cell->blank()) continue;
        const std::string value = cell_summary(column, *cell);
        if (value.empty()) continue;
        if (!text.empty()) text += ", ";
        text += value;
    }
    if (!note.empty()) text += (text.empty() ? "" : " ") + note;
    return text;
}

std::vector<RecordDifference> record_diff(const ToolTemplate& tool, const Record& before,
                                          const Record& after) {
    std::vector<RecordDifference> changes;
    static const std::vector<Entry> kNone;
    for (const auto& section : tool.sections) {
        const Section* was = before.section(section.id);
        const Section* now = after.section(section.id);
        if (section.kind == SectionKind::Text) {
            const std::string old_text = was ? was->text : std::string();
            const std::string new_text = now ? now->text : std::string();
            if (old_text == new_text) continue;
            const ChangeKind kind = old_text.empty()   ? ChangeKind::Added
                                    : new_text.empty() ? ChangeKind::Removed
                                                       : ChangeKind::Changed;
            add(changes, kind, section.title, old_text, new_text);
            continue;
        }
        diff_entries(section, was ? was->entries : kNone, now ? now->entries : kNone, changes);
    }
    if (before.reviewed != after.reviewed) {
        const std::string old_day = before.reviewed ? display_date(*before.reviewed) : std::string();
        const std::string new_day = after.reviewed ? display_date(*after.reviewed) : std::string();
        add(changes,
            old_day.empty()   ? ChangeKind::Added
            : new_day.empty() ? ChangeKind::Removed
                              : ChangeKind::Changed,
            tr("Reviewed"), old_day, new_day);
    }
    return changes;
}

}  // namespace pcr::model
