// Table and dated sections: a cell is judged as it is typed and saved when its edit ends, rows are added,
// moved and removed by button or key, attendees are chosen in a dialog, and rows past their by-when are shown
// in red with the word "Overdue".
#include "app/views/table_section_editor.h"

#include <wx/combo.h>
#include <wx/combobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "app/confirmer.h"
#include "app/dialogs/attendees_dialog.h"
#include "app/display_text.h"
#include "app/views/date_cell_editor.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/tools/row_due.h"

namespace pcr::app {

namespace {

const wxColour kOverdue(0xc6, 0x28, 0x28);
const wxColour kOverdueBack(0xfd, 0xec, 0xec);
const wxColour kReadOnlyBack(0xf4, 0xf5, 0xf7);
const wxColour kFailedBack(0xff, 0xe0, 0xb2);

wxString label_of(const model::Choice& choice) {
    return to_wx(choice.label.empty() ? choice.value : choice.label);
}

wxString role_label(const model::Column& column, const std::string& role) {
    const model::Choice* choice = column.find_choice(role);
    return choice ? label_of(*choice) : to_wx(role);
}

}  // namespace

TableSectionEditor::TableSectionEditor(wxWindow* parent, SectionHost& host,
                                       const model::SectionTemplate& section)
    : SectionEditor(parent, host, section) {
    grid_ = new wxGrid(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxBORDER_THEME);
    grid_->CreateGrid(0, 0);
    grid_->SetRowLabelSize(FromDIP(36));
    grid_->SetColLabelSize(FromDIP(28));
    grid_->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    grid_->SetDefaultEditor(new wxGridCellAutoWrapStringEditor);
    grid_->DisableDragRowSize();
    grid_->SetTabBehaviour(wxGrid::Tab_Leave);
    build_columns();
    body()->Add(grid_, 1, wxEXPAND);

    add_ = new wxButton(this, wxID_ANY, "&Add row");
    up_ = new wxButton(this, wxID_ANY, "Move &up");
    down_ = new wxButton(this, wxID_ANY, "Move d&own");
    remove_ = new wxButton(this, wxID_ANY, "&Remove row");
    up_->SetToolTip("Alt+Up");
    down_->SetToolTip("Alt+Down");
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add_, 0);
    buttons->Add(up_, 0, wxLEFT, FromDIP(4));
    buttons->Add(down_, 0, wxLEFT, FromDIP(4));
    buttons->Add(remove_, 0, wxLEFT, FromDIP(4));
    const auto has_attendees = std::any_of(section.columns.begin(), section.columns.end(), [](const auto& c) {
        return c.type == model::ColumnType::Attendees;
    });
    if (has_attendees) {
        attendees_ = new wxButton(this, wxID_ANY, L"Who was &there\u2026");
        attendees_->SetToolTip("Edit the names and roles of who was there (or press Enter on that cell)");
        buttons->Add(attendees_, 0, wxLEFT, FromDIP(12));
        attendees_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            for (std::size_t c = 0; c < columns_.size(); ++c)
                if (columns_[c].column && columns_[c].column->type == model::ColumnType::Attendees) {
                    edit_attendees(grid_->GetGridCursorRow(), static_cast<int>(c));
                    return;
                }
        });
    }
    const bool required = std::any_of(section.columns.begin(), section.columns.end(),
                                      [](const auto& c) { return c.required; }) ||
                          section.kind == model::SectionKind::Dated;
    if (required) {
        buttons->AddStretchSpacer();
        auto* note = new wxStaticText(this, wxID_ANY, "* required for the row to count");
        note->SetForegroundColour(wxColour(0x55, 0x5a, 0x62));
        buttons->Add(note, 0, wxALIGN_CENTRE_VERTICAL);
    }
    body()->Add(buttons, 0, wxEXPAND | wxTOP, FromDIP(4));

    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_row(); });
    up_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_row(-1); });
    down_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_row(+1); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_row(); });
    grid_->Bind(wxEVT_GRID_CELL_CHANGED, &TableSectionEditor::on_cell_changed, this);
    grid_->Bind(wxEVT_GRID_TABBING, &TableSectionEditor::on_tabbing, this);
    // Completeness and the current/out-of-date mark follow every key typed in a cell, not only Enter.
    grid_->Bind(wxEVT_GRID_EDITOR_CREATED, [this](wxGridEditorCreatedEvent& event) {
        event.Skip();
        const auto typed = [this](wxCommandEvent& changed) {
            changed.Skip();
            this->host().edited();
        };
        if (auto* text = dynamic_cast<wxTextCtrl*>(event.GetControl())) {
            text->Bind(wxEVT_TEXT, typed);
        } else if (auto* date = dynamic_cast<wxComboCtrl*>(event.GetControl())) {
            date->Bind(wxEVT_TEXT, typed);
        } else if (auto* combo = dynamic_cast<wxComboBox*>(event.GetControl())) {
            combo->Bind(wxEVT_TEXT, typed);
            combo->Bind(wxEVT_COMBOBOX, typed);
        }
    });
    grid_->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& event) {
        event.Skip();
        CallAfter([this] { update_buttons(); });
    });
    grid_->Bind(wxEVT_GRID_CELL_LEFT_DCLICK, [this](wxGridEvent& event) {
        const int c = event.GetCol();
        if (c >= 0 && columns_[c].column && columns_[c].column->type == model::ColumnType::Attendees)
            edit_attendees(event.GetRow(), c);
        else
            event.Skip();
    });
    grid_->Bind(wxEVT_KEY_DOWN, &TableSectionEditor::on_key, this);
    grid_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        // Sizing rows ends the cell's edit (wxGrid saves and hides the editor first), and the status line
        // above changing as the user types can resize the grid: the sizes wait until the edit ends.
        if (grid_->IsCellEditControlShown()) return;
        // Text columns share what is left after the fixed ones, so long answers wrap instead of scrolling.
        const int width = grid_->GetClientSize().x - grid_->GetRowLabelSize() - FromDIP(2);
        int fixed = 0, flexible = 0;
        for (const auto& c : columns_) {
            if (c.kind == GridColumn::Kind::Value && c.column->type == model::ColumnType::Text)
                ++flexible;
            else
                fixed += FromDIP(c.kind == GridColumn::Kind::Value &&
                                         c.column->type == model::ColumnType::Attendees
                                     ? 200
                                     : 120);
        }
        if (flexible == 0 || width <= fixed) return;
        const int each = std::max(FromDIP(120), (width - fixed) / flexible);
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            const auto& c = columns_[i];
            const bool text = c.kind == GridColumn::Kind::Value && c.column->type == model::ColumnType::Text;
            grid_->SetColSize(static_cast<int>(i),
                              text ? each
                                   : FromDIP(c.kind == GridColumn::Kind::Value &&
                                                     c.column->type == model::ColumnType::Attendees
                                                 ? 200
                                                 : 120));
        }
        grid_->AutoSizeRows(false);
    });
}

