// A table or dated section in the editor: a grid of rows with editable cells, and buttons to add, move and
// remove rows.
#pragma once

#include <wx/button.h>
#include <wx/grid.h>

#include <optional>
#include <string>
#include <vector>

#include "app/views/section_editor.h"

namespace pcr::app {

class TableSectionEditor : public SectionEditor {
  public:
    TableSectionEditor(wxWindow* parent, SectionHost& host, const model::SectionTemplate& section);

    void load(const model::Record& record) override;
    void preview(model::RecordEdit& edit) const override;
    void commit_pending() override;

    wxGrid* grid() const { return grid_; }
    // The grid column showing a template column ("date" for a dated row's date), or -1.
    int grid_column(const std::string& column) const;
    // "Overdue by 3 days" for a row past its by-when and not done; empty otherwise (and for sections whose
    // rows never fall due).
    wxString row_status(int row) const;
    // Saves the text of one cell as if the user had typed it there and pressed Enter.
    bool set_cell_text(int row, int column, const wxString& text);
    void add_row();
    void move_row(int by);
    void remove_row();
    void edit_attendees(int row, int column);

  private:
    // What each grid column shows.
    struct GridColumn {
        enum class Kind { Date, Value, Status } kind;
        const model::Column* column = nullptr;  // Value columns
    };

    void build_columns();
    // The stored value `text` in a cell stands for (choices are shown by label), or none when it is what the
    // cell holds already or the cell is not one the user edits.
    std::optional<std::string> changed_value(int row, int column, const wxString& text) const;
    // Puts `value` into the cell's column of `edit` (the date of a dated row, or a column's cell).
    void put(model::RecordEdit& edit, int row, int column, const std::string& value) const;
    // Tab and Shift+Tab go cell by cell, row after row, and out of the grid past the last (or first) cell;
    // Ctrl+Tab leaves the grid at once.
    void on_tabbing(wxGridEvent& event);
    void leave_grid(bool forward);
    void show_row(int row, const model::Entry& entry);
    wxString cell_text(const model::Entry& entry, const GridColumn& column) const;
    void fit_height();
    void reload_later(int row, int column);
    void on_cell_changed(wxGridEvent& event);
    void on_key(wxKeyEvent& event);
    void update_buttons();

    wxGrid* grid_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* up_ = nullptr;
    wxButton* down_ = nullptr;
    wxButton* remove_ = nullptr;
    wxButton* attendees_ = nullptr;
    std::vector<GridColumn> columns_;
    std::vector<model::Entry> stored_;
};

}  // namespace pcr::app
