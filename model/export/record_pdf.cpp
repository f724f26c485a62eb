// The whole record as paginated A4: laid out once with PageFlow, then drawn with "Page n of N" known.
#include "model/export/record_pdf.h"

#include <algorithm>
#include <map>

#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/export/atomic_file.h"
#include "model/export/page_flow.h"
#include "model/export/page_style.h"
#include "model/export/pango_cairo.h"
#include "model/export/photo_image.h"
#include "model/export/profile_pdf.h"
#include "model/rules/change_words.h"
#include "model/rules/rating_chart_layout.h"
#include "model/rules/record_view.h"

namespace pcr::model {

namespace {

using namespace page_style;

constexpr double kMargin = 40;
constexpr double kHeaderBand = 26;  // the name and id line above the body
constexpr double kFooterBand = 22;  // the page number line below it
constexpr double kBody = 9.5;
constexpr double kTable = 8.5;
constexpr double kPhotoWidth = 72;
constexpr double kPhotoHeight = 90;

// The person's heading, what they are and the day the copy was made, beside their photo.
class TitleBlock : public FlowBlock {
  public:
    TitleBlock(const WholeRecord& record, double width) {
        if (record.photo) photo_ = photo_surface(*record.photo, 3 * kPhotoWidth, 3 * kPhotoHeight);
        const double text_width = width - (photo_ ? kPhotoWidth + 16 : 0);
        heading_ = std::make_unique<TextLayout>(record.heading(), text_width, TextStyle{20, true});
        std::string about = std::string(to_string(record.subject.kind)) + " " + record.subject.id;
        if (record.subject.born) about += fill_in(tr(" · born {1}"), display_date(*record.subject.born));
        about += " · " + std::string(to_string(record.subject.status));
        // TRANSLATORS: {1} is a day, {2} of {3} tools kept, {4} a count of changes.
        about +=
            "\n" +
            fill_in(tr_n("Everything held about them on {1}: {2} of {3} tools kept, {4} recorded change.",
                         "Everything held about them on {1}: {2} of {3} tools kept, {4} recorded changes.",
                         record.history.size()),
                    display_date(record.today), record.kept().size(), record.tools.size(),
                    record.history.size());
        about_ = std::make_unique<TextLayout>(about, text_width, TextStyle{kBody});
    }
    double height() const override {
        return std::max(heading_->height() + 4 + about_->height(), photo_ ? kPhotoHeight : 0.0);
    }
    void draw(cairo_t* cr, double x, double y) const override {
        set_colour(cr, kInk);
        heading_->draw(cr, x, y);
        set_colour(cr, kMuted);
        about_->draw(cr, x, y + heading_->height() + 4);
        if (!photo_) return;
        const double w = cairo_image_surface_get_width(photo_.get());
        const double h = cairo_image_surface_get_height(photo_.get());
        const double scale = std::min(kPhotoWidth / w, kPhotoHeight / h);
        cairo_save(cr);
        cairo_translate(cr, x + heading_->wrap_width() + 16 + (kPhotoWidth - w * scale), y);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, photo_.get(), 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
    }

  private:
    SurfacePtr photo_;
    std::unique_ptr<TextLayout> heading_;
    std::unique_ptr<TextLayout> about_;
};

// One row of a ratings chart's small charts (rating_chart_layout.h), so a page can break between rows.
class RatingRowBlock : public FlowBlock {
  public:
    RatingRowBlock(std::vector<MeasureChart> charts, double top, double height)
        : charts_(std::move(charts)), top_(top), height_(height) {}
    double height() const override { return height_; }
    void draw(cairo_t* cr, double x, double y) const override {
        cairo_save(cr);
        cairo_translate(cr, x, y - top_);
        for (const auto& c : charts_) draw_chart(cr, c);
        cairo_restore(cr);
    }

