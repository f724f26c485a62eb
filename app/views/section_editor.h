// One section of a record in the editor: its title, the question it answers, and whether it meets its
// minimum.
#pragma once

#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <functional>
#include <string>

#include "model/core/date.h"
#include "model/domain/completeness.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"
#include "model/rules/record_edit.h"

namespace pcr::app {

// What a section editor needs from the record editor that holds it.
class SectionHost {
  public:
    virtual ~SectionHost() = default;
    // Saves one change as one transaction. False, after telling the user why, when it could not be saved;
    // the section then keeps what the user typed. When someone else changed the same text first, it fails
    // too, and the user is then asked what to keep; the section is told once that is stored (show_settled).
    virtual bool apply(const std::function<void(model::RecordEdit&)>& change,
                       const std::string& description) = 0;
    // Something was typed but not saved yet: completeness is judged again on an edited copy.
    virtual void edited() = 0;
    virtual const model::Date& today() const = 0;
    // The record as last saved.
    virtual const model::Record& record() const = 0;
};

class SectionEditor : public wxPanel {
  public:
    SectionEditor(wxWindow* parent, SectionHost& host, const model::SectionTemplate& section);

    const model::SectionTemplate& section() const { return section_; }
    // Shows the section as `record` holds it, replacing anything shown before.
    virtual void load(const model::Record& record) = 0;
    // Puts what is typed but not saved yet into `edit`, so completeness can be judged as the user types.
    virtual void preview(model::RecordEdit& edit) const = 0;
    // Saves whatever is typed but not saved yet (the record editor calls it before Undo, before another
    // record is shown and on every way out). Asked again while its own save is under way (the views refresh
    // and move the focus), it finds nothing left: a section counts its text as saved before saving it, and
    // takes it back if the save fails.
    virtual void commit_pending() = 0;
    // The save of the text at `place` met someone else's change, and the user chose what to keep: the record
    // now holds it, so the section shows the record again and counts it as saved. By default the section is
    // loaded again once the events under way are over (its controls may be the ones losing the focus).
    virtual void show_settled(const model::TextPlace& place);

    // "2 of 3 items: 1 more item needed", in green when met and amber when not.
    void show_status(const model::SectionStatus& status);
    wxString status_text() const { return status_->GetLabel(); }

  protected:
    // Where the section's own controls go, under its title and hint.
    wxBoxSizer* body() const { return body_; }
    SectionHost& host() const { return host_; }
    // Lays out the section and everything around it up to the scrolling record editor, after the section's
    // height changed (a line wrapped, a row was added).
    void lay_out_editor();
    // Runs `action` once the current event has been handled, so a control is never destroyed in its own
    // handler.
    void later(std::function<void()> action);

  private:
    SectionHost& host_;
    const model::SectionTemplate& section_;
    wxStaticText* status_ = nullptr;
    wxBoxSizer* body_ = nullptr;
};

}  // namespace pcr::app