void TableSectionEditor::build_columns() {
    if (section().kind == model::SectionKind::Dated) columns_.push_back({GridColumn::Kind::Date, nullptr});
    for (const auto& column : section().columns) columns_.push_back({GridColumn::Kind::Value, &column});
    if (model::rows_fall_due(section())) columns_.push_back({GridColumn::Kind::Status, nullptr});
    grid_->AppendCols(static_cast<int>(columns_.size()));
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const int c = static_cast<int>(i);
        const GridColumn& column = columns_[i];
        wxString title;
        auto* attr = new wxGridCellAttr;
        switch (column.kind) {
            case GridColumn::Kind::Date:
                title = "Date *";
                attr->SetEditor(new DateCellEditor);
                break;
            case GridColumn::Kind::Status:
                title = "Status";
                attr->SetReadOnly();
                attr->SetBackgroundColour(kReadOnlyBack);
                break;
            case GridColumn::Kind::Value: {
                const model::Column& m = *column.column;
                title = to_wx(m.title.empty() ? m.id : m.title) + (m.required ? " *" : "");
                if (m.type == model::ColumnType::Choice) {
                    wxArrayString labels;
                    labels.Add(wxString());
                    for (const auto& choice : m.choices) labels.Add(label_of(choice));
                    attr->SetEditor(new wxGridCellChoiceEditor(labels, false));
                    attr->SetRenderer(new wxGridCellStringRenderer);
                } else if (m.type == model::ColumnType::Attendees) {
                    attr->SetReadOnly();
                } else if (m.type == model::ColumnType::Date) {
                    attr->SetRenderer(new wxGridCellStringRenderer);
                    attr->SetEditor(new DateCellEditor);
                }
                break;
            }
        }
        grid_->SetColLabelValue(c, title);
        grid_->SetColAttr(c, attr);
        grid_->SetColSize(c, FromDIP(120));
    }
}