  private:
    static void draw_chart(cairo_t* cr, const MeasureChart& c) {
        const auto& f = c.frame;
        const auto& p = c.plot;
        cairo_set_source_rgb(cr, 0.96, 0.965, 0.973);
        cairo_rectangle(cr, f.x, f.y, f.width, f.height);
        cairo_fill(cr);
        set_colour(cr, kInk);
        TextLayout(c.title, f.width - 8, TextStyle{8.5, true, false, TextAlign::Start, true})
            .draw(cr, f.x + 4, f.y + 3);
        cairo_set_line_width(cr, 0.5);
        for (const auto& t : c.level_ticks) {
            set_colour(cr, kRule);
            cairo_move_to(cr, p.x, t.y);
            cairo_line_to(cr, p.right(), t.y);
            cairo_stroke(cr);
            set_colour(cr, kMuted);
            const TextLayout label(t.label, p.x - f.x - 6, TextStyle{7, false, false, TextAlign::End, true});
            label.draw(cr, f.x + 2, t.y - label.height() / 2);
        }
        set_colour(cr, kMuted);
        for (const auto& t : c.date_ticks) {
            const TextLayout label(chart_date(t.date), 0, TextStyle{7});
            label.draw(cr, t.x - label.width() / 2, p.bottom() + 5);  // clear of the lowest level's label
        }
        if (c.ratings.empty()) return;
        set_colour(cr, kAccent);
        cairo_set_line_width(cr, 1.5);
        cairo_move_to(cr, c.steps.front().x, c.steps.front().y);
        for (const auto& point : c.steps) cairo_line_to(cr, point.x, point.y);
        cairo_stroke(cr);
        for (const auto& dot : c.dots) {
            cairo_arc(cr, dot.x, dot.y, 2.5, 0, 6.2832);
            cairo_fill(cr);
        }
    }

    std::vector<MeasureChart> charts_;
    double top_;
    double height_;
};

std::string status_words(const ToolStanding& standing) {
    const RecordStatus& s = standing.status;
    std::string out = s.last_reviewed
                          ? fill_in(tr("Last reviewed {1}"), display_date(*s.last_reviewed)) + " · "
                          : std::string();
    out += fill_in(tr("{1}% complete"), s.completeness);
    // The currency in the words every view uses (record_statuses.h).
    out += " · " + (standing.tool->review_months ? currency_words(currency(standing), display_words, true)
                                                 : tr("does not go out of date"));
    return out;
}

class RecordLayout {
  public:
    RecordLayout(const WholeRecord& record, double width, double body_height)
        : width_(width), flow_(body_height) {
        flow_.add(std::make_unique<TitleBlock>(record, width));
        for (const ToolStanding* standing : record.kept()) add_tool(*standing);
        add_not_kept(record);
        add_history(record);
    }
    const PageFlow& flow() const { return flow_; }

  private:
    void heading(const std::string& text, double size, Colour colour, double before, double keep) {
        auto block = TextBlock::make(text, width_, TextStyle{size, true}, colour, before);
        block->keep_with_next = keep;
        flow_.add(std::move(block));
    }

    void muted(const std::string& text, double before = 2) {
        flow_.add(TextBlock::make(text, width_, TextStyle{kBody, false, true}, kMuted, before));
    }

    void add_tool(const ToolStanding& standing) {
        const ToolTemplate& tool = *standing.tool;
        heading(tool.title, 15, kAccent, 22, 70);
        auto status = TextBlock::make(status_words(standing), width_, TextStyle{kBody}, kMuted, 2);
        status->keep_with_next = 50;
        flow_.add(std::move(status));
        if (RatingColumns(tool).drawable()) add_rating_chart(tool, *standing.record);
        // Sections, rows and cells as the record view lays them out (record_view.h): as the app shows them.
        for (const auto& section : record_view(tool, *standing.record).sections) {
            heading(section.section->title, 11, kInk, 10, 30);
            if (section.empty())
                muted(tr("Nothing written yet"));
            else if (section.section->has_rows())
                add_table(section);
            else
                add_lines(section.section->kind == SectionKind::List ? section.items : section.paragraphs,
                          section.section->kind == SectionKind::List);
        }
    }

