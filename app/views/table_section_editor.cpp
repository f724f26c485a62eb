// Table and dated sections: a cell is judged as it is typed and saved when its edit ends (Enter, Tab, or
// leaving it; Escape takes back that cell only), rows are added, moved and removed by button or key,
// attendees are chosen in a dialog, and rows past their by-when are shown in red with the word "Overdue". An
// added row is stored with the first thing typed in it; left empty, it goes when the cursor or the focus
// leaves it.
#include "app/views/table_section_editor.h"

#include <wx/combo.h>
#include <wx/combobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include <algorithm>

#include "app/confirmer.h"
#include "app/dialogs/attendees_dialog.h"
#include "app/display_text.h"
#include "app/views/date_cell_editor.h"
#include "app/views/origin_choices.h"
#include "app/views/word_wrap.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/entry_origin.h"
#include "model/rules/record_view.h"
#include "model/rules/row_due.h"

namespace pcr::app {

namespace {

const wxColour kOverdue(0xc6, 0x28, 0x28);
const wxColour kOverdueBack(0xfd, 0xec, 0xec);
const wxColour kReadOnlyBack(0xf4, 0xf5, 0xf7);
const wxColour kFailedBack(0xff, 0xe0, 0xb2);

wxString label_of(const model::Choice& choice) {
    return to_wx(choice.label.empty() ? choice.value : choice.label);
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

    add_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Add row")));
    up_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Move &up")));
    down_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Move d&own")));
    remove_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Remove row")));
    up_->SetToolTip("Alt+Up");
    down_->SetToolTip("Alt+Down");
    // A section listed newest first is in date order: there is no order to change.
    up_->Show(!section.newest_first);
    down_->Show(!section.newest_first);
    // The buttons wrap onto a second line rather than run past a narrow editor's edge.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    for (wxButton* button : {add_, up_, down_, remove_}) buttons->Add(button, 0, wxRIGHT | wxTOP, FromDIP(4));
    const auto has_attendees = std::any_of(section.columns.begin(), section.columns.end(), [](const auto& c) {
        return c.type == model::ColumnType::Attendees;
    });
    if (has_attendees) {
        attendees_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Who was &there\u2026")));
        attendees_->SetToolTip(
            to_wx(model::tr("Edit the names and roles of who was there (or press Enter on that cell)")));
        buttons->Add(attendees_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
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
    body()->Add(buttons, 0, wxEXPAND);
    if (required) {
        auto* note = new wxStaticText(this, wxID_ANY, to_wx(model::tr("* required for the row to count")));
        note->SetForegroundColour(wxColour(0x55, 0x5a, 0x62));
        body()->Add(note, 0, wxTOP, FromDIP(4));
    }

    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_row(); });
    up_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_row(-1); });
    down_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { move_row(+1); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_row(); });
    grid_->Bind(wxEVT_GRID_CELL_CHANGED, &TableSectionEditor::on_cell_changed, this);
    grid_->Bind(wxEVT_GRID_TABBING, &TableSectionEditor::on_tabbing, this);
    // An added row left empty goes when the focus leaves the grid, wherever it goes.
    const auto focus_left = [this](wxFocusEvent& event) {
        event.Skip();
        if (new_row_) later([this] { drop_new_row_if_left(); });
    };
    // Completeness and the current/out-of-date mark follow every key typed in a cell, not only Enter.
    grid_->Bind(wxEVT_GRID_EDITOR_CREATED, [this, focus_left](wxGridEditorCreatedEvent& event) {
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
        if (event.GetControl()) event.GetControl()->Bind(wxEVT_KILL_FOCUS, focus_left);
    });
    grid_->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& event) {
        event.Skip();
        if (new_row_ && event.GetRow() != new_row_->row) later([this] { drop_new_row_if_left(); });
        CallAfter([this] { update_buttons(); });
    });
    grid_->GetGridWindow()->Bind(wxEVT_KILL_FOCUS, focus_left);
    grid_->Bind(wxEVT_KILL_FOCUS, focus_left);
    grid_->Bind(wxEVT_GRID_EDITOR_HIDDEN, [this](wxGridEvent& event) {
        event.Skip();
        fit_rows_later();
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
        if (flexible > 0 && width > fixed) {
            const int each = std::max(FromDIP(90), (width - fixed) / flexible);
            for (std::size_t i = 0; i < columns_.size(); ++i) {
                const auto& c = columns_[i];
                const bool text =
                    c.kind == GridColumn::Kind::Value && c.column->type == model::ColumnType::Text;
                grid_->SetColSize(static_cast<int>(i),
                                  text ? each
                                       : FromDIP(c.kind == GridColumn::Kind::Value &&
                                                         c.column->type == model::ColumnType::Attendees
                                                     ? 200
                                                     : 120));
            }
        }
        fit_headers();
        grid_->AutoSizeRows(false);
    });
}

