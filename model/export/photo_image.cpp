// Decodes photos with gdk-pixbuf and copies the pixels into cairo's premultiplied ARGB32 layout.
#include "model/export/photo_image.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include <algorithm>
#include <cstdint>

namespace pcr::model {

namespace {

struct Limits {
    int width;
    int height;
};

// Asks the loader for a smaller image while decoding (JPEG decodes at a fraction of full size), so a phone
// picture does not cost its full resolution.
void on_size_prepared(GdkPixbufLoader* loader, int width, int height, gpointer data) {
    const auto* limits = static_cast<const Limits*>(data);
    if (width <= 0 || height <= 0) return;
    const double scale = std::min(
        {1.0, limits->width / static_cast<double>(width), limits->height / static_cast<double>(height)});
    if (scale < 1.0)
        gdk_pixbuf_loader_set_size(loader, std::max(1, static_cast<int>(width * scale)),
                                   std::max(1, static_cast<int>(height * scale)));
}

GObjectPtr<GdkPixbuf> decode(const Photo& photo, const Limits& limits) {
    if (photo.bytes.empty()) return nullptr;
    GObjectPtr<GdkPixbufLoader> loader(gdk_pixbuf_loader_new());
    g_signal_connect(loader.get(), "size-prepared", G_CALLBACK(on_size_prepared),
                     const_cast<Limits*>(&limits));
    GError* error = nullptr;
    const bool written =
        gdk_pixbuf_loader_write(loader.get(), photo.bytes.data(), photo.bytes.size(), &error);
    if (error) g_clear_error(&error);
    // Closed even after a failed write: the loader must be closed before it is freed.
    const bool closed = gdk_pixbuf_loader_close(loader.get(), &error);
    if (error) g_clear_error(&error);
    if (!written || !closed) return nullptr;
    GdkPixbuf* pixbuf = gdk_pixbuf_loader_get_pixbuf(loader.get());
    if (!pixbuf) return nullptr;
    return GObjectPtr<GdkPixbuf>(gdk_pixbuf_apply_embedded_orientation(pixbuf));
}

}  // namespace

SurfacePtr photo_surface(const Photo& photo, int max_width, int max_height) {
    const Limits limits{std::max(1, max_width), std::max(1, max_height)};
    GObjectPtr<GdkPixbuf> pixbuf = decode(photo, limits);
    if (!pixbuf) return nullptr;
    // A format that decodes at full size (no size-prepared scaling) is scaled here.
    const int w0 = gdk_pixbuf_get_width(pixbuf.get());
    const int h0 = gdk_pixbuf_get_height(pixbuf.get());
    const double scale =
        std::min({1.0, limits.width / static_cast<double>(w0), limits.height / static_cast<double>(h0)});
    if (scale < 1.0)
        pixbuf.reset(gdk_pixbuf_scale_simple(pixbuf.get(), std::max(1, static_cast<int>(w0 * scale)),
                                             std::max(1, static_cast<int>(h0 * scale)), GDK_INTERP_BILINEAR));
    if (!pixbuf || gdk_pixbuf_get_colorspace(pixbuf.get()) != GDK_COLORSPACE_RGB ||
        gdk_pixbuf_get_bits_per_sample(pixbuf.get()) != 8)
        return nullptr;

    const int width = gdk_pixbuf_get_width(pixbuf.get());
    const int height = gdk_pixbuf_get_height(pixbuf.get());
    const int channels = gdk_pixbuf_get_n_channels(pixbuf.get());
    const bool alpha = gdk_pixbuf_get_has_alpha(pixbuf.get());
    const int in_stride = gdk_pixbuf_get_rowstride(pixbuf.get());
    const guchar* in = gdk_pixbuf_read_pixels(pixbuf.get());

    SurfacePtr surface(
        cairo_image_surface_create(alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return nullptr;
    cairo_surface_flush(surface.get());
    unsigned char* out = cairo_image_surface_get_data(surface.get());
    const int out_stride = cairo_image_surface_get_stride(surface.get());
    // cairo wants native-endian 32-bit pixels, alpha in the top byte and colours multiplied by alpha.
    for (int y = 0; y < height; ++y) {
        const guchar* src = in + static_cast<std::ptrdiff_t>(y) * in_stride;
        auto* dst = reinterpret_cast<std::uint32_t*>(out + static_cast<std::ptrdiff_t>(y) * out_stride);
        for (int x = 0; x < width; ++x, src += channels) {
            const std::uint32_t a = alpha ? src[3] : 255;
            const auto premultiply = [a](std::uint32_t c) { return (c * a + 127) / 255; };
            dst[x] =
                (a << 24) | (premultiply(src[0]) << 16) | (premultiply(src[1]) << 8) | premultiply(src[2]);
        }
    }
    cairo_surface_mark_dirty(surface.get());
    return surface;
}

}  // namespace pcr::model
