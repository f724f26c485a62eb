// A quiet completeness bar: green when complete, blue while partly done, with the number always written.
#include "app/views/completeness_renderer.h"

#include <wx/dc.h>

#include <algorithm>

namespace pcr::app {

CompletenessRenderer::CompletenessRenderer() : wxDataViewCustomRenderer("long", wxDATAVIEW_CELL_INERT) {}

bool CompletenessRenderer::SetValue(const wxVariant& value) {
    percent_ = value.GetLong();
    return true;
}

bool CompletenessRenderer::GetValue(wxVariant& value) const {
    value = percent_;
    return true;
}

wxSize CompletenessRenderer::GetSize() const {
    return GetView()->FromDIP(wxSize(110, 18));
}

bool CompletenessRenderer::Render(wxRect cell, wxDC* dc, int state) {
    if (percent_ < 0) return true;
    const wxString label = wxString::Format("%ld%%", percent_);
    const int label_width = dc->GetTextExtent("100%").x;
    const int gap = GetView()->FromDIP(6);
    const int bar_height = GetView()->FromDIP(8);

    wxRect track(cell.x, cell.y + (cell.height - bar_height) / 2, cell.width - label_width - gap, bar_height);
    if (track.width > 10) {
        const bool done = percent_ >= 100;
        dc->SetPen(*wxTRANSPARENT_PEN);
        dc->SetBrush(wxBrush(wxColour(0xdd, 0xe1, 0xe6)));
        dc->DrawRoundedRectangle(track, bar_height / 2.0);
        wxRect filled = track;
        filled.width = static_cast<int>(track.width * std::clamp(percent_, 0L, 100L) / 100);
        if (filled.width > 0) {
            dc->SetBrush(wxBrush(done ? wxColour(0x1e, 0x84, 0x49) : wxColour(0x3b, 0x6e, 0xb4)));
            dc->DrawRoundedRectangle(filled, bar_height / 2.0);
        }
    }
    wxRect text(track.GetRight() + gap, cell.y, label_width, cell.height);
    RenderText(label, label_width - dc->GetTextExtent(label).x, text, dc, state);
    return true;
}

}  // namespace pcr::app
