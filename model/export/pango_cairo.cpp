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

// A measuring context: 72 units per inch so sizes are points, and no hinting, so widths measured here are the
// widths drawn on a PDF page or a printer alike. `base` is the direction of text that does not find its own.
GObjectPtr<PangoContext> new_measuring_context(PangoDirection base) {
    GObjectPtr<PangoContext> ctx(pango_font_map_create_context(export_font_map()));
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx.get(), options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(ctx.get(), 72);
    pango_context_set_round_glyph_positions(ctx.get(), FALSE);
    pango_context_set_base_dir(ctx.get(), base);
    return ctx;
}

// The measuring contexts of this thread: left to right, and right to left for a piece of a right-to-left
// paragraph cut short of its start, whose direction cannot be found from the piece.
PangoContext* measuring_context(bool right_to_left) {
    thread_local GObjectPtr<PangoContext> ltr = new_measuring_context(PANGO_DIRECTION_LTR);
    thread_local GObjectPtr<PangoContext> rtl = new_measuring_context(PANGO_DIRECTION_RTL);
    return right_to_left ? rtl.get() : ltr.get();
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

double points(int pango_units) {
    return pango_units / static_cast<double>(PANGO_SCALE);
}

// Wrapped text up to this long is laid out whole; longer, in pieces of about kPieceBytes. The line each piece
// ends on is laid out twice, but within a piece pango still reshapes the rest of an unbroken word for each
// line: at 1 MB of unbroken letters, pieces of 512 bytes took 1.6 s, 1 KB 1.9 s, 2 KB 2.4 s (processor time),
// and text in words the same at each.
constexpr std::size_t kWholeBytes = 4096;
constexpr std::size_t kPieceBytes = 1024;
// What a one-line layout keeps of its text: it ends in "…" long before this on any page.
constexpr std::size_t kOneLineBytes = 4096;

// The start of the UTF-8 character at `at`.
std::size_t char_start(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

// `text` laid out in `style`. `direction` is the direction of a piece that starts inside a paragraph, which
// pango would otherwise take from the piece's first letters; PANGO_DIRECTION_NEUTRAL lets each paragraph
// find its own.
LayoutPtr new_layout(std::string_view text, double width, const TextStyle& style, PangoDirection direction) {
    const bool rtl = direction == PANGO_DIRECTION_RTL;
    LayoutPtr layout(pango_layout_new(measuring_context(rtl)));
    FontDescriptionPtr font(pango_font_description_copy(export_families()));
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    // Each paragraph finds its own direction; with a left-to-right context, Start (LEFT) flips to the right
    // for an Arabic or Urdu paragraph. Pango flips it only for a direction it found, so a fixed right-to-left
    // piece is flipped here.
    pango_layout_set_auto_dir(layout.get(), direction == PANGO_DIRECTION_NEUTRAL);
    PangoAlignment align = style.align == TextAlign::Centre ? PANGO_ALIGN_CENTER
                           : style.align == TextAlign::End  ? PANGO_ALIGN_RIGHT
                                                            : PANGO_ALIGN_LEFT;
    if (rtl && align != PANGO_ALIGN_CENTER)
        align = align == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    pango_layout_set_alignment(layout.get(), align);
    if (width > 0) {
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        if (style.one_line)
            pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        else
            pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
}

}  // namespace

void set_colour(cairo_t* cr, const Colour& colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

TextLayout::TextLayout(std::string_view text, double width, const TextStyle& style) {
    std::string valid = valid_utf8(text);
    if (style.one_line) {
        if (width > 0 && valid.size() > kOneLineBytes) valid.resize(char_start(valid, kOneLineBytes));
        for (char& c : valid)
            if (c == '\n' || c == '\r') c = ' ';
    }
    const std::string_view all(valid);
    std::size_t start = 0;
    PangoDirection direction = PANGO_DIRECTION_NEUTRAL;
    const bool whole = width <= 0 || style.one_line || all.size() <= kWholeBytes;
    for (;;) {
        const bool last = whole || all.size() - start <= kPieceBytes;
        const std::size_t end = last ? all.size() : char_start(all, start + kPieceBytes);
        LayoutPtr piece = new_layout(all.substr(start, end - start), width, style, direction);
        std::vector<PangoLayoutLine*> lines;
        for (GSList* l = pango_layout_get_lines_readonly(piece.get()); l; l = l->next)
            lines.push_back(static_cast<PangoLayoutLine*>(l->data));
        const int count = static_cast<int>(lines.size());
        // Every line but the last, which may end only because the piece does; with a direction fixed, no
        // further than the paragraph it was fixed for.
        int keep = last ? count : count - 1;
        if (direction != PANGO_DIRECTION_NEUTRAL)
            for (int i = 1; i < keep; ++i)
                if (lines[static_cast<std::size_t>(i)]->is_paragraph_start) {
                    keep = i;
                    break;
                }
        // A piece of one line (zero-width characters, say) is cut where it ends.
        if (keep == 0) keep = count;
        const PangoLayoutLine* next = keep < count ? lines[static_cast<std::size_t>(keep)] : nullptr;
        add_lines(piece.get(), keep);
        pieces_.push_back(std::move(piece));
        if (last && !next) return;
        const PangoLayoutLine* before = next ? next : lines[static_cast<std::size_t>(keep - 1)];
        direction = next && next->is_paragraph_start ? PANGO_DIRECTION_NEUTRAL
                                                     : static_cast<PangoDirection>(before->resolved_dir);
        start = next ? start + static_cast<std::size_t>(next->start_index) : end;
    }
}

void TextLayout::add_lines(PangoLayout* piece, int count) {
    // The first piece's lines as pango places them; a later one's from the bottom of the lines before.
    double shift = 0;
    PangoLayoutIter* iter = pango_layout_get_iter(piece);
    for (int i = 0; i < count; ++i) {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        if (i == 0 && !lines_.empty()) shift = lines_.back().bottom - points(logical.y);
        lines_.push_back(Line{pango_layout_iter_get_line_readonly(iter), points(logical.y) + shift,
                              points(logical.y + logical.height) + shift,
                              points(pango_layout_iter_get_baseline(iter)) + shift, points(logical.x),
                              points(logical.x + logical.width)});
        if (!pango_layout_iter_next_line(iter)) break;
    }
    pango_layout_iter_free(iter);
}

double TextLayout::height() const {
    if (pieces_.size() > 1) return lines_.back().bottom;
    PangoRectangle logical;
    pango_layout_get_extents(pieces_.front().get(), nullptr, &logical);
    return points(logical.height);
}

double TextLayout::width() const {
    if (pieces_.size() > 1) {
        double left = lines_.front().x;
        double right = lines_.front().right;
        for (const Line& line : lines_) {
            left = std::min(left, line.x);
            right = std::max(right, line.right);
        }
        return right - left;
    }
    PangoRectangle logical;
    pango_layout_get_extents(pieces_.front().get(), nullptr, &logical);
    return points(logical.width);
}

double TextLayout::wrap_width() const {
    return std::max(0.0, points(pango_layout_get_width(pieces_.front().get())));
}

int TextLayout::line_count() const {
    return static_cast<int>(lines_.size());
}

double TextLayout::line_top(int line) const {
    return lines_[static_cast<std::size_t>(std::clamp(line, 0, line_count() - 1))].top;
}

double TextLayout::line_bottom(int line) const {
    return lines_[static_cast<std::size_t>(std::clamp(line, 0, line_count() - 1))].bottom;
}

double TextLayout::baseline() const {
    return lines_.front().baseline;
}

bool TextLayout::right_to_left() const {
    return lines_.front().line->resolved_dir == PANGO_DIRECTION_RTL;
}

void TextLayout::draw(cairo_t* cr, double x, double y) const {
    if (pieces_.size() > 1) {
        draw_lines(cr, x, y, 0, line_count());
        return;
    }
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, pieces_.front().get());
}

void TextLayout::draw_lines(cairo_t* cr, double x, double y, int first, int last) const {
    first = std::max(first, 0);
    last = std::min(last, line_count());
    if (first >= last) return;
    const double top = lines_[static_cast<std::size_t>(first)].top;
    for (int i = first; i < last; ++i) {
        const Line& line = lines_[static_cast<std::size_t>(i)];
        cairo_move_to(cr, x + line.x, y + line.baseline - top);
        pango_cairo_show_layout_line(cr, line.line);
    }
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
