// Completeness and currency of a record, by the rules its tool template declares (see docs/tools.md).
#include "model/domain/completeness.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

std::string required_titles(const SectionTemplate& section) {
    std::string out;
    for (const auto& c : section.columns)
        if (c.required) out += (out.empty() ? "" : ", ") + c.title;
    return out;
}

bool row_qualifies(const SectionTemplate& section, const Entry& row) {
    if (!row.has_content()) return false;
    if (section.kind == SectionKind::Dated && !parse_row_date(row.date, section.year_allowed)) return false;
    return std::all_of(section.columns.begin(), section.columns.end(), [&](const Column& column) {
        if (!column.required) return true;
        const Cell* cell = row.cell(column.id);
        return cell && !cell->blank();
    });
}

bool row_matches(const Entry& row, const RowCondition& condition) {
    const Cell* cell = row.cell(condition.column);
    return cell && trim(cell->text) == condition.value;
}

// The newest valid date of any dated row with content: a new learning-log entry or review meeting keeps a
// record current, a row added and left empty does not.
std::optional<Date> newest_row_date(const ToolTemplate& tool, const Record& record) {
    std::optional<Date> newest;
    for (const auto& section : tool.sections) {
        if (section.kind != SectionKind::Dated) continue;
        const Section* data = record.section(section.id);
        if (!data) continue;
        for (const auto& row : data->entries) {
            if (!row.has_content()) continue;
            if (const auto date = parse_row_date(row.date, section.year_allowed);
                date && (!newest || *date > *newest))
                newest = date;
        }
    }
    return newest;
}

// The last day on which a record last reviewed on `last` is still current. Usually `last` plus N months, but
// later when month-end clamping maps several days back onto the same day (reviewed 28 Feb, N = 1: every day
// to 31 March is within a month of it).
// A date near the end of the calendar (year 9999) has no due day we can represent: none, it never goes stale.
std::optional<Date> last_current_day(const Date& last, int months) {
    try {
        Date day = last.plus_months(months);
        while (day.plus_days(1).minus_months(months) <= last) day = day.plus_days(1);
        return day;
    } catch (const UserError&) {
        return std::nullopt;
    }
}

}  // namespace

SectionCount count_section(const SectionTemplate& section, const Record& record) {
    SectionCount count;
    const Section* data = record.section(section.id);
    switch (section.kind) {
        case SectionKind::Text:
            count.qualifying = data && !is_blank(data->text) ? 1 : 0;
            break;
        case SectionKind::List:
            if (data)
                count.qualifying =
                    static_cast<int>(std::count_if(data->entries.begin(), data->entries.end(),
                                                   [](const Entry& e) { return !is_blank(e.text); }));
            break;
        case SectionKind::Table:
        case SectionKind::Dated:
            if (data)
                count.qualifying = static_cast<int>(
                    std::count_if(data->entries.begin(), data->entries.end(),
                                  [&](const Entry& row) { return row_qualifies(section, row); }));
            break;
    }
    if (!section.has_rows()) return count;
    for (std::size_t i = 0; i < section.conditions.size(); ++i) {
        const RowCondition& condition = section.conditions[i];
        // A section with no rows at all fails every condition, even one asking for none.
        const bool failed =
            !data || std::count_if(data->entries.begin(), data->entries.end(), [&](const Entry& row) {
                         return row_qualifies(section, row) && row_matches(row, condition);
                     }) < condition.count;
        if (failed) count.failed_conditions.push_back(static_cast<int>(i));
    }
    return count;
}

SectionStatus section_status(const SectionTemplate& section, const SectionCount& count, Wording wording) {
    SectionStatus status;
    status.section = section.id;
    status.counts = section.counts;
    status.min = section.kind == SectionKind::Text ? 1 : section.min;
    status.qualifying = count.qualifying;
    if (wording == Wording::NoWords) {
        status.met = status.qualifying >= status.min &&
                     std::none_of(count.failed_conditions.begin(), count.failed_conditions.end(), [&](int i) {
                         return i >= 0 && static_cast<std::size_t>(i) < section.conditions.size();
                     });
        return status;
    }

    std::vector<std::string> missing;
    const int short_by = status.min - status.qualifying;
    if (short_by > 0) {
        switch (section.kind) {
            case SectionKind::Text:
                missing.push_back(tr("an answer"));
                break;
            case SectionKind::List:
                missing.push_back(fill_in(tr_n("{1} more item", "{1} more items", short_by), short_by));
                break;
            case SectionKind::Table:
                missing.push_back(fill_in(
                    tr_n("{1} more row with {2} filled in", "{1} more rows with {2} filled in", short_by),
                    short_by, required_titles(section)));
                break;
            case SectionKind::Dated:
                missing.push_back(fill_in(tr_n("{1} more dated row with {2} filled in",
                                               "{1} more dated rows with {2} filled in", short_by),
                                          short_by, required_titles(section)));
                break;
        }
    }
    for (int i : count.failed_conditions)
        if (i >= 0 && static_cast<std::size_t>(i) < section.conditions.size())
            missing.push_back(section.conditions[static_cast<std::size_t>(i)].description);

    status.met = missing.empty();
    for (const auto& m : missing) status.missing += (status.missing.empty() ? "" : "; ") + m;
    return status;
}

SectionStatus assess_section(const SectionTemplate& section, const Record& record) {
    return section_status(section, count_section(section, record));
}

