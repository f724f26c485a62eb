// The quick learning-log dialog: built from the learning log's template, saved as one step of the session.
#include "app/dialogs/quick_log_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/display_text.h"
#include "app/shortcuts.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/rules/record_edit.h"

namespace pcr::app {

namespace {

const wxColour kHintText(0x55, 0x5a, 0x62);

const model::SectionTemplate* dated_section(const model::ToolTemplate& tool) {
    for (const auto& section : tool.sections)
        if (section.kind == model::SectionKind::Dated) return &section;
    return nullptr;
}

}  // namespace

QuickLogDialog::QuickLogDialog(wxWindow* parent, const model::ToolTemplate& tool,
                               const model::Subject& subject, model::EditSession& session,
                               ErrorReporter& reporter, const model::Date& today)
    : wxDialog(
          parent, wxID_ANY,
          to_wx(model::fill_in(model::tr("Add to the learning log: {1}"), from_wx(subject_label(subject)))),
          wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      tool_(tool),
      section_(dated_section(tool)),
      subject_(subject),
      session_(session),
      reporter_(reporter),
      today_(today) {
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(10));
    grid->AddGrowableCol(1, 1);

    grid->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Date *"))), 0, wxALIGN_CENTRE_VERTICAL);
    date_ = new DateEntry(this, wxID_ANY, today);
    date_->SetToolTip(
        to_wx(model::tr("Today unless the visit was earlier: type it as 31/01/2027 or pick it (Alt+Down)")));
    grid->Add(date_, 0);

    if (section_) {
        for (const auto& column : section_->columns) {
            if (column.type != model::ColumnType::Text) continue;
            const wxString title =
                to_wx(column.title.empty() ? column.id : column.title) + (column.required ? " *" : "");
            auto* label = new wxStaticText(this, wxID_ANY, title);
            label->Wrap(FromDIP(200));
            auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                        FromDIP(wxSize(420, 58)), wxTE_MULTILINE | wxTE_WORDWRAP);
            // GTK draws a multi-line hint over the typing, so the hint is a tooltip here.
            if (!column.hint.empty()) text->SetToolTip(to_wx(column.hint));
            grid->Add(label, 0, wxTOP, FromDIP(3));
            grid->Add(text, 1, wxEXPAND);
            fields_.emplace_back(column.id, text);
            grid->AddGrowableRow(grid->GetEffectiveRowsCount() - 1, 1);
        }
    }
    sizer->Add(grid, 1, wxEXPAND | wxALL, gap);
    auto* note =
        new wxStaticText(this, wxID_ANY,
                         to_wx(model::fill_in(model::tr("* needed for the entry to count.   {1} saves."),
                                              from_wx(key_text(Command::SaveLogEntry)))));
    note->SetForegroundColour(kHintText);
    sizer->Add(note, 0, wxLEFT | wxRIGHT, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    auto* save = new wxButton(this, wxID_SAVE, to_wx(model::tr("&Save")));
    save->SetDefault();
    buttons->AddButton(save);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());

    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (this->save()) EndModal(wxID_OK);
    });
    wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, WXK_RETURN, wxID_SAVE},
                                 {wxACCEL_CTRL, WXK_NUMPAD_ENTER, wxID_SAVE}};
    SetAcceleratorTable(wxAcceleratorTable(2, keys));
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (this->save()) EndModal(wxID_OK);
        },
        wxID_SAVE);
    // The date is nearly always today: start where the typing is.
    if (!fields_.empty()) fields_.front().second->SetFocus();
    CentreOnParent();
    fit_inside_display(this);
}

wxTextCtrl* QuickLogDialog::field(const std::string& column) const {
    for (const auto& [id, control] : fields_)
        if (id == column) return control;
    return nullptr;
}

bool QuickLogDialog::save() {
    if (!section_) {
        reporter_.report(to_wx(model::tr("No learning log to add to")),
                         to_wx(model::fill_in(
                             model::tr("The {1} template has no dated section, so entries cannot be added."),
                             tool_.title)));
        return false;
    }
    bool typed = false;
    for (const auto& [id, control] : fields_) typed = typed || !model::is_blank(from_wx(control->GetValue()));
    if (!typed) {
        reporter_.report(to_wx(model::tr("Nothing to save")),
                         to_wx(model::tr("Write what happened in at least one of the boxes, then save.")));
        return false;
    }
    const std::string date = model::trim(from_wx(date_->GetValue()));
    const std::string& section = section_->id;
    try {
        session_.apply(
            subject_.kind, subject_.id, tool_.id,
            [&](model::Record& record) {
                model::RecordEdit edit(record, tool_);
                const std::size_t row = edit.add_row(section, today_);
                edit.set_date(section, row, date);
                for (const auto& [id, control] : fields_) {
                    const std::string text = from_wx(control->GetValue());
                    if (!model::is_blank(text)) edit.set_cell(section, row, id, text);
                }
            },
            model::tr("add learning-log entry"));
    } catch (const std::exception& error) {
        const bool user = dynamic_cast<const pcr::UserError*>(&error) != nullptr;
        reporter_.report(
            user ? to_wx(model::tr("The entry cannot be saved"))
                 : to_wx(model::tr("The entry was not saved")),
            to_wx(std::string(error.what())) +
                (user ? wxString()
                      : "\n\n" + to_wx(model::tr("Everything you typed is still in the dialog, so "
                                                 "you can save again once that is put right."))));
        return false;
    }
    return true;
}

}  // namespace pcr::app
