// List sections: every change to a line is saved on Enter or when the line loses focus; lines wrap and grow
// to show their whole text.
#include "app/views/list_section_editor.h"

#include <wx/window.h>
#include <wx/wrapsizer.h>

#include <utility>

#include "app/views/origin_choices.h"
#include "app/views/word_wrap.h"
#include "app/wx_text.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::app {

ListSectionEditor::ListSectionEditor(wxWindow* parent, SectionHost& host,
                                     const model::SectionTemplate& section)
    : SectionEditor(parent, host, section) {
    rows_ = new wxBoxSizer(wxVERTICAL);
    body()->Add(rows_, 0, wxEXPAND);
    // One line with a native hint: a multi-line box can only fake a hint with text that may end up in the
    // value.
    new_item_ =
        new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    new_item_->SetHint(to_wx(model::tr("Add an item\u2026")));
    new_item_->SetToolTip(to_wx(model::tr("Type a new item and press Enter to add it")));
    body()->Add(new_item_, 0, wxEXPAND | wxTOP, FromDIP(2));
    new_item_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit_new(); });
    new_item_->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
        event.Skip();
        this->host().edited();
    });
    new_item_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        if (!IsBeingDeleted()) commit_new();
    });
}

void ListSectionEditor::load(const model::Record& record) {
    Freeze();
    // Emptied before the lines are destroyed: a line losing the focus as it goes finds nothing to save (its
    // text is no longer there to read).
    items_.clear();
    origins_.clear();
    stored_.clear();
    keys_.clear();
    stored_origins_.clear();
    rows_->Clear(true);
    if (const model::Section* data = record.section(section().id))
        for (const auto& entry : data->entries) {
            stored_.push_back(entry.text);
            keys_.push_back(entry.key);
            stored_origins_.push_back(entry.origin);
        }

    const int gap = FromDIP(2);
    wxWindow* last = nullptr;  // the last control of the last row
    for (std::size_t i = 0; i < stored_.size(); ++i) {
        auto* row = new wxBoxSizer(wxVERTICAL);
        auto* text = make_line(to_wx(stored_[i]));
        text->SetToolTip(
            to_wx(model::tr("Enter saves; clearing the line removes the item; Alt+Up and Alt+Down move it")));
        // Made after its line and before the buttons, so Tab reaches it straight after the item.
        auto* whose = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, origin_labels());
        whose->SetSelection(origin_index(stored_origins_[i]));
        whose->SetToolTip(
            to_wx(model::tr("Whose words this item is: the person's, family's, staff's or "
                            "someone else's")));
        whose->SetName(to_wx(model::tr("Whose words")));
        auto* up = new wxButton(this, wxID_ANY, L"\u2191", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        auto* down = new wxButton(this, wxID_ANY, L"\u2193", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        auto* remove =
            new wxButton(this, wxID_ANY, L"\u2715", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        up->SetToolTip(to_wx(model::tr("Move up (Alt+Up)")));
        down->SetToolTip(to_wx(model::tr("Move down (Alt+Down)")));
        remove->SetToolTip(to_wx(model::tr("Remove this item")));
        up->Enable(i > 0);
        down->Enable(i + 1 < stored_.size());
        // The item's line has the whole width (a profile's sections are narrow columns); whose words it is
        // and its buttons go under it, the buttons on a line of their own where the column is too narrow for
        // both.
        auto* under = new wxWrapSizer(wxHORIZONTAL);
        under->Add(whose, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT | wxBOTTOM, gap);
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        buttons->Add(up, 0, wxRIGHT, gap);
        buttons->Add(down, 0, wxRIGHT, gap);
        buttons->Add(remove);
        under->Add(buttons, 0, wxBOTTOM, gap);
        row->Add(text, 0, wxEXPAND);
        row->Add(under, 0, wxEXPAND | wxTOP, gap);
        rows_->Add(row, 0, wxEXPAND | wxBOTTOM, 3 * gap);
        items_.push_back(text);
        origins_.push_back(whose);
        last = remove;

        text->Bind(wxEVT_TEXT_ENTER, [this, i](wxCommandEvent&) { commit(i); });
        text->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) {
            event.Skip();  // the line grows with its text too
            host().edited();
        });
        text->Bind(wxEVT_KILL_FOCUS, [this, i](wxFocusEvent& event) {
            event.Skip();
            if (!IsBeingDeleted()) commit(i);
        });
        text->Bind(wxEVT_KEY_DOWN, [this, i](wxKeyEvent& event) { on_key(event, i); });
        whose->Bind(wxEVT_CHOICE, [this, i](wxCommandEvent&) { set_origin(i); });
        up->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { move(i, -1); });
        down->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { move(i, +1); });
        remove->Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { this->remove(i); });
    }
    // Tab goes through the items in order, each with its buttons, and ends on the new-item line.
    if (last) new_item_->MoveAfterInTabOrder(last);
    Thaw();
    lay_out_editor();
}

