// Completeness and currency of a record, by the rules its tool template declares (see docs/tools.md).
#include "model/rules/completeness.h"

#include <algorithm>

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
Date last_current_day(const Date& last, int months) {
    Date day = last.plus_months(months);
    while (day.plus_days(1).minus_months(months) <= last) day = day.plus_days(1);
    return day;
}

}  // namespace

SectionStatus assess_section(const SectionTemplate& section, const Record& record) {
    SectionStatus status;
    status.section = section.id;
    status.counts = section.counts;
    status.min = section.kind == SectionKind::Text ? 1 : section.min;
    const Section* data = record.section(section.id);

    switch (section.kind) {
        case SectionKind::Text:
            status.qualifying = data && !is_blank(data->text) ? 1 : 0;
            break;
        case SectionKind::List:
            if (data)
                status.qualifying =
                    static_cast<int>(std::count_if(data->entries.begin(), data->entries.end(),
                                                   [](const Entry& e) { return !is_blank(e.text); }));
            break;
        case SectionKind::Table:
        case SectionKind::Dated:
            if (data)
                status.qualifying = static_cast<int>(
                    std::count_if(data->entries.begin(), data->entries.end(),
                                  [&](const Entry& row) { return row_qualifies(section, row); }));
            break;
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
    if (data && section.has_rows()) {
        for (const auto& condition : section.conditions) {
            const auto matching = std::count_if(
                data->entries.begin(), data->entries.end(),
                [&](const Entry& row) { return row_qualifies(section, row) && row_matches(row, condition); });
            if (matching < condition.count) missing.push_back(condition.description);
        }
    } else if (section.has_rows()) {
        for (const auto& condition : section.conditions) missing.push_back(condition.description);
    }

    status.met = missing.empty();
    for (const auto& m : missing) status.missing += (status.missing.empty() ? "" : "; ") + m;
    return status;
}

RecordStatus assess(const ToolTemplate& tool, const Record& record, const Date& today) {
    RecordStatus status;
    int counted = 0, met = 0;
    for (const auto& section : tool.sections) {
        status.sections.push_back(assess_section(section, record));
        if (!section.counts) continue;
        ++counted;
        if (status.sections.back().met) ++met;
    }
    const int needed = tool.sections_needed.value_or(counted);
    status.complete = met >= needed;
    status.completeness = needed <= 0 ? 100 : std::min(100, met * 100 / needed);

    status.last_reviewed = record.reviewed;
    if (const auto newest = newest_row_date(tool, record);
        newest && (!status.last_reviewed || *newest > *status.last_reviewed))
        status.last_reviewed = newest;

    if (!tool.review_months) {
        status.current = true;
    } else if (status.last_reviewed) {
        const int months = *tool.review_months;
        status.current = *status.last_reviewed >= today.minus_months(months);
        // A date near the end of the calendar (year 9999) has no due day we can represent: it never goes
        // stale.
        try {
            status.due = last_current_day(*status.last_reviewed, months);
        } catch (const UserError&) {
            status.due.reset();
        }
    }
    return status;
}

}  // namespace pcr::model
