// A self-assessment workbook as data: its sections and topics, each topic's five statements and evidence
// rule, and the workbook's mapping tables. Loaded from data/workbooks/*.xml by WorkbookRegistry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain/subject.h"

namespace pcr::model {

// A condition a topic's suggestion of 5 also needs (evidence.md, "extra condition for 5").
struct ExtraCondition {
    enum class Kind {
        // No active subject of `scope` has a row of `tool`/`section` that is still open (its `open_column`
        // cell
        // is blank or one of `open_values`) and whose `date_column` day is more than `grace_days` before D.
        NoOverdueRows,
        // At least `at_least` percent of active subjects of `scope` have a record of any one of `tools`
        // that is complete (and current, when `need_current`).
        Coverage,
        // The subject(s) of `scope` have a complete (and current when `need_current`) record of `tools[0]`;
        // for the team: the team's record.
        Complete,
    };
    Kind kind = Kind::Coverage;
    SubjectKind scope = SubjectKind::Person;
    std::vector<std::string> tools;
    std::string section;
    std::string date_column;
    std::string open_column;
    std::vector<std::string> open_values;  // cell values that count as open besides blank (e.g. "open")
    int grace_days = 0;
    int at_least = 0;
    bool need_current = true;
    std::string description;  // in words, for the screen: "no outcome more than 30 days overdue"
    bool operator==(const ExtraCondition&) const = default;
};

// How the records evidence one topic (evidence.md). A topic without a rule is self-assessed only.
struct EvidenceRule {
    SubjectKind scope = SubjectKind::Person;
    std::string tool;  // the main measure's tool
    // Measure one section meeting its minimum instead of the whole record being complete.
    std::string section;
    bool need_current = true;
    // Judge currency as "reviewed within this many months before D" instead of the template's review-months.
    std::optional<int> reviewed_within_months;
    // The record must also have a row of `row_section` whose `row_column` cell is `row_value` (2.3: family).
    std::string row_section, row_column, row_value;
    // Instead of completeness: the subject's latest dated row of `latest_section` within
    // `latest_within_months` before D has an attendee with role `attendee_role` (2.2).
    std::string latest_section;
    int latest_within_months = 12;
    std::string attendee_role;
    int low = 50;   // coverage from which 4 is suggested
    int high = 90;  // coverage from which 5 is suggested (when every extra condition holds)
    std::vector<ExtraCondition> extras;
    std::string description;  // in words: "one-page profile complete and current"
    bool operator==(const EvidenceRule&) const = default;
};

struct Topic {
    std::string number;                   // "1.3"
    std::string title;                    // as the workbook names it
    std::vector<std::string> statements;  // exactly five: statements[0] is level 1
    std::optional<EvidenceRule> evidence;
    int line = 0;  // where it is defined in its file, for messages
};

struct WorkbookSection {
    std::string number;  // "1"
    std::string title;
    std::vector<Topic> topics;
};

// A statement a mapping row stands for: an ASCOF outcome, a Making it Real "I" statement. The workbook may
// list it for some of the row's sections only (ASCOF lists different outcomes against each section).
struct MappingStatement {
    std::string text;
    std::vector<std::string> sections;  // none: every section the row covers
};

// One of the workbook's mapping tables, e.g. individual service fund principles to topics.
struct MappingRow {
    std::string key;          // "Who"
    std::string description;  // the principle, outcome, domain or marker in a few words
    std::string group;        // the heading the row is listed under ("Safeguarding and safety"), or none
    std::vector<std::string> topics;  // "1.6", "3.8"
    std::vector<MappingStatement> statements;

    // The statements the row lists against the topics of section `section`: those for every section and
    // those naming it.
    std::vector<std::string> statements_for(const std::string& section) const;
};

struct Mapping {
    std::string id;  // "isf-principles", "cqc-outcomes", "ascof-domains", "making-it-real"
    std::string title;
    std::vector<MappingRow> rows;
};

// What choosing a level means, as the workbook explains it: levels 1 and 2 "starting to look at and act on
// the topic", and so on.
struct ScaleBand {
    std::vector<int> levels;  // 1-5, in order
    std::string text;
};

struct Workbook {
    std::string id;  // "progress-for-providers-homecare"
    std::string title;
    std::vector<ScaleBand> scale;  // none when the workbook does not explain its scale
    std::vector<WorkbookSection> sections;
    std::vector<Mapping> mappings;
    std::string source_file;

    // Every topic in workbook order.
    std::vector<const Topic*> topics() const;
    const Topic* find_topic(const std::string& number) const;
    // The number of the section holding topic `number` ("1.3" is in "1"), or empty for an unknown topic.
    std::string section_of(const std::string& number) const;
};

}  // namespace pcr::model