wxTextCtrl* ListSectionEditor::make_line(const wxString& text) {
    // Enter saves (its handler never lets the control add a new line); long items wrap instead of being cut.
    auto* line = new wxTextCtrl(this, wxID_ANY, text, wxDefaultPosition, wxDefaultSize,
                                wxTE_MULTILINE | wxTE_PROCESS_ENTER | wxTE_WORDWRAP | wxTE_NO_VSCROLL);
    fit_line(line);
    line->Bind(wxEVT_SIZE, [this, line](wxSizeEvent& event) {
        event.Skip();
        fit_line(line);
    });
    line->Bind(wxEVT_TEXT, [this, line](wxCommandEvent& event) {
        event.Skip();
        fit_line(line);
    });
    return line;
}

void ListSectionEditor::fit_line(wxTextCtrl* line) {
    // Before the first layout the control has no width yet: it starts one line high.
    const int inside = line->GetClientSize().x - FromDIP(18);  // less the text view's margins
    const int lines = inside > FromDIP(20)
                          ? 1 + wrap_words(*line, line->GetValue(), inside, line->GetFont()).Freq('\n')
                          : 1;
    const int height = line->GetSizeFromTextSize(-1, lines * line->GetCharHeight()).y;
    if (line->GetMinSize().y == height) return;
    line->SetMinSize(wxSize(FromDIP(60), height));
    CallAfter([this] { lay_out_editor(); });
}

void ListSectionEditor::preview(model::RecordEdit& edit) const {
    for (std::size_t i = 0; i < items_.size() && i < stored_.size(); ++i) {
        const std::string text = from_wx(items_[i]->GetValue());
        if (text != stored_[i] && !model::is_blank(text)) edit.set_item(section().id, i, text);
    }
    const std::string added = from_wx(new_item_->GetValue());
    if (!model::is_blank(added)) edit.add_item(section().id, added);
}

void ListSectionEditor::commit_pending() {
    for (std::size_t i = 0; i < items_.size(); ++i) commit(i);
    commit_new();
}

void ListSectionEditor::commit(std::size_t index) {
    if (index >= items_.size() || index >= stored_.size()) return;
    const std::string text = from_wx(items_[index]->GetValue());
    if (text == stored_[index]) return;
    const std::string& id = section().id;
    if (model::is_blank(text)) {
        remove(index);
        return;
    }
    // Counted as saved before the save, so a second commit set off by this one finds nothing to do.
    const std::string before = std::exchange(stored_[index], text);
    const model::StartedFrom from{before, keys_[index], keys_.size()};
    if (!host().apply([&](model::RecordEdit& edit) { edit.set_item(id, index, text, from); },
                      model::tr("edit item")))
        stored_[index] = before;
    else
        keep_keys();
}

void ListSectionEditor::keep_keys() {
    // Storage gives a changed entry a new key. Taken only while the record holds the items as the list shows
    // them: after someone else's change too, the old keys make a later move or removal refused, and the list
    // is then shown again as stored.
    const model::Section* data = host().record().section(section().id);
    if (!data || data->entries.size() != stored_.size()) return;
    for (std::size_t i = 0; i < stored_.size(); ++i)
        if (data->entries[i].text != stored_[i]) return;
    for (std::size_t i = 0; i < keys_.size(); ++i) keys_[i] = data->entries[i].key;
}

