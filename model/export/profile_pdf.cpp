// Fits the one-page profile on one page: the largest readable type and fewest columns that hold every item,
// or a fair share of each section with a "continued" mark when even the smallest type cannot.
#include "model/export/profile_pdf.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/export/atomic_file.h"
#include "model/export/page_style.h"
#include "model/export/pango_cairo.h"
#include "model/export/photo_image.h"

namespace pcr::model {

namespace {

using namespace page_style;

constexpr double kMargin = 36;
constexpr double kPhotoWidth = 96;
constexpr double kPhotoHeight = 120;
constexpr double kPhotoGap = 16;
constexpr double kColumnGap = 16;
constexpr double kFooterSize = 8;
// Body sizes tried from the largest down; the last is the smallest still comfortably readable on paper.
constexpr double kSizes[] = {11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5};
constexpr int kMaxColumns = 3;
// A column narrower than this many times the type size reads too choppily to use.
constexpr double kMinColumnEms = 17;

double column_width(double width, int columns) {
    return (width - (columns - 1) * kColumnGap) / columns;
}

bool columns_allowed(double width, int columns, double size) {
    return columns == 1 || column_width(width, columns) >= kMinColumnEms * size;
}

// Where the items of one section break into columns, read down the first column then the next.
struct ColumnSplit {
    std::vector<int> starts;  // index of the first item of each column after the first
    double height = 0;        // of the tallest column
};

// The split of `heights` (with `spacing` between items in a column) into at most `columns` columns that
// makes the tallest column as short as it can be.
ColumnSplit balance(const std::vector<double>& heights, int count, int columns, double spacing) {
    ColumnSplit out;
    if (count == 0) return out;
    columns = std::min(columns, count);
    std::vector<double> prefix(count + 1, 0);
    for (int i = 0; i < count; ++i) prefix[i + 1] = prefix[i] + heights[i];
    const auto span = [&](int a, int b) { return prefix[b] - prefix[a] + spacing * (b - a - 1); };
    constexpr double kNone = std::numeric_limits<double>::infinity();
    // best[c][i]: the tallest column when items [0, i) fill c columns; from[c][i]: where the last one starts.
    std::vector<std::vector<double>> best(columns + 1, std::vector<double>(count + 1, kNone));
    std::vector<std::vector<int>> from(columns + 1, std::vector<int>(count + 1, 0));
    for (int i = 1; i <= count; ++i) best[1][i] = span(0, i);
    for (int c = 2; c <= columns; ++c)
        for (int i = c; i <= count; ++i)
            for (int j = c - 1; j < i; ++j) {
                const double tallest = std::max(best[c - 1][j], span(j, i));
                if (tallest < best[c][i]) {
                    best[c][i] = tallest;
                    from[c][i] = j;
                }
            }
    int used = 1;
    for (int c = 2; c <= columns; ++c)
        if (best[c][count] < best[used][count] - 0.01) used = c;
    out.height = best[used][count];
    for (int c = used, i = count; c > 1; --c) {
        i = from[c][i];
        out.starts.insert(out.starts.begin(), i);
    }
    return out;
}

// How much of a longer item is laid out first, to see whether that alone is taller than the page's body; four
// times as much each time it is not. A column of the largest type is full before 8 KB, one of the smallest
// before 32 KB of ordinary letters.
constexpr std::size_t kItemStartBytes = 8 * 1024;

// An item laid out for measuring. An item whose start alone is taller than the body is never shown, so only
// its start is laid out: each size and column count tried lays out every item again, and all of an item of
// 100,000 characters took seconds each time.
std::unique_ptr<TextLayout> item_layout(const std::string& item, double width, double size, double room) {
    for (std::size_t bytes = kItemStartBytes; bytes < item.size(); bytes *= 4) {
        auto start =
            std::make_unique<TextLayout>(std::string_view(item).substr(0, bytes), width, TextStyle{size});
        if (start->height() > room) return start;
    }
    return std::make_unique<TextLayout>(item, width, TextStyle{size});
}

// One section measured at one type size and column count.
struct SectionBox {
    const ProfileSection* section = nullptr;
    std::unique_ptr<TextLayout> title;
    std::vector<std::unique_ptr<TextLayout>> items;
    std::vector<double> heights;
    int columns = 1;  // fewer than the page's when the section has fewer items
    int shown = 0;
    std::unique_ptr<TextLayout> note;  // "Nothing written yet" or the continued mark, when shown
    ColumnSplit split;
    double height = 0;
};

// The page's fixed parts: heading, tool title, photo and footer, the same at every body size.
struct Frame {
    double width = 0;
    double height = 0;
    bool rtl = false;
    SurfacePtr photo;
    std::unique_ptr<TextLayout> heading;
    std::unique_ptr<TextLayout> tool;
    std::unique_ptr<TextLayout> reviewed;
    std::unique_ptr<TextLayout> exported;
    double header_bottom = 0;
    double body_top = 0;
    double body_bottom = 0;
};

Frame make_frame(const ProfilePage& page, double width, double height) {
    Frame f;
    f.width = width;
    f.height = height;
    if (page.photo)
        f.photo =
            photo_surface(*page.photo, static_cast<int>(kPhotoWidth * 3), static_cast<int>(kPhotoHeight * 3));
    const double inner = width - 2 * kMargin;
    const double text_width = inner - (f.photo ? kPhotoWidth + kPhotoGap : 0);
    f.heading = std::make_unique<TextLayout>(page.heading(), text_width, TextStyle{22, true});
    f.rtl = f.heading->right_to_left();
    f.tool = std::make_unique<TextLayout>(
        page.tool_title, text_width, TextStyle{12, false, false, f.rtl ? TextAlign::End : TextAlign::Start});
    f.reviewed = std::make_unique<TextLayout>(page.reviewed_words(), inner / 2, TextStyle{kFooterSize});
    f.exported =
        std::make_unique<TextLayout>(fill_in(tr("Exported {1}"), display_date(Date::today())), inner / 2,
                                     TextStyle{kFooterSize, false, false, TextAlign::End});
    const double text_height = f.heading->height() + 4 + f.tool->height();
    f.header_bottom = kMargin + std::max(text_height, f.photo ? kPhotoHeight : 0.0);
    f.body_top = f.header_bottom + 14;
    f.body_bottom = height - kMargin - f.reviewed->height() - 10;
    return f;
}

// Every section at one body size and column count, with a count of items shown per section.
class BodyLayout {
  public:
    // `room`: the height of the page's body.
    BodyLayout(const ProfilePage& page, double width, double size, int columns, double room)
        : width_(width), size_(size), columns_(columns) {
        for (const auto& section : page.sections) {
            SectionBox box;
            box.section = &section;
            box.columns = std::clamp(static_cast<int>(section.items.size()), 1, columns);
            box.title = std::make_unique<TextLayout>(section.title, width, TextStyle{size * 1.2, true});
            const double item_width = column_width(width, box.columns) - indent();
            for (const auto& item : section.items) {
                box.items.push_back(item_layout(item, item_width, size, room));
                box.heights.push_back(box.items.back()->height());
            }
            sections_.push_back(std::move(box));
        }
        for (auto& box : sections_) show(box, static_cast<int>(box.items.size()));
    }

