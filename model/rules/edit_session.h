// The edits of one working session: each change saved at once, with Undo and Redo across records and people.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/domain/photo.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/domain/workbook_assessment.h"
#include "model/store/store.h"

namespace pcr::model {

// What the app implements so its views refresh after a change, an undo or a redo (the model reports through
// this interface and never knows about windows).
class EditObserver {
  public:
    virtual ~EditObserver() = default;
    virtual void record_changed(SubjectKind kind, const std::string& id, const std::string& tool) = 0;
    virtual void subject_changed(SubjectKind kind, const std::string& id) = 0;
    // An assessment of `workbook` on `date` was saved, started or removed. Views of the caseload need not
    // care.
    virtual void assessment_changed(const std::string& /*workbook*/, const Date& /*date*/) {}
};

// Whose record or details the next Undo or Redo changes: the app brings them on screen before it acts.
struct EditTarget {
    SubjectKind kind = SubjectKind::Person;
    std::string id;
    std::string tool;  // empty for a change to someone's details or photo
    // For a change to a workbook assessment: its workbook and day (kind, id and tool are then unused).
    std::string workbook;
    std::optional<Date> assessment;
};

// Every change is saved straight away through the store (one transaction there; the store keeps the history).
// Undo and redo save the earlier or later content again as a new version, so nothing in history is lost.
// If a save fails, the exception propagates and the undo and redo stacks stay as they were, so the app can
// show the message and keep what the user typed.
class EditSession {
  public:
    // `templates` give the tools' titles for the Undo and Redo descriptions; without them a record is named
    // by its tool id.
    explicit EditSession(Store& store, const TemplateRegistry* templates = nullptr);

    // Loads the current record of `tool` for the subject (an empty one when there is none), applies `change`,
    // and saves the result. Returns false, saving nothing and leaving the stacks alone, when the change left
    // the record as it was. `description` names the edit; the Undo menu adds whose record it is: "add
    // learning-log entry" becomes "Undo add learning-log entry, in Zoë Smith's learning log".
    // An exception from `change` (for example a pcr::UserError from RecordEdit) propagates with nothing
    // saved; an EditConflict comes back naming who saved the record's current version and when.
    bool apply(SubjectKind kind, const std::string& id, const std::string& tool,
               const std::function<void(Record&)>& change, const std::string& description);

    // Adds or updates a person, staff member or the team. Archiving or restoring someone is a save with a
    // new status. Undoing the addition of someone new archives them (the store never deletes anyone).
    // Returns false when nothing differs from what is stored.
    bool save_subject(const Subject& subject, const std::string& description);

    // Sets a person's or staff member's photo, or removes it when `photo` is empty, as one undoable step (the
    // store checks the picture and keeps "photo changed" in the subject's history). Undo puts back the photo
    // there was before, or none. Returns false when it is the photo already stored.
    bool set_photo(SubjectKind kind, const std::string& id, const std::optional<Photo>& photo,
                   const std::string& description);

    // Saves `edited` as the assessment of its day and workbook (starting it when there is none) as one
    // undoable step; undo puts back what was stored before, or removes an assessment the step started.
    // Returns false when it is what is stored already.
    bool save_assessment(const WorkbookAssessment& edited, const std::string& description);
    // Removes the assessment of `date` and `workbook` as one undoable step (undo brings it back whole).
    // Returns false when there is none.
    bool remove_assessment(const Date& date, const std::string& workbook, const std::string& description);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // "Undo edit By when, in Albert Walker's person-centred review" / "Redo ..."; empty when there is
    // nothing to undo/redo. A change to someone's details or photo is named by its own description ("Undo
    // edit Albert Walker").
    std::string undo_description() const;
    std::string redo_description() const;
    // Whose record (or details) the next Undo or Redo changes; none when there is nothing to undo/redo.
    std::optional<EditTarget> undo_target() const;
    std::optional<EditTarget> redo_target() const;
    // Throw pcr::UserError when there is nothing to undo or redo; a failed save leaves both stacks unchanged.
    void undo();
    void redo();

    // Observers are told about every saved change; they must outlive the session or be removed first.
    void add_observer(EditObserver& observer);
    void remove_observer(EditObserver& observer);

    Store& store() { return store_; }

  private:
    struct RecordChange {
        SubjectKind kind;
        std::string id;
        std::string tool;
        Record before;  // as stored before the change (empty when there was no record)
        Record after;   // as stored after it
    };
    struct SubjectChange {
        Subject before;  // as stored before; for someone added by the change, the same person archived
        Subject after;
    };
    struct PhotoChange {
        SubjectKind kind;
        std::string id;
        std::optional<Photo> before;  // none: there was no photo
        std::optional<Photo> after;
    };
    struct AssessmentChange {
        std::string workbook;
        Date date;
        std::optional<WorkbookAssessment> before;  // none: there was no assessment of that day
        std::optional<WorkbookAssessment> after;   // none: the step removed it
    };
    struct Step {
        std::variant<RecordChange, SubjectChange, PhotoChange, AssessmentChange> change;
        std::string description;  // as the change was named: "add item"
        std::string whose;        // for a record: ", in Zoë Smith's one-page profile"; empty otherwise
    };

    // Saves one side of a step again (the earlier one when `backwards`), after checking that the store still
    // holds the other side, so an undo never overwrites a change made elsewhere.
    void replay(Step& step, bool backwards);
    void notify(const Step& step);
    // ", in Zoë Smith's one-page profile": whose record a change is in, for its description.
    std::string whose(SubjectKind kind, const std::string& id, const std::string& tool) const;
    static EditTarget target(const Step& step);

    Store& store_;
    const TemplateRegistry* templates_ = nullptr;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    std::vector<EditObserver*> observers_;
};

}  // namespace pcr::model
