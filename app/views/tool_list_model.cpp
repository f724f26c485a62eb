// Rows of the tools list: title, completeness bar, currency mark with its dot, review dates.
#include "app/views/tool_list_model.h"

#include <wx/dcmemory.h>

#include "app/display_text.h"
#include "app/views/currency_mark.h"
#include "app/wx_text.h"

namespace pcr::app {

namespace {

// A small filled circle in the mark's colour; the mark's words are always shown beside it.
wxBitmapBundle dot(const wxColour& colour) {
    const int size = 12;
    wxBitmap bitmap(size, size, 32);
    bitmap.UseAlpha();
    {
        wxMemoryDC dc(bitmap);
        dc.SetBackground(*wxTRANSPARENT_BRUSH);
        dc.Clear();
        dc.SetPen(wxPen(colour));
        dc.SetBrush(wxBrush(colour));
        dc.DrawEllipse(1, 1, size - 2, size - 2);
    }
    return wxBitmapBundle(bitmap);
}

}  // namespace

ToolListModel::ToolListModel()
    : wxDataViewVirtualListModel(0),
      current_dot_(dot(currency_colour(CurrencyMark::Kind::Current))),
      out_of_date_dot_(dot(currency_colour(CurrencyMark::Kind::OutOfDate))),
      no_record_dot_(dot(currency_colour(CurrencyMark::Kind::NoRecord))) {}

void ToolListModel::set_standings(std::vector<model::ToolStanding> standings) {
    standings_ = std::move(standings);
    Reset(static_cast<unsigned>(standings_.size()));
}

const model::ToolStanding* ToolListModel::standing(unsigned row) const {
    return row < standings_.size() ? &standings_[row] : nullptr;
}

wxString ToolListModel::GetColumnType(unsigned int column) const {
    switch (column) {
        case kCompleteness:
            return "long";
        case kStatus:
            return "wxDataViewIconText";
        default:
            return "string";
    }
}

void ToolListModel::GetValueByRow(wxVariant& variant, unsigned int row, unsigned int column) const {
    const model::ToolStanding* s = standing(row);
    if (!s) return;
    switch (column) {
        case kTitle:
            variant = to_wx(s->tool->title);
            break;
        case kCompleteness:
            variant = s->record && !s->record->empty() ? static_cast<long>(s->status.completeness) : -1L;
            break;
        case kStatus: {
            const CurrencyMark mark = currency_mark(*s);
            const wxBitmapBundle& icon = mark.kind == CurrencyMark::Kind::Current     ? current_dot_
                                         : mark.kind == CurrencyMark::Kind::OutOfDate ? out_of_date_dot_
                                                                                      : no_record_dot_;
            variant << wxDataViewIconText(mark.text, icon);
            break;
        }
        case kLastReviewed:
            variant = s->record && !s->record->empty() && s->status.last_reviewed
                          ? date_text(*s->status.last_reviewed)
                          : wxString();
            break;
        case kReviewDue: {
            variant = currency_mark(*s).due;
            break;
        }
    }
}

bool ToolListModel::GetAttrByRow(unsigned int row, unsigned int column, wxDataViewItemAttr& attr) const {
    const model::ToolStanding* s = standing(row);
    if (!s) return false;
    if (column == kStatus) {
        const CurrencyMark mark = currency_mark(*s);
        attr.SetColour(mark.colour);
        return true;
    }
    if (column == kTitle && !s->record) {
        attr.SetColour(wxColour(0x6b, 0x6f, 0x76));
        return true;
    }
    return false;
}

}  // namespace pcr::app