RecordJudgement judge(const ToolTemplate& tool, const Record& record) {
    RecordJudgement judged;
    judged.has_content = !record.empty();
    for (const auto& section : tool.sections) judged.sections.push_back(count_section(section, record));
    judged.last_reviewed = record.reviewed;
    if (const auto newest = newest_row_date(tool, record);
        newest && (!judged.last_reviewed || *newest > *judged.last_reviewed))
        judged.last_reviewed = newest;
    for (const auto& section : tool.sections) {
        const Section* data = keeps_rows(section) ? record.section(section.id) : nullptr;
        if (!data || data->entries.empty()) continue;
        Section& kept = judged.rows.emplace_back();
        kept.id = section.id;
        for (const Entry& row : data->entries) {
            Entry& copy = kept.entries.emplace_back();
            copy.date = row.date;
            for (const Cell& cell : row.cells) {
                const Column* column = section.column(cell.column);
                if (!column || !kept_cell(section, *column)) continue;
                Cell& kept = copy.cells.emplace_back();
                kept.column = cell.column;
                kept.text = cell.text;
                for (const Attendee& attendee : cell.attendees) kept.attendees.push_back({attendee.role, {}});
            }
        }
    }
    return judged;
}

bool keeps_rows(const SectionTemplate& section) {
    return section.has_rows() &&
           std::any_of(section.columns.begin(), section.columns.end(),
                       [](const Column& column) { return column.type != ColumnType::Text; });
}

bool kept_cell(const SectionTemplate& section, const Column& column) {
    // What is working and not working is free text that Working Together for Change reads from the records
    // themselves: copying it into every judgement would make them as large as the records.
    const bool statement = column.role == ColumnRole::Working || column.role == ColumnRole::NotWorking;
    return column.type != ColumnType::Text || (column.role && !statement) ||
           section.column_with(ColumnRole::ByWhen);
}

Record kept_rows(const ToolTemplate& tool, const RecordJudgement& judged) {
    Record record;
    record.tool = tool.id;
    record.sections = judged.rows;
    return record;
}

RecordStatus status_on(const ToolTemplate& tool, const RecordJudgement& judged, const Date& today,
                       Wording wording) {
    RecordStatus status;
    status.sections.reserve(tool.sections.size());
    int counted = 0, met = 0;
    for (std::size_t i = 0; i < tool.sections.size(); ++i) {
        const SectionTemplate& section = tool.sections[i];
        status.sections.push_back(section_status(
            section, i < judged.sections.size() ? judged.sections[i] : SectionCount{}, wording));
        if (!section.counts) continue;
        ++counted;
        if (status.sections.back().met) ++met;
    }
    const int needed = tool.sections_needed.value_or(counted);
    status.complete = met >= needed;
    status.completeness = needed <= 0 ? 100 : std::min(100, met * 100 / needed);

    status.last_reviewed = judged.last_reviewed;
    if (!tool.review_months) {
        status.current = true;
    } else if (status.last_reviewed) {
        const int months = *tool.review_months;
        status.current = *status.last_reviewed >= today.minus_months(months);
        status.due = last_current_day(*status.last_reviewed, months);
    }
    return status;
}

RecordStatus assess(const ToolTemplate& tool, const Record& record, const Date& today) {
    return status_on(tool, judge(tool, record), today);
}

std::optional<Date> current_until(const ToolTemplate& tool, const RecordJudgement& judged) {
    const Date forever(9999, 12, 31);
    if (!tool.review_months) return forever;
    if (!judged.last_reviewed) return std::nullopt;
    return last_current_day(*judged.last_reviewed, *tool.review_months).value_or(forever);
}

std::string rules_print(const ToolTemplate& tool) {
    // Version 2 of the judgement (it keeps rows); raise it when judge() counts or keeps anything differently,
    // so stored judgements are made again.
    std::string text = "judgement 2\n";
    const auto add = [&](const std::string& field) {
        text += std::to_string(field.size()) + ":" + field + "\n";
    };
    add(tool.id);
    add(tool.review_months ? std::to_string(*tool.review_months) : "-");
    add(tool.sections_needed ? std::to_string(*tool.sections_needed) : "-");
    for (SubjectKind scope : tool.scopes) add(std::string(to_string(scope)));
    for (const auto& section : tool.sections) {
        add(section.id);
        add(std::to_string(static_cast<int>(section.kind)) + " " + std::to_string(section.min) + " " +
            std::to_string(section.counts) + " " + std::to_string(section.year_allowed));
        for (const auto& column : section.columns) {
            // The roles Working Together for Change reads by change no judgement (see kept_cell), so a
            // template gaining them leaves its records' judgements as they are.
            const bool judged_role = column.role && *column.role != ColumnRole::Working &&
                                     *column.role != ColumnRole::NotWorking &&
                                     *column.role != ColumnRole::Perspective;
            add(column.id + (column.required ? "!" : "") + " " + std::string(to_string(column.type)) + " " +
                (judged_role ? std::to_string(static_cast<int>(*column.role)) : "-"));
        }
        for (const auto& condition : section.conditions)
            add(condition.column + "=" + condition.value + "#" + std::to_string(condition.count));
    }
    // FNV-1a: a short, stable fingerprint; a collision would only leave statuses unrecomputed, and two
    // versions of one template colliding by chance is not a practical worry at 64 bits.
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
    return out;
}

}  // namespace pcr::model
