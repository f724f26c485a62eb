// Working Together for Change: every statement of what is working and not working across the caseload,
// gathered for a manager to group into themes, count over time and turn into actions on the workbook's plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/statement_theme.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook.h"
#include "model/domain/workbook_assessment.h"
#include "model/store/store.h"

namespace pcr::model {

// One filled-in working or not-working cell of a record (a column with role working or not-working,
// docs/templates.md#roles).
struct Statement {
    StatementKey key;
    SubjectKind owner_kind = SubjectKind::Person;  // a person, or the team
    std::string owner;                             // their id
    std::string name;                              // their name as lists show it (the preferred name first)
    std::string tool;                              // the tool id: where it was said
    // A dated row's date (a review meeting's); a table row's is the day its record was last reviewed, or
    // empty when it never was.
    std::string date;
    std::string
        perspective;  // the row's perspective column value ("person", "family", "staff"), if it has one
    StatementKind kind = StatementKind::Working;
    std::string text;
    bool operator==(const Statement&) const = default;
};

// Which statements to gather: of one team's people and that team (else every active person and team the
// principal may see), dated from `since` to `until` inclusive. With either day given, undated statements are
// left out.
struct StatementFilter {
    std::optional<std::string> team;
    std::optional<Date> since;
    std::optional<Date> until;
};

// Every statement of the active people, then the teams, in subject id, tool, section and row order, working
// before not working within a row. Reads only the records of tools with such columns, in one pass a kind.
std::vector<Statement> gather_statements(const SubjectStore& store, const TemplateRegistry& templates,
                                         const StatementFilter& filter);

// How many statements a theme holds, from how many people (or teams), in all and per quarter ("2026-Q3";
// "" for undated statements, last), of the statements given.
struct PeriodCount {
    std::string period;
    long statements = 0;
    long people = 0;
    bool operator==(const PeriodCount&) const = default;
};
struct ThemeCount {
    Theme theme;
    long statements = 0;
    long people = 0;
    std::vector<PeriodCount> by_quarter;  // oldest first
    bool operator==(const ThemeCount&) const = default;
};
// Each of `themes` in order, counted over `statements` by `members`.
std::vector<ThemeCount> count_themes(const std::vector<Statement>& statements,
                                     const std::vector<Theme>& themes,
                                     const std::vector<ThemeMember>& members);
// "2026-Q3" for a "YYYY-MM-DD" date, "" for anything else.
std::string quarter_of(const std::string& date);

// "Working", "Not working": a kind as a report shows it.
std::string theme_kind_words(StatementKind kind);
// A theme's counts per quarter, one a line: "2026-Q1: 2 statements, 1 person"; undated ones last.
std::string quarter_words(const ThemeCount& count);

// A theme a manager might make: statements of one kind not yet in a theme that share a word, named after it.
struct ThemeSuggestion {
    std::string name;
    StatementKind kind = StatementKind::Working;
    std::vector<StatementKey> statements;
};
// Up to `most` suggestions, the word shared by the most statements first, each statement in one suggestion
// only, and only words at least `at_least` statements share. Words of three letters or fewer and common
// words ("with", "that") are not suggested.
std::vector<ThemeSuggestion> suggest_themes(const std::vector<Statement>& statements,
                                            const std::vector<ThemeMember>& members, std::size_t at_least = 3,
                                            std::size_t most = 20);
// The statements of `statements` that hold `word` as a word, case aside: what a suggestion was made of.
bool shares_word(const Statement& statement, const std::string& word);

// Puts `chosen` in `theme` (ThemeStore::assign_statements), first refusing with pcr::UserError any of the
// other kind: a theme of what is working gathers only what is working.
void assign_to_theme(ThemeStore& store, const Theme& theme, const std::vector<Statement>& chosen);

// The action for a theme on the workbook's action plan: the theme's name and counts in words.
TopicAction theme_action(const ThemeCount& count, const std::string& topic, const std::string& who,
                         const std::optional<Date>& by_when);
// The workbook topic a theme's action goes under unless the manager chooses another: the first whose
// evidence is a tool with working or not-working statements (know what is working and not working, and
// change it), else the first topic; "" for a workbook without topics.
std::string theme_topic(const Workbook& workbook, const TemplateRegistry& templates);

// The latest assessment of `workbook`, whose action plan a theme's action goes on. Throws pcr::UserError when
// the workbook has no assessment yet (start one first), so the app can say so before asking for the action.
WorkbookAssessment plan_to_add_to(const Store& store, const std::string& workbook);
// Adds `action` to the latest assessment of `workbook` (rules/assessment_draft.h: merge_actions) and saves it
// as its next version; one with the same topic and words is replaced. False, saving nothing, when the plan
// holds that very action already. Throws as
// plan_to_add_to does, and pcr::NotAllowedError unless the principal may assess.
bool add_to_action_plan(Store& store, const std::string& workbook, const TopicAction& action);

}  // namespace pcr::model
