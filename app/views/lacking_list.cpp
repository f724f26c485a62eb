// Rows of the lacking list drawn on demand from the evidence, so thousands of names cost nothing to show.
#include "app/views/lacking_list.h"

#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

LackingList::LackingList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxBORDER_THEME) {
    AppendColumn(to_wx(model::tr("Name")), wxLIST_FORMAT_LEFT,
                 column_width(this, to_wx(model::tr("Name")), FromDIP(160)));
    AppendColumn(to_wx(model::tr("Why")), wxLIST_FORMAT_LEFT,
                 column_width(this, to_wx(model::tr("Why")), FromDIP(240)));
    AppendColumn(to_wx(model::tr("Id")), wxLIST_FORMAT_LEFT,
                 column_width(this, to_wx(model::tr("Id")), FromDIP(70)));
}

void LackingList::show(std::vector<model::Lacking> lacking) {
    lacking_ = std::move(lacking);
    SetItemCount(static_cast<long>(lacking_.size()));
    Refresh();
}

wxString LackingList::OnGetItemText(long item, long column) const {
    if (item < 0 || item >= static_cast<long>(lacking_.size())) return {};
    const model::Lacking& row = lacking_[static_cast<std::size_t>(item)];
    switch (column) {
        case 0:
            return to_wx(row.name);
        case 1:
            return to_wx(row.reason);
        default:
            return to_wx(row.id);
    }
}

}  // namespace pcr::app