    double size() const { return size_; }
    int columns() const { return columns_; }
    double indent() const { return size_ * 1.1; }
    double item_spacing() const { return size_ * 0.35; }
    double section_gap() const { return size_ * 1.3; }
    double title_gap() const { return size_ * 0.5; }
    std::vector<SectionBox>& sections() { return sections_; }
    const std::vector<SectionBox>& sections() const { return sections_; }

    double height() const {
        double total = 0;
        for (const auto& box : sections_) total += box.height;
        return total + section_gap() * std::max<int>(0, static_cast<int>(sections_.size()) - 1);
    }

    // Shows the first `count` items of `box` (with the continued mark when that is not all of them).
    void show(SectionBox& box, int count) {
        box.shown = count;
        const int all = static_cast<int>(box.items.size());
        box.note.reset();
        if (all == 0)
            box.note = std::make_unique<TextLayout>(tr("Nothing written yet"), width_,
                                                    TextStyle{size_, false, true});
        else if (count < all)
            box.note =
                std::make_unique<TextLayout>(fill_in(tr_n("… continued in the full record ({1} more item)",
                                                          "… continued in the full record ({1} more items)",
                                                          static_cast<unsigned long>(all - count)),
                                                     all - count),
                                             width_, TextStyle{size_, false, true});
        box.split = balance(box.heights, count, box.columns, item_spacing());
        box.height = box.title->height() + title_gap() + box.split.height;
        if (box.note) box.height += (count > 0 ? item_spacing() : 0) + box.note->height();
    }

