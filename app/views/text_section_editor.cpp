// Text sections: the whole text is one change, saved when the box loses focus.
#include "app/views/text_section_editor.h"

#include <utility>

#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

TextSectionEditor::TextSectionEditor(wxWindow* parent, SectionHost& host,
                                     const model::SectionTemplate& section)
    : SectionEditor(parent, host, section) {
    text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, FromDIP(90)),
                           wxTE_MULTILINE | wxTE_WORDWRAP);
    text_->SetToolTip(to_wx(model::tr("Saved when you leave the box")));
    body()->Add(text_, 1, wxEXPAND);
    text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { this->host().edited(); });
    text_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        if (!IsBeingDeleted()) commit_pending();
    });
}

void TextSectionEditor::load(const model::Record& record) {
    const model::Section* data = record.section(section().id);
    stored_ = data ? data->text : std::string();
    text_->ChangeValue(to_wx(stored_));
}

void TextSectionEditor::preview(model::RecordEdit& edit) const {
    const std::string text = from_wx(text_->GetValue());
    if (text != stored_) edit.set_text(section().id, text);
}

void TextSectionEditor::commit_pending() {
    const std::string text = from_wx(text_->GetValue());
    if (text == stored_) return;
    const std::string& id = section().id;
    // Counted as saved before the save, so a second commit set off by this one finds nothing to do.
    const std::string before = std::exchange(stored_, text);
    if (!host().apply([&](model::RecordEdit& edit) { edit.set_text(id, text, before); },
                      model::tr("edit text")))
        stored_ = before;
}

void TextSectionEditor::show_settled(const model::TextPlace& /*place*/) {
    // In place: the box may be the one the focus is leaving.
    const model::Section* data = host().record().section(section().id);
    stored_ = data ? data->text : std::string();
    text_->ChangeValue(to_wx(stored_));
}

}  // namespace pcr::app
