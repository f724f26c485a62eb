// The manager's dashboard: one pass over each kind's records, sorted into what needs doing.
#include "model/rules/dashboard.h"

#include <algorithm>
#include <map>
#include <set>

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/rules/row_due.h"

namespace pcr::model {

namespace {

std::string in_days(int days) {
    if (days == 0) return tr("today");
    if (days == 1) return tr("tomorrow");
    return fill_in(tr_n("in {1} day", "in {1} days", static_cast<unsigned long>(days < 0 ? -days : days)),
                   days);
}

// A tool title inside a sentence: "No one-page profile yet" (a title starting with an acronym keeps it).
std::string in_sentence(const std::string& title) {
    std::string out = title;
    if (out.size() > 1 && out[0] >= 'A' && out[0] <= 'Z' && out[1] >= 'a' && out[1] <= 'z')
        out[0] += 'a' - 'A';
    return out;
}

std::string overdue_words(int days) {
    return fill_in(
        tr_n("{1} day overdue", "{1} days overdue", static_cast<unsigned long>(days < 0 ? -days : days)),
        days);
}

DashboardLine line_for(const Subject& subject, const std::string& tool, std::string text) {
    return DashboardLine{subject.kind, subject.id, subject.display_name(), tool, std::move(text),
                         std::nullopt, false};
}

// A line when a record is out of date or due within the window; nothing when it is current for longer. Its
// words are the ones every view uses for the record's currency.
std::optional<DashboardLine> due_line(const Subject& subject, const ToolTemplate& tool,
                                      const RecordJudgement& judged, const RecordStatus& status,
                                      const Date& day, int within_days) {
    if (!tool.review_months) return std::nullopt;
    const Currency now = currency(judged, status);
    DashboardLine line =
        line_for(subject, tool.id, tool.title + ": " + currency_words(now, display_words, true));
    switch (now.kind) {
        case Currency::Kind::NoRecord:
            return std::nullopt;
        case Currency::Kind::NeverReviewed:
            line.overdue = true;
            return line;
        case Currency::Kind::OutOfDate:
            line.date = now.due;
            line.overdue = true;
            return line;
        case Currency::Kind::Current:
            break;
    }
    if (!now.due) return std::nullopt;
    const int left = now.due->days_since(day);
    if (left > within_days) return std::nullopt;
    line.date = now.due;
    // TRANSLATORS: {1} is a tool, {3} "today", "tomorrow" or "in 5 days".
    line.text =
        fill_in(tr("{1}: due for review by {2} ({3})"), tool.title, display_date(*now.due), in_days(left));
    return line;
}

// The section of a tool whose rows fall due (row_due.h decides which), found through the template so titles
// and column order may change; none when the tool has no such section.
const SectionTemplate* due_section(const ToolTemplate* tool) {
    if (!tool) return nullptr;
    for (const auto& section : tool->sections)
        if (rows_fall_due(section)) return &section;
    return nullptr;
}

// "Move to a flat: Visit two flats (Alan)": the row's text columns, with who does it (the column with role
// who) in brackets.
std::string describe_row(const SectionTemplate& section, const Entry& row) {
    const Column* closes = closing_column(section);
    std::string what, who;
    for (const auto& column : section.columns) {
        if (column.role == ColumnRole::ByWhen || &column == closes || column.type != ColumnType::Text)
            continue;
        const Cell* cell = row.cell(column.id);
        if (!cell || cell->blank()) continue;
        if (column.role == ColumnRole::Who)
            who = trim(cell->text);
        else
            what += (what.empty() ? "" : ": ") + trim(cell->text);
    }
    if (what.empty()) what = tr("(no description)");
    // TRANSLATORS: an action and who does it: "Visit two flats (Alan)".
    return who.empty() ? what : fill_in(tr("{1} ({2})"), what, who);
}

void add_overdue_rows(std::vector<DashboardLine>& lines, const Subject& subject, const ToolTemplate& tool,
                      const Record& record, const SectionTemplate& section, const Date& day) {
    const Section* data = record.section(section.id);
    if (!data) return;
    for (const auto& row : data->entries) {
        const auto days = days_overdue(section, row, day);
        if (!days) continue;
        DashboardLine line = line_for(subject, tool.id,
                                      // TRANSLATORS: an action, the day it was due, and "3 days overdue".
                                      fill_in(tr("{1}: due {2}, {3}"), describe_row(section, row),
                                              display_date(day.plus_days(-*days)), overdue_words(*days)));
        line.date = day.plus_days(-*days);
        line.overdue = true;
        lines.push_back(std::move(line));
    }
}

// Where a review records who came: its section with an attendees column, and the role in it that is the
// person themselves (the choice marked self="true"); none when the template marks no such role.
struct Attendance {
    const SectionTemplate* section = nullptr;
    const Column* column = nullptr;
    std::string role;
};

std::optional<Attendance> attendance_of(const ToolTemplate* tool) {
    if (!tool) return std::nullopt;
    for (const auto& section : tool->sections) {
        if (section.kind != SectionKind::Dated) continue;
        for (const auto& column : section.columns) {
            if (column.type != ColumnType::Attendees) continue;
            for (const auto& choice : column.choices)
                if (choice.self) return Attendance{&section, &column, choice.value};
        }
    }
    return std::nullopt;
}

// A line for each meeting of `record` held since `since` and on or before `day` whose attendees are given but
// do not include the person; a meeting with no attendees yet (planned, or not filled in) is not one.
void add_meetings_without(std::vector<DashboardLine>& lines, const Subject& subject, const ToolTemplate& tool,
                          const Record& record, const Attendance& attendance,
                          const std::optional<Date>& since, const Date& day) {
    const Section* data = record.section(attendance.section->id);
    if (!data) return;
    for (const auto& row : data->entries) {
        const auto held = parse_row_date(row.date, attendance.section->year_allowed);
        if (!held || *held > day || (since && *held < *since)) continue;
        const Cell* cell = row.cell(attendance.column->id);
        if (!cell || cell->attendees.empty()) continue;
        if (std::any_of(cell->attendees.begin(), cell->attendees.end(),
                        [&](const Attendee& a) { return trim(a.role) == attendance.role; }))
            continue;
        // TRANSLATORS: {1} is the review tool ("Person-centred review"), {2} the day it was held.
        DashboardLine line = line_for(
            subject, tool.id, fill_in(tr("{1} on {2}: held without them"), tool.title, display_date(*held)));
        line.date = *held;
        lines.push_back(std::move(line));
    }
}

// Names each line's teams, in its words and in DashboardLine::teams.
void name_teams(std::vector<DashboardLine>& lines, const Store& store) {
    if (lines.empty()) return;
    std::map<std::string, std::string> names;
    for (const Subject& team : store.subjects(SubjectKind::Team)) names[team.id] = team.display_name();
    for (DashboardLine& line : lines) {
        for (const std::string& id : store.teams_of(line.kind, line.id)) {
            const auto found = names.find(id);
            line.teams += (line.teams.empty() ? "" : "; ") + (found == names.end() ? id : found->second);
        }
        // TRANSLATORS: {1} is what the line says, {2} the names of the person's teams.
        if (!line.teams.empty()) line.text = fill_in(tr("{1} (team: {2})"), line.text, line.teams);
    }
}

// A line with its name folded for comparing, once rather than at every comparison of a long list.
struct Sorted {
    std::string name;
    DashboardLine* line;
};

bool by_name(const Sorted& a, const Sorted& b) {
    if (a.name != b.name) return a.name < b.name;
    if (a.line->kind != b.line->kind) return a.line->kind < b.line->kind;
    if (a.line->id != b.line->id) return a.line->id < b.line->id;
    return a.line->tool < b.line->tool;
}

// Undated lines ("never reviewed") first, then by date, then by name.
bool by_date(const Sorted& a, const Sorted& b) {
    if (a.line->date != b.line->date) return !a.line->date || (b.line->date && *a.line->date < *b.line->date);
    return by_name(a, b);
}

// People before staff, then by name.
bool by_kind_and_name(const Sorted& a, const Sorted& b) {
    return a.line->kind != b.line->kind ? a.line->kind < b.line->kind : by_name(a, b);
}

void sort_lines(std::vector<DashboardLine>& lines, bool (*earlier)(const Sorted&, const Sorted&)) {
    std::vector<Sorted> keyed;
    keyed.reserve(lines.size());
    for (DashboardLine& line : lines) keyed.push_back(Sorted{fold_for_search(line.name), &line});
    std::stable_sort(keyed.begin(), keyed.end(), earlier);
    std::vector<DashboardLine> sorted;
    sorted.reserve(lines.size());
    for (const Sorted& key : keyed) sorted.push_back(std::move(*key.line));
    lines = std::move(sorted);
}

}  // namespace

std::string Dashboard::nothing_words(DashboardSection section) const {
    if (subjects == 0) {
        if (section == DashboardSection::NoProfile)
            return tr(
                "There is nobody here yet. Add the people you support (or import a file) and whoever has "
                "no one-page profile is listed here.");
        return section == DashboardSection::RecordsDue
                   ? tr("No records are due: nothing has been written yet.")
                   : tr("Nothing yet: there is nobody here.");
    }
    switch (section) {
        case DashboardSection::NoProfile:
            return tr("Everyone has a one-page profile.");
        case DashboardSection::RecordsDue:
            return tr("No records are out of date or due soon.");
        case DashboardSection::ReviewsDue:
            return tr("No person-centred reviews are due.");
        case DashboardSection::OverdueActions:
            return tr("No review actions are overdue.");
        case DashboardSection::OverdueOutcomes:
            return tr("No outcomes are overdue.");
        case DashboardSection::AwaitingSignOff:
            return tr("Every review held is signed off.");
        case DashboardSection::WithoutPerson:
            return tr("Every review held lately had the person there.");
    }
    return {};
}

Dashboard Dashboard::build(const Store& store, const TemplateRegistry& templates, const Date& day,
                           int due_within_days, CaseloadScope caseload) {
    Dashboard board;
    board.day = day;
    board.due_within_days = due_within_days;
    // Each found by the role its template gives it; a line whose tool no template has is left out.
    const ToolTemplate* profile = templates.with_role(ToolRole::Profile);
    const ToolTemplate* review = templates.with_role(ToolRole::Review);
    const ToolTemplate* plan = templates.with_role(ToolRole::OutcomePlan);
    const SectionTemplate* actions = due_section(review);
    const SectionTemplate* outcomes = due_section(plan);
    const std::optional<Attendance> attendance = attendance_of(review);
    // Meetings since the start of the review's period: one held longer ago is followed by a later review.
    const std::optional<Date> since = review && review->review_months
                                          ? std::optional<Date>(day.minus_months(*review->review_months))
                                          : std::nullopt;
    store.judge_by(templates);

    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Staff, SubjectKind::Team}) {
        const bool profiles = profile && profile->applies_to(kind);
        const bool reviews = review && review->applies_to(kind);
        std::map<std::string, SignOff> signed_reviews;
        if (reviews)
            for (auto& done : store.sign_offs(kind))
                if (done.tool == review->id) signed_reviews.emplace(done.subject, std::move(done));
        // Coverage over the caseload shown, from the judgements this pass reads anyway (coverage() has the
        // same counts from an aggregate query; a test holds them equal).
        CoverageTally covered(kind);
        // Overdue actions and outcomes come from the rows kept with the judgements of reviews and plans.
        std::vector<std::string> rows_of;
        if (reviews && (actions || attendance)) rows_of.push_back(review->id);
        if (plan && plan->applies_to(kind) && outcomes) rows_of.push_back(plan->id);

        long shown = 0;
        store.for_each_subject_judgements(
            kind, {}, rows_of, caseload,
            [&](const Subject& subject, const std::vector<ToolJudgement>& judged) {
                ++shown;
                bool has_profile = false, has_review = false;
                for (const ToolJudgement& found : judged) {
                    const ToolTemplate* tool = templates.find(found.tool);
                    if (!tool || !tool->applies_to(kind)) continue;
                    // A record with nothing typed in it is no record.
                    if (tool == review && found.judged.has_content) has_review = true;
                    if (tool == profile && found.judged.has_content) has_profile = true;
                    const RecordStatus status = status_on(*tool, found.judged, day, Wording::NoWords);
                    covered.add(tool->id, status);
                    if (auto line = due_line(subject, *tool, found.judged, status, day, due_within_days))
                        (tool == review ? board.reviews_due : board.records_due).push_back(std::move(*line));
                    if (tool == review && (actions || attendance)) {
                        const Record kept = kept_rows(*tool, found.judged);
                        if (actions)
                            add_overdue_rows(board.overdue_actions, subject, *review, kept, *actions, day);
                        if (attendance)
                            add_meetings_without(board.without_person, subject, *review, kept, *attendance,
                                                 since, day);
                    } else if (tool == plan && outcomes) {
                        add_overdue_rows(board.overdue_outcomes, subject, *plan,
                                         kept_rows(*tool, found.judged), *outcomes, day);
                    }
                }
                if (has_review) {
                    const auto done = signed_reviews.find(subject.id);
                    if (done == signed_reviews.end())
                        board.awaiting_sign_off.push_back(
                            line_for(subject, review->id, fill_in(tr("{1}: not signed off"), review->title)));
                    else if (done->second.outdated_by(done->second.record_version))
                        board.awaiting_sign_off.push_back(line_for(
                            subject, review->id, fill_in(tr("{1}: changed since sign-off"), review->title)));
                }
                if (profiles && !has_profile)
                    board.no_profile.push_back(line_for(
                        subject, profile->id, fill_in(tr("No {1} yet"), in_sentence(profile->title))));
                if (reviews && !has_review) {
                    DashboardLine line =
                        line_for(subject, review->id, fill_in(tr("No {1} yet"), in_sentence(review->title)));
                    line.overdue = true;
                    board.reviews_due.push_back(std::move(line));
                }
            });

        // A narrower caseload is counted as it was read; the whole of one by the store.
        const bool part = kind == SubjectKind::Person && caseload != CaseloadScope::Everyone;
        auto rows = covered.rows(store, templates, part ? std::optional<long>(shown) : std::nullopt);
        board.coverage.insert(board.coverage.end(), rows.begin(), rows.end());
        if (kind != SubjectKind::Team)
            board.subjects += part ? static_cast<std::size_t>(shown) : store.count(kind);
    }

    sort_lines(board.awaiting_sign_off, by_name);
    sort_lines(board.without_person, by_date);
    name_teams(board.without_person, store);
    sort_lines(board.no_profile, by_kind_and_name);
    for (auto* lines :
         {&board.records_due, &board.reviews_due, &board.overdue_actions, &board.overdue_outcomes})
        sort_lines(*lines, by_date);
    return board;
}

}  // namespace pcr::model
