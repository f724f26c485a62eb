// Who was at a meeting: one line per person with their name and role, added and removed in a small dialog.
#pragma once

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <vector>

#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::app {

class AttendeesDialog : public wxDialog {
  public:
    // `column` gives the title and the roles to choose from.
    AttendeesDialog(wxWindow* parent, const model::Column& column,
                    const std::vector<model::Attendee>& attendees);

    // The lines with a name, in order (lines left without a name are dropped).
    std::vector<model::Attendee> attendees() const;
    void add_line(const model::Attendee& attendee);

  private:
    struct Line {
        wxTextCtrl* name;
        wxChoice* role;
    };

    const model::Column& column_;
    wxBoxSizer* lines_ = nullptr;
    wxButton* add_ = nullptr;  // new lines go before it in the tab order, as they do on screen
    std::vector<Line> rows_;
};

}  // namespace pcr::app
