// Prints a model-drawn page as an image rendered at the printer's resolution, fitted to the printable area,
// so print, preview and PDF show the same layout on every platform's printing framework.
#include "app/printing/page_printout.h"

#include <wx/dc.h>
#include <wx/image.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "model/export/page_raster.h"

namespace pcr::app {

namespace {

// Enough for sharp text on paper; previews need far less and stay quick.
constexpr double kMaxPrintDpi = 300;
constexpr double kPreviewDpi = 110;

}  // namespace

PagePrintout::PagePrintout(const wxString& title, int pages, double width, double height, DrawPage draw)
    : wxPrintout(title), pages_(pages), width_(width), height_(height), draw_(std::move(draw)) {}

void PagePrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
    *min_page = 1;
    *max_page = pages_;
    *from = 1;
    *to = pages_;
}

bool PagePrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (!dc || !HasPage(page)) return false;
    int ppi_x = 0, ppi_y = 0;
    GetPPIPrinter(&ppi_x, &ppi_y);
    const double dpi = IsPreview() ? kPreviewDpi : std::clamp(static_cast<double>(ppi_x), 72.0, kMaxPrintDpi);
    const model::PageImage pixels =
        model::raster_page(width_, height_, dpi, [&](cairo_t* cr) { draw_(cr, page - 1); });
    wxImage image(pixels.width, pixels.height, false);
    std::memcpy(image.GetData(), pixels.rgb.data(), pixels.rgb.size());
    // The printable area, not the paper: a printer's unprintable margin must not cut the page's edge.
    FitThisSizeToPage(wxSize(pixels.width, pixels.height));
    dc->DrawBitmap(wxBitmap(image), 0, 0);
    return true;
}

bool PagePrintout::OnBeginDocument(int start_page, int end_page) {
    if (!wxPrintout::OnBeginDocument(start_page, end_page)) return false;
    if (!IsPreview() && printed_) std::exchange(printed_, {})();
    return true;
}

std::unique_ptr<PagePrintout> PagePrintout::copy() const {
    auto same = std::make_unique<PagePrintout>(GetTitle(), pages_, width_, height_, draw_);
    same->printed_ = printed_;
    return same;
}

wxPrintData& print_data() {
    static wxPrintData data = [] {
        wxPrintData d;
        d.SetPaperId(wxPAPER_A4);
        return d;
    }();
    return data;
}

}  // namespace pcr::app
