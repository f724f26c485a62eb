// Text layout with pango on a page-independent context, and PDF surfaces with metadata, for the PDF exports.
#include "model/export/pango_cairo.h"

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// Colour fonts left out: cairo draws a colour emoji (Noto Color Emoji, on most desktops) into a PDF as a
// small picture with no text behind it, so the emoji would print blurred and vanish from search and copy.
// Left out, emoji fall back to an outline font (Symbola), embedded as text like any other glyph.
constexpr const char* kNoColourFonts =
    "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><selectfont><rejectfont>"
    "<pattern><patelt name=\"color\"><bool>true</bool></patelt></pattern>"
    "</rejectfont></selectfont></fontconfig>";

// The system's fonts as fontconfig configures them, less the colour fonts. Per thread, as pango's font maps
// are.
PangoFontMap* export_font_map() {
    thread_local GObjectPtr<PangoFontMap> map = [] {
        GObjectPtr<PangoFontMap> fonts(pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT));
        FcConfig* config = FcInitLoadConfigAndFonts();
        if (config &&
            FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kNoColourFonts),
                                           FcFalse) &&
            FcConfigBuildFonts(config))
            pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fonts.get()), config);
        if (config) FcConfigDestroy(config);  // the font map keeps its own reference
        return fonts;
    }();
    return map.get();
}

// One measuring context per thread: 72 units per inch so sizes are points, and no hinting, so widths measured
// here are the widths drawn on a PDF page or a printer alike.
PangoContext* measuring_context() {
    thread_local GObjectPtr<PangoContext> context = [] {
        GObjectPtr<PangoContext> ctx(pango_font_map_create_context(export_font_map()));
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(ctx.get(), options);
        cairo_font_options_destroy(options);
        pango_cairo_context_set_resolution(ctx.get(), 72);
        pango_context_set_round_glyph_positions(ctx.get(), FALSE);
        return ctx;
    }();
    return context.get();
}

// The export's font families, parsed once per thread: every layout starts from a copy.
const PangoFontDescription* export_families() {
    thread_local FontDescriptionPtr families(pango_font_description_from_string(kExportFontFamily));
    return families.get();
}

// Text as pango takes it: valid UTF-8 (anything else would be refused whole).
std::string valid_utf8(std::string_view text) {
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return std::string(text);
    gchar* fixed = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    std::string out(fixed);
    g_free(fixed);
    return out;
}

PangoRectangle line_extents(PangoLayout* layout, int line) {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    for (int i = 0; i < line && pango_layout_iter_next_line(iter); ++i) {
    }
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    pango_layout_iter_free(iter);
    return logical;
}

double points(int pango_units) {
    return pango_units / static_cast<double>(PANGO_SCALE);
}

}  // namespace

void set_colour(cairo_t* cr, const Colour& colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

TextLayout::TextLayout(std::string_view text, double width, const TextStyle& style)
    : layout_(pango_layout_new(measuring_context())) {
    FontDescriptionPtr font(pango_font_description_copy(export_families()));
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout_.get(), font.get());
    // Each paragraph finds its own direction; with a left-to-right context, Start (LEFT) flips to the right
    // for an Arabic or Urdu paragraph.
    pango_layout_set_auto_dir(layout_.get(), TRUE);
    pango_layout_set_alignment(layout_.get(), style.align == TextAlign::Centre ? PANGO_ALIGN_CENTER
                                              : style.align == TextAlign::End  ? PANGO_ALIGN_RIGHT
                                                                               : PANGO_ALIGN_LEFT);
    if (width > 0) {
        pango_layout_set_width(layout_.get(), static_cast<int>(width * PANGO_SCALE));
        if (style.one_line)
            pango_layout_set_ellipsize(layout_.get(), PANGO_ELLIPSIZE_END);
        else
            pango_layout_set_wrap(layout_.get(), PANGO_WRAP_WORD_CHAR);
    }
    std::string valid = valid_utf8(text);
    if (style.one_line)
        for (char& c : valid)
            if (c == '\n' || c == '\r') c = ' ';
    pango_layout_set_text(layout_.get(), valid.c_str(), static_cast<int>(valid.size()));
}

double TextLayout::height() const {
    PangoRectangle logical;
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return points(logical.height);
}

double TextLayout::width() const {
    PangoRectangle logical;
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return points(logical.width);
}

double TextLayout::wrap_width() const {
    return std::max(0.0, points(pango_layout_get_width(layout_.get())));
}

int TextLayout::line_count() const {
    return pango_layout_get_line_count(layout_.get());
}

double TextLayout::line_top(int line) const {
    return points(line_extents(layout_.get(), line).y);
}

double TextLayout::line_bottom(int line) const {
    const PangoRectangle r = line_extents(layout_.get(), line);
    return points(r.y + r.height);
}

double TextLayout::baseline() const {
    return points(pango_layout_get_baseline(layout_.get()));
}

bool TextLayout::right_to_left() const {
    PangoLayoutLine* first = pango_layout_get_line_readonly(layout_.get(), 0);
    return first && first->resolved_dir == PANGO_DIRECTION_RTL;
}

void TextLayout::draw(cairo_t* cr, double x, double y) const {
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout_.get());
}

void TextLayout::draw_lines(cairo_t* cr, double x, double y, int first, int last) const {
    const double top = line_top(first);
    PangoLayoutIter* iter = pango_layout_get_iter(layout_.get());
    int index = 0;
    do {
        if (index >= first && index < last) {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double baseline = points(pango_layout_iter_get_baseline(iter));
            cairo_move_to(cr, x + points(logical.x), y + baseline - top);
            pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter));
        }
        ++index;
    } while (index < last && pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

SurfacePtr pdf_surface(TemporaryFile& out, double width, double height, const std::string& title,
                       const std::string& author) {
    // Through our own file rather than cairo's: cairo's file output can lose a failed write, and then a full
    // disk leaves an empty PDF that looks written.
    const cairo_write_func_t write = [](void* closure, const unsigned char* data, unsigned int length) {
        return static_cast<TemporaryFile*>(closure)->try_write(reinterpret_cast<const char*>(data), length)
                   ? CAIRO_STATUS_SUCCESS
                   : CAIRO_STATUS_WRITE_ERROR;
    };
    SurfacePtr surface(cairo_pdf_surface_create_for_stream(write, &out, width, height));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, valid_utf8(title).c_str());
    if (!author.empty())
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, valid_utf8(author).c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "pcrecords");
    return surface;
}

void check_surface(cairo_surface_t* surface, const TemporaryFile& out) {
    out.check();
    const cairo_status_t status = cairo_surface_status(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw UserError(
            fill_in(tr("Cannot write the PDF {1}: {2}. Check the folder is writable and the disk has "
                       "room."),
                    out.target().string(), cairo_status_to_string(status)));
}

}  // namespace pcr::model