void ListSectionEditor::commit_new() {
    const wxString typed = new_item_->GetValue();
    const std::string text = from_wx(typed);
    if (model::is_blank(text)) return;
    const std::string& id = section().id;
    // The line is emptied before the save, so a second commit set off by this one (the focus leaving the line
    // as the views refresh) finds nothing to add; a failed save puts the text back.
    new_item_->ChangeValue(wxString());
    if (!host().apply([&](model::RecordEdit& edit) { edit.add_item(id, text); }, model::tr("add item"))) {
        new_item_->ChangeValue(typed);
        return;
    }
    reload_later(stored_.size() + 1);
}

void ListSectionEditor::set_origin(std::size_t index) {
    if (index >= origins_.size() || index >= stored_origins_.size()) return;
    const std::string origin = origin_at(origins_[index]->GetSelection());
    if (origin == stored_origins_[index]) return;
    // A line cleared is an item about to go: nothing to say whose words it is.
    if (model::is_blank(from_wx(items_[index]->GetValue()))) return;
    commit(index);
    const std::string& id = section().id;
    const std::string before = std::exchange(stored_origins_[index], origin);
    if (!host().apply([&](model::RecordEdit& edit) { edit.set_origin(id, index, origin, keys_); },
                      model::tr("say whose words"))) {
        stored_origins_[index] = before;
        origins_[index]->SetSelection(origin_index(before));
        reload_later(index);  // as stored now, whatever stopped it
        return;
    }
    keep_keys();
}

void ListSectionEditor::move(std::size_t index, int by) {
    const long to = static_cast<long>(index) + by;
    if (to < 0 || to >= static_cast<long>(stored_.size())) return;
    commit(index);
    const std::string& id = section().id;
    if (host().apply(
            [&](model::RecordEdit& edit) { edit.move_entry(id, index, static_cast<std::size_t>(to), keys_); },
            model::tr("move item")))
        reload_later(static_cast<std::size_t>(to));
    else
        reload_later(index);  // as stored now, whatever stopped the move
}

void ListSectionEditor::remove(std::size_t index) {
    const std::string& id = section().id;
    if (host().apply([&](model::RecordEdit& edit) { edit.remove_entry(id, index, keys_); },
                     model::tr("remove item")))
        reload_later(index);
}

void ListSectionEditor::reload_later(std::size_t focus) {
    later([this, focus] {
        load(host().record());
        if (focus < items_.size())
            items_[focus]->SetFocus();
        else
            new_item_->SetFocus();
    });
}

void ListSectionEditor::on_key(wxKeyEvent& event, std::size_t index) {
    if (event.GetModifiers() == wxMOD_ALT && event.GetKeyCode() == WXK_UP) {
        move(index, -1);
    } else if (event.GetModifiers() == wxMOD_ALT && event.GetKeyCode() == WXK_DOWN) {
        move(index, +1);
    } else {
        event.Skip();
    }
}

void ListSectionEditor::show_settled(const model::TextPlace& place) {
    const model::Section* data = host().record().section(section().id);
    const std::size_t count = data ? data->entries.size() : 0;
    bool same_items = count == items_.size() && count == keys_.size();
    for (std::size_t i = 0; same_items && i < count; ++i) same_items = data->entries[i].key == keys_[i];
    if (!same_items) {
        // Items were added, moved or removed meanwhile: the list is built again, once the focus has settled.
        reload_later(place.entry);
        return;
    }
    // In place, as the line may be the one the focus is leaving; lines holding unsaved typing keep it.
    for (std::size_t i = 0; i < count; ++i) {
        if (i != place.entry && from_wx(items_[i]->GetValue()) != stored_[i]) continue;
        stored_[i] = data->entries[i].text;
        items_[i]->ChangeValue(to_wx(stored_[i]));
    }
}

}  // namespace pcr::app
