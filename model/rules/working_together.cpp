// Gathering what is working and not working, counting themes and suggesting them by shared words.
#include "model/rules/working_together.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/rules/assessment_draft.h"

namespace pcr::model {

namespace {

// Where a tool keeps statements: its row sections with a working or not-working column.
struct StatementSection {
    const SectionTemplate* section;
    const Column* working;
    const Column* not_working;
    const Column* perspective;
};

std::map<std::string, std::vector<StatementSection>> statement_sections(const TemplateRegistry& templates,
                                                                        SubjectKind kind) {
    std::map<std::string, std::vector<StatementSection>> found;
    for (const ToolTemplate* tool : templates.tools_for(kind))
        for (const auto& section : tool->sections) {
            if (!section.has_rows()) continue;
            StatementSection s{&section, section.column_with(ColumnRole::Working),
                               section.column_with(ColumnRole::NotWorking),
                               section.column_with(ColumnRole::Perspective)};
            if (s.working || s.not_working) found[tool->id].push_back(s);
        }
    return found;
}

bool in_range(const std::string& date, const StatementFilter& filter) {
    if (!filter.since && !filter.until) return true;
    const auto day = Date::parse(date);
    if (!day) return false;
    return (!filter.since || *day >= *filter.since) && (!filter.until || *day <= *filter.until);
}

void gather_kind(const SubjectStore& store, const TemplateRegistry& templates, SubjectKind kind,
                 const StatementFilter& filter, std::vector<Statement>& out) {
    const auto sections = statement_sections(templates, kind);
    std::vector<std::string> tools;
    for (const auto& [tool, unused] : sections) tools.push_back(tool);
    store.for_each_record_of(kind, tools, filter.team, [&](const Subject& subject, const Record& record) {
        const auto found = sections.find(record.tool);
        if (found == sections.end()) return;
        for (const auto& where : found->second) {
            const Section* section = record.section(where.section->id);
            if (!section) continue;
            for (const auto& entry : section->entries) {
                const std::string date = where.section->kind == SectionKind::Dated
                                             ? entry.date
                                             : (record.reviewed ? record.reviewed->iso() : std::string());
                if (!in_range(date, filter)) continue;
                const Cell* perspective = where.perspective ? entry.cell(where.perspective->id) : nullptr;
                for (const auto& [column, kind_of] :
                     {std::pair{where.working, StatementKind::Working},
                      std::pair{where.not_working, StatementKind::NotWorking}}) {
                    if (!column) continue;
                    const Cell* cell = entry.cell(column->id);
                    if (!cell || is_blank(cell->text)) continue;
                    out.push_back(Statement{{entry.key, column->id},
                                            subject.kind,
                                            subject.id,
                                            subject.display_name(),
                                            record.tool,
                                            date,
                                            perspective ? perspective->text : std::string(),
                                            kind_of,
                                            trim(cell->text)});
                }
            }
        }
    });
}

// The words of a text as suggestions compare them: folded (case and accents aside), letters and digits only.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : fold_for_search(text) + " ") {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

// Words too common to name a theme by, in the language of the demo and most records; a word in another
// language is only suggested by what it is shared by.
bool worth_suggesting(const std::string& word) {
    static const std::set<std::string> common{
        "about", "after",  "around",    "asked",    "back",   "enough", "first", "last",    "many",
        "next",  "once",   "sure",      "better",   "days",   "feel",   "feels", "knowing", "knows",
        "right", "seeing", "sometimes", "watching", "week",   "again",  "also",  "always",  "because",
        "been",  "being",  "could",     "does",     "doesn",  "doing",  "don",   "each",    "even",
        "every", "from",   "getting",   "going",    "good",   "great",  "have",  "having",  "into",
        "just",  "know",   "like",      "likes",    "lot",    "made",   "make",  "more",    "most",
        "much",  "need",   "needs",     "never",    "often",  "only",   "other", "over",    "really",
        "same",  "says",   "some",      "still",    "than",   "that",   "their", "them",    "then",
        "there", "these",  "they",      "thing",    "things", "this",   "those", "time",    "very",
        "want",  "wants",  "well",      "went",     "were",   "what",   "when",  "where",   "which",
        "while", "will",   "with",      "would",    "your"};
    return utf8_length(word) > 3 && !common.contains(word);
}

}  // namespace

std::vector<Statement> gather_statements(const SubjectStore& store, const TemplateRegistry& templates,
                                         const StatementFilter& filter) {
    std::vector<Statement> out;
    gather_kind(store, templates, SubjectKind::Person, filter, out);
    gather_kind(store, templates, SubjectKind::Team, filter, out);
    return out;
}

std::string quarter_of(const std::string& date) {
    const auto day = Date::parse(date);
    if (!day) return {};
    return std::to_string(day->year()) + "-Q" + std::to_string((day->month() - 1) / 3 + 1);
}

std::vector<ThemeCount> count_themes(const std::vector<Statement>& statements,
                                     const std::vector<Theme>& themes,
                                     const std::vector<ThemeMember>& members) {
    std::map<StatementKey, std::int64_t> theme_of;
    for (const auto& member : members) theme_of[member.statement] = member.theme;
    struct Tally {
        long statements = 0;
        std::set<std::pair<SubjectKind, std::string>> people;
        std::map<std::string, std::pair<long, std::set<std::pair<SubjectKind, std::string>>>> quarters;
    };
    std::map<std::int64_t, Tally> tallies;
    for (const auto& statement : statements) {
        const auto found = theme_of.find(statement.key);
        if (found == theme_of.end()) continue;
        Tally& tally = tallies[found->second];
        const std::pair owner{statement.owner_kind, statement.owner};
        ++tally.statements;
        tally.people.insert(owner);
        auto& quarter = tally.quarters[quarter_of(statement.date)];
        ++quarter.first;
        quarter.second.insert(owner);
    }
    std::vector<ThemeCount> counts;
    for (const auto& theme : themes) {
        ThemeCount count{theme, 0, 0, {}};
        if (const auto found = tallies.find(theme.key); found != tallies.end()) {
            count.statements = found->second.statements;
            count.people = static_cast<long>(found->second.people.size());
            for (const auto& [period, tally] : found->second.quarters)
                if (!period.empty())
                    count.by_quarter.push_back(
                        PeriodCount{period, tally.first, static_cast<long>(tally.second.size())});
            if (const auto undated = found->second.quarters.find(""); undated != found->second.quarters.end())
                count.by_quarter.push_back(
                    PeriodCount{"", undated->second.first, static_cast<long>(undated->second.second.size())});
        }
        counts.push_back(std::move(count));
    }
    return counts;
}

std::string theme_kind_words(StatementKind kind) {
    return kind == StatementKind::Working ? tr("Working") : tr("Not working");
}

std::string quarter_words(const ThemeCount& count) {
    std::string words;
    for (const auto& period : count.by_quarter) {
        const std::string said =
            fill_in(tr_n("{1} statement", "{1} statements", static_cast<unsigned long>(period.statements)),
                    grouped(period.statements));
        const std::string from =
            fill_in(tr_n("{1} person", "{1} people", static_cast<unsigned long>(period.people)),
                    grouped(period.people));
        // TRANSLATORS: {1} is a quarter ("2026-Q1") or "Undated", {2} "3 statements", {3} "2 people".
        words +=
            (words.empty() ? "" : "\n") +
            fill_in(tr("{1}: {2}, {3}"), period.period.empty() ? tr("Undated") : period.period, said, from);
    }
    return words;
}

bool shares_word(const Statement& statement, const std::string& word) {
    const auto words = words_of(statement.text);
    return std::find(words.begin(), words.end(), fold_for_search(word)) != words.end();
}

std::vector<ThemeSuggestion> suggest_themes(const std::vector<Statement>& statements,
                                            const std::vector<ThemeMember>& members, std::size_t at_least,
                                            std::size_t most) {
    std::set<StatementKey> placed;
    for (const auto& member : members) placed.insert(member.statement);
    // Per kind and word, the statements (by index) holding it: built once, then taken from greedily.
    std::map<std::pair<StatementKind, std::string>, std::vector<std::size_t>> holding;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        if (placed.contains(statements[i].key)) continue;
        auto words = words_of(statements[i].text);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        for (auto& word : words)
            if (worth_suggesting(word)) holding[{statements[i].kind, word}].push_back(i);
    }
    std::vector<bool> taken(statements.size(), false);
    std::vector<ThemeSuggestion> suggestions;
    while (suggestions.size() < most) {
        const std::pair<StatementKind, std::string>* best = nullptr;
        std::size_t best_count = 0;
        for (const auto& [word, held] : holding) {
            const auto count = static_cast<std::size_t>(
                std::count_if(held.begin(), held.end(), [&](std::size_t i) { return !taken[i]; }));
            if (count > best_count) {
                best = &word;
                best_count = count;
            }
        }
        if (!best || best_count < at_least) break;
        ThemeSuggestion suggestion{best->second, best->first, {}};
        if (!suggestion.name.empty() && suggestion.name[0] >= 'a' && suggestion.name[0] <= 'z')
            suggestion.name[0] = static_cast<char>(suggestion.name[0] - 'a' + 'A');
        for (std::size_t i : holding[*best])
            if (!taken[i]) {
                taken[i] = true;
                suggestion.statements.push_back(statements[i].key);
            }
        holding.erase(*best);
        suggestions.push_back(std::move(suggestion));
    }
    return suggestions;
}

