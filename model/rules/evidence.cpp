// Evidence for the workbook's topics: the stored judgements of the tools the rules name, and the rows of
// only those few records whose rows a rule reads.
#include "model/rules/evidence.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/completeness.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook.h"
#include "model/rules/record_statuses.h"
#include "model/store/store.h"

namespace pcr::model {

namespace {

constexpr SubjectKind kScopes[] = {SubjectKind::Person, SubjectKind::Staff, SubjectKind::Team};

int percent(long count, long total) {
    return total > 0 ? static_cast<int>(count * 100 / total) : 0;
}

const ToolTemplate& tool_named(const TemplateRegistry& templates, const std::string& id, const Topic& topic) {
    const ToolTemplate* tool = templates.find(id);
    if (!tool)
        throw TemplateError(fill_in(tr("Topic {1} of the workbook (line {2}) names the tool '{3}', which no "
                                       "template defines; correct the workbook file or add the template."),
                                    topic.number, topic.line, id));
    return *tool;
}

const SectionTemplate& section_named(const ToolTemplate& tool, const std::string& id, const Topic& topic) {
    const SectionTemplate* section = tool.section(id);
    if (!section)
        throw TemplateError(fill_in(tr("Topic {1} of the workbook (line {2}) names the section '{3}' of {4}, "
                                       "which its template does not have; correct the workbook file."),
                                    topic.number, topic.line, id, tool.id));
    return *section;
}

// The section named by a rule that reads rows by column, checked to be one whose rows a judgement keeps, with
// the columns read among the cells kept: a rule is answered from the stored judgements, not the entries.
const SectionTemplate& kept_section(const ToolTemplate& tool, const std::string& id,
                                    const std::vector<std::string>& columns, const Topic& topic) {
    const SectionTemplate& section = section_named(tool, id, topic);
    for (const std::string& column_id : columns) {
        const Column* column = section.column(column_id);
        if (!column)
            throw TemplateError(
                fill_in(tr("Topic {1} of the workbook (line {2}) reads the column '{3}' of the "
                           "section '{4}' of {5}, which has no such column; correct the "
                           "workbook file."),
                        topic.number, topic.line, column_id, id, tool.id));
        if (!keeps_rows(section) || !kept_cell(section, *column))
            throw TemplateError(
                fill_in(tr("Topic {1} of the workbook (line {2}) reads the column '{3}' of the "
                           "section '{4}' of {5}, a free-text column; a rule can read only "
                           "choice, date and attendees columns, or columns with a role. "
                           "Correct the workbook file or the template."),
                        topic.number, topic.line, column_id, id, tool.id));
    }
    return section;
}

// One subject's stored judgements of the tools read, the rows kept with those whose rows a rule reads, and
// their statuses, each worked out once however many rules use it.
class VisitedRecords {
  public:
    VisitedRecords(const std::vector<ToolJudgement>& judged, const Date& today)
        : judged_(judged), today_(today) {}

    // The judgement of the subject's record of `tool`; nullptr when it has none.
    const RecordJudgement* judged(const std::string& tool) const {
        for (const ToolJudgement& found : judged_)
            if (found.tool == tool) return &found.judged;
        return nullptr;
    }

    // The kept rows of section `id` of `tool`'s record; nullptr when it has none.
    const Section* rows(const std::string& tool, const std::string& id) const {
        const RecordJudgement* found = judged(tool);
        if (!found) return nullptr;
        for (const Section& section : found->rows)
            if (section.id == id) return &section;
        return nullptr;
    }

    // The status judged by `tool` (the tool's own template, or a copy with a rule's review period), without
    // the words of what its sections lack.
    const RecordStatus& status(const ToolTemplate& tool, const RecordJudgement& judged) {
        for (const auto& [judge, status] : statuses_)
            if (judge == &tool) return status;
        return statuses_.emplace_back(&tool, status_on(tool, judged, today_, Wording::NoWords)).second;
    }

    // Complete (and current when asked) under `tool`; false when there is no record.
    bool complete(const ToolTemplate& tool, bool need_current) {
        const RecordJudgement* judgement = judged(tool.id);
        if (!judgement) return false;
        const RecordStatus& s = status(tool, *judgement);
        return s.complete && (s.current || !need_current);
    }

