// Pagination for the PDF exports: blocks measured with pango, placed down pages, cut between lines or rows.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/export/pango_cairo.h"

namespace pcr::model {

// Something placed on a page: measured once, drawn at any position.
class FlowBlock {
  public:
    virtual ~FlowBlock() = default;
    virtual double height() const = 0;
    virtual void draw(cairo_t* cr, double x, double y) const = 0;
    // The block cut so its first part is at most `room` tall, as {first, rest}; first is null when it cannot
    // be cut there. `fresh` says the page is empty, so a cut that is otherwise avoided (inside a table row,
    // after one line of a paragraph) is better than none.
    virtual std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> split(double room,
                                                                                    bool fresh) const;

    double space_before = 0;    // above it, unless it starts a page
    double keep_with_next = 0;  // room it needs below it on its page, so a heading is not left at the foot
};

// A paragraph (or the lines [first, last) of one), optionally after a bullet, in one colour.
class TextBlock : public FlowBlock {
  public:
    TextBlock(std::shared_ptr<const TextLayout> text, Colour colour, double indent = 0, bool bullet = false);
    // Text in `width` with `style`: the usual way to make one.
    static std::unique_ptr<TextBlock> make(const std::string& text, double width, const TextStyle& style,
                                           Colour colour, double space_before = 0);

    double height() const override;
    void draw(cairo_t* cr, double x, double y) const override;
    std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> split(double room,
                                                                            bool fresh) const override;

  private:
    std::shared_ptr<const TextLayout> text_;
    Colour colour_;
    double indent_;
    bool bullet_;
    int first_ = 0;
    int last_;
};

// A table cell: its text, or the lines [first, last) of it when a long row is cut across pages.
struct TableCell {
    std::shared_ptr<const TextLayout> text;
    int first = 0;
    int last = 0;
};
using TableRow = std::vector<TableCell>;

// A table with a header row repeated on every page it runs onto; cut between rows, and inside a row only
// when that row alone is taller than a page.
class TableBlock : public FlowBlock {
  public:
    // Cells laid out at the column widths (less the padding) by table_cell().
    TableBlock(std::vector<double> widths, TableRow header, std::vector<TableRow> rows);

    static constexpr double kPadding = 3;
    // A cell of `text` for a column `width` wide.
    static TableCell cell(const std::string& text, double width, const TextStyle& style);

    double height() const override;
    void draw(cairo_t* cr, double x, double y) const override;
    std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> split(double room,
                                                                            bool fresh) const override;

  private:
    static double row_height(const TableRow& row);
    std::vector<double> widths_;
    TableRow header_;
    std::vector<TableRow> rows_;
};

// A block placed on a page: its top `y` from the top of the page's body.
struct PlacedBlock {
    std::shared_ptr<const FlowBlock> block;
    double y = 0;
};

// Blocks placed down pages of one body height, in the order added.
class PageFlow {
  public:
    explicit PageFlow(double body_height);
    void add(std::unique_ptr<FlowBlock> block);
    void new_page();  // the next block starts a page (nothing happens on an empty page)
    const std::vector<std::vector<PlacedBlock>>& pages() const { return pages_; }
    // Draws page `index`'s blocks with the body's top-left at (x, y).
    void draw(cairo_t* cr, int index, double x, double y) const;

  private:
    // `after_headings`: the page holds only headings carried over to go with this block, so a cut otherwise
    // avoided (inside a table row) is better than carrying them over again, one page each.
    void place(std::unique_ptr<FlowBlock> block, bool after_headings);

    double body_height_;
    double cursor_ = 0;
    std::vector<std::vector<PlacedBlock>> pages_;
};

}  // namespace pcr::model
