// Yes/No questions in message boxes, with the confirmer a test puts in taking their place.
#include "app/confirmer.h"

#include <wx/msgdlg.h>

namespace pcr::app {

namespace {

class MessageBoxConfirmer : public Confirmer {
  public:
    bool confirm(wxWindow* parent, const wxString& title, const wxString& question) override {
        return wxMessageBox(question, title, wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, parent) == wxYES;
    }
};

MessageBoxConfirmer message_boxes;
Confirmer* current = &message_boxes;

}  // namespace

Confirmer& confirmer() {
    return *current;
}

void set_confirmer(Confirmer* confirmer) {
    current = confirmer ? confirmer : &message_boxes;
}

}  // namespace pcr::app
