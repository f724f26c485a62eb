// Places measured blocks down pages, cutting paragraphs between lines and tables between rows.
#include "model/export/page_flow.h"

#include <algorithm>

namespace pcr::model {

namespace {

const Colour kInk{0.13, 0.15, 0.17};
const Colour kGrid{0.80, 0.82, 0.85};
const Colour kHeaderBack{0.93, 0.94, 0.96};

// Height of lines [first, last) of `text`; 0 for none.
double lines_height(const TextLayout& text, int first, int last) {
    if (last <= first) return 0;
    return text.line_bottom(last - 1) - text.line_top(first);
}

// How many lines from `first` fit in `room`.
int lines_fitting(const TextLayout& text, int first, int last, double room) {
    int n = 0;
    while (first + n < last && lines_height(text, first, first + n + 1) <= room) ++n;
    return n;
}

}  // namespace

std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> FlowBlock::split(double, bool) const {
    return {};
}

TextBlock::TextBlock(std::shared_ptr<const TextLayout> text, Colour colour, double indent, bool bullet)
    : text_(std::move(text)), colour_(colour), indent_(indent), bullet_(bullet), last_(text_->line_count()) {}

std::unique_ptr<TextBlock> TextBlock::make(const std::string& text, double width, const TextStyle& style,
                                           Colour colour, double space_before) {
    auto block = std::make_unique<TextBlock>(std::make_shared<TextLayout>(text, width, style), colour);
    block->space_before = space_before;
    return block;
}

double TextBlock::height() const {
    return lines_height(*text_, first_, last_);
}

void TextBlock::draw(cairo_t* cr, double x, double y) const {
    set_colour(cr, colour_);
    if (bullet_ && first_ == 0) {
        const TextLayout bullet("•", 0, TextStyle{std::max(6.0, indent_ / 1.1)});
        const double by = y + text_->baseline() - bullet.baseline();
        // A right-to-left paragraph has its bullet on the right and its indent on the left.
        if (text_->right_to_left()) {
            bullet.draw(cr, x + text_->wrap_width() + indent_ - bullet.width(), by);
            text_->draw_lines(cr, x, y, first_, last_);
            return;
        }
        bullet.draw(cr, x, by);
    }
    text_->draw_lines(cr, x + indent_, y, first_, last_);
}

std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> TextBlock::split(double room,
                                                                                   bool fresh) const {
    const int fit = lines_fitting(*text_, first_, last_, room);
    // Two lines at least on each side of a cut, unless the page is empty or the paragraph too short for that.
    const int least = fresh ? 1 : 2;
    if (fit < least || last_ - first_ - fit < 1) return {};
    auto head = std::make_unique<TextBlock>(*this);
    auto tail = std::make_unique<TextBlock>(*this);
    head->last_ = first_ + fit;
    head->keep_with_next = 0;
    tail->first_ = first_ + fit;
    tail->space_before = 0;
    return {std::move(head), std::move(tail)};
}

TableBlock::TableBlock(std::vector<double> widths, TableRow header, std::vector<TableRow> rows)
    : widths_(std::move(widths)), header_(std::move(header)), rows_(std::move(rows)) {}

TableCell TableBlock::cell(const std::string& text, double width, const TextStyle& style) {
    auto layout = std::make_shared<TextLayout>(text, width - 2 * kPadding, style);
    const int lines = layout->line_count();
    return TableCell{std::move(layout), 0, lines};
}

double TableBlock::row_height(const TableRow& row) {
    double tallest = 0;
    for (const auto& c : row) tallest = std::max(tallest, lines_height(*c.text, c.first, c.last));
    return tallest + 2 * kPadding;
}

double TableBlock::height() const {
    double total = row_height(header_);
    for (const auto& row : rows_) total += row_height(row);
    return total;
}

void TableBlock::draw(cairo_t* cr, double x, double y) const {
    double table_width = 0;
    for (double w : widths_) table_width += w;
    const auto draw_row = [&](const TableRow& row, bool header) {
        const double h = row_height(row);
        if (header) {
            set_colour(cr, kHeaderBack);
            cairo_rectangle(cr, x, y, table_width, h);
            cairo_fill(cr);
        }
        set_colour(cr, kInk);
        double cx = x;
        for (std::size_t i = 0; i < row.size() && i < widths_.size(); ++i) {
            row[i].text->draw_lines(cr, cx + kPadding, y + kPadding, row[i].first, row[i].last);
            cx += widths_[i];
        }
        set_colour(cr, kGrid);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x, y + h);
        cairo_line_to(cr, x + table_width, y + h);
        cairo_stroke(cr);
        y += h;
    };
    draw_row(header_, true);
    for (const auto& row : rows_) draw_row(row, false);
}