void TableSectionEditor::build_columns() {
    if (section().kind == model::SectionKind::Dated) columns_.push_back({GridColumn::Kind::Date, nullptr});
    for (const auto& column : section().columns) columns_.push_back({GridColumn::Kind::Value, &column});
    columns_.push_back({GridColumn::Kind::Origin, nullptr});
    if (model::rows_fall_due(section())) columns_.push_back({GridColumn::Kind::Status, nullptr});
    grid_->AppendCols(static_cast<int>(columns_.size()));
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const int c = static_cast<int>(i);
        const GridColumn& column = columns_[i];
        wxString title;
        auto* attr = new wxGridCellAttr;
        switch (column.kind) {
            case GridColumn::Kind::Date:
                title = to_wx(model::tr("Date *"));
                attr->SetEditor(new DateCellEditor);
                break;
            case GridColumn::Kind::Origin:
                title = to_wx(model::tr("Whose words"));
                attr->SetEditor(new wxGridCellChoiceEditor(choice_labels(c), false));
                attr->SetRenderer(new wxGridCellStringRenderer);
                break;
            case GridColumn::Kind::Status:
                title = to_wx(model::tr("Status"));
                attr->SetReadOnly();
                attr->SetBackgroundColour(kReadOnlyBack);
                break;
            case GridColumn::Kind::Value: {
                const model::Column& m = *column.column;
                title = to_wx(m.title.empty() ? m.id : m.title) + (m.required ? " *" : "");
                if (m.type == model::ColumnType::Choice) {
                    attr->SetEditor(new wxGridCellChoiceEditor(choice_labels(c), false));
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
        titles_.push_back(title);
        grid_->SetColLabelValue(c, title);
        grid_->SetColAttr(c, attr);
        grid_->SetColSize(c, FromDIP(120));
    }
    fit_headers();
}

void TableSectionEditor::fit_headers() {
    // Each title wraps within its column, and the header is as tall as the longest, so titles never run
    // into each other.
    const wxFont font = grid_->GetLabelFont();
    const int line = grid_->GetCharHeight() + FromDIP(2);
    int lines = 1;
    for (std::size_t i = 0; i < titles_.size(); ++i) {
        const int c = static_cast<int>(i);
        const wxString wrapped = wrap_words(*grid_, titles_[i], grid_->GetColSize(c) - FromDIP(10), font);
        grid_->SetColLabelValue(c, wrapped);
        lines = std::max(lines, 1 + static_cast<int>(wrapped.Freq('\n')));
    }
    grid_->SetColLabelSize(lines * line + FromDIP(10));
}

int TableSectionEditor::grid_column(const std::string& column) const {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (column == "date" && columns_[i].kind == GridColumn::Kind::Date) return static_cast<int>(i);
        if (columns_[i].column && columns_[i].column->id == column) return static_cast<int>(i);
    }
    return -1;
}

int TableSectionEditor::origin_column() const {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].kind == GridColumn::Kind::Origin) return static_cast<int>(i);
    return -1;
}

wxString TableSectionEditor::cell_text(const model::Entry& entry, const GridColumn& column) const {
    switch (column.kind) {
        case GridColumn::Kind::Date:
            return row_date_text(entry.date);
        case GridColumn::Kind::Origin:
            // Blank when not said, so only the rows that say it stand out.
            return to_wx(model::origin_label(entry.origin));
        case GridColumn::Kind::Status: {
            const auto days = model::days_overdue(section(), entry, host().today());
            if (!days) return wxString();
            return to_wx(model::fill_in(
                model::tr_n("Overdue by {1} day", "Overdue by {1} days", static_cast<unsigned long>(*days)),
                *days));
        }
        case GridColumn::Kind::Value:
            break;
    }
    // The words the read view and the exports show (record_view.h).
    return to_wx(model::cell_words(*column.column, entry.cell(column.column->id)));
}

std::vector<std::int64_t> TableSectionEditor::stored_keys() const {
    std::vector<std::int64_t> keys;
    for (const auto& entry : stored_) keys.push_back(entry.key);
    return keys;
}

