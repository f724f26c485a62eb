// Draws the program icon at several sizes, so no image files need installing beside the program.
#include "app/app_icon.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/icon.h>

#include <algorithm>
#include <memory>

namespace pcr::app {

namespace {

wxIcon draw_icon(int size) {
    wxBitmap bitmap(size, size, 32);
    bitmap.UseAlpha();
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxTRANSPARENT_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (gc) {
        const double s = size;
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(wxBrush(wxColour(0x1f, 0x6f, 0x78)));
        gc->DrawRoundedRectangle(0, 0, s, s, s * 0.2);
        // A person (head and shoulders) inside a ring: the person at the centre of their records.
        gc->SetPen(wxPen(*wxWHITE, std::max(1, size / 16)));
        gc->SetBrush(*wxTRANSPARENT_BRUSH);
        gc->DrawEllipse(s * 0.14, s * 0.14, s * 0.72, s * 0.72);
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(*wxWHITE_BRUSH);
        gc->DrawEllipse(s * 0.39, s * 0.27, s * 0.22, s * 0.22);
        gc->DrawRoundedRectangle(s * 0.31, s * 0.52, s * 0.38, s * 0.2, s * 0.08);
    }
    gc.reset();
    dc.SelectObject(wxNullBitmap);
    wxIcon icon;
    icon.CopyFromBitmap(bitmap);
    return icon;
}

}  // namespace

wxIconBundle app_icon() {
    wxIconBundle bundle;
    for (int size : {16, 32, 48, 64, 128}) bundle.AddIcon(draw_icon(size));
    return bundle;
}

}  // namespace pcr::app
