// The one wrapper around cairo, pango and gobject for the PDF exports: owners that free them, and text laid
// out.
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/temporary_file.h"

namespace pcr::model {

struct CairoSurfaceFree {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoFree {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct FontDescriptionFree {
    void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};

using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoSurfaceFree>;
using CairoPtr = std::unique_ptr<cairo_t, CairoFree>;
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;
template <class T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;
using LayoutPtr = GObjectPtr<PangoLayout>;

// Families tried in turn, so Latin, Arabic and Urdu text and emoji all find glyphs (fontconfig falls back
// past these). Symbola draws emoji as outlines, so they stay text in a PDF.
inline constexpr const char* kExportFontFamily =
    "DejaVu Sans, Noto Sans Arabic, Noto Naskh Arabic, Noto Nastaliq Urdu, Symbola";

// Where a paragraph's lines sit: Start is left for left-to-right text and right for right-to-left text.
enum class TextAlign { Start, Centre, End };

struct TextStyle {
    double size = 10;  // points (user units of the cairo context)
    bool bold = false;
    bool italic = false;
    TextAlign align = TextAlign::Start;
    bool one_line = false;  // no wrapping: a line too long for the width ends in "…"
};

// An RGB colour with components 0-1.
struct Colour {
    double r = 0, g = 0, b = 0;
};
void set_colour(cairo_t* cr, const Colour& colour);

// Plain text (never markup) laid out in a width, wrapped at words (or within a word too long for a line).
// Measured once in points on a context independent of any page, so what is measured is what any cairo
// context (PDF or printer) draws. Each paragraph takes its direction from its own text.
// Long wrapped text is laid out in pieces of a kilobyte or so, each piece ending where a line ends, so the
// lines are the ones one layout would make: pango reshapes the rest of a long word for every line it breaks
// out of it (an unbroken 100,000 characters took seconds), and its widths overflow past about 300,000.
class TextLayout {
  public:
    // `width` <= 0: no wrapping.
    TextLayout(std::string_view text, double width, const TextStyle& style);

    double height() const;      // of all lines, in points
    double width() const;       // of the widest line, in points
    double wrap_width() const;  // the width it was laid out in (0: not wrapped)
    int line_count() const;
    double line_top(int line) const;     // from the top of the layout
    double line_bottom(int line) const;  // from the top of the layout
    double baseline() const;             // of the first line, from the top of the layout
    bool right_to_left() const;          // the first paragraph reads right to left

    // Draws the whole layout with its top-left at (x, y) in the current source colour.
    void draw(cairo_t* cr, double x, double y) const;
    // Draws lines [first, last) with the top of line `first` at y (a paragraph split across pages).
    void draw_lines(cairo_t* cr, double x, double y, int first, int last) const;

  private:
    // One line as placed, measured once so a page's lines are found without walking the ones before them.
    struct Line {
        PangoLayoutLine* line;  // owned by one of pieces_
        double top;             // from the top of the whole text, in points
        double bottom;
        double baseline;
        double x;  // of its left edge (the alignment's offset) and its right edge
        double right;
    };
    void add_lines(PangoLayout* piece, int count);

    std::vector<LayoutPtr> pieces_;
    std::vector<Line> lines_;
};

// A PDF surface of one page size writing into `out`, with the document's title and author in its metadata.
// Check it with check_surface once finished.
SurfacePtr pdf_surface(TemporaryFile& out, double width, double height, const std::string& title,
                       const std::string& author);
// Throws pcr::UserError naming the file when writing it failed (a full disk) or the surface (or a context
// drawing on it) has failed.
void check_surface(cairo_surface_t* surface, const TemporaryFile& out);

}  // namespace pcr::model