void assign_to_theme(ThemeStore& store, const Theme& theme, const std::vector<Statement>& chosen) {
    std::vector<StatementKey> keys;
    for (const auto& statement : chosen) {
        if (statement.kind != theme.kind)
            throw UserError(
                fill_in(theme.kind == StatementKind::Working
                            ? tr("\"{1}\" says what is not working, and the theme \"{2}\" gathers "
                                 "what is working. Choose a theme of what is not working.")
                            : tr("\"{1}\" says what is working, and the theme \"{2}\" gathers what "
                                 "is not working. Choose a theme of what is working."),
                        statement.text, theme.name));
        keys.push_back(statement.key);
    }
    store.assign_statements(theme.key, keys);
}

TopicAction theme_action(const ThemeCount& count, const std::string& topic, const std::string& who,
                         const std::optional<Date>& by_when) {
    const std::string said =
        fill_in(tr_n("{1} statement", "{1} statements", static_cast<unsigned long>(count.statements)),
                grouped(count.statements));
    const std::string from = fill_in(
        tr_n("{1} person", "{1} people", static_cast<unsigned long>(count.people)), grouped(count.people));
    TopicAction action;
    action.topic = topic;
    action.action =
        fill_in(count.theme.kind == StatementKind::Working
                    ? tr("Keep what is working: {1} ({2} from {3}, Working Together for Change)")
                    : tr("Change what is not working: {1} ({2} from {3}, Working Together for Change)"),
                count.theme.name, said, from);
    action.who = who;
    action.by_when = by_when;
    return action;
}

