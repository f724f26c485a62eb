// A table or dated section in the editor: a grid of rows with editable cells, and buttons to add, move and
// remove rows. A row added and left with nothing typed in it is never stored.
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
    wxButton* add_button() const { return add_; }
    // The grid column showing a template column ("date" for a dated row's date), or -1.
    int grid_column(const std::string& column) const;
    // The grid column saying whose words each row is.
    int origin_column() const;
    // The stored position of the entry grid row `row` shows (a learning log shows the newest first); none for
    // the added row while nothing is typed in it, which is not stored.
    // The keys of the stored entries as the grid shows them, so a move or removal is refused when someone
    // else changed the section meanwhile (RecordEdit::move_entry).
    std::vector<std::int64_t> stored_keys() const;
    std::optional<std::size_t> stored_index(int row) const;
    // The grid row showing stored entry `index`, or -1.
    int grid_row(std::size_t index) const;
    // The grid row of the added row not stored yet, or -1.
    int new_row() const { return new_row_ ? new_row_->row : -1; }
    // "Overdue by 3 days" for a row past its by-when and not done; empty otherwise (and for sections whose
    // rows never fall due).
    wxString row_status(int row) const;
    // Saves the text of one cell as if the user had typed it there and pressed Enter. In the added row, the
    // first thing typed stores the row; a date alone does not.
    bool set_cell_text(int row, int column, const wxString& text);
    void add_row();
    void move_row(int by);
    void remove_row();
    void edit_attendees(int row, int column);

  private:
    // What each grid column shows.
    struct GridColumn {
        enum class Kind { Date, Value, Origin, Status } kind;
        const model::Column* column = nullptr;  // Value columns
    };

    // The added row, shown in the grid but stored only once something is typed in it.
    struct NewRow {
        int row = 0;              // its grid row
        std::size_t at = 0;       // the stored position it takes when stored
        std::string date;         // a dated row's date, today unless changed
        std::string origin = {};  // whose words it is, when chosen before anything is typed
    };

    void build_columns();
    void fit_headers();
    // The entry grid row `row` shows: a stored one, or the added row's (its date alone).
    model::Entry shown_entry(int row) const;
    // Stores the added row with the value typed in one of its cells, at its place; false when it failed.
    bool store_new_row(int column, const std::string& value);
    // Saves one cell of a stored row; a row left with nothing in it is removed from the store and stays on
    // screen as the added row, so it can be typed in again.
    bool store_cell(std::size_t index, int row, int column, const std::string& value);
    // Takes the added row off the grid when nothing was typed in it and the cursor or the focus has left it.
    void drop_new_row_if_left();
    void drop_new_row();
    void fit_rows_later();
    // The stored value `text` in a cell stands for (choices are shown by label), or none when it is what the
    // cell holds already or the cell is not one the user edits.
    std::optional<std::string> changed_value(int row, int column, const wxString& text) const;
    // Puts `value` into grid column `column` of stored entry `index` in `edit` (a dated row's date, or a
    // cell).
    // `started_from`: the cell as it was stored when the user began typing, with its row's key (none for a
    // new row or a date).
    void put(model::RecordEdit& edit, std::size_t index, int column, const std::string& value,
             const std::optional<model::StartedFrom>& started_from = std::nullopt) const;
    // Tab and Shift+Tab go cell by cell, row after row, and out of the grid past the last (or first) cell;
    // Ctrl+Tab leaves the grid at once.
    void on_tabbing(wxGridEvent& event);
    void leave_grid(bool forward);
    void show_row(int row, const model::Entry& entry);
    wxString cell_text(const model::Entry& entry, const GridColumn& column) const;
    void fit_height();
    // Shows the saved record again once the current event is over, with the cursor on stored entry `entry`
    // (none: the first row) in grid column `column`.
    void reload_later(std::optional<std::size_t> entry, int column);
    void on_cell_changed(wxGridEvent& event);
    void on_key(wxKeyEvent& event);
    // The labels a choice column's cells offer (the first empty: not said); none for other columns.
    wxArrayString choice_labels(int column) const;
    // A letter typed on a choice cell picks the next choice starting with it and saves it. False when the
    // key is not for that (another column, a cell being edited, a key that is no letter or digit).
    bool pick_by_letter(const wxKeyEvent& event);
    void update_buttons();

    wxGrid* grid_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* up_ = nullptr;
    wxButton* down_ = nullptr;
    wxButton* remove_ = nullptr;
    wxButton* attendees_ = nullptr;
    std::vector<GridColumn> columns_;
    std::vector<wxString> titles_;  // column titles as the template words them, before wrapping
    std::vector<model::Entry> stored_;
    std::vector<long> shown_;  // per grid row: the stored position it shows, -1 for the added row
    std::optional<NewRow> new_row_;
    bool holding_ = false;  // a dialog for the added row is open: losing the focus to it is not leaving it
};

}  // namespace pcr::app