  private:
    double width_;
    double size_;
    int columns_;
    std::vector<SectionBox> sections_;
};

// Gives each section of `body` its share of `room`, one item at a time in turn, until no further item fits.
void share_room(BodyLayout& body, double room) {
    auto& sections = body.sections();
    for (auto& box : sections) body.show(box, 0);
    std::vector<bool> open(sections.size(), true);
    for (bool added = true; added;) {
        added = false;
        for (std::size_t i = 0; i < sections.size(); ++i) {
            auto& box = sections[i];
            if (!open[i] || box.shown == static_cast<int>(box.items.size())) continue;
            body.show(box, box.shown + 1);
            if (body.height() <= room) {
                added = true;
            } else {
                // An item is shown whole or not at all; the items after it stay with it in the full record.
                body.show(box, box.shown - 1);
                open[i] = false;
            }
        }
    }
}

// The largest body size (and fewest columns at it) that holds every item; otherwise the smallest size with
// each section given a fair share of the room, item by item, and the rest left to the full record.
std::unique_ptr<BodyLayout> fit_body(const ProfilePage& page, double width, double room) {
    // The fewest columns that hold everything at one size; null when none does.
    const auto at = [&](double size) -> std::unique_ptr<BodyLayout> {
        for (int columns = 1; columns <= kMaxColumns && columns_allowed(width, columns, size); ++columns) {
            auto body = std::make_unique<BodyLayout>(page, width, size, columns, room);
            if (body->height() <= room) return body;
        }
        return nullptr;
    };
    // Most profiles fit at the largest size, so it is tried first: laying out every item is most of the
    // cost of a page, and each size tried lays them all out again.
    if (auto largest = at(kSizes[0])) return largest;
    const double smallest = kSizes[std::size(kSizes) - 1];
    int widest = kMaxColumns;
    while (!columns_allowed(width, widest, smallest)) --widest;
    auto tightest = std::make_unique<BodyLayout>(page, width, smallest, widest, room);
    if (tightest->height() <= room) {
        // Smaller type never holds less, so the largest size that fits is found by halving the range.
        std::unique_ptr<BodyLayout> found;
        std::size_t fits = std::size(kSizes) - 1;  // the smallest fits
        std::size_t fails = 0;
        while (fits - fails > 1) {
            const std::size_t mid = (fits + fails) / 2;
            if (auto body = at(kSizes[mid])) {
                fits = mid;
                found = std::move(body);
            } else {
                fails = mid;
            }
        }
        if (found) return found;
        auto best = at(kSizes[fits]);
        return best ? std::move(best) : std::move(tightest);
    }
    // Every column count at the smallest size, keeping the one that leaves out the fewest sections, then
    // shows the most items.
    std::unique_ptr<BodyLayout> best;
    std::pair<int, int> best_score{-1, -1};
    for (int columns = 1; columns <= widest; ++columns) {
        auto body = columns == widest ? std::move(tightest)
                                      : std::make_unique<BodyLayout>(page, width, smallest, columns, room);
        share_room(*body, room);
        std::pair<int, int> score{0, 0};
        for (const auto& box : body->sections()) {
            score.first += box.shown > 0 || box.items.empty();
            score.second += box.shown;
        }
        if (score > best_score) {
            best_score = score;
            best = std::move(body);
        }
    }
    return best;
}

void draw_photo(cairo_t* cr, cairo_surface_t* photo, double x, double y) {
    const double w = cairo_image_surface_get_width(photo);
    const double h = cairo_image_surface_get_height(photo);
    const double scale = std::min(kPhotoWidth / w, kPhotoHeight / h);
    const double dx = x + (kPhotoWidth - w * scale) / 2;
    const double dy = y;
    cairo_save(cr);
    cairo_translate(cr, dx, dy);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, photo, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_rectangle(cr, 0, 0, w, h);
    cairo_fill(cr);
    cairo_restore(cr);
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.75);
    cairo_rectangle(cr, dx, dy, w * scale, h * scale);
    cairo_stroke(cr);
}

// `bullet` is "•" at the body size, laid out once for every section.
void draw_section(cairo_t* cr, const BodyLayout& body, const SectionBox& box, const TextLayout& bullet,
                  double x, double y, double width) {
    set_colour(cr, kAccent);
    box.title->draw(cr, x, y);
    y += box.title->height() + 1;
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, x, y);
    cairo_line_to(cr, x + width, y);
    cairo_stroke(cr);
    y += body.title_gap() - 1;