std::pair<std::unique_ptr<FlowBlock>, std::unique_ptr<FlowBlock>> TableBlock::split(double room,
                                                                                    bool fresh) const {
    double used = row_height(header_);
    std::size_t whole = 0;
    while (whole < rows_.size() && used + row_height(rows_[whole]) <= room)
        used += row_height(rows_[whole++]);
    if (whole == rows_.size()) return {};
    std::vector<TableRow> head(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(whole));
    std::vector<TableRow> tail(rows_.begin() + static_cast<std::ptrdiff_t>(whole), rows_.end());
    if (whole == 0) {
        // A row is cut by lines only when it would not fit on a page of its own.
        if (!fresh) return {};
        const double cell_room = room - used - 2 * kPadding;
        TableRow top = tail.front();
        TableRow rest = tail.front();
        bool any = false;
        for (std::size_t i = 0; i < top.size(); ++i) {
            const int fit = lines_fitting(*top[i].text, top[i].first, top[i].last, cell_room);
            top[i].last = top[i].first + fit;
            rest[i].first = top[i].last;
            any = any || fit > 0;
        }
        if (!any) return {};
        head.push_back(std::move(top));
        tail.front() = std::move(rest);
    }
    auto first = std::make_unique<TableBlock>(widths_, header_, std::move(head));
    auto second = std::make_unique<TableBlock>(widths_, header_, std::move(tail));
    first->space_before = space_before;
    return {std::move(first), std::move(second)};
}

PageFlow::PageFlow(double body_height) : body_height_(body_height), pages_(1) {}

void PageFlow::new_page() {
    if (pages_.back().empty()) return;
    pages_.emplace_back();
    cursor_ = 0;
}

void PageFlow::add(std::unique_ptr<FlowBlock> block) {
    place(std::move(block), false);
}

void PageFlow::place(std::unique_ptr<FlowBlock> block, bool after_headings) {
    // A turn for each page the block runs onto (a paragraph of a megabyte runs onto hundreds), not a call.
    for (;;) {
        const bool empty = pages_.back().empty();
        const bool fresh = empty || after_headings;
        const double y = empty ? 0 : cursor_ + block->space_before;
        const double room = body_height_ - y;
        const double h = block->height();
        if (h + block->keep_with_next <= room || (fresh && h <= room)) {
            cursor_ = y + h;
            pages_.back().push_back({std::shared_ptr<const FlowBlock>(std::move(block)), y});
            return;
        }
        if (h > room) {
            auto [first, rest] = block->split(room, fresh);
            if (first) {
                pages_.back().push_back({std::shared_ptr<const FlowBlock>(std::move(first)), y});
                new_page();
                block = std::move(rest);
                after_headings = false;
                continue;
            }
        }
        if (!fresh) {
            // The headings just above go over with it, so none is left alone at the foot of the page.
            std::vector<std::shared_ptr<const FlowBlock>> carried;
            auto& page = pages_.back();
            while (page.size() > 1 && page.back().block->keep_with_next > 0) {
                carried.insert(carried.begin(), page.back().block);
                page.pop_back();
            }
            new_page();
            for (auto& heading : carried) {
                const double at = pages_.back().empty() ? 0 : cursor_ + heading->space_before;
                cursor_ = at + heading->height();
                pages_.back().push_back({std::move(heading), at});
            }
            after_headings = !carried.empty();
            continue;
        }
        if (!empty) {
            // Not even the cut of an empty page fits below the headings: it starts the next page.
            new_page();
            after_headings = false;
            continue;
        }
        // Taller than a page and impossible to cut: drawn from the top of a page of its own.
        pages_.back().push_back({std::shared_ptr<const FlowBlock>(std::move(block)), 0});
        new_page();
        return;
    }
}

void PageFlow::draw(cairo_t* cr, int index, double x, double y) const {
    if (index < 0 || index >= static_cast<int>(pages_.size())) return;
    for (const auto& placed : pages_[static_cast<std::size_t>(index)])
        placed.block->draw(cr, x, y + placed.y);
}

}  // namespace pcr::model