std::string theme_topic(const Workbook& workbook, const TemplateRegistry& templates) {
    const auto topics = workbook.topics();
    for (const Topic* topic : topics) {
        if (!topic->evidence) continue;
        const ToolTemplate* tool = templates.find(topic->evidence->tool);
        if (!tool) continue;
        for (const auto& section : tool->sections)
            if (section.column_with(ColumnRole::Working) || section.column_with(ColumnRole::NotWorking))
                return topic->number;
    }
    return topics.empty() ? std::string() : topics.front()->number;
}

WorkbookAssessment plan_to_add_to(const Store& store, const std::string& workbook) {
    std::optional<WorkbookAssessment> latest;
    for (auto& assessment : store.assessments())
        if (assessment.workbook == workbook && (!latest || assessment.date > latest->date))
            latest = assessment;
    if (!latest)
        throw UserError(
            tr("There is no assessment of the workbook yet, so no action plan to add to. Start one "
               "first: Assessment > New Assessment… in the Workbook window."));
    return *latest;
}

bool add_to_action_plan(Store& store, const std::string& workbook, const TopicAction& action) {
    store.require(Action::Assess);
    WorkbookAssessment latest = plan_to_add_to(store, workbook);
    const std::vector<TopicAction> before = latest.actions;
    merge_actions(latest, {action});
    if (latest.actions == before) return false;
    store.save_assessment(latest);
    return true;
}

}  // namespace pcr::model
