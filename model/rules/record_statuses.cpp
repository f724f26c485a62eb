// Completeness and currency across subjects, computed from the store in one pass per scope.
#include "model/rules/record_statuses.h"

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

std::vector<ToolStanding> tool_standings(const Store& store, const TemplateRegistry& templates,
                                         SubjectKind kind, const std::string& id, const Date& today) {
    std::map<std::string, Record> by_tool;
    for (auto& record : store.records(kind, id)) by_tool.emplace(record.tool, std::move(record));

    std::vector<ToolStanding> standings;
    for (const ToolTemplate* tool : templates.tools_for(kind)) {
        ToolStanding standing;
        standing.tool = tool;
        if (auto it = by_tool.find(tool->id); it != by_tool.end()) {
            standing.status = assess(*tool, it->second, today);
            standing.record = std::move(it->second);
        }
        standings.push_back(std::move(standing));
    }
    return standings;
}

Currency currency(const Record* record, const RecordStatus& status) {
    RecordJudgement kept;
    kept.has_content = record && !record->empty();
    return currency(kept, status);
}

Currency currency(const RecordJudgement& judged, const RecordStatus& status) {
    Currency out;
    if (!judged.has_content) return out;
    out.due = status.due;
    if (status.current)
        out.kind = Currency::Kind::Current;
    else if (!status.last_reviewed)
        out.kind = Currency::Kind::NeverReviewed;
    else
        out.kind = Currency::Kind::OutOfDate;
    return out;
}

Currency currency(const ToolStanding& standing) {
    return currency(standing.record ? &*standing.record : nullptr, standing.status);
}

std::string iso_words(const Date& date) {
    return date.iso();
}

std::string display_words(const Date& date) {
    return display_date(date);
}

std::string currency_words(const Currency& currency, const DateWords& date, bool in_sentence) {
    // Each form in a sentence is a message of its own: a capital cannot be lowered letter by letter in every
    // language.
    switch (currency.kind) {
        case Currency::Kind::NoRecord:
            return in_sentence ? tr("no record") : tr("No record");
        case Currency::Kind::Current:
            if (currency.due)
                return fill_in(in_sentence ? tr("current until {1}") : tr("Current until {1}"),
                               date(*currency.due));
            return in_sentence ? tr("current") : tr("Current");
        case Currency::Kind::NeverReviewed:
            return in_sentence ? tr("never reviewed") : tr("Never reviewed");
        case Currency::Kind::OutOfDate:
            if (currency.due)
                return fill_in(in_sentence ? tr("out of date since {1}") : tr("Out of date since {1}"),
                               date(currency.due->plus_days(1)));
            return in_sentence ? tr("out of date") : tr("Out of date");
    }
    return {};
}

std::string review_due_words(const Currency& currency, const DateWords& date) {
    switch (currency.kind) {
        case Currency::Kind::NoRecord:
            return {};
        case Currency::Kind::NeverReviewed:
            return tr("Now");
        case Currency::Kind::Current:
        case Currency::Kind::OutOfDate:
            break;
    }
    return currency.due ? date(*currency.due) : tr("Not needed");
}

void for_each_status(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                     const Date& today, const StatusVisitor& visit, CaseloadScope caseload) {
    store.judge_by(templates);
    store.for_each_subject_judgements(
        kind, {}, {}, caseload, [&](const Subject& subject, const std::vector<ToolJudgement>& judgements) {
            for (const ToolJudgement& found : judgements) {
                const ToolTemplate* tool = templates.find(found.tool);
                if (!tool || !tool->applies_to(kind)) continue;
                visit(subject, *tool, found.judged, status_on(*tool, found.judged, today, Wording::NoWords));
            }
        });
}

void CoverageTally::add(const ToolTally& tally) {
    CoverageRow& row = by_tool_[tally.tool];
    row.with_record += tally.with_record;
    row.complete_and_current += tally.complete_and_current;
}

void CoverageTally::add(const std::string& tool, const RecordStatus& status) {
    CoverageRow& row = by_tool_[tool];
    ++row.with_record;
    if (status.complete && status.current) ++row.complete_and_current;
}

std::vector<CoverageRow> CoverageTally::rows(const Store& store, const TemplateRegistry& templates,
                                             std::optional<long> part) const {
    const long total = part                          ? *part
                       : scope_ == SubjectKind::Team ? 1
                                                     : static_cast<long>(store.count(scope_));
    std::vector<CoverageRow> rows;
    for (const ToolTemplate* tool : templates.tools_for(scope_)) {
        CoverageRow row;
        if (auto it = by_tool_.find(tool->id); it != by_tool_.end()) row = it->second;
        row.tool = tool->id;
        row.scope = scope_;
        row.total = total;
        row.coverage = total > 0 ? static_cast<int>(row.complete_and_current * 100 / total) : 0;
        rows.push_back(row);
    }
    return rows;
}

std::vector<CoverageRow> coverage(const Store& store, const TemplateRegistry& templates, const Date& today) {
    store.judge_by(templates);
    std::vector<CoverageRow> rows;
    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Staff, SubjectKind::Team}) {
        CoverageTally tally(kind);
        for (const ToolTally& tool : store.tally_by_tool(kind, today, CaseloadScope::Everyone))
            tally.add(tool);
        auto scope_rows = tally.rows(store, templates);
        rows.insert(rows.end(), scope_rows.begin(), scope_rows.end());
    }
    return rows;
}

}  // namespace pcr::model
