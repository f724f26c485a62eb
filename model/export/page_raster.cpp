// Renders a page drawing to an RGB image with a cairo image surface.
#include "model/export/page_raster.h"

#include <cairo.h>

#include <cmath>
#include <cstdint>
#include <memory>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

PageImage raster_page(double width, double height, double dpi, const std::function<void(cairo_t*)>& draw) {
    const double scale = dpi / 72.0;
    const int w = static_cast<int>(std::ceil(width * scale));
    const int h = static_cast<int>(std::ceil(height * scale));
    // 600 dpi on A4 is about 35 million pixels; more is a mistake, not a finer printout.
    if (w <= 0 || h <= 0 || static_cast<double>(w) * h > 40e6)
        throw Error(fill_in(tr("Cannot draw the page at {1} dots per inch: choose a lower print resolution."),
                            static_cast<int>(dpi)));

    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h), &cairo_surface_destroy);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw Error(fill_in(tr("Cannot draw the page: not enough memory for a {1} × {2} image."), w, h));
    {
        std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), &cairo_destroy);
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
        cairo_scale(cr.get(), scale, scale);
        draw(cr.get());
    }
    cairo_surface_flush(surface.get());

    PageImage image{w, h, std::vector<unsigned char>(static_cast<std::size_t>(w) * h * 3)};
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    unsigned char* out = image.rgb.data();
    for (int y = 0; y < h; ++y) {
        const auto* row =
            reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < w; ++x) {
            const std::uint32_t p = row[x];  // xRGB in native endianness
            *out++ = static_cast<unsigned char>((p >> 16) & 0xff);
            *out++ = static_cast<unsigned char>((p >> 8) & 0xff);
            *out++ = static_cast<unsigned char>(p & 0xff);
        }
    }
    return image;
}

}  // namespace pcr::model
