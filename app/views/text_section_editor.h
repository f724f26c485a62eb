// A text section in the editor: one box of free text, saved when it loses focus.
#pragma once

#include <wx/textctrl.h>

#include <string>

#include "app/views/section_editor.h"

namespace pcr::app {

class TextSectionEditor : public SectionEditor {
  public:
    TextSectionEditor(wxWindow* parent, SectionHost& host, const model::SectionTemplate& section);

    void load(const model::Record& record) override;
    void preview(model::RecordEdit& edit) const override;
    void commit_pending() override;
    void show_settled(const model::TextPlace& place) override;

    wxTextCtrl* text_control() const { return text_; }

  private:
    wxTextCtrl* text_ = nullptr;
    std::string stored_;
};

}  // namespace pcr::app
