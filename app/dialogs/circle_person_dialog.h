// Adds or edits one person of a relationship circle: name, relationship, ring and group.
#pragma once

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <string>

#include "model/domain/tool_template.h"

namespace pcr::app {

// The values of one row of the circle's people table, as stored.
struct CirclePerson {
    std::string name;
    std::string relationship;
    std::string circle;
    std::string group;
};

class CirclePersonDialog : public wxDialog {
  public:
    // `people` is the template's section with role circle-people (the choices of its circle-ring and group
    // columns label the ring and group lists). With `can_remove` the dialog has a Remove button, which ends
    // it with wxID_DELETE.
    CirclePersonDialog(wxWindow* parent, const wxString& title, const model::SectionTemplate& people,
                       const CirclePerson& person, bool can_remove);

    CirclePerson person() const;
    wxTextCtrl* name_control() const { return name_; }
    wxTextCtrl* relationship_control() const { return relationship_; }

  private:
    bool TransferDataFromWindow() override;

    const model::SectionTemplate& people_;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* relationship_ = nullptr;
    wxChoice* circle_ = nullptr;
    wxChoice* group_ = nullptr;
};

}  // namespace pcr::app