    // The ratings over time, as the app's Chart tab draws them, a row of small charts at a time.
    void add_rating_chart(const ToolTemplate& tool, const Record& record) {
        ChartMetrics metrics;
        metrics.width = width_;
        metrics.min_cell_width = 230;
        metrics.cell_height = 92;
        metrics.gap = 10;
        metrics.title_height = 16;
        metrics.value_label_width = 52;
        metrics.date_label_width = 40;
        metrics.date_label_height = 14;
        const RatingChartLayout layout = layout_rating_chart(tool, record, metrics);
        for (std::size_t first = 0; first < layout.charts.size();
             first += static_cast<std::size_t>(layout.columns)) {
            const std::size_t last =
                std::min(layout.charts.size(), first + static_cast<std::size_t>(layout.columns));
            std::vector<MeasureChart> row(layout.charts.begin() + static_cast<std::ptrdiff_t>(first),
                                          layout.charts.begin() + static_cast<std::ptrdiff_t>(last));
            const double top = row.front().frame.y;
            auto block = std::make_unique<RatingRowBlock>(std::move(row), top, metrics.cell_height);
            block->space_before = first == 0 ? 6 : metrics.gap;
            flow_.add(std::move(block));
        }
    }

    // A list's items as bullets, or a text section's paragraphs.
    void add_lines(const std::vector<std::string>& lines, bool bullets) {
        const double indent = bullets ? kBody * 1.1 : 0;
        bool first = true;
        for (const auto& line : lines) {
            auto block = std::make_unique<TextBlock>(
                std::make_shared<TextLayout>(line, width_ - indent, TextStyle{kBody}), kInk, indent, bullets);
            block->space_before = bullets || first ? 2 : 4;
            flow_.add(std::move(block));
            first = false;
        }
    }

    void add_table(const SectionView& section) {
        const bool dated = section.section->kind == SectionKind::Dated;
        const double date_width = dated ? 62 : 0;
        // The template's columns, and whose words the rows are when they say (record_view.h).
        const int n = static_cast<int>(section.column_titles.size()) - (dated ? 1 : 0);
        std::vector<double> widths;
        if (dated) widths.push_back(date_width);
        for (int i = 0; i < n; ++i) widths.push_back((width_ - date_width) / std::max(1, n));
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        TableRow header;
        for (std::size_t i = 0; i < section.column_titles.size(); ++i)
            header.push_back(TableBlock::cell(section.column_titles[i], widths[i], head));
        std::vector<TableRow> rows;
        for (const auto& r : section.rows) {
            TableRow row;
            std::size_t w = 0;
            if (dated) row.push_back(TableBlock::cell(r.date, widths[w++], body));
            for (const auto& cell : r.cells) row.push_back(TableBlock::cell(cell.words, widths[w++], body));
            rows.push_back(std::move(row));
        }
        auto table = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
        table->space_before = 3;
        flow_.add(std::move(table));
    }

    void add_not_kept(const WholeRecord& record) {
        std::vector<std::string> missing;
        for (const auto& t : record.tools)
            if (!t.record) missing.push_back(t.tool->title);
        if (missing.empty()) return;
        heading(tr("Not kept yet"), 15, kAccent, 22, 40);
        muted(fill_in(tr("Tools that apply but have no record for {1}:"), record.subject.display_name()));
        const double indent = kBody * 1.1;
        for (const auto& title : missing) {
            auto block = std::make_unique<TextBlock>(
                std::make_shared<TextLayout>(title, width_ - indent, TextStyle{kBody}), kInk, indent, true);
            block->space_before = 2;
            flow_.add(std::move(block));
        }
    }

