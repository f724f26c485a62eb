// Edits a date cell of a table: the same date field as the dialogs (typed in any accepted form, or picked
// from a drop-down calendar), with Tab, Enter and Escape working as in the grid's other cells.
#pragma once

#include <wx/grid.h>

namespace pcr::app {

class DateEntry;

class DateCellEditor : public wxGridCellEditor {
  public:
    void Create(wxWindow* parent, wxWindowID id, wxEvtHandler* handler) override;
    // The focus filter pushed on the date field comes off before the grid's own handler.
    ~DateCellEditor() override;
    void Destroy() override;
    void BeginEdit(int row, int column, wxGrid* grid) override;
    bool EndEdit(int row, int column, const wxGrid* grid, const wxString& old_value,
                 wxString* new_value) override;
    void ApplyEdit(int row, int column, wxGrid* grid) override;
    void Reset() override;
    void StartingKey(wxKeyEvent& event) override;
    wxGridCellEditor* Clone() const override { return new DateCellEditor; }
    wxString GetValue() const override;

  private:
    DateEntry* entry() const;

    // The cell's text when the edit began, then the text to save.
    wxString value_;
};

}  // namespace pcr::app
