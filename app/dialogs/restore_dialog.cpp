// The restore dialog: the backups listed, one chosen, and the question asked before anything is replaced.
#include "app/dialogs/restore_dialog.h"

#include <wx/settings.h>
#include <wx/sizer.h>

#include "app/file_chooser.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

enum Column { kWhen, kWhy, kSize, kState };

}  // namespace

RestoreDialog::RestoreDialog(wxWindow* parent, const std::filesystem::path& database,
                             std::vector<model::RestoreChoice> choices)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Restore from Backup")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      database_(database),
      choices_(std::move(choices)) {
    const int gap = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(
        this, wxID_ANY,
        to_wx(model::tr("Choose the backup to put the database back as it was then. pcrecords makes one the "
                        "first time the database is opened on a day, and one before every import, upgrade "
                        "and restore. Other File\u2026 restores from a copy kept elsewhere.")));
    explanation->Wrap(FromDIP(560));
    sizer->Add(explanation, 0, wxALL, gap);

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(580, 240)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    const std::pair<const char*, int> columns[] = {{model::tr_noop("When"), 140},
                                                   {model::tr_noop("Why"), 130},
                                                   {model::tr_noop("Size"), 80},
                                                   {model::tr_noop("State"), 220}};
    for (const auto& [title, width] : columns) {
        const wxString heading = to_wx(model::tr(title));
        list_->AppendColumn(heading, wxLIST_FORMAT_LEFT, column_width(list_, heading, FromDIP(width)));
    }
    for (const auto& choice : choices_) {
        const long row = list_->InsertItem(list_->GetItemCount(), to_wx(choice.when));
        list_->SetItem(row, kWhy, to_wx(choice.reason));
        list_->SetItem(row, kSize, to_wx(choice.size));
        list_->SetItem(row, kState, to_wx(choice.state));
        if (!choice.ok) list_->SetItemTextColour(row, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    }
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);
    if (choices_.empty())
        sizer->Add(new wxStaticText(this, wxID_ANY,
                                    to_wx(model::tr("There are no backups beside this database yet."))),
                   0, wxLEFT | wxRIGHT | wxTOP, gap);

    question_ = new wxStaticText(this, wxID_ANY, wxString());
    question_->SetFont(question_->GetFont().Bold());
    sizer->Add(question_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    other_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Other File\u2026")));
    back_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Back")));
    restore_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Restore\u2026")));
    auto* cancel = new wxButton(this, wxID_CANCEL);
    buttons->Add(other_);
    buttons->AddStretchSpacer();
    buttons->Add(back_, 0, wxRIGHT, gap);
    buttons->Add(restore_, 0, wxRIGHT, gap);
    buttons->Add(cancel);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    back_->Hide();
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CANCEL);
    fit_inside_display(this);

    restore_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_restore(); });
    other_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_other(); });
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ask({}); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { on_restore(); });

    // The newest whole backup is the one most often wanted: chosen to start with.
    for (std::size_t row = 0; row < choices_.size(); ++row)
        if (choices_[row].ok) {
            list_->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            break;
        }
    restore_->SetDefault();
    list_->SetFocus();
    update_buttons();
}

const model::RestoreChoice* RestoreDialog::selected() const {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(choices_.size())) return nullptr;
    const auto& choice = choices_[static_cast<std::size_t>(row)];
    return choice.ok ? &choice : nullptr;
}

void RestoreDialog::update_buttons() {
    restore_->Enable(asking() || selected() != nullptr);
}

void RestoreDialog::ask(const std::filesystem::path& file) {
    chosen_ = file;
    const bool asking = !file.empty();
    question_->SetLabel(asking ? to_wx(model::restore_question(database_, file)) : wxString());
    question_->Wrap(FromDIP(560));
    list_->Enable(!asking);
    other_->Enable(!asking);
    back_->Show(asking);
    restore_->SetLabel(asking ? to_wx(model::tr("&Restore Now")) : to_wx(model::tr("&Restore\u2026")));
    update_buttons();
    GetSizer()->Layout();
    Fit();
    fit_inside_display(this);
    (asking ? static_cast<wxWindow*>(restore_) : list_)->SetFocus();
}

void RestoreDialog::on_restore() {
    if (asking()) {
        EndModal(wxID_OK);
        return;
    }
    if (const auto* choice = selected()) ask(choice->file);
}

void RestoreDialog::on_other() {
    FileChooser dialog(this, to_wx(model::tr("Restore from a file")), wxString(),
                       to_wx(model::tr("pcrecords databases (*.pcrdb)|*.pcrdb|All files|*")),
                       wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (!dialog.ask()) return;
    // Whether it is a whole database is checked by the restore itself, which says why it is refused. No
    // backup in the list stays chosen, so the question is about this file alone.
    for (long row = 0; row < list_->GetItemCount(); ++row) list_->SetItemState(row, 0, wxLIST_STATE_SELECTED);
    ask(to_path(dialog.path()));
}

}  // namespace pcr::app
