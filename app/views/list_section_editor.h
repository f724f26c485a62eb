// A list section in the editor: one line per item, under it whose words it is and move and remove buttons,
// and a line to add a new one. Each line wraps to show the whole of its item.
#pragma once

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/textctrl.h>

#include <cstdint>
#include <string>
#include <vector>

#include "app/views/section_editor.h"

namespace pcr::app {

class ListSectionEditor : public SectionEditor {
  public:
    ListSectionEditor(wxWindow* parent, SectionHost& host, const model::SectionTemplate& section);

    void load(const model::Record& record) override;
    void preview(model::RecordEdit& edit) const override;
    void commit_pending() override;
    void show_settled(const model::TextPlace& place) override;

    std::size_t item_count() const { return items_.size(); }
    wxTextCtrl* item_control(std::size_t index) const { return items_.at(index); }
    // The choice of whose words item `index` is, beside its line.
    wxChoice* origin_control(std::size_t index) const { return origins_.at(index); }
    // The empty line at the end: typing there and pressing Enter adds an item.
    wxTextCtrl* new_item_control() const { return new_item_; }

  private:
    // Saves one line; the new-item line adds an item, a cleared line removes its item.
    void commit(std::size_t index);
    void commit_new();
    // Saves whose words item `index` is, as chosen in its choice.
    void set_origin(std::size_t index);
    void move(std::size_t index, int by);
    void remove(std::size_t index);
    // Rebuilds from the saved record once the current event is over, then focuses line `focus` (the new-item
    // line when it is past the end).
    // After a save: the keys of the entries as stored now (see the definition).
    void keep_keys();
    void reload_later(std::size_t focus);
    void on_key(wxKeyEvent& event, std::size_t index);
    // A wrapping line for an item, as tall as its wrapped text.
    wxTextCtrl* make_line(const wxString& text);
    void fit_line(wxTextCtrl* line);

    std::vector<std::string> stored_;
    std::vector<std::int64_t> keys_;  // each item's Entry::key, so a save finds it after others' changes
    std::vector<wxTextCtrl*> items_;
    std::vector<wxChoice*> origins_;
    std::vector<std::string> stored_origins_;
    wxTextCtrl* new_item_ = nullptr;
    wxBoxSizer* rows_ = nullptr;
};

}  // namespace pcr::app
