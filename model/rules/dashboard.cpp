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
    store.judge_by(templates);

    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Staff, SubjectKind::Team}) {
        std::set<std::string> with_profile, with_review;
        std::map<std::string, SignOff> signed_reviews;
        if (review && review->applies_to(kind))
            for (auto& done : store.sign_offs(kind))
                if (done.tool == review->id) signed_reviews.emplace(done.subject, std::move(done));
        // The people of a narrower caseload, by id; the pass over every record skips the others.
        SubjectQuery shown;
        std::optional<std::set<std::string>> in_caseload;
        if (kind == SubjectKind::Person && caseload != CaseloadScope::Everyone) {
            shown.caseload = caseload;
            in_caseload.emplace();
            for (const auto& subject : store.subjects(kind, shown)) in_caseload->insert(subject.id);
        }
        // Coverage by the same aggregate query as coverage(), over the caseload shown.
        CoverageTally covered(kind);
        for (const ToolTally& tool : store.tally_by_tool(kind, day, caseload)) covered.add(tool);
        for_each_status(
            store, templates, kind, day,
            [&](const Subject& subject, const ToolTemplate& tool, const RecordJudgement& judged,
                const RecordStatus& status) {
                // A record with nothing typed in it is no record.
                if (&tool == review && judged.has_content) with_review.insert(subject.id);
                if (&tool == profile && judged.has_content) with_profile.insert(subject.id);
                if (auto line = due_line(subject, tool, judged, status, day, due_within_days))
                    (&tool == review ? board.reviews_due : board.records_due).push_back(std::move(*line));
            },
            caseload);
        // Sign-offs and overdue rows need the rows of reviews and outcome plans: only those records are read.
        std::vector<std::string> with_rows, row_sections;
        if (review && review->applies_to(kind)) {
            with_rows.push_back(review->id);
            // Without an actions section, no section: the record's version is all a sign-off needs.
            row_sections.push_back(actions ? actions->id : std::string());
        }
        if (plan && plan->applies_to(kind) && outcomes) {
            with_rows.push_back(plan->id);
            row_sections.push_back(outcomes->id);
        }
        if (!with_rows.empty())
            store.for_each_subject_records(
                kind, false, with_rows, row_sections,
                [&](const Subject& subject, const std::vector<Record>& records) {
                    if (in_caseload && !in_caseload->count(subject.id)) return;
                    for (const Record& record : records) {
                        if (review && record.tool == review->id) {
                            // Only the actions are read: whether it holds anything is the judgement's to say.
                            if (with_review.count(subject.id)) {
                                const auto done = signed_reviews.find(subject.id);
                                if (done == signed_reviews.end())
                                    board.awaiting_sign_off.push_back(
                                        line_for(subject, review->id,
                                                 fill_in(tr("{1}: not signed off"), review->title)));
                                else if (done->second.outdated_by(record.version))
                                    board.awaiting_sign_off.push_back(
                                        line_for(subject, review->id,
                                                 fill_in(tr("{1}: changed since sign-off"), review->title)));
                            }
                            if (actions)
                                add_overdue_rows(board.overdue_actions, subject, *review, record, *actions,
                                                 day);
                        } else if (plan && outcomes && record.tool == plan->id) {
                            add_overdue_rows(board.overdue_outcomes, subject, *plan, record, *outcomes, day);
                        }
                    }
                });

        const std::optional<long> total =
            in_caseload ? std::optional<long>(static_cast<long>(in_caseload->size())) : std::nullopt;
        auto rows = covered.rows(store, templates, total);
        board.coverage.insert(board.coverage.end(), rows.begin(), rows.end());

        if (kind != SubjectKind::Team)
            board.subjects += in_caseload ? in_caseload->size() : store.count(kind);
        const bool profiles = profile && profile->applies_to(kind);
        const bool reviews = review && review->applies_to(kind);
        if (!profiles && !reviews) continue;
        for (const auto& subject : store.subjects(kind, shown)) {
            if (profiles && !with_profile.count(subject.id))
                board.no_profile.push_back(
                    line_for(subject, profile->id, fill_in(tr("No {1} yet"), in_sentence(profile->title))));
            if (reviews && !with_review.count(subject.id)) {
                DashboardLine line =
                    line_for(subject, review->id, fill_in(tr("No {1} yet"), in_sentence(review->title)));
                line.overdue = true;
                board.reviews_due.push_back(std::move(line));
            }
        }
    }

    sort_lines(board.awaiting_sign_off, by_name);
    sort_lines(board.no_profile, by_kind_and_name);
    for (auto* lines :
         {&board.records_due, &board.reviews_due, &board.overdue_actions, &board.overdue_outcomes})
        sort_lines(*lines, by_date);
    return board;
}

}  // namespace pcr::model
