// The audit view: filters above a virtual list (a busy provider's trail runs to many thousands of entries).
#include "app/dialogs/audit_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include <algorithm>
#include <set>

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/clock_time.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/audit_words.h"

namespace pcr::app {

namespace {

enum Column { kWhen, kUser, kAction, kSubject, kDetail, kColumns };

// "5 Dec 2026 14:05" in local time; the stored text when it is not a stamp.
std::string when_words(const std::string& stamp) {
    const auto moment = model::parse_utc_stamp(stamp);
    return moment ? model::local_time_words(*moment) : stamp;
}

// Rows are asked for as they scroll into view, from the entries the dialog holds.
class AuditList : public wxListCtrl {
  public:
    AuditList(wxWindow* parent, const std::vector<model::AuditEntry>& entries)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
          entries_(entries) {}

  private:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= entries_.size()) return {};
        const model::AuditEntry& entry = entries_[static_cast<std::size_t>(item)];
        switch (column) {
            case kWhen:
                return to_wx(when_words(entry.when));
            case kUser:
                return to_wx(entry.user);
            case kAction:
                return to_wx(std::string(model::to_string(entry.action)));
            case kSubject:
                return to_wx(entry.subject);
            default:
                return to_wx(model::audit_detail_words(entry));
        }
    }

    const std::vector<model::AuditEntry>& entries_;
};

}  // namespace

AuditDialog::AuditDialog(wxWindow* parent, const model::Store& store, const model::Subject* chosen)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Audit trail")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store) {
    if (chosen && chosen->kind != model::SubjectKind::Team) chosen_ = *chosen;
    only_chosen_ = new wxCheckBox(
        this, wxID_ANY,
        chosen_ ? to_wx(model::fill_in(model::tr("Only &{1} ({2})"), chosen_->display_name(), chosen_->id))
                : to_wx(model::tr("Only the chosen &person (choose one in the caseload first)")));
    only_chosen_->Enable(chosen_.has_value());

    // Everyone with an account, and whoever acted before there were accounts, to choose from or type.
    std::set<std::string> names;
    for (const auto& account : store_.accounts()) names.insert(account.user_name);
    wxArrayString choices;
    choices.Add(wxString());
    for (const auto& name : names) choices.Add(to_wx(name));
    user_ = new wxComboBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, choices);
    user_->SetHint(to_wx(model::tr("everyone")));
    since_ = new DateEntry(this, wxID_ANY);
    count_ = new wxStaticText(this, wxID_ANY, wxString());

    list_ = new AuditList(this, entries_);
    const char* const titles[kColumns] = {model::tr_noop("When"), model::tr_noop("User"),
                                          model::tr_noop("Action"), model::tr_noop("Whose"),
                                          model::tr_noop("Detail")};
    const int widths[kColumns] = {150, 110, 110, 90, 380};
    for (int c = 0; c < kColumns; ++c)
        list_->AppendColumn(to_wx(model::tr(titles[c])), wxLIST_FORMAT_LEFT, FromDIP(widths[c]));
    list_->SetMinSize(FromDIP(wxSize(860, 380)));

    auto* filters = new wxFlexGridSizer(2, FromDIP(6), FromDIP(12));
    filters->AddGrowableCol(1);
    filters->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("Done &by user:"))), 0,
                 wxALIGN_CENTRE_VERTICAL);
    filters->Add(user_, 1, wxEXPAND);
    filters->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&From (day, UTC):"))), 0,
                 wxALIGN_CENTRE_VERTICAL);
    filters->Add(since_, 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(only_chosen_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
    sizer->Add(filters, 0, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(count_, 0, wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(list_, 1, wxEXPAND | wxALL, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
    SetSizerAndFit(sizer);
    SetEscapeId(wxID_CLOSE);
    fit_inside_display(this);

    // The list follows the fields as they change, so what is shown always matches what they say.
    only_chosen_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { apply_filter(); });
    user_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    user_->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { apply_filter(); });
    since_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply_filter(); });
    apply_filter();
    user_->SetFocus();
}

model::AuditFilter AuditDialog::filter() const {
    model::AuditFilter filter;
    if (chosen_ && only_chosen_->GetValue()) {
        filter.kind = chosen_->kind;
        filter.subject = chosen_->id;
    }
    filter.user = from_wx(user_->GetValue().Strip(wxString::both));
    filter.since = since_->date();
    return filter;
}

void AuditDialog::apply_filter() {
    wxBusyCursor busy;
    entries_ = store_.audit(filter());
    std::reverse(entries_.begin(), entries_.end());
    list_->SetItemCount(static_cast<long>(entries_.size()));
    list_->Refresh();
    count_->SetLabel(to_wx(
        model::fill_in(model::tr_n("{1} entry, newest first", "{1} entries, newest first", entries_.size()),
                       entries_.size())));
}

}  // namespace pcr::app