int TableSectionEditor::grid_column(const std::string& column) const {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (column == "date" && columns_[i].kind == GridColumn::Kind::Date) return static_cast<int>(i);
        if (columns_[i].column && columns_[i].column->id == column) return static_cast<int>(i);
    }
    return -1;
}

wxString TableSectionEditor::cell_text(const model::Entry& entry, const GridColumn& column) const {
    switch (column.kind) {
        case GridColumn::Kind::Date:
            return row_date_text(entry.date);
        case GridColumn::Kind::Status: {
            const auto days = model::days_overdue(section(), entry, host().today());
            if (!days) return wxString();
            return *days == 1 ? wxString("Overdue by 1 day") : wxString::Format("Overdue by %d days", *days);
        }
        case GridColumn::Kind::Value:
            break;
    }
    const model::Column& m = *column.column;
    const model::Cell* cell = entry.cell(m.id);
    if (!cell) return wxString();
    if (m.type == model::ColumnType::Attendees) {
        wxString out;
        for (const auto& a : cell->attendees)
            out += (out.empty() ? "" : "\n") + to_wx(a.name) + " (" + role_label(m, a.role) + ")";
        return out;
    }
    if (m.type == model::ColumnType::Choice) {
        if (const model::Choice* choice = m.find_choice(cell->text)) return label_of(*choice);
    }
    if (m.type == model::ColumnType::Date) return row_date_text(cell->text);
    return to_wx(cell->text);
}

void TableSectionEditor::show_row(int row, const model::Entry& entry) {
    const bool overdue = model::days_overdue(section(), entry, host().today()).has_value();
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const int c = static_cast<int>(i);
        grid_->SetCellValue(row, c, cell_text(entry, columns_[i]));
        grid_->SetCellTextColour(row, c, overdue ? kOverdue : grid_->GetDefaultCellTextColour());
        if (columns_[i].kind == GridColumn::Kind::Status) {
            grid_->SetCellBackgroundColour(row, c, overdue ? kOverdueBack : kReadOnlyBack);
            if (overdue) grid_->SetCellFont(row, c, grid_->GetDefaultCellFont().Bold());
        } else {
            grid_->SetCellBackgroundColour(row, c, grid_->GetDefaultCellBackgroundColour());
        }
    }
}

void TableSectionEditor::load(const model::Record& record) {
    stored_.clear();
    if (const model::Section* data = record.section(section().id)) stored_ = data->entries;
    grid_->BeginBatch();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    grid_->AppendRows(static_cast<int>(stored_.size()));
    for (std::size_t r = 0; r < stored_.size(); ++r) show_row(static_cast<int>(r), stored_[r]);
    grid_->AutoSizeRows(false);
    grid_->EndBatch();
    fit_height();
    update_buttons();
}

void TableSectionEditor::fit_height() {
    // Tall enough for the rows up to a limit; long logs scroll inside the grid.
    int height = grid_->GetColLabelSize() + FromDIP(4);
    for (int r = 0; r < grid_->GetNumberRows(); ++r) height += grid_->GetRowSize(r);
    height = std::clamp(height, FromDIP(90), FromDIP(360));
    grid_->SetMinSize(wxSize(FromDIP(300), height));
    GetParent()->Layout();
}

void TableSectionEditor::update_buttons() {
    const int row = grid_->GetGridCursorRow();
    const int rows = grid_->GetNumberRows();
    const bool on_row = row >= 0 && row < rows;
    up_->Enable(on_row && row > 0);
    down_->Enable(on_row && row + 1 < rows);
    remove_->Enable(on_row);
    if (attendees_) attendees_->Enable(on_row);
}

void TableSectionEditor::preview(model::RecordEdit& edit) const {
    // Only the cell being edited can hold something unsaved: every other change is saved when its edit ends.
    if (!grid_->IsCellEditControlShown()) return;
    const int row = grid_->GetGridCursorRow();
    const int column = grid_->GetGridCursorCol();
    wxGridCellEditor* editor = grid_->GetCellEditor(row, column);
    const wxString text = editor->GetValue();
    editor->DecRef();
    if (const auto value = changed_value(row, column, text)) put(edit, row, column, *value);
}