    const double column = column_width(width, box.columns);
    set_colour(cr, kInk);
    double cy = y;
    int col = 0;
    for (int i = 0; i < box.shown; ++i) {
        if (col < static_cast<int>(box.split.starts.size()) && i == box.split.starts[col]) {
            ++col;
            cy = y;
        }
        const double cx = x + col * (column + kColumnGap);
        const TextLayout& item = *box.items[i];
        // On the item's first baseline, whatever the height of the script's font.
        const double bullet_y = cy + item.baseline() - bullet.baseline();
        if (item.right_to_left()) {
            bullet.draw(cr, cx + column - bullet.width(), bullet_y);
            item.draw(cr, cx, cy);
        } else {
            bullet.draw(cr, cx, bullet_y);
            item.draw(cr, cx + body.indent(), cy);
        }
        cy += box.heights[i] + body.item_spacing();
    }
    if (box.note) {
        set_colour(cr, kMuted);
        box.note->draw(cr, x, y + box.split.height + (box.shown > 0 ? body.item_spacing() : 0));
    }
}

}  // namespace

std::string ProfileFit::message() const {
    if (too_long.empty()) return {};
    std::string sections;
    for (std::size_t i = 0; i < too_long.size(); ++i) {
        if (i > 0) sections += i + 1 == too_long.size() ? tr(" and ") : tr(", ");
        sections += "'" + too_long[i] + "'";
    }
    const auto n = too_long.size();
    // TRANSLATORS: {1} is whose profile, {2} the sections (quoted) that do not fit.
    if (name.empty())
        return fill_in(
            tr_n("The one-page profile is too long for one page: {2} continues in the full record. "
                 "Shorten that section to fit.",
                 "The one-page profile is too long for one page: {2} continue in the full record. "
                 "Shorten those sections to fit.",
                 n),
            name, sections);
    return fill_in(
        tr_n("The one-page profile of {1} is too long for one page: {2} continues in the full record. "
             "Shorten that section to fit.",
             "The one-page profile of {1} is too long for one page: {2} continue in the full record. "
             "Shorten those sections to fit.",
             n),
        name, sections);
}

ProfileFit draw_profile(cairo_t* cr, double width, double height, const ProfilePage& page) {
    const Frame frame = make_frame(page, width, height);
    const double inner = width - 2 * kMargin;
    const auto body = fit_body(page, inner, frame.body_bottom - frame.body_top);

    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, width, height);
    cairo_fill(cr);

    const double text_x = kMargin + (frame.photo && frame.rtl ? kPhotoWidth + kPhotoGap : 0);
    set_colour(cr, kInk);
    frame.heading->draw(cr, text_x, kMargin);
    set_colour(cr, kMuted);
    frame.tool->draw(cr, text_x, kMargin + frame.heading->height() + 4);
    if (frame.photo)
        draw_photo(cr, frame.photo.get(), frame.rtl ? kMargin : width - kMargin - kPhotoWidth, kMargin);
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, kMargin, frame.header_bottom + 6);
    cairo_line_to(cr, width - kMargin, frame.header_bottom + 6);
    cairo_stroke(cr);

    double y = frame.body_top;
    const TextLayout bullet("•", 0, TextStyle{body->size()});
    for (const auto& box : body->sections()) {
        draw_section(cr, *body, box, bullet, kMargin, y, inner);
        y += box.height + body->section_gap();
    }

    const double footer_y = height - kMargin - frame.reviewed->height();
    set_colour(cr, kRule);
    cairo_move_to(cr, kMargin, footer_y - 5);
    cairo_line_to(cr, width - kMargin, footer_y - 5);
    cairo_stroke(cr);
    set_colour(cr, kMuted);
    frame.reviewed->draw(cr, kMargin, footer_y);
    frame.exported->draw(cr, kMargin + inner / 2, footer_y);
    cairo_restore(cr);

    ProfileFit fit;
    fit.name = page.subject.display_name();
    fit.text_size = body->size();
    fit.columns = body->columns();
    for (const auto& box : body->sections())
        if (box.shown < static_cast<int>(box.items.size())) fit.too_long.push_back(box.section->title);
    return fit;
}

ProfileFit write_profile_pdf(const ProfilePage& page, const std::filesystem::path& file) {
    ProfileFit fit;
    write_whole_file(file, [&](TemporaryFile& out) {
        SurfacePtr surface = pdf_surface(out, kA4WidthPt, kA4HeightPt,
                                         page.heading() + " – " + page.tool_title, page.heading());
        {
            CairoPtr cr(cairo_create(surface.get()));
            fit = draw_profile(cr.get(), kA4WidthPt, kA4HeightPt, page);
            cairo_show_page(cr.get());
        }
        cairo_surface_finish(surface.get());
        check_surface(surface.get(), out);
    });
    return fit;
}

}  // namespace pcr::model
