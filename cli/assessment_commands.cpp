// The assess, scores and actions commands: CSV in, the model's assessment pieces in between, CSV out.
#include "cli/assessment_commands.h"

#include <iostream>

#include "cli/open_database.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/assessment_csv.h"
#include "model/exchange/csv_reader.h"
#include "model/exchange/csv_writer.h"
#include "model/exchange/score_csv.h"
#include "model/rules/assessment_draft.h"
#include "model/rules/evidence.h"
#include "model/rules/overdue_actions.h"

namespace pcr::cli {

namespace {

using namespace pcr::model;

std::string day_text(const std::optional<Date>& day) {
    return day ? day->iso() : std::string();
}

// One line for scripts: the file, the first problem with its line, and how many there are.
template <class Problems>
[[noreturn]] void refuse(const std::string& file, const Problems& problems) {
    const auto count = problems.size();
    // TRANSLATORS: {1} is a file, {2} its first problem.
    throw UserError(
        fill_in(count == 1 ? tr("Cannot record the assessment: {1}: {2} (the only problem; nothing was "
                                "stored)")
                : count >= kMaxCsvProblems
                    ? tr_n("Cannot record the assessment: {1}: {2} (first of at least {3} problem; "
                           "nothing was stored)",
                           "Cannot record the assessment: {1}: {2} (first of at least {3} problems; "
                           "nothing was stored)",
                           count)
                    : tr_n("Cannot record the assessment: {1}: {2} (first of {3} problem; nothing was "
                           "stored)",
                           "Cannot record the assessment: {1}: {2} (first of {3} problems; nothing was "
                           "stored)",
                           count),
                file, problems.front().to_string(), count));
}

Date assessment_date(const CommandContext& c) {
    const auto text = c.args.get("--date");
    if (!text) return c.today;
    const auto day = Date::parse(*text);
    if (!day) throw UsageError(fill_in(tr("--date needs a date as YYYY-MM-DD, not '{1}'"), *text));
    if (c.today < *day)
        throw UserError(
            fill_in(tr("Cannot record an assessment dated {1}, after today ({2}): the evidence beside it "
                       "is what the records show on its day. Give --date {2} or earlier."),
                    day->iso(), c.today.iso()));
    return *day;
}

// Assessments of the workbook named by --workbook, or of every workbook without it.
std::vector<WorkbookAssessment> chosen_assessments(const CommandContext& c, const Store& store) {
    auto all = store.assessments();
    if (const auto workbook = c.args.get("--workbook"))
        std::erase_if(all, [&](const WorkbookAssessment& a) { return a.workbook != *workbook; });
    return all;
}

}  // namespace

int run_assess(const CommandContext& c) {
    const Date date = assessment_date(c);
    const auto scores_file = c.args.get("--scores");
    if (!scores_file || scores_file->empty()) throw UsageError(tr("assess needs --scores FILE.csv"));
    const auto actions_file = c.args.get("--actions");
    std::optional<Participation> participation;
    if (const auto said = c.args.get("--participation")) {
        participation = participation_from_string(*said);
        if (!participation || said->empty())
            throw UsageError(fill_in(tr("--participation is who took part: alone, with-manager, with-team or "
                                        "with-other-managers, not '{1}'"),
                                     *said));
    }

    const auto workbooks = WorkbookRegistry::load(WorkbookRegistry::default_folder(), c.templates);
    const Workbook& workbook = workbooks.get(c.args.get("--workbook").value_or(kDefaultWorkbook));

    // Both files are read and checked before the database is opened, so a bad file changes nothing.
    const ScoreRows scores = read_score_rows(read_csv(*scores_file), workbook);
    if (!scores.ok()) refuse(*scores_file, scores.problems);
    ActionRows actions;
    if (actions_file) {
        actions = read_action_rows(read_csv(*actions_file), workbook);
        if (!actions.ok()) refuse(*actions_file, actions.problems);
    }

    auto store = open_database(c.args);
    // Refused before the evidence is gathered; the store would refuse the save anyway.
    store->require(Action::Assess);
    // The write lock first, then the evidence: an import under way finishes before the evidence is read, and
    // none can start until the assessment made from it is saved.
    const auto hold = store->hold_writes();
    const auto earlier = store->assessments();
    const WorkbookAssessment* same_day = nullptr;
    for (const auto& a : earlier)
        if (a.workbook == workbook.id && a.date == date) same_day = &a;
    const WorkbookAssessment* previous = previous_assessment(earlier, workbook.id, date);

    WorkbookAssessment assessment = new_assessment(
        date, workbook, compute_evidence(*store, c.templates, workbook, date, EvidenceDetail::Counts),
        previous);
    // Recording a day again keeps that day's actions and plans rather than carrying older ones over again.
    if (same_day) {
        assessment.actions = same_day->actions;
        assessment.plans = same_day->plans;
        assessment.participation = same_day->participation;
    }
    if (participation) assessment.participation = *participation;
    const std::size_t kept_actions = assessment.actions.size();
    apply_scores(assessment, scores.scores);
    merge_actions(assessment, actions.actions);
    store->save_assessment(assessment);
    hold->commit();

    CsvWriter csv(c.out);
    csv.row({"topic", "level", "suggested", "coverage", "flagged"});
    int scored = 0;
    std::vector<const TopicScore*> flagged;
    for (const auto& score : assessment.scores) {
        const ScoreFields f = score_fields(score);
        csv.row({score.topic, f.level, f.suggested, f.coverage, f.flagged});
        if (score.level) ++scored;
        if (score_flagged(score)) flagged.push_back(&score);
    }

    const std::size_t topics = assessment.scores.size(), action_count = assessment.actions.size();
    std::string kept;
    if (same_day)
        kept = fill_in(tr(" ({1} kept from the assessment of that day, which this replaces)"), kept_actions);
    else if (previous && kept_actions > 0)
        kept = fill_in(tr(" ({1} not done carried over from {2})"), kept_actions, previous->date.iso());
    // TRANSLATORS: {4} is "12 topics", {5} "3 actions", {6} what became of earlier actions (may be empty).
    c.err << fill_in(tr("Recorded the {1} assessment of {2}: {3} of {4} scored, {5}{6}."), workbook.id,
                     date.iso(), scored, fill_in(tr_n("{1} topic", "{1} topics", topics), topics),
                     fill_in(tr_n("{1} action", "{1} actions", action_count), action_count), kept)
          << "\n";
    for (const TopicScore* score : flagged)
        c.err << fill_in(tr("Flagged: topic {1} is scored {2} but the records suggest {3}."), score->topic,
                         *score->level, *score->evidence->suggested)
              << "\n";
    return 0;
}

int run_scores(const CommandContext& c) {
    if (const auto format = c.args.get("--format"); format && *format != "csv")
        throw UsageError(fill_in(tr("--format can only be csv, not '{1}'"), *format));
    auto store = open_database(c.args);
    CsvWriter csv(c.out);
    csv.row({"date", "topic", "level", "suggested"});
    for (const auto& assessment : chosen_assessments(c, *store))
        for (const auto& score : assessment.scores) {
            const ScoreFields f = score_fields(score);
            csv.row({assessment.date.iso(), score.topic, f.level, f.suggested});
        }
    return 0;
}

int run_actions(const CommandContext& c) {
    auto store = open_database(c.args);
    const auto assessments = chosen_assessments(c, *store);
    CsvWriter csv(c.out);
    csv.row({"topic", "action", "who", "by_when", "done"});
    if (assessments.empty()) {
        c.err << tr("No assessment recorded yet; `pcrecords-cli assess` records one.") << "\n";
        return 0;
    }
    const WorkbookAssessment& latest = assessments.back();
    for (const auto& action : latest.actions)
        if (!c.args.has("--overdue") || action_overdue(action, c.today))
            csv.row(
                {action.topic, action.action, action.who, day_text(action.by_when), day_text(action.done)});
    return 0;
}

}  // namespace pcr::cli
