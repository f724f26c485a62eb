// The layout of a dialog that only shows something: its content above one Close button, which Escape presses.
#include "app/dialogs/close_only.h"

#include <wx/button.h>

#include <functional>

namespace pcr::app {

namespace {

wxButton* with_close(wxDialog* dialog, const std::function<void(wxBoxSizer*)>& add_content, int gap) {
    auto* buttons = new wxStdDialogButtonSizer;
    auto* close = new wxButton(dialog, wxID_CLOSE);
    close->SetDefault();
    buttons->AddButton(close);
    buttons->Realize();
    dialog->SetEscapeId(wxID_CLOSE);
    dialog->SetAffirmativeId(wxID_CLOSE);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    add_content(sizer);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
    dialog->SetSizer(sizer);
    return close;
}

}  // namespace

wxButton* lay_out_with_close(wxDialog* dialog, wxWindow* content, int gap) {
    return with_close(
        dialog, [&](wxBoxSizer* sizer) { sizer->Add(content, 1, wxEXPAND | wxALL, gap); }, gap);
}

wxButton* lay_out_with_close(wxDialog* dialog, wxSizer* content, int gap) {
    return with_close(
        dialog, [&](wxBoxSizer* sizer) { sizer->Add(content, 1, wxEXPAND | wxALL, gap); }, gap);
}

}  // namespace pcr::app