  private:
    const std::vector<ToolJudgement>& judged_;
    Date today_;
    std::deque<std::pair<const ToolTemplate*, RecordStatus>> statuses_;
};

// "incomplete: appreciation needs 2 more items; how-to-support needs an answer"
std::string incomplete_reason(const ToolTemplate& tool, const RecordStatus& status) {
    std::string unmet;
    int counted = 0, met = 0;
    for (const SectionStatus& section : status.sections) {
        if (!section.counts) continue;
        ++counted;
        if (section.met) {
            ++met;
            continue;
        }
        unmet += (unmet.empty() ? "" : "; ") + fill_in(tr("{1} needs {2}"), section.section, section.missing);
    }
    if (!tool.sections_needed) return fill_in(tr("incomplete: {1}"), unmet);
    const int short_by = std::max(1, *tool.sections_needed - met);
    return fill_in(tr_n("incomplete: {1} more section needed ({2})",
                        "incomplete: {1} more sections needed ({2})", static_cast<unsigned long>(short_by)),
                   short_by, unmet);
}

std::string out_of_date_reason(const RecordJudgement& judged, const RecordStatus& status) {
    return currency_words(currency(judged, status), display_words, true);
}

// An extra condition for 5, prepared once, with what the passes found.
struct Extra {
    const ExtraCondition* condition = nullptr;
    std::vector<const ToolTemplate*> tools;
    const SectionTemplate* section = nullptr;  // NoOverdueRows
    long total = 0;                            // active subjects of the scope
    long meeting = 0;                          // Coverage and Complete: subjects with a record that counts
    long overdue = 0;                          // NoOverdueRows: subjects with an overdue open row

    void visit(VisitedRecords& records, const Date& today) {
        ++total;
        switch (condition->kind) {
            case ExtraCondition::Kind::NoOverdueRows:
                if (has_overdue_row(records, today)) ++overdue;
                break;
            case ExtraCondition::Kind::Coverage:
            case ExtraCondition::Kind::Complete:
                if (std::any_of(tools.begin(), tools.end(), [&](const ToolTemplate* tool) {
                        return records.complete(*tool, condition->need_current);
                    }))
                    ++meeting;
                break;
        }
    }

    bool holds() const {
        switch (condition->kind) {
            case ExtraCondition::Kind::NoOverdueRows:
                return overdue == 0;
            case ExtraCondition::Kind::Coverage:
                return percent(meeting, total) >= condition->at_least;
            case ExtraCondition::Kind::Complete:
                return total > 0 && meeting == total;
        }
        return false;
    }

  private:
    bool has_overdue_row(VisitedRecords& records, const Date& today) const {
        const Section* rows = records.rows(tools.front()->id, section->id);
        if (!rows) return false;
        return std::any_of(rows->entries.begin(), rows->entries.end(), [&](const Entry& row) {
            const Cell* date = row.cell(condition->date_column);
            const auto due = date ? Date::parse(trim(date->text)) : std::nullopt;
            if (!due || today.days_since(*due) <= condition->grace_days) return false;
            const Cell* open = row.cell(condition->open_column);
            if (!open || open->blank()) return true;
            const std::string value = trim(open->text);
            return std::find(condition->open_values.begin(), condition->open_values.end(), value) !=
                   condition->open_values.end();
        });
    }
};

// A topic's main measure, prepared once: the templates it is judged by and the evidence being tallied.
struct Measure {
    const Topic* topic = nullptr;
    const EvidenceRule* rule = nullptr;
    const ToolTemplate* tool = nullptr;        // the tool's template, or a copy with the rule's review period
    const SectionTemplate* section = nullptr;  // measure one section instead of the whole record
    const SectionTemplate* latest_section = nullptr;  // 2.2: the latest dated row of this section
    std::vector<const Extra*> extras;
    std::size_t result = 0;  // where its evidence goes in the results
    TopicEvidence evidence;

    // Whether the subject meets the measure; when it does not and `why` is given, why, in words.
    bool meets(VisitedRecords& records, const Date& today, std::string* why) const {
        const RecordJudgement* judged = records.judged(tool->id);
        if (!judged) {
            if (why) *why = tr("no record");
            return false;
        }
        if (latest_section) {
            std::string reason =
                latest_shortfall(records.rows(tool->id, latest_section->id), today, why != nullptr);
            const bool met = reason.empty();
            if (!met && why) *why = std::move(reason);
            return met;
        }

        const RecordStatus& status = records.status(*tool, *judged);
        std::vector<std::string> reasons;
        if (section) {
            const auto it = std::find_if(status.sections.begin(), status.sections.end(),
                                         [&](const SectionStatus& s) { return s.section == section->id; });
            if (it != status.sections.end() && !it->met) {
                if (!why) return false;
                const std::size_t at = static_cast<std::size_t>(it - status.sections.begin());
                const SectionStatus worded = section_status(*section, judged->sections.at(at));
                reasons.push_back(fill_in(tr("incomplete: {1}"),
                                          fill_in(tr("{1} needs {2}"), worded.section, worded.missing)));
            }
        } else if (!status.complete) {
            if (!why) return false;
            reasons.push_back(incomplete_reason(*tool, status_on(*tool, *judged, today)));
        }
        if (!rule->row_section.empty() && !has_matching_row(records.rows(tool->id, rule->row_section))) {
            if (!why) return false;
            // TRANSLATORS: {1} is a value and {2} the column it is in: "no own-perspective perspective row".
            reasons.push_back(fill_in(tr("no {1} {2} row"), rule->row_value, rule->row_column));
        }
        if (rule->need_current && !status.current) {
            if (!why) return false;
            reasons.push_back(out_of_date_reason(*judged, status));
        }
        if (reasons.empty()) return true;
        for (const auto& reason : reasons) *why += (why->empty() ? "" : "; ") + reason;
        return false;
    }

