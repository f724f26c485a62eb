// The Topics page: topics by section with score, suggestion and flag; for the chosen topic its five
// statements to choose from with the workbook's guide to the scale, the evidence and who lacks the record,
// the note, the actions for the next statement, and where the topic counts in the workbook's mapping tables.
#pragma once

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treelist.h>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace pcr::model {
struct Topic;
}

namespace pcr::app {

class ActionList;
class LackingList;
class WorkbookFrame;

class WorkbookTopicsPage : public wxPanel {
  public:
    WorkbookTopicsPage(wxWindow* parent, WorkbookFrame& frame);

    // Shows the frame's assessment and evidence again, keeping the chosen topic.
    void refresh();
    // Redraws one topic's line after its score changed.
    void topic_changed(const std::string& topic);
    // Saves the note being typed, if it changed.
    void commit_pending();

    // Chooses a topic ("1.3") as a click in the list would; false when the workbook has no such topic.
    bool select_topic(const std::string& topic);
    const std::string& topic() const { return topic_; }
    // Chooses a level (0: not yet scored) as a click on its button would, and saves it.
    void choose_level(int level);

    wxTreeListCtrl* tree() const { return tree_; }
    // The button of level 1-5, or 0 for "not yet scored".
    wxRadioButton* level_button(int level) const { return levels_[level]; }
    wxString evidence_text() const;
    wxString flag_text() const;
    wxListCtrl* lacking_list() const;
    wxTextCtrl* note() const { return note_; }
    ActionList& actions() const { return *actions_; }
    // The text of a topic's line in the list: column 0 number and title, 1 score, 2 suggestion, 3 coverage, 4
    // flag.
    wxString line_text(const std::string& topic, unsigned column) const;
    // The mapping tables as shown for the chosen topic: each table's title, then its lines.
    wxString mappings_text() const;
    // What the scores mean, as the workbook explains them; empty when it does not.
    wxString scale_text() const;

  private:
    wxWindow* build_details(wxWindow* parent);
    void fill_tree();
    void update_line(wxTreeListItem item);
    void update_section_lines();
    void show_topic();
    void show_evidence(const model::Topic& topic);
    void show_mappings();
    // Sets a label's text, kept unwrapped so it can be wrapped again when the width changes.
    void set_text(wxStaticText* label, const wxString& text);
    void rewrap();
    void on_tree_selection(wxTreeListEvent& event);
    void on_level(wxCommandEvent& event);
    void on_lacking_activated(wxListEvent& event);

    WorkbookFrame& frame_;
    std::string topic_;
    std::string note_shown_;  // the note as last shown or saved, to tell whether typing changed it

    wxTreeListCtrl* tree_ = nullptr;
    wxBoxSizer* left_column_ = nullptr;
    wxBoxSizer* right_column_ = nullptr;
    wxBoxSizer* columns_ = nullptr;  // side by side, or one above the other on a narrow page
    wxScrolledWindow* details_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxStaticText* message_ = nullptr;
    std::array<wxRadioButton*, 6> levels_{};
    std::array<wxStaticText*, 6> statements_{};  // none for level 0
    wxStaticText* flag_ = nullptr;
    wxStaticText* measure_ = nullptr;
    wxStaticText* numbers_ = nullptr;
    wxStaticText* today_numbers_ = nullptr;
    wxStaticText* extras_ = nullptr;
    wxStaticText* lacking_title_ = nullptr;
    LackingList* lacking_ = nullptr;
    wxTextCtrl* note_ = nullptr;
    wxStaticText* next_ = nullptr;
    ActionList* actions_ = nullptr;
    wxStaticText* scale_ = nullptr;
    // One title and one body per mapping table of the workbook.
    struct MappingLabels {
        std::string mapping_id;
        std::string mapping_title;
        wxStaticText* title;
        wxStaticText* body;
    };
    std::vector<MappingLabels> mapping_labels_;
    std::map<wxStaticText*, wxString> texts_;
    int wrap_width_ = 0;
};

}  // namespace pcr::app
