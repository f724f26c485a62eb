// A session's edits: immediate saves through the store, undo and redo as new versions, observers told of
// each.
#include "model/rules/edit_session.h"

#include <algorithm>

#include "model/core/clock_time.h"
#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/rules/edit_conflict.h"

namespace pcr::model {

namespace {

std::string owner(SubjectKind kind, const std::string& id) {
    return std::string(to_string(kind)) + " " + id;
}

Record empty_record(const std::string& tool) {
    Record r;
    r.tool = tool;
    return r;
}

// The record as stored now, or an empty one of the tool when there is none.
Record stored_record(const Store& store, SubjectKind kind, const std::string& id, const std::string& tool) {
    auto found = store.record(kind, id, tool);
    return found ? std::move(*found) : empty_record(tool);
}

// The same picture: the time it was stored does not count.
bool same_photo(const std::optional<Photo>& a, const std::optional<Photo>& b) {
    if (!a || !b) return !a && !b;
    return a->mime == b->mime && a->bytes == b->bytes;
}

void store_photo(Store& store, SubjectKind kind, const std::string& id, const std::optional<Photo>& photo) {
    if (photo)
        store.set_photo(kind, id, photo->bytes, photo->mime);
    else
        store.clear_photo(kind, id);
}

// "Albert Walker's", "the team's": whose record a change is in, by the full name the caseload lists.
std::string possessive(const Store& store, SubjectKind kind, const std::string& id) {
    if (kind == SubjectKind::Team) return tr("the team's");
    const std::optional<Subject> subject = store.subject(kind, id);
    const std::string name = subject && !subject->name.empty() ? subject->name : owner(kind, id);
    // TRANSLATORS: whose record a change is in ("Albert Walker's").
    return fill_in(tr("{1}'s"), name);
}

// Who saved the version of the record the conflicting text is in, and when, from the subject's history.
EditConflict::Details with_author(EditConflict::Details details, const Store& store, SubjectKind kind,
                                  const std::string& id, const Record& current) {
    const std::vector<Change> changes = store.history(kind, id);
    const auto found = std::find_if(changes.rbegin(), changes.rend(), [&](const Change& c) {
        return c.tool == current.tool && c.version == current.version;
    });
    if (found == changes.rend()) return details;
    details.who = found->who;
    const auto moment = parse_utc_stamp(found->when);
    details.when = moment ? local_time_words(*moment) : found->when;
    return details;
}

std::string assessment_words(const Date& date) {
    return fill_in(tr(", in the assessment of {1}"), display_date(date));
}

}  // namespace

EditSession::EditSession(Store& store, const TemplateRegistry* templates)
    : store_(store), templates_(templates) {}

std::string EditSession::whose(SubjectKind kind, const std::string& id, const std::string& tool) const {
    const ToolTemplate* found = templates_ ? templates_->find(tool) : nullptr;
    const std::string tool_name = found && !found->title.empty() ? mid_sentence(found->title) : tool;
    // TRANSLATORS: added to a change's description: ", in Albert Walker's one-page profile".
    return fill_in(tr(", in {1} {2}"), possessive(store_, kind, id), tool_name);
}

bool EditSession::apply(SubjectKind kind, const std::string& id, const std::string& tool,
                        const std::function<void(Record&)>& change, const std::string& description) {
    RecordChange step{kind, id, tool, stored_record(store_, kind, id, tool), {}};
    Record edited = step.before;
    try {
        change(edited);
    } catch (const EditConflict& conflict) {
        throw EditConflict(with_author(conflict.details(), store_, kind, id, step.before));
    }
    if (edited == step.before) return false;
    store_.save_record(kind, id, edited);
    // Read back, so the next undo compares against exactly what the store holds (entry keys included).
    step.after = stored_record(store_, kind, id, tool);
    undo_.push_back(Step{std::move(step), description, whose(kind, id, tool)});
    redo_.clear();
    notify(undo_.back());
    return true;
}

bool EditSession::save_subject(const Subject& subject, const std::string& description) {
    const std::optional<Subject> stored = store_.subject(subject.kind, subject.id);
    if (stored && *stored == subject) return false;
    store_.save_subject(subject);
    SubjectChange step;
    step.after = store_.subject(subject.kind, subject.id).value_or(subject);
    if (stored) {
        step.before = *stored;
    } else {
        step.before = step.after;
        step.before.status = Status::Archived;
    }
    undo_.push_back(Step{std::move(step), description, {}});
    redo_.clear();
    notify(undo_.back());
    return true;
}

bool EditSession::set_photo(SubjectKind kind, const std::string& id, const std::optional<Photo>& photo,
                            const std::string& description) {
    PhotoChange step{kind, id, store_.photo(kind, id), {}};
    if (same_photo(step.before, photo)) return false;
    store_photo(store_, kind, id, photo);
    step.after = store_.photo(kind, id);
    undo_.push_back(Step{std::move(step), description, {}});
    redo_.clear();
    notify(undo_.back());
    return true;
}

bool EditSession::save_assessment(const WorkbookAssessment& edited, const std::string& description) {
    AssessmentChange step{edited.workbook, edited.date, store_.assessment(edited.date, edited.workbook), {}};
    if (step.before && *step.before == edited) return false;
    store_.save_assessment(edited);
    step.after = store_.assessment(edited.date, edited.workbook);
    undo_.push_back(Step{std::move(step), description, assessment_words(edited.date)});
    redo_.clear();
    notify(undo_.back());
    return true;
}

bool EditSession::remove_assessment(const Date& date, const std::string& workbook,
                                    const std::string& description) {
    AssessmentChange step{workbook, date, store_.assessment(date, workbook), std::nullopt};
    if (!step.before) return false;
    store_.remove_assessment(date, workbook);
    undo_.push_back(Step{std::move(step), description, assessment_words(date)});
    redo_.clear();
    notify(undo_.back());
    return true;
}

std::string EditSession::undo_description() const {
    // TRANSLATORS: {1} is the change ("add a row"), {2} whose record it is in (", in Albert Walker's ...").
    return undo_.empty() ? std::string()
                         : fill_in(tr("Undo {1}{2}"), undo_.back().description, undo_.back().whose);
}

std::string EditSession::redo_description() const {
    return redo_.empty() ? std::string()
                         : fill_in(tr("Redo {1}{2}"), redo_.back().description, redo_.back().whose);
}

std::optional<EditTarget> EditSession::undo_target() const {
    if (undo_.empty()) return std::nullopt;
    return target(undo_.back());
}

std::optional<EditTarget> EditSession::redo_target() const {
    if (redo_.empty()) return std::nullopt;
    return target(redo_.back());
}

EditTarget EditSession::target(const Step& step) {
    if (const auto* change = std::get_if<RecordChange>(&step.change))
        return EditTarget{change->kind, change->id, change->tool, {}, std::nullopt};
    if (const auto* photo = std::get_if<PhotoChange>(&step.change))
        return EditTarget{photo->kind, photo->id, {}, {}, std::nullopt};
    if (const auto* assessment = std::get_if<AssessmentChange>(&step.change))
        return EditTarget{SubjectKind::Team, {}, {}, assessment->workbook, assessment->date};
    const Subject& after = std::get<SubjectChange>(step.change).after;
    return EditTarget{after.kind, after.id, {}, {}, std::nullopt};
}

void EditSession::undo() {
    if (undo_.empty()) throw UserError(tr("There is nothing to undo in this session."));
    replay(undo_.back(), true);
    redo_.push_back(std::move(undo_.back()));
    undo_.pop_back();
    notify(redo_.back());
}

void EditSession::redo() {
    if (redo_.empty()) throw UserError(tr("There is nothing to redo: undo a change first."));
    replay(redo_.back(), false);
    undo_.push_back(std::move(redo_.back()));
    redo_.pop_back();
    notify(undo_.back());
}

void EditSession::replay(Step& step, bool backwards) {
    // Undo and redo each have their sentences, so a translator can word them as the language needs.
    if (auto* change = std::get_if<RecordChange>(&step.change)) {
        Record target = backwards ? change->before : change->after;
        const Record& expected = backwards ? change->after : change->before;
        const Record stored = stored_record(store_, change->kind, change->id, change->tool);
        if (!(stored == expected))
            throw StorageError(fill_in(
                backwards
                    ? tr("The {1} record of {2} has been changed elsewhere since \"{3}\", so undo would "
                         "overwrite that change; reopen the record and make the change by hand.")
                    : tr("The {1} record of {2} has been changed elsewhere since \"{3}\", so redo would "
                         "overwrite that change; reopen the record and make the change by hand."),
                change->tool, owner(change->kind, change->id), step.description));
        target.version = stored.version;
        store_.save_record(change->kind, change->id, target);
        (backwards ? change->before : change->after) =
            stored_record(store_, change->kind, change->id, change->tool);
        return;
    }
    if (auto* change = std::get_if<PhotoChange>(&step.change)) {
        const std::optional<Photo>& target = backwards ? change->before : change->after;
        if (!same_photo(store_.photo(change->kind, change->id), backwards ? change->after : change->before))
            throw StorageError(fill_in(
                backwards
                    ? tr("The photo of {1} has been changed elsewhere since \"{2}\", so undo would overwrite "
                         "that change; reopen their profile and choose the photo by hand.")
                    : tr("The photo of {1} has been changed elsewhere since \"{2}\", so redo would overwrite "
                         "that change; reopen their profile and choose the photo by hand."),
                owner(change->kind, change->id), step.description));
        store_photo(store_, change->kind, change->id, target);
        return;
    }
    if (auto* change = std::get_if<AssessmentChange>(&step.change)) {
        const auto& target = backwards ? change->before : change->after;
        if (store_.assessment(change->date, change->workbook) != (backwards ? change->after : change->before))
            throw StorageError(fill_in(
                backwards
                    ? tr("The assessment of {1} has been changed elsewhere since \"{2}\", so undo would "
                         "overwrite that change; make the change by hand.")
                    : tr("The assessment of {1} has been changed elsewhere since \"{2}\", so redo would "
                         "overwrite that change; make the change by hand."),
                display_date(change->date), step.description));
        if (target)
            store_.save_assessment(*target);
        else
            store_.remove_assessment(change->date, change->workbook);
        return;
    }
    auto& change = std::get<SubjectChange>(step.change);
    const Subject& target = backwards ? change.before : change.after;
    const Subject& expected = backwards ? change.after : change.before;
    const std::optional<Subject> stored = store_.subject(target.kind, target.id);
    if (!stored || !(*stored == expected))
        throw StorageError(fill_in(
            backwards
                ? tr("The details of {1} have been changed elsewhere since \"{2}\", so undo would overwrite "
                     "that change; reopen them and make the change by hand.")
                : tr("The details of {1} have been changed elsewhere since \"{2}\", so redo would overwrite "
                     "that change; reopen them and make the change by hand."),
            owner(target.kind, target.id), step.description));
    Subject saved = target;
    saved.version = stored->version;
    store_.save_subject(saved);
}

void EditSession::add_observer(EditObserver& observer) {
    observers_.push_back(&observer);
}

void EditSession::remove_observer(EditObserver& observer) {
    std::erase(observers_, &observer);
}

void EditSession::notify(const Step& step) {
    // A copy, so an observer may remove itself while being told.
    const std::vector<EditObserver*> observers = observers_;
    for (EditObserver* observer : observers) {
        if (const auto* change = std::get_if<RecordChange>(&step.change))
            observer->record_changed(change->kind, change->id, change->tool);
        else if (const auto* photo = std::get_if<PhotoChange>(&step.change))
            observer->subject_changed(photo->kind, photo->id);
        else if (const auto* assessment = std::get_if<AssessmentChange>(&step.change))
            observer->assessment_changed(assessment->workbook, assessment->date);
        else
            observer->subject_changed(std::get<SubjectChange>(step.change).after.kind,
                                      std::get<SubjectChange>(step.change).after.id);
    }
}

}  // namespace pcr::model