  private:
    bool has_matching_row(const Section* rows) const {
        if (!rows) return false;
        return std::any_of(rows->entries.begin(), rows->entries.end(), [&](const Entry& row) {
            const Cell* cell = row.cell(rule->row_column);
            return cell && trim(cell->text) == rule->row_value;
        });
    }

    // The latest row held on or before `today` (a planned meeting has had no attendees yet) must be within
    // the rule's months and have an attendee with the rule's role.
    // Empty when it is; without `words`, a mark instead of the words.
    std::string latest_shortfall(const Section* rows, const Date& today, bool words) const {
        const Entry* latest = nullptr;
        std::optional<Date> latest_day;
        if (rows)
            for (const Entry& row : rows->entries) {
                const auto day = parse_row_date(row.date, latest_section->year_allowed);
                if (day && *day <= today && (!latest_day || *day >= *latest_day)) {
                    latest = &row;
                    latest_day = day;
                }
            }
        const int months = rule->latest_within_months;
        if (!words && (!latest || *latest_day < today.minus_months(months))) return "-";
        if (!latest || *latest_day < today.minus_months(months))
            return fill_in(
                tr_n("no {1} row in the {2} month before {3}", "no {1} row in the {2} months before {3}",
                     static_cast<unsigned long>(months)),
                latest_section->id, months, display_date(today));
        for (const Cell& cell : latest->cells)
            for (const Attendee& attendee : cell.attendees)
                if (trim(attendee.role) == rule->attendee_role) return {};
        if (!words) return "-";
        return fill_in(tr("no {1} attendee at the latest {2} row ({3})"), rule->attendee_role,
                       latest_section->id, display_date(*latest_day));
    }
};

// The attendees column of the section a "latest row" rule reads.
std::string attendees_column(const ToolTemplate& tool, const EvidenceRule& rule, const Topic& topic) {
    const SectionTemplate& section = section_named(tool, rule.latest_section, topic);
    for (const Column& column : section.columns)
        if (column.type == ColumnType::Attendees) return column.id;
    throw TemplateError(
        fill_in(tr("Topic {1} of the workbook (line {2}) asks for an attendee at the latest row "
                   "of the section '{3}' of {4}, which has no attendees column; correct the "
                   "workbook file."),
                topic.number, topic.line, rule.latest_section, tool.id));
}

std::string measure_id(const EvidenceRule& rule) {
    if (!rule.latest_section.empty()) return rule.tool + "/" + rule.latest_section + ":" + rule.attendee_role;
    if (!rule.row_section.empty()) return rule.tool + "/" + rule.row_section + ":" + rule.row_value;
    if (!rule.section.empty()) return rule.tool + "/" + rule.section;
    return rule.tool;
}

}  // namespace

int suggested_level(int coverage, bool any_record, bool extras_hold, int low, int high) {
    if (!any_record) return 1;
    if (coverage < low) return 3;
    if (coverage < high) return 4;
    return extras_hold ? 5 : 4;
}

std::vector<TopicEvidence> compute_evidence(const Store& store, const TemplateRegistry& templates,
                                            const Workbook& workbook, const Date& today,
                                            EvidenceDetail detail) {
    const bool words = detail == EvidenceDetail::WhoLacks;
    // Templates with a rule's own review period; a deque so the measures' pointers stay put.
    std::deque<ToolTemplate> reviewed_within;
    std::vector<TopicEvidence> results;
    std::vector<Measure> measures;
    std::deque<Extra> extras;
    std::map<SubjectKind, std::set<std::string>> tools_read;
    // The tools whose kept rows a rule reads, beyond the counts of the stored judgements.
    std::map<SubjectKind, std::set<std::string>> rows_read;

    for (const WorkbookSection& section : workbook.sections)
        for (const Topic& topic : section.topics) {
            TopicEvidence evidence;
            evidence.topic = topic.number;
            if (!topic.evidence) {
                results.push_back(std::move(evidence));
                continue;
            }
            const EvidenceRule& rule = *topic.evidence;
            Measure measure;
            measure.topic = &topic;
            measure.rule = &rule;
            measure.tool = &tool_named(templates, rule.tool, topic);
            if (rule.reviewed_within_months) {
                ToolTemplate judged = *measure.tool;
                judged.review_months = *rule.reviewed_within_months;
                measure.tool = &reviewed_within.emplace_back(std::move(judged));
            }
            if (!rule.section.empty()) measure.section = &section_named(*measure.tool, rule.section, topic);
            if (!rule.latest_section.empty())
                measure.latest_section = &kept_section(*measure.tool, rule.latest_section,
                                                       {attendees_column(*measure.tool, rule, topic)}, topic);
            if (!rule.row_section.empty())
                kept_section(*measure.tool, rule.row_section, {rule.row_column}, topic);
            evidence.measured = true;
            evidence.measure = measure_id(rule);
            evidence.scope = rule.scope;
            measure.evidence = std::move(evidence);
            tools_read[rule.scope].insert(rule.tool);
            if (!rule.latest_section.empty() || !rule.row_section.empty())
                rows_read[rule.scope].insert(rule.tool);

            for (const ExtraCondition& condition : rule.extras) {
                Extra& extra = extras.emplace_back();
                extra.condition = &condition;
                for (const std::string& id : condition.tools) {
                    extra.tools.push_back(&tool_named(templates, id, topic));
                    tools_read[condition.scope].insert(id);
                }
                if (extra.tools.empty())
                    throw TemplateError(
                        fill_in(tr("Topic {1} of the workbook (line {2}) has an extra condition "
                                   "naming no tool; name the tool it needs."),
                                topic.number, topic.line));
                if (condition.kind == ExtraCondition::Kind::NoOverdueRows) {
                    extra.section = &kept_section(*extra.tools.front(), condition.section,
                                                  {condition.date_column, condition.open_column}, topic);
                    rows_read[condition.scope].insert(extra.tools.front()->id);
                }
                measure.extras.push_back(&extra);
            }
            measure.result = results.size();
            results.push_back({});
            measures.push_back(std::move(measure));
        }

    for (SubjectKind scope : kScopes) {
        const auto wanted = tools_read.find(scope);
        if (wanted == tools_read.end()) continue;
        std::vector<Measure*> scope_measures;
        for (Measure& m : measures)
            if (m.rule->scope == scope) scope_measures.push_back(&m);
        std::vector<Extra*> scope_extras;
        for (Extra& e : extras)
            if (e.condition->scope == scope) scope_extras.push_back(&e);

        bool team_seen = false;
        const std::vector<std::string> tools(wanted->second.begin(), wanted->second.end());
        const std::set<std::string>& with_rows = rows_read[scope];
        store.judge_by(templates);
        store.for_each_subject_judgements(
            scope, tools, std::vector<std::string>(with_rows.begin(), with_rows.end()),
            CaseloadScope::Everyone, [&](const Subject& subject, const std::vector<ToolJudgement>& judged) {
                team_seen = true;
                VisitedRecords records(judged, today);
                // A team saved without a name is still "the team" to the manager reading the list.
                const auto name = [&] {
                    return scope == SubjectKind::Team && subject.display_name().empty()
                               ? tr("the team")
                               : subject.display_name();
                };
                for (Measure* m : scope_measures) {
                    TopicEvidence& e = m->evidence;
                    ++e.total;
                    if (records.judged(m->tool->id)) e.any_record = true;
                    std::string reason;
                    if (m->meets(records, today, words ? &reason : nullptr))
                        ++e.count;
                    else if (words)
                        e.lacking.push_back(Lacking{scope, subject.id, name(), std::move(reason)});
                }
                for (Extra* extra : scope_extras) extra->visit(records, today);
            });
        // The team is one subject whether or not it has been saved yet: without it, it has no record.
        if (scope == SubjectKind::Team && !team_seen) {
            for (Measure* m : scope_measures) {
                m->evidence.total = 1;
                m->evidence.lacking.push_back(
                    Lacking{scope, std::string(kTeamId), tr("the team"), tr("no record")});
            }
            for (Extra* extra : scope_extras) extra->total = 1;
        }
    }

    for (Measure& m : measures) {
        TopicEvidence& e = m.evidence;
        e.coverage = percent(e.count, e.total);
        for (const Extra* extra : m.extras)
            if (!extra->holds()) e.failed_extras.push_back(extra->condition->description);
        e.suggested =
            suggested_level(e.coverage, e.any_record, e.failed_extras.empty(), m.rule->low, m.rule->high);
        results[m.result] = std::move(e);
    }
    return results;
}

}  // namespace pcr::model