std::optional<std::size_t> TableSectionEditor::stored_index(int row) const {
    if (row < 0 || row >= static_cast<int>(shown_.size()) || shown_[static_cast<std::size_t>(row)] < 0)
        return std::nullopt;
    return static_cast<std::size_t>(shown_[static_cast<std::size_t>(row)]);
}

int TableSectionEditor::grid_row(std::size_t index) const {
    for (std::size_t r = 0; r < shown_.size(); ++r)
        if (shown_[r] == static_cast<long>(index)) return static_cast<int>(r);
    return -1;
}

model::Entry TableSectionEditor::shown_entry(int row) const {
    if (const auto index = stored_index(row)) return stored_[*index];
    model::Entry entry;
    if (new_row_ && new_row_->row == row) {
        entry.date = new_row_->date;
        entry.origin = new_row_->origin;
    }
    return entry;
}

void TableSectionEditor::show_row(int row, const model::Entry& entry) {
    const bool overdue = model::days_overdue(section(), entry, host().today()).has_value();
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        const int c = static_cast<int>(i);
        grid_->SetCellValue(row, c, cell_text(entry, columns_[i]));
        grid_->SetCellTextColour(row, c, overdue ? kOverdue : grid_->GetDefaultCellTextColour());
        if (columns_[i].kind == GridColumn::Kind::Status) {
            grid_->SetCellBackgroundColour(row, c, overdue ? kOverdueBack : kReadOnlyBack);
            grid_->SetCellFont(row, c,
                               overdue ? grid_->GetDefaultCellFont().Bold() : grid_->GetDefaultCellFont());
        } else {
            grid_->SetCellBackgroundColour(row, c, grid_->GetDefaultCellBackgroundColour());
        }
    }
}

void TableSectionEditor::load(const model::Record& record) {
    stored_.clear();
    if (const model::Section* data = record.section(section().id)) stored_ = data->entries;
    shown_.clear();
    for (const std::size_t index : model::shown_order(section(), stored_))
        shown_.push_back(static_cast<long>(index));
    new_row_.reset();
    grid_->BeginBatch();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    grid_->AppendRows(static_cast<int>(shown_.size()));
    for (std::size_t r = 0; r < shown_.size(); ++r)
        show_row(static_cast<int>(r), stored_[static_cast<std::size_t>(shown_[r])]);
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
    lay_out_editor();
}

void TableSectionEditor::fit_rows_later() {
    // Sizing rows ends a cell's edit: rows are fitted to their wrapped text once no cell is being edited.
    later([this] {
        if (grid_->IsCellEditControlShown()) return;
        grid_->AutoSizeRows(false);
        fit_height();
    });
}

void TableSectionEditor::update_buttons() {
    const int row = grid_->GetGridCursorRow();
    const int rows = grid_->GetNumberRows();
    const bool on_row = row >= 0 && row < rows;
    const bool stored = on_row && stored_index(row).has_value();
    const bool after_stored = on_row && row + 1 < rows && stored_index(row + 1).has_value();
    up_->Enable(stored && row > 0);
    down_->Enable(stored && after_stored);
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
    const auto value = changed_value(row, column, text);
    if (!value) return;
    if (const auto index = stored_index(row)) {
        put(edit, *index, column, *value);
    } else if (new_row_ && columns_[static_cast<std::size_t>(column)].kind == GridColumn::Kind::Value &&
               !model::is_blank(*value)) {
        const std::size_t at = edit.add_row(section().id, host().today());
        if (section().kind == model::SectionKind::Dated) edit.set_date(section().id, at, new_row_->date);
        put(edit, at, column, *value);
    }
}

void TableSectionEditor::commit_pending() {
    if (grid_->IsCellEditControlShown()) grid_->SaveEditControlValue();
}