void TableSectionEditor::commit_pending() {
    if (grid_->IsCellEditControlShown()) grid_->SaveEditControlValue();
}

std::optional<std::string> TableSectionEditor::changed_value(int row, int column,
                                                             const wxString& text) const {
    if (row < 0 || row >= static_cast<int>(stored_.size()) || column < 0 ||
        column >= static_cast<int>(columns_.size()))
        return std::nullopt;
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    const model::Entry& entry = stored_[static_cast<std::size_t>(row)];
    std::string value = from_wx(text);
    if (g.kind == GridColumn::Kind::Status) return std::nullopt;
    // Dates are compared as stored: "31 Jan 2027" shown, or 31/01/2027 typed, is 2027-01-31. Text that is not
    // a date goes on as typed, for the model to refuse with a message.
    const auto stored_date = [&](bool year_allowed) {
        if (const auto stored = model::stored_typed_date(value, year_allowed)) value = *stored;
    };
    if (g.kind == GridColumn::Kind::Date) {
        stored_date(section().year_allowed);
        if (value == entry.date) return std::nullopt;
        return value;
    }
    const model::Column& m = *g.column;
    if (m.type == model::ColumnType::Attendees) return std::nullopt;
    if (m.type == model::ColumnType::Date) stored_date(false);
    if (m.type == model::ColumnType::Choice)
        for (const auto& choice : m.choices)
            if (text == label_of(choice)) value = choice.value;
    const model::Cell* old = entry.cell(m.id);
    if ((old ? old->text : std::string()) == value) return std::nullopt;
    return value;
}

void TableSectionEditor::put(model::RecordEdit& edit, int row, int column, const std::string& value) const {
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    const std::size_t index = static_cast<std::size_t>(row);
    if (g.kind == GridColumn::Kind::Date)
        edit.set_date(section().id, index, value);
    else
        edit.set_cell(section().id, index, g.column->id, value);
}

bool TableSectionEditor::set_cell_text(int row, int column, const wxString& text) {
    if (row < 0 || row >= static_cast<int>(stored_.size()) || column < 0 ||
        column >= static_cast<int>(columns_.size()))
        return false;
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    if (g.kind == GridColumn::Kind::Status) return false;
    const auto value = changed_value(row, column, text);
    if (!value) return true;
    if (const auto past = g.column ? model::past_by_when(section(), stored_[static_cast<std::size_t>(row)],
                                                         g.column->id, *value, host().today())
                                   : std::nullopt;
        past && !confirmer().confirm(this, "By when", to_wx(model::past_by_when_question(*past)))) {
        // Nothing is saved: the cell shows what is stored again.
        grid_->SetCellValue(row, column, cell_text(stored_[static_cast<std::size_t>(row)], g));
        return false;
    }
    const std::string description =
        g.kind == GridColumn::Kind::Date
            ? std::string("change date")
            : "edit " + (g.column->title.empty() ? g.column->id : g.column->title);
    if (!host().apply([&](model::RecordEdit& edit) { put(edit, row, column, *value); }, description)) {
        // The text stays where it was typed, marked, so it can be corrected and saved again.
        grid_->SetCellValue(row, column, text);
        grid_->SetCellBackgroundColour(row, column, kFailedBack);
        grid_->ForceRefresh();
        return false;
    }
    reload_later(row, column);
    return true;
}

void TableSectionEditor::on_cell_changed(wxGridEvent& event) {
    set_cell_text(event.GetRow(), event.GetCol(), grid_->GetCellValue(event.GetRow(), event.GetCol()));
}

void TableSectionEditor::add_row() {
    commit_pending();
    const std::string& id = section().id;
    const std::size_t row = stored_.size();
    if (!host().apply([&](model::RecordEdit& edit) { edit.add_row(id, host().today()); },
                      "add " + (section().title.empty() ? section().id : section().title) + " row"))
        return;
    reload_later(static_cast<int>(row), section().kind == model::SectionKind::Dated ? 1 : 0);
}

void TableSectionEditor::move_row(int by) {
    commit_pending();
    const int row = grid_->GetGridCursorRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= static_cast<int>(stored_.size())) return;
    const std::string& id = section().id;
    if (host().apply(
            [&](model::RecordEdit& edit) {
                edit.move_entry(id, static_cast<std::size_t>(row), static_cast<std::size_t>(to));
            },
            "move row"))
        reload_later(to, grid_->GetGridCursorCol());
}

