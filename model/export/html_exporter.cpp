// Renders profiles, whole records and workbook reports through the editable mustache templates.
#include "model/export/html_exporter.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "model/core/base64.h"
#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/export/mustache.h"
#include "model/rules/change_words.h"
#include "model/rules/rating_chart_layout.h"
#include "model/rules/record_view.h"
#include "model/rules/score_chart_layout.h"

namespace pcr::model {

namespace {

using mustache::Fields;

constexpr const char* kProfileFile = "one-page-profile.html";
constexpr const char* kRecordFile = "whole-record.html";
constexpr const char* kReportFile = "workbook-report.html";

std::string read_template(const std::filesystem::path& folder, const char* name) {
    const auto file = folder / name;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw TemplateError(
            fill_in(tr("The export template {1} is missing or cannot be read. Copy the shipped {2} "
                       "from templates/export/ back into that folder."),
                    file.string(), name));
    std::ostringstream text;
    text << in.rdbuf();
    mustache::check(text.str(), file);
    return text.str();
}

// The photo as a data: URI, so the page is one file that shows it anywhere; none for an unknown image type.
void add_photo(Fields& fields, const std::optional<Photo>& photo) {
    std::string mime;
    if (photo && !photo->bytes.empty())
        mime = photo->mime == "image/png" || photo->mime == "image/jpeg" ? photo->mime
                                                                         : photo_mime(photo->bytes);
    fields.flag("has_photo", !mime.empty());
    fields.text("photo", mime.empty() ? std::string() : "data:" + mime + ";base64," + base64(photo->bytes));
}

void add_subject(Fields& fields, const Subject& subject, const std::string& heading) {
    fields.text("heading", heading)
        .text("name", subject.name)
        .flag("has_preferred_name", !subject.preferred_name.empty() && subject.preferred_name != subject.name)
        .text("preferred_name", subject.preferred_name)
        .text("id", subject.id)
        .flag("has_born", subject.born.has_value())
        .text("born", subject.born ? display_date(*subject.born) : std::string())
        .flag("archived", subject.status == Status::Archived)
        .text("status", to_string(subject.status));
}

std::vector<Fields> texts(const std::vector<std::string>& values) {
    std::vector<Fields> out;
    for (const auto& value : values) out.push_back(Fields().text("text", value));
    return out;
}

std::string kind_words(SubjectKind kind) {
    switch (kind) {
        case SubjectKind::Person:
            return tr("person");
        case SubjectKind::Staff:
            return tr("staff member");
        case SubjectKind::Team:
            return tr("team");
    }
    return {};
}

// The chart's geometry in CSS pixels across an A4 page's printable width; the template draws it as SVG.
constexpr double kChartWidth = 700;

std::string points_words(const std::vector<ChartPoint>& points) {
    std::string out;
    for (const auto& p : points) {
        if (!out.empty()) out += ' ';
        out += mustache::decimal(p.x, 1) + "," + mustache::decimal(p.y, 1);
    }
    return out;
}

std::vector<Fields> dots(const std::vector<ChartPoint>& points) {
    std::vector<Fields> out;
    for (const auto& p : points) out.push_back(Fields().number("x", p.x).number("y", p.y));
    return out;
}

// One section as the record view lays it out (record_view.h), so the page shows what the app shows.
Fields section_fields(const SectionView& view, const SectionStatus* status) {
    const SectionTemplate& st = *view.section;
    Fields fields;
    fields.text("id", st.id)
        .text("title", st.title)
        .flag("is_list", st.kind == SectionKind::List)
        .flag("is_text", st.kind == SectionKind::Text)
        .flag("is_table", st.has_rows())
        .flag("met", status && status->met)
        .flag("has_missing", status && !status->met && !status->missing.empty())
        .text("missing", status ? status->missing : std::string())
        .list("paragraphs", texts(view.paragraphs))
        .list("items", texts(view.items));
    std::vector<Fields> rows;
    for (const auto& row : view.rows) {
        std::vector<std::string> cells;
        if (st.kind == SectionKind::Dated) cells.push_back(row.date);
        for (const auto& cell : row.cells) cells.push_back(cell.words);
        rows.push_back(Fields().list("cells", texts(cells)));
    }
    return fields.list("columns", texts(view.column_titles)).list("rows", rows).flag("empty", view.empty());
}

// "Current until 1 Jun 2027", "Out of date since 2 Jun 2026", "Never reviewed", "No record": the words every
// view uses (record_statuses.h).
std::string currency_text(const ToolStanding& standing) {
    return currency_words(currency(standing), display_words);
}

// A ratings tool's chart (rating_chart_layout.h) as geometry for one inline SVG: a small step chart per
// measure, in CSS pixels across an A4 page's printable width.
Fields rating_chart_fields(const ToolTemplate& tool, const Record& record) {
    ChartMetrics metrics;
    metrics.width = kChartWidth;
    metrics.min_cell_width = 320;
    metrics.cell_height = 120;
    metrics.value_label_width = 66;  // "Some needs" in the chart's 9px type
    metrics.date_label_width = 56;
    const RatingChartLayout layout = layout_rating_chart(tool, record, metrics);
    std::vector<Fields> cells;
    for (const auto& c : layout.charts) {
        const auto& p = c.plot;
        std::vector<Fields> levels;
        for (const auto& t : c.level_ticks)
            levels.push_back(Fields()
                                 .number("x1", p.x)
                                 .number("x2", p.right())
                                 .number("y", t.y)
                                 .number("label_x", p.x - 5)
                                 .number("label_y", t.y + 3.5)
                                 .text("label", t.label));
        std::vector<Fields> dates;
        for (const auto& t : c.date_ticks)
            dates.push_back(
                Fields().number("x", t.x).number("y", p.bottom() + 16).text("label", chart_date(t.date)));
        cells.push_back(Fields()
                            .text("title", c.title)
                            .number("x", c.frame.x)
                            .number("y", c.frame.y)
                            .number("width", c.frame.width)
                            .number("height", c.frame.height)
                            .number("title_x", c.frame.x + 6)
                            .number("title_y", c.frame.y + 14)
                            .list("levels", levels)
                            .list("dates", dates)
                            .flag("rated", !c.ratings.empty())
                            .number("middle_x", p.x + p.width / 2)
                            .number("middle_y", p.y + p.height / 2 + 4)
                            .text("steps", points_words(c.steps))
                            .list("dots", dots(c.dots)));
    }
    return Fields()
        .number("width", layout.width)
        .number("height", layout.height)
        .text("ratings", std::to_string(layout.dates.size()))
        .list("cells", cells);
}

Fields tool_fields(const ToolStanding& standing) {
    const auto& s = standing.status;
    Fields fields;
    fields.text("id", standing.tool->id)
        .text("title", standing.tool->title)
        .flag("kept", standing.record.has_value())
        .text("completeness", std::to_string(s.completeness))
        .flag("complete", s.complete)
        .flag("current", standing.record && s.current)
        .flag("overdue", standing.record && !s.current)
        .text("currency", currency_text(standing))
        .flag("has_last_reviewed", standing.record && s.last_reviewed)
        .text("last_reviewed", s.last_reviewed ? display_date(*s.last_reviewed) : std::string());
    const bool charted = standing.record && RatingColumns(*standing.tool).drawable();
    fields.flag("has_chart", charted);
    if (!standing.record) return fields;
    if (charted) fields.object("chart", rating_chart_fields(*standing.tool, *standing.record));
    std::vector<Fields> sections;
    for (const auto& view : record_view(*standing.tool, *standing.record).sections) {
        const SectionStatus* status = nullptr;
        for (const auto& ss : s.sections)
            if (ss.section == view.section->id) status = &ss;
        sections.push_back(section_fields(view, status));
    }
    return fields.list("sections", sections);
}

// "2026-06-01T10:15:00Z" as "1 Jun 2026, 10:15 UTC"; anything else as stored.
std::string when_words(const std::string& stamp) {
    if (stamp.size() == 20 && stamp[10] == 'T' && stamp[19] == 'Z')
        // TRANSLATORS: a day and a time of day: "1 Jun 2026, 10:15 UTC".
        return fill_in(tr("{1}, {2} UTC"), display_stored_date(stamp.substr(0, 10)), stamp.substr(11, 5));
    return stamp;
}

Fields cell_fields(const TopicChart& c, int index, bool any_assessment) {
    const auto& f = c.frame;
    const auto& p = c.plot;
    Fields cell;
    cell.text("index", std::to_string(index))
        .text("topic", c.topic)
        .text("title", c.title)
        .number("x", f.x)
        .number("y", f.y)
        .number("width", f.width)
        .number("height", f.height)
        .number("title_x", f.x + 6)
        .number("title_y", f.y + 14)
        .number("clip_width", std::max(0.0, f.width - 12))
        .number("plot_x", p.x)
        .number("plot_y", p.y)
        .number("plot_right", p.right())
        .number("plot_bottom", p.bottom())
        .number("plot_middle_x", p.x + p.width / 2)
        .number("plot_middle_y", p.y + p.height / 2 + 4);
    std::vector<Fields> ticks;
    for (const auto& t : c.value_ticks)
        ticks.push_back(Fields()
                            .number("y", t.y)
                            .number("label_x", p.x - 5)
                            .number("label_y", t.y + 3.5)
                            .text("label", t.label));
    std::vector<Fields> dates;
    for (const auto& t : c.date_ticks)
        dates.push_back(
            Fields().number("x", t.x).number("y", p.bottom() + 13).text("label", chart_date(t.date)));
    std::vector<Fields> guides;
    for (double y : c.guides) guides.push_back(Fields().number("y", y));
    return cell.list("ticks", ticks)
        .list("dates", dates)
        .list("guides", guides)
        .flag("not_scored", c.points.empty() && any_assessment)
        .text("points", points_words(c.points))
        .list("dots", dots(c.points))
        .flag("has_suggestion", !c.suggestion.empty())
        .text("suggestion", points_words(c.suggestion))
        .list("suggestion_dots", dots(c.suggestion));
}

// One SVG per workbook section, each showing its band of the layout, so a printed page can break between
// sections rather than through a chart.
Fields chart_fields(const ScoreChartLayout& layout, ChartMeasure measure, bool any_assessment) {
    Fields fields;
    fields.text("key", measure == ChartMeasure::Levels ? "levels" : "coverage")
        .flag("levels", measure == ChartMeasure::Levels)
        .flag("coverage", measure == ChartMeasure::Coverage)
        .number("width", layout.width);
    std::vector<Fields> sections;
    int index = 0;
    for (std::size_t h = 0; h < layout.headings.size(); ++h) {
        const auto& heading = layout.headings[h];
        const double top = heading.area.y;
        const double bottom = h + 1 < layout.headings.size() ? layout.headings[h + 1].area.y : layout.height;
        std::vector<Fields> cells;
        for (const auto& c : layout.charts)
            if (c.frame.y >= top && c.frame.y < bottom)
                cells.push_back(cell_fields(c, ++index, any_assessment));
        sections.push_back(Fields()
                               .text("number", heading.number)
                               .text("title", heading.title)
                               .number("x", heading.area.x)
                               .number("y", heading.area.y + heading.area.height * 0.7)
                               .number("view_y", top)
                               .number("view_height", bottom - top)
                               .list("cells", cells));
    }
    return fields.list("sections", sections);
}

std::string level_words(const std::optional<int>& level) {
    return level ? std::to_string(*level) : "—";
}

Fields line_fields(const SummaryLine& line) {
    const auto& e = line.evidence;
    return Fields()
        .text("topic", line.topic)
        .text("title", line.title)
        .flag("has_level", line.level.has_value())
        .text("level", level_words(line.level))
        .flag("has_evidence", e.has_value())
        .flag("has_suggested", e && e->suggested)
        .text("suggested", level_words(e ? e->suggested : std::nullopt))
        .text("coverage", e ? std::to_string(e->coverage) : std::string())
        .text("count", e ? std::to_string(e->count) : std::string())
        .text("total", e ? std::to_string(e->total) : std::string())
        .text("measure", e ? e->measure : std::string())
        .flag("flagged", line.flagged)
        .flag("has_next", line.next_level.has_value())
        .text("next_level", line.next_level ? std::to_string(*line.next_level) : std::string())
        .text("next_statement", line.next_statement)
        .flag("has_note", !line.note.empty())
        .text("note", line.note);
}

Fields action_fields(const TopicAction& action) {
    return Fields()
        .text("topic", action.topic)
        .flag("has_target", action.target_level.has_value())
        .text("target_level", action.target_level ? std::to_string(*action.target_level) : std::string())
        .text("action", action.action)
        .text("who", action.who)
        .flag("has_by_when", action.by_when.has_value())
        .text("by_when", action.by_when ? display_date(*action.by_when) : std::string())
        .flag("done", action.done.has_value())
        .text("done_date", action.done ? display_date(*action.done) : std::string());
}

Fields plan_fields(const DetailedPlan& plan, const Workbook& workbook) {
    const Topic* topic = workbook.find_topic(plan.topic);
    Fields fields;
    fields.text("topic", plan.topic)
        .text("title", topic ? topic->title : std::string())
        .flag("top", plan.priority == PlanPriority::Top)
        .flag("next", plan.priority == PlanPriority::Next)
        .text("who", plan.who)
        .flag("has_by_when", plan.by_when.has_value())
        .text("by_when", plan.by_when ? display_date(*plan.by_when) : std::string());
    for (const auto& field : kPlanTextFields) {
        std::string key(field.element);
        std::replace(key.begin(), key.end(), '-', '_');
        fields.text(key, plan.*field.text);
    }
    return fields;
}

// A mapping table with its rows, each row's statements and its topics with the assessment's scores.
Fields regulator_fields(const RegulatorTable& table) {
    std::vector<Fields> rows;
    std::string group;
    for (const auto& row : table.rows) {
        std::vector<Fields> statements, topics;
        for (const auto& statement : row.statements) statements.push_back(Fields().text("text", statement));
        for (const auto& topic : row.topics) {
            const auto& e = topic.evidence;
            topics.push_back(Fields()
                                 .text("topic", topic.number)
                                 .text("title", topic.title)
                                 .flag("has_level", topic.level.has_value())
                                 .text("level", topic.level ? std::to_string(*topic.level) : "—")
                                 .flag("has_suggested", e && e->suggested)
                                 .text("suggested", e && e->suggested ? std::to_string(*e->suggested) : "—")
                                 .flag("has_evidence", e.has_value())
                                 .text("coverage", e ? std::to_string(e->coverage) : std::string())
                                 .text("count", e ? std::to_string(e->count) : std::string())
                                 .text("total", e ? std::to_string(e->total) : std::string())
                                 .flag("flagged", topic.flagged));
        }
        rows.push_back(Fields()
                           .flag("new_group", !row.group.empty() && row.group != group)
                           .text("group", row.group)
                           .text("key", row.key)
                           .text("description", row.description)
                           .text("scored", std::to_string(row.scored))
                           .text("topics_count", std::to_string(row.topics.size()))
                           .flag("same_topics_as_next", row.same_topics_as_next)
                           .flag("has_average", row.average.has_value())
                           .text("average", row.average ? mustache::decimal(*row.average, 1, false) : "—")
                           .flag("has_statements", !statements.empty())
                           .list("statements", statements)
                           .list("topics", topics));
        group = row.group;
    }
    return Fields().text("id", table.id).text("title", table.title).list("rows", rows);
}

}  // namespace

HtmlExporter HtmlExporter::load(const std::filesystem::path& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw TemplateError(
            fill_in(tr("The export templates folder {1} does not exist. Copy templates/export/ from "
                       "the program's templates into it, or point PCR_TEMPLATES at a templates "
                       "folder that holds export/."),
                    folder.string()));
    HtmlExporter exporter;
    exporter.folder_ = folder;
    exporter.profile_template_ = read_template(folder, kProfileFile);
    exporter.record_template_ = read_template(folder, kRecordFile);
    exporter.report_template_ = read_template(folder, kReportFile);
    return exporter;
}

std::filesystem::path HtmlExporter::default_folder() {
    return TemplateRegistry::default_folder() / "export";
}

std::filesystem::path HtmlExporter::folder_for(const TemplateRegistry& templates) {
    std::error_code ec;
    if (!templates.folder().empty() && std::filesystem::is_directory(templates.folder() / "export", ec))
        return templates.folder() / "export";
    return default_folder();
}

std::string HtmlExporter::profile(const ProfilePage& page) const {
    Fields fields;
    add_subject(fields, page.subject, page.heading());
    add_photo(fields, page.photo);
    std::vector<Fields> sections;
    for (const auto& s : page.sections)
        sections.push_back(Fields()
                               .text("id", s.id)
                               .text("title", s.title)
                               .flag("has_items", !s.items.empty())
                               .list("items", texts(s.items)));
    fields.text("tool_title", page.tool_title)
        .text("reviewed", page.reviewed_words())
        .flag("has_reviewed", page.reviewed.has_value())
        .text("reviewed_date", page.reviewed ? display_date(*page.reviewed) : std::string())
        .flag("empty", page.empty())
        .list("sections", sections);
    return mustache::render(profile_template_, fields, folder_ / kProfileFile);
}

std::string HtmlExporter::record(const WholeRecord& record) const {
    Fields fields;
    add_subject(fields, record.subject, record.heading());
    add_photo(fields, record.photo);
    std::map<std::string, std::string> titles;
    std::vector<Fields> tools, kept, not_kept;
    for (const auto& t : record.tools) {
        titles[t.tool->id] = t.tool->title;
        Fields tool = tool_fields(t);
        tools.push_back(tool);
        (t.record ? kept : not_kept).push_back(std::move(tool));
    }
    std::vector<Fields> history;
    for (const auto& c : record.history) {
        const auto title = titles.find(c.tool);
        history.push_back(Fields()
                              .text("when", when_words(c.when))
                              .text("who", c.who)
                              .text("tool", c.tool.empty()          ? tr("Personal details")
                                            : title != titles.end() ? title->second
                                                                    : c.tool)
                              .text("change", display_dates_in(change_words(c.parts)))
                              .text("version", c.version > 0 ? std::to_string(c.version) : std::string()));
    }
    fields.text("kind", kind_words(record.subject.kind))
        .text("today", display_date(record.today))
        .list("tools", tools)
        .flag("has_kept", !kept.empty())
        .list("kept", kept)
        .flag("has_not_kept", !not_kept.empty())
        .list("not_kept", not_kept)
        .flag("has_history", !history.empty())
        .list("history", history);
    return mustache::render(record_template_, fields, folder_ / kRecordFile);
}

std::string HtmlExporter::report(const WorkbookReport& report) const {
    if (!report.workbook)
        throw UserError(tr("The workbook report has no workbook: gather it with workbook_report() first."));
    const Workbook& workbook = *report.workbook;
    const SummarySheet& sheet = report.sheet;
    Fields fields;
    fields.text("workbook", workbook.title)
        .text("workbook_id", workbook.id)
        .text("date", display_date(sheet.date))
        .text("scored", std::to_string(sheet.scored))
        .text("topics", std::to_string(sheet.topics));
    std::string flagged;
    for (const auto& topic : sheet.flagged) flagged += (flagged.empty() ? "" : ", ") + topic;
    fields.flag("has_flagged", !sheet.flagged.empty()).text("flagged", flagged);

    std::vector<Fields> sections, actions;
    for (const auto& s : sheet.sections) {
        std::vector<Fields> lines;
        for (const auto& line : s.lines) {
            lines.push_back(line_fields(line));
            for (const auto& action : line.actions)
                if (!action.action.empty() || !action.who.empty() || action.by_when)
                    actions.push_back(action_fields(action));
        }
        sections.push_back(Fields()
                               .text("number", s.number)
                               .text("title", s.title)
                               .text("scored", std::to_string(s.scored))
                               .text("topics", std::to_string(s.lines.size()))
                               .flag("has_average", s.average.has_value())
                               .text("average", s.average ? mustache::decimal(*s.average, 1, false) : "—")
                               .list("lines", lines));
    }
    std::vector<Fields> plans;
    for (const auto& plan : ranked(report.assessment.plans)) plans.push_back(plan_fields(plan, workbook));
    std::vector<Fields> regulator;
    for (const auto& table : report.regulator) regulator.push_back(regulator_fields(table));

    ChartMetrics metrics;
    metrics.width = kChartWidth;
    std::vector<Fields> charts;
    const bool any_assessment = !report.history.dates.empty();
    for (const auto measure : {ChartMeasure::Levels, ChartMeasure::Coverage}) {
        const auto layout = layout_score_chart(workbook, report.history, measure, metrics);
        if (!layout.charts.empty()) charts.push_back(chart_fields(layout, measure, any_assessment));
    }
    std::vector<Fields> themes;
    for (const auto& count : report.themes)
        themes.push_back(Fields()
                             .text("name", count.theme.name)
                             .text("kind", theme_kind_words(count.theme.kind))
                             .text("statements", grouped(count.statements))
                             .text("people", grouped(count.people))
                             .text("quarters", quarter_words(count)));
    fields.flag("has_themes", !themes.empty()).list("themes", themes);
    fields.list("sections", sections)
        .flag("has_actions", !actions.empty())
        .list("actions", actions)
        .flag("has_plans", !plans.empty())
        .list("plans", plans)
        .flag("has_participation", report.assessment.participation != Participation::Unsaid)
        .text("participation", participation_words(report.assessment.participation))
        .flag("has_regulator", !regulator.empty())
        .list("regulator", regulator)
        .text("assessments", std::to_string(report.history.dates.size()))
        .list("charts", charts);
    return mustache::render(report_template_, fields, folder_ / kReportFile);
}

}  // namespace pcr::model
