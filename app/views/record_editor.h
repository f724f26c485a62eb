// The record editor: every section of one subject's record of one tool, made from the tool's template, with
// live completeness and currency, saving each change at once through the edit session.
#pragma once

#include <wx/button.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/error_reporter.h"
#include "app/views/section_editor.h"
#include "model/domain/subject.h"
#include "model/rules/edit_session.h"

namespace pcr::app {

class PhotoPanel;
class WrappingLabel;

class RecordEditor : public wxScrolledWindow, private SectionHost {
  public:
    explicit RecordEditor(wxWindow* parent);

    // Where changes go and how failures are told; no session: the editor shows the record but cannot save.
    // What is typed is saved through the previous session first.
    void set_session(model::EditSession* session, ErrorReporter* reporter, const model::Date& today);
    // Shows the subject's record of `tool` (an empty one when there is none yet), building the sections from
    // the template. The one-page profile is laid out as its printed page, with the photo. What is typed in
    // the record shown before is saved to that record first.
    void show(const model::Subject& subject, const model::ToolTemplate& tool);
    void set_reporter(ErrorReporter* reporter) { reporter_ = reporter ? reporter : &message_box_; }
    // Saves what is typed, then shows nothing.
    void clear();
    // Reads the record again after a change made elsewhere (Undo, Redo, another window).
    void reload();
    // Saves whatever is typed but not saved yet, in any section, to the record shown: the one place every
    // way out of the editor goes through (another tool, person or tab, another database, closing). Saving
    // twice is harmless: a section hands over its text before saving it, so what is typed is stored once.
    // False when something could not be saved; the user was told, and the text is still in the editor.
    bool commit_pending();
    // Whether anything is typed and not saved yet, in any section.
    bool has_unsaved() const;

    bool applying() const { return applying_; }
    model::EditSession* session() const { return session_; }
    bool showing(model::SubjectKind kind, const std::string& id, const std::string& tool) const;
    const model::Record& record() const override { return record_; }
    // "72% complete · Out of date since 3 Mar 2026", as shown above the sections.
    wxString status_text() const { return status_->GetLabel(); }
    SectionEditor* section_editor(const std::string& id) const;
    wxButton* reviewed_button() const { return reviewed_; }
    PhotoPanel* photo_panel() const { return photo_; }
    void mark_reviewed();

  private:
    bool apply(const std::function<void(model::RecordEdit&)>& change,
               const std::string& description) override;
    void edited() override;
    const model::Date& today() const override { return today_; }
    // Someone else changed the text a save was for first: the save fails (the section keeps the typing, and
    // leaving the record waits), and once the focus change that made the save is over the user is asked,
    // in a ConflictDialog, what to keep.
    void settle_later(const model::EditConflict& conflict, const std::string& description);
    // Asks about the conflict settle_later kept and saves the choice; the section is then shown what is
    // stored.
    void settle();
    void build();
    void show_status(const model::Record& record);
    wxWindow* build_page();

    model::EditSession* session_ = nullptr;
    MessageBoxReporter message_box_{this};
    ErrorReporter* reporter_ = &message_box_;
    model::Date today_;
    std::optional<model::Subject> subject_;
    const model::ToolTemplate* tool_ = nullptr;
    model::Record record_;
    bool applying_ =
        false;  // a change is being saved: what it sets off (views told, focus moving) saves nothing
    bool committing_ = false;  // commit_pending() is running
    bool failed_ = false;      // a save failed during the current commit_pending()
    bool reporting_ = false;   // a failure is being shown: focus moving to the message must not save again
    // The conflict waiting for the user's choice, with the record it is in and what the change was for.
    struct PendingConflict {
        model::EditConflict conflict;
        std::string description;
        model::Subject subject;
        std::string tool;
    };
    std::optional<PendingConflict> conflict_;

    WrappingLabel* title_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* reviewed_ = nullptr;
    wxBoxSizer* sections_sizer_ = nullptr;
    PhotoPanel* photo_ = nullptr;
    std::vector<SectionEditor*> sections_;
};

}  // namespace pcr::app
