// Draws an export page into pixels, so the app can preview and print the same page a PDF holds.
#pragma once

#include <functional>
#include <vector>

extern "C" {
typedef struct _cairo cairo_t;
}

namespace pcr::model {

// A page as 8-bit RGB pixels, rows top to bottom, on white.
struct PageImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb;  // width * height * 3
};

// Renders `draw` (which draws a page of `width` × `height` points at the origin) at `dpi` pixels per inch.
// Throws pcr::Error when the image would be unreasonably large (over 600 dpi on A4) or cannot be made.
PageImage raster_page(double width, double height, double dpi, const std::function<void(cairo_t*)>& draw);

}  // namespace pcr::model