std::optional<std::string> TableSectionEditor::changed_value(int row, int column,
                                                             const wxString& text) const {
    if (row < 0 || row >= static_cast<int>(shown_.size()) || column < 0 ||
        column >= static_cast<int>(columns_.size()))
        return std::nullopt;
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    const model::Entry entry = shown_entry(row);
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
    if (g.kind == GridColumn::Kind::Origin) {
        // A label chosen is its value; other text goes on as typed, for the model to refuse with a message.
        value = origin_of_label(text).value_or(model::trim(value));
        if (value == entry.origin) return std::nullopt;
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

void TableSectionEditor::put(model::RecordEdit& edit, std::size_t index, int column, const std::string& value,
                             const std::optional<model::StartedFrom>& started_from) const {
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    if (g.kind == GridColumn::Kind::Date)
        edit.set_date(section().id, index, value);
    else if (g.kind == GridColumn::Kind::Origin)
        edit.set_origin(section().id, index, value);
    else
        edit.set_cell(section().id, index, g.column->id, value, started_from);
}

bool TableSectionEditor::set_cell_text(int row, int column, const wxString& text) {
    if (row < 0 || row >= static_cast<int>(shown_.size()) || column < 0 ||
        column >= static_cast<int>(columns_.size()))
        return false;
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    if (g.kind == GridColumn::Kind::Status) return false;
    const auto value = changed_value(row, column, text);
    if (!value) return true;
    if (const auto past =
            g.column ? model::past_by_when(section(), shown_entry(row), g.column->id, *value, host().today())
                     : std::nullopt;
        past &&
        !confirmer().confirm(this, to_wx(model::tr("By when")), to_wx(model::past_by_when_question(*past)))) {
        // Nothing is saved: the cell shows what is stored (or, in the added row, what it held) again.
        grid_->SetCellValue(row, column, cell_text(shown_entry(row), g));
        return false;
    }
    const auto index = stored_index(row);
    bool saved = false;
    if (index) {
        saved = store_cell(*index, row, column, *value);
    } else if (g.kind == GridColumn::Kind::Date) {
        // A date alone is not content: the added row keeps it until something is typed beside it.
        new_row_->date = *value;
        saved = true;
    } else if (g.kind == GridColumn::Kind::Origin) {
        // Nor is whose words it is: kept with the added row, stored with the first thing typed in it.
        new_row_->origin = *value;
        grid_->SetCellValue(row, column, cell_text(shown_entry(row), g));
        saved = true;
    } else if (model::is_blank(*value)) {
        saved = true;
    } else {
        saved = store_new_row(column, *value);
    }
    if (!saved) {
        // The text stays where it was typed, marked, so it can be corrected and saved again.
        grid_->SetCellValue(row, column, text);
        grid_->SetCellBackgroundColour(row, column, kFailedBack);
        grid_->ForceRefresh();
        return false;
    }
    // Judged again now the grid shows what was saved (while saving, the cell still counted as being typed).
    host().edited();
    update_buttons();
    fit_rows_later();
    return true;
}

bool TableSectionEditor::store_new_row(int column, const std::string& value) {
    const std::string& id = section().id;
    const NewRow added = *new_row_;
    const bool dated = section().kind == model::SectionKind::Dated;
    if (!host().apply(
            [&](model::RecordEdit& edit) {
                const std::size_t at = edit.add_row(id, host().today());
                if (dated) edit.set_date(id, at, added.date);
                if (!added.origin.empty()) edit.set_origin(id, at, added.origin);
                put(edit, at, column, value);
                if (at != added.at) edit.move_entry(id, at, added.at);
            },
            model::fill_in(model::tr("add {1} row"), section().title.empty() ? id : section().title)))
        return false;
    // The row stays where it is on screen, now showing a stored entry; the cursor stays wherever Tab took it.
    new_row_.reset();
    if (const model::Section* data = host().record().section(id)) stored_ = data->entries;
    for (auto& shown : shown_)
        if (shown >= static_cast<long>(added.at)) ++shown;
    shown_[static_cast<std::size_t>(added.row)] = static_cast<long>(added.at);
    show_row(added.row, stored_[added.at]);
    return true;
}

bool TableSectionEditor::store_cell(std::size_t index, int row, int column, const std::string& value) {
    const std::string& id = section().id;
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    const std::string description =
        g.kind == GridColumn::Kind::Date ? model::tr("change date")
        : g.kind == GridColumn::Kind::Origin
            ? model::tr("say whose words")
            : model::fill_in(model::tr("edit {1}"), g.column->title.empty() ? g.column->id : g.column->title);
    // Only one row at a time can be the unstored one: a row emptied while another is shown empty stays
    // stored.
    const bool may_empty = !new_row_;
    bool emptied = false;
    std::optional<model::StartedFrom> started_from;
    if (g.column) {
        const model::Cell* stored = stored_[index].cell(g.column->id);
        started_from =
            model::StartedFrom{stored ? stored->text : std::string(), stored_[index].key, stored_.size()};
    }
    if (!host().apply(
            [&](model::RecordEdit& edit) {
                put(edit, index, column, value, started_from);
                emptied = may_empty && edit.remove_if_empty(id, index);
            },
            description))
        return false;
    const model::Entry before = stored_[index];
    stored_.clear();
    if (const model::Section* data = host().record().section(id)) stored_ = data->entries;
    if (emptied) {
        // Nothing is left in the row, so it is no longer stored; it stays on screen as the added row.
        for (auto& shown : shown_)
            if (shown > static_cast<long>(index)) --shown;
        shown_[static_cast<std::size_t>(row)] = -1;
        new_row_ = NewRow{row, index, before.date, before.origin};
        show_row(row, shown_entry(row));
    } else {
        show_row(row, stored_[index]);
    }
    return true;
}

void TableSectionEditor::on_cell_changed(wxGridEvent& event) {
    set_cell_text(event.GetRow(), event.GetCol(), grid_->GetCellValue(event.GetRow(), event.GetCol()));
}

void TableSectionEditor::add_row() {
    commit_pending();
    if (!new_row_) {
        // Shown where the row will be listed, but stored only once something is typed in it.
        const int row = section().newest_first ? 0 : grid_->GetNumberRows();
        grid_->InsertRows(row, 1);
        shown_.insert(shown_.begin() + row, -1);
        new_row_ = NewRow{row,
                          stored_.size(),
                          section().kind == model::SectionKind::Dated ? host().today().iso() : std::string(),
                          {}};
        show_row(row, shown_entry(row));
        grid_->AutoSizeRow(row, false);
        fit_height();
    }
    const int row = new_row_->row;
    const int column = section().kind == model::SectionKind::Dated ? 1 : 0;
    grid_->SetFocus();
    grid_->SetGridCursor(row, column);
    grid_->MakeCellVisible(row, column);
    update_buttons();
}

void TableSectionEditor::drop_new_row_if_left() {
    if (!new_row_ || holding_ || grid_->IsCellEditControlShown()) return;
    wxWindow* focus = wxWindow::FindFocus();
    const bool in_grid = focus && (focus == grid_ || grid_->IsDescendant(focus));
    if (in_grid && grid_->GetGridCursorRow() == new_row_->row) return;
    drop_new_row();
}

void TableSectionEditor::drop_new_row() {
    if (!new_row_) return;
    const int row = new_row_->row;
    new_row_.reset();
    const int cursor_row = grid_->GetGridCursorRow();
    const int cursor_column = grid_->GetGridCursorCol();
    shown_.erase(shown_.begin() + row);
    grid_->DeleteRows(row, 1);
    if (cursor_row > row) grid_->SetGridCursor(cursor_row - 1, std::max(0, cursor_column));
    fit_height();
    update_buttons();
}

void TableSectionEditor::move_row(int by) {
    commit_pending();
    const int row = grid_->GetGridCursorRow();
    const auto from = stored_index(row);
    const auto to = stored_index(row + by);
    if (!from || !to) return;
    const std::string& id = section().id;
    if (host().apply([&](model::RecordEdit& edit) { edit.move_entry(id, *from, *to, stored_keys()); },
                     model::tr("move row")))
        reload_later(*to, grid_->GetGridCursorCol());
    else
        reload_later(*from, grid_->GetGridCursorCol());  // as stored now, whatever stopped the move
}

void TableSectionEditor::remove_row() {
    commit_pending();
    const int row = grid_->GetGridCursorRow();
    if (new_row_ && row == new_row_->row) {
        drop_new_row();
        return;
    }
    const auto index = stored_index(row);
    if (!index) return;
    // The cursor goes to the row shown next (or the one before when it was the last).
    std::optional<std::size_t> next;
    if (const auto after = stored_index(row + 1))
        next = *after;
    else if (const auto before = stored_index(row - 1))
        next = *before;
    if (next && *next > *index) --*next;
    const std::string& id = section().id;
    if (host().apply([&](model::RecordEdit& edit) { edit.remove_entry(id, *index, stored_keys()); },
                     model::tr("remove row")))
        reload_later(next, grid_->GetGridCursorCol());
    else
        reload_later(*index, grid_->GetGridCursorCol());
}

void TableSectionEditor::edit_attendees(int row, int column) {
    if (row < 0 || row >= static_cast<int>(shown_.size()) || column < 0) return;
    const model::Column& m = *columns_[static_cast<std::size_t>(column)].column;
    const model::Entry entry = shown_entry(row);
    const model::Cell* cell = entry.cell(m.id);
    const std::vector<model::Attendee> before = cell ? cell->attendees : std::vector<model::Attendee>{};
    const auto index = stored_index(row);
    const std::optional<NewRow> added = index ? std::nullopt : new_row_;
    std::vector<model::Attendee> after;
    {
        holding_ = true;
        AttendeesDialog dialog(this, m, before);
        const int answer = dialog.ShowModal();
        holding_ = false;
        if (answer != wxID_OK) return;
        after = dialog.attendees();
    }
    if (after == before) return;
    const std::string& id = section().id;
    std::size_t at = index ? *index : added->at;
    // All of one dialog's changes are one step, so a single Undo takes them back; names chosen for the added
    // row store it.
    const bool saved = host().apply(
        [&](model::RecordEdit& edit) {
            if (!index) {
                const std::size_t last = edit.add_row(id, host().today());
                if (section().kind == model::SectionKind::Dated) edit.set_date(id, last, added->date);
                if (!added->origin.empty()) edit.set_origin(id, last, added->origin);
                if (last != at) edit.move_entry(id, last, at);
            }
            for (std::size_t i = before.size(); i > 0; --i) edit.remove_attendee(id, at, m.id, i - 1);
            for (const auto& a : after) edit.add_attendee(id, at, m.id, a);
            if (index) edit.remove_if_empty(id, at);
        },
        model::tr("edit who was there"));
    if (saved) reload_later(at, column);
}

void TableSectionEditor::reload_later(std::optional<std::size_t> entry, int column) {
    later([this, entry, column] {
        load(host().record());
        int row = entry ? grid_row(*entry) : 0;
        if (row < 0) row = 0;
        if (row < grid_->GetNumberRows()) {
            grid_->SetGridCursor(row, std::max(0, column));
            grid_->MakeCellVisible(row, std::max(0, column));
        }
        update_buttons();
    });
}

wxArrayString TableSectionEditor::choice_labels(int column) const {
    wxArrayString labels;
    if (column < 0 || column >= static_cast<int>(columns_.size())) return labels;
    const GridColumn& g = columns_[static_cast<std::size_t>(column)];
    if (g.kind == GridColumn::Kind::Origin) return origin_labels();
    if (g.kind != GridColumn::Kind::Value || g.column->type != model::ColumnType::Choice) return labels;
    labels.Add(wxString());
    for (const auto& choice : g.column->choices) labels.Add(label_of(choice));
    return labels;
}

bool TableSectionEditor::pick_by_letter(const wxKeyEvent& event) {
    const int row = grid_->GetGridCursorRow();
    const int column = grid_->GetGridCursorCol();
    if (row < 0 || column < 0 || grid_->IsCellEditControlShown() || grid_->IsReadOnly(row, column))
        return false;
    if ((event.GetModifiers() & ~wxMOD_SHIFT) != 0) return false;
    const wxChar typed = event.GetUnicodeKey();
    if (typed == WXK_NONE || !wxIsalnum(typed)) return false;
    const wxArrayString labels = choice_labels(column);
    if (labels.empty()) return false;
    // The next choice after the one shown that starts with the letter, round again from the top: pressing it
    // again goes through the choices it starts.
    const int count = static_cast<int>(labels.size());
    const int shown = labels.Index(grid_->GetCellValue(row, column));
    for (int step = 1; step <= count; ++step) {
        const wxString& label = labels[static_cast<std::size_t>((shown + step + count) % count)];
        if (!label.empty() && wxTolower(label[0]) == wxTolower(typed)) {
            grid_->SetCellValue(row, column, label);
            set_cell_text(row, column, label);
            return true;
        }
    }
    return true;  // a letter no choice starts with changes nothing
}

void TableSectionEditor::on_key(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    // A choice cell takes a letter as a list does (GTK's choice box takes no typing).
    if (pick_by_letter(event)) return;
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
    // Escape on the added row, with nothing typed in it and no cell being edited, takes it away.
    if (key == WXK_ESCAPE && event.GetModifiers() == wxMOD_NONE && new_row_ &&
        grid_->GetGridCursorRow() == new_row_->row && !grid_->IsCellEditControlShown()) {
        drop_new_row();
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
    // The next cell one can type in: the status column, which only shows, is passed over.
    do {
        column += forward ? 1 : -1;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            column = columns - 1;
            --row;
        }
    } while (row >= 0 && row < rows &&
             columns_[static_cast<std::size_t>(column)].kind == GridColumn::Kind::Status);
    if (row < 0 || row >= rows) {
        leave_grid(forward);
        return;
    }
    // Moving the cursor ends any edit, which saves the cell as Enter would; the cursor then stays on the cell
    // Tab went to, ready for typing.
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
