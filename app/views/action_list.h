// The assessment's actions (one topic's, or all of them as the workbook's action summary): what, who, by
// when, done, overdue ones in red; adding, editing, marking done and removing them.
#pragma once

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/panel.h>

#include <string>
#include <vector>

namespace pcr::app {

class WorkbookFrame;

class ActionList : public wxPanel {
  public:
    // With `all_topics` the list has a topic column and shows every action; else one topic's (show_topic).
    ActionList(wxWindow* parent, WorkbookFrame& frame, bool all_topics);

    void show_topic(const std::string& topic);
    // Lists the frame's assessment's actions again.
    void refresh();

    wxListCtrl* list() const { return list_; }
    int rows() const { return static_cast<int>(shown_.size()); }
    // Whether the row is shown as overdue (not done, its by-when day before today).
    bool overdue(int row) const;
    wxString cell(int row, int column) const { return list_->GetItemText(row, column); }

    // Asks for a new action (for the shown topic, or any topic) and saves it.
    void add();
    // Edits the action of `row` in a dialog and saves it.
    void edit(int row);
    // Marks the action of `row` done today (or not done again) and saves it.
    void toggle_done(int row);
    void remove(int row);

  private:
    int selected() const;
    void update_buttons();

    WorkbookFrame& frame_;
    bool all_topics_;
    std::string topic_;
    std::vector<std::size_t> shown_;  // indexes into the assessment's actions, by row
    std::vector<bool> overdue_;
    wxListCtrl* list_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* done_ = nullptr;
    wxButton* remove_ = nullptr;
};

}  // namespace pcr::app