void TableSectionEditor::remove_row() {
    commit_pending();
    const int row = grid_->GetGridCursorRow();
    if (row < 0 || row >= static_cast<int>(stored_.size())) return;
    const std::string& id = section().id;
    if (host().apply([&](model::RecordEdit& edit) { edit.remove_entry(id, static_cast<std::size_t>(row)); },
                     "remove row"))
        reload_later(std::min(row, static_cast<int>(stored_.size()) - 2), grid_->GetGridCursorCol());
}

void TableSectionEditor::edit_attendees(int row, int column) {
    if (row < 0 || row >= static_cast<int>(stored_.size()) || column < 0) return;
    const model::Column& m = *columns_[static_cast<std::size_t>(column)].column;
    const model::Cell* cell = stored_[static_cast<std::size_t>(row)].cell(m.id);
    const std::vector<model::Attendee> before = cell ? cell->attendees : std::vector<model::Attendee>{};
    AttendeesDialog dialog(this, m, before);
    if (dialog.ShowModal() != wxID_OK) return;
    const std::vector<model::Attendee> after = dialog.attendees();
    if (after == before) return;
    const std::string& id = section().id;
    const std::size_t index = static_cast<std::size_t>(row);
    // All of one dialog's changes are one step, so a single Undo takes them back.
    if (host().apply(
            [&](model::RecordEdit& edit) {
                for (std::size_t i = before.size(); i > 0; --i) edit.remove_attendee(id, index, m.id, i - 1);
                for (const auto& a : after) edit.add_attendee(id, index, m.id, a);
            },
            "edit who was there"))
        reload_later(row, column);
}

void TableSectionEditor::reload_later(int row, int column) {
    later([this, row, column] {
        load(host().record());
        if (row >= 0 && row < grid_->GetNumberRows()) {
            grid_->SetGridCursor(row, std::max(0, column));
            grid_->MakeCellVisible(row, std::max(0, column));
        }
        update_buttons();
    });
}

void TableSectionEditor::on_key(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (event.GetModifiers() == wxMOD_ALT && (key == WXK_UP || key == WXK_DOWN)) {
        move_row(key == WXK_UP ? -1 : +1);
        return;
    }
    const int c = grid_->GetGridCursorCol();
    if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && event.GetModifiers() == wxMOD_NONE && c >= 0 &&
        columns_[static_cast<std::size_t>(c)].column &&
        columns_[static_cast<std::size_t>(c)].column->type == model::ColumnType::Attendees) {
        edit_attendees(grid_->GetGridCursorRow(), c);
        return;
    }
    event.Skip();
}

void TableSectionEditor::on_tabbing(wxGridEvent& event) {
    const bool forward = !event.ShiftDown();
    const int rows = grid_->GetNumberRows();
    const int columns = grid_->GetNumberCols();
    int row = event.GetRow();
    int column = event.GetCol();
    if (event.ControlDown() || rows == 0 || row < 0 || column < 0) {
        leave_grid(forward);
        return;
    }
    column += forward ? 1 : -1;
    if (column >= columns) {
        column = 0;
        ++row;
    } else if (column < 0) {
        column = columns - 1;
        --row;
    }
    if (row < 0 || row >= rows) {
        leave_grid(forward);
        return;
    }
    // Moving the cursor ends any edit, which saves the cell as Enter would.
    grid_->SetGridCursor(row, column);
    grid_->MakeCellVisible(row, column);
}

void TableSectionEditor::leave_grid(bool forward) {
    if (grid_->IsCellEditControlEnabled()) grid_->DisableCellEditControl();
    // The toolkit counts the grid and its cell area as two stops: when the first step only reaches the grid
    // itself (after a click in a cell), a second one goes on to the next control.
    for (int step = 0; step < 2; ++step) {
        grid_->Navigate(forward ? wxNavigationKeyEvent::IsForward : wxNavigationKeyEvent::IsBackward);
        wxWindow* focus = wxWindow::FindFocus();
        if (!focus || (focus != grid_ && !grid_->IsDescendant(focus))) return;
    }
}

wxString TableSectionEditor::row_status(int row) const {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].kind == GridColumn::Kind::Status)
            return grid_->GetCellValue(row, static_cast<int>(i));
    return wxString();
}

}  // namespace pcr::app
