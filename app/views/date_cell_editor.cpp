// The date cell editor: the text is saved as typed and the table editor turns it into the stored day, so a
// cell typed and one picked from the calendar are saved the same way.
#include "app/views/date_cell_editor.h"

#include <wx/textctrl.h>

#include "app/views/date_entry.h"

namespace pcr::app {

namespace {

// The grid ends an edit when its editor loses the focus. The date field passes the focus on to the text
// inside it (and to its calendar), which must not end the edit, while the text losing it to anything outside
// must.
class FocusFilter : public wxEvtHandler {
  public:
    explicit FocusFilter(DateEntry* entry) : entry_(entry) {
        Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            if (!stays_inside(event.GetWindow())) event.Skip();
        });
        entry_->GetTextCtrl()->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
            event.Skip();
            if (stays_inside(event.GetWindow())) return;
            wxFocusEvent lost(wxEVT_KILL_FOCUS, entry_->GetId());
            lost.SetEventObject(entry_);
            lost.SetWindow(event.GetWindow());
            entry_->GetEventHandler()->ProcessEvent(lost);
        });
    }

  private:
    bool stays_inside(wxWindow* to) const {
        return entry_->IsPopupShown() || (to && (to == entry_ || entry_->IsDescendant(to)));
    }

    DateEntry* entry_;
};

}  // namespace

void DateCellEditor::Create(wxWindow* parent, wxWindowID id, wxEvtHandler* handler) {
    // Enter ends the edit (the grid's handler sees it) instead of reaching a dialog's default button.
    auto* entry = new DateEntry(parent, id, std::nullopt, wxTE_PROCESS_ENTER);
    m_control = entry;
    wxGridCellEditor::Create(parent, id, handler);
    entry->PushEventHandler(new FocusFilter(entry));
}

DateCellEditor::~DateCellEditor() {
    if (m_control) m_control->PopEventHandler(true);
}

void DateCellEditor::Destroy() {
    if (m_control) m_control->PopEventHandler(true);
    wxGridCellEditor::Destroy();
}

DateEntry* DateCellEditor::entry() const {
    return static_cast<DateEntry*>(m_control);
}

void DateCellEditor::BeginEdit(int row, int column, wxGrid* grid) {
    value_ = grid->GetTable()->GetValue(row, column);
    entry()->SetValue(value_);
    entry()->SelectAll();
    entry()->GetTextCtrl()->SetFocus();
}

bool DateCellEditor::EndEdit(int, int, const wxGrid*, const wxString& old_value, wxString* new_value) {
    const wxString text = entry()->GetValue();
    if (text == old_value) return false;
    value_ = text;
    if (new_value) *new_value = text;
    return true;
}

void DateCellEditor::ApplyEdit(int row, int column, wxGrid* grid) {
    grid->GetTable()->SetValue(row, column, value_);
}

void DateCellEditor::Reset() {
    entry()->SetValue(value_);
}

void DateCellEditor::StartingKey(wxKeyEvent& event) {
    // The key that started the edit replaces the cell's text, as in a text cell.
    wxTextCtrl* text = entry()->GetTextCtrl();
    const int key = event.GetKeyCode();
    if (key == WXK_DELETE || key == WXK_BACK) {
        text->Clear();
    } else if (const wxChar typed = event.GetUnicodeKey(); typed != WXK_NONE && typed >= WXK_SPACE) {
        text->WriteText(wxString(typed));
    } else {
        event.Skip();
    }
}

wxString DateCellEditor::GetValue() const {
    return entry()->GetValue();
}

}  // namespace pcr::app