    void add_history(const WholeRecord& record) {
        heading(tr("History"), 15, kAccent, 22, 40);
        if (record.history.empty()) {
            muted(tr("No changes recorded."));
            return;
        }
        std::map<std::string, std::string> titles;
        for (const auto& t : record.tools) titles[t.tool->id] = t.tool->title;
        const std::vector<double> widths{70, 90, 130, width_ - 290};
        const TextStyle head{kTable, true};
        const TextStyle body{kTable};
        TableRow header{
            TableBlock::cell(tr("Date"), widths[0], head), TableBlock::cell(tr("Who"), widths[1], head),
            TableBlock::cell(tr("Tool"), widths[2], head), TableBlock::cell(tr("Change"), widths[3], head)};
        std::vector<TableRow> rows;
        for (const auto& c : record.history) {
            const auto title = titles.find(c.tool);
            const std::string tool = c.tool.empty()          ? tr("Their details")
                                     : title != titles.end() ? title->second
                                                             : c.tool;
            rows.push_back({TableBlock::cell(display_stored_date(c.when.substr(0, 10)), widths[0], body),
                            TableBlock::cell(c.who, widths[1], body), TableBlock::cell(tool, widths[2], body),
                            TableBlock::cell(display_dates_in(change_words(c.parts)), widths[3], body)});
        }
        auto table = std::make_unique<TableBlock>(widths, std::move(header), std::move(rows));
        table->space_before = 4;
        flow_.add(std::move(table));
    }

    double width_;
    PageFlow flow_;
};

void draw_page(cairo_t* cr, const WholeRecord& record, const RecordLayout& layout, int index, int count) {
    const double width = kA4WidthPt;
    const double inner = width - 2 * kMargin;
    set_colour(cr, kMuted);
    const TextLayout name(record.heading(), inner * 0.7, TextStyle{8.5, true});
    name.draw(cr, kMargin, kMargin);
    const TextLayout id(fill_in(tr("{1} · whole record"), record.subject.id), inner * 0.3,
                        TextStyle{8.5, false, false, TextAlign::End});
    id.draw(cr, kMargin + inner * 0.7, kMargin);
    set_colour(cr, kRule);
    cairo_set_line_width(cr, 0.75);
    cairo_move_to(cr, kMargin, kMargin + kHeaderBand - 8);
    cairo_line_to(cr, width - kMargin, kMargin + kHeaderBand - 8);
    cairo_stroke(cr);

    layout.flow().draw(cr, index, kMargin, kMargin + kHeaderBand);

    const double footer_y = kA4HeightPt - kMargin - 10;
    set_colour(cr, kMuted);
    const TextLayout made(fill_in(tr("As held on {1}"), display_date(record.today)), inner / 2, TextStyle{8});
    made.draw(cr, kMargin, footer_y);
    const TextLayout page(fill_in(tr("Page {1} of {2}"), index + 1, count), inner / 2,
                          TextStyle{8, false, false, TextAlign::End});
    page.draw(cr, kMargin + inner / 2, footer_y);
}

}  // namespace

int write_record_pdf(const WholeRecord& record, const std::filesystem::path& file) {
    const double body_height = kA4HeightPt - 2 * kMargin - kHeaderBand - kFooterBand;
    const RecordLayout layout(record, kA4WidthPt - 2 * kMargin, body_height);
    const int count = static_cast<int>(layout.flow().pages().size());
    write_whole_file(file, [&](TemporaryFile& out) {
        SurfacePtr surface =
            pdf_surface(out, kA4WidthPt, kA4HeightPt, fill_in(tr("{1} – whole record"), record.heading()),
                        record.heading());
        {
            CairoPtr cr(cairo_create(surface.get()));
            for (int i = 0; i < count; ++i) {
                draw_page(cr.get(), record, layout, i, count);
                cairo_show_page(cr.get());
            }
        }
        cairo_surface_finish(surface.get());
        check_surface(surface.get(), out);
    });
    return count;
}

}  // namespace pcr::model
