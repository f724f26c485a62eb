// Tests of the over-time chart geometry: columns, where each score and coverage lands, and date labels that
// fit.
#include "model/rules/score_chart_layout.h"

#include <boost/test/unit_test.hpp>

using namespace pcr::model;

namespace {

Topic topic(const std::string& number, bool measured) {
    Topic t;
    t.number = number;
    t.title = "Topic " + number;
    t.statements = {"a", "b", "c", "d", "e"};
    if (measured) {
        t.evidence = EvidenceRule{};
        t.evidence->tool = "one-page-profile";
    }
    return t;
}

// Section 1 with 1.1 (measured), 1.2 and 1.3 (self-assessed); section 2 with 2.1 (self-assessed).
Workbook small_workbook() {
    Workbook w;
    w.id = "wb";
    w.sections.push_back({"1", "The person", {topic("1.1", true), topic("1.2", false), topic("1.3", false)}});
    w.sections.push_back({"2", "Families", {topic("2.1", false)}});
    return w;
}

TopicScore score(const std::string& topic, std::optional<int> level, std::optional<int> coverage = {},
                 std::optional<int> suggested = {}) {
    TopicScore s;
    s.topic = topic;
    s.level = level;
    if (coverage) {
        EvidenceSnapshot e;
        e.coverage = *coverage;
        e.count = *coverage;
        e.total = 100;
        e.suggested = suggested;
        s.evidence = e;
    }
    return s;
}

WorkbookAssessment assessment(const Date& date, std::vector<TopicScore> scores) {
    WorkbookAssessment a;
    a.date = date;
    a.workbook = "wb";
    a.scores = std::move(scores);
    return a;
}

// Two assessments 100 days apart.
AssessmentHistory two_assessments() {
    return assessment_history({assessment(Date(2026, 1, 1), {score("1.1", 2, 40, 3), score("1.2", 3)}),
                               assessment(Date(2026, 4, 11), {score("1.1", 4, 80, 4), score("1.2", {})})},
                              "wb");
}

ChartMetrics metrics(double width) {
    ChartMetrics m;
    m.width = width;
    m.min_cell_width = 200;
    m.gap = 20;
    m.cell_height = 140;
    m.heading_height = 30;
    m.title_height = 20;
    m.value_label_width = 40;
    m.date_label_width = 80;
    m.date_label_height = 20;
    return m;
}

const TopicChart& chart_of(const ScoreChartLayout& layout, const std::string& topic) {
    for (const auto& chart : layout.charts)
        if (chart.topic == topic) return chart;
    throw std::runtime_error("no chart for " + topic);
}

}  // namespace

// Positions are computed in floating point; a billionth of a unit is the same place.
BOOST_AUTO_TEST_SUITE(score_chart_layout_test, *boost::unit_test::tolerance(1e-9))

BOOST_AUTO_TEST_CASE(cells_fill_columns_section_by_section) {
    // (640 + 20) / (200 + 20) = 3 columns of (640 - 40) / 3 = 200.
    const auto layout =
        layout_score_chart(small_workbook(), two_assessments(), ChartMeasure::Levels, metrics(640));
    BOOST_TEST(layout.columns == 3);
    BOOST_REQUIRE(layout.charts.size() == 4u);
    BOOST_REQUIRE(layout.headings.size() == 2u);
    BOOST_TEST(layout.headings[0].area.y == 0);
    BOOST_TEST(layout.headings[0].title == "The person");
    const auto& third = chart_of(layout, "1.3");
    BOOST_TEST(third.frame.x == 440);
    BOOST_TEST(third.frame.y == 30);
    BOOST_TEST(third.frame.width == 200);
    // Section 2 starts a new row under its own heading: 30 + 140 + 20 = 190.
    BOOST_TEST(layout.headings[1].area.y == 190);
    BOOST_TEST(chart_of(layout, "2.1").frame.x == 0);
    BOOST_TEST(chart_of(layout, "2.1").frame.y == 220);
    BOOST_TEST(layout.height == 380);
}

BOOST_AUTO_TEST_CASE(a_narrow_space_gets_one_column) {
    const auto layout =
        layout_score_chart(small_workbook(), two_assessments(), ChartMeasure::Levels, metrics(150));
    BOOST_TEST(layout.columns == 1);
    BOOST_TEST(chart_of(layout, "1.2").frame.y == 30 + 160);
}

BOOST_AUTO_TEST_CASE(levels_land_on_the_time_and_value_axes) {
    const auto layout =
        layout_score_chart(small_workbook(), two_assessments(), ChartMeasure::Levels, metrics(640));
    const auto& chart = chart_of(layout, "1.1");
    // Plot: 40 in from the left (value labels), 40 in from the right (half a date label); 20 + 10 from the
    // top.
    BOOST_TEST(chart.plot.x == 40);
    BOOST_TEST(chart.plot.width == 120);
    BOOST_TEST(chart.plot.y == 30 + 20 + 10);
    const double bottom = chart.plot.bottom();
    BOOST_REQUIRE(chart.points.size() == 2u);
    // Level 2 a quarter of the way up on the first day, level 4 three quarters up 100 days later (the last
    // day).
    BOOST_TEST(chart.points[0].x == 40);
    BOOST_TEST(chart.points[0].y == bottom - chart.plot.height / 4);
    BOOST_TEST(chart.points[1].x == 160);
    BOOST_TEST(chart.points[1].y == bottom - chart.plot.height * 3 / 4);
    // The suggestion beside it: 3 then 4.
    BOOST_REQUIRE(chart.suggestion.size() == 2u);
    BOOST_TEST(chart.suggestion[0].y == bottom - chart.plot.height / 2);
    BOOST_TEST(chart.suggestion[1].y == chart.points[1].y);
    BOOST_REQUIRE(chart.value_ticks.size() == 5u);
    BOOST_TEST(chart.value_ticks[0].label == "1");
    BOOST_TEST(chart.value_ticks[0].y == bottom);
    BOOST_TEST(chart.value_ticks[4].y == chart.plot.y);
    // An assessment that left a topic unscored leaves a gap, not a zero.
    BOOST_TEST(chart_of(layout, "1.2").points.size() == 1u);
    BOOST_TEST(chart_of(layout, "1.3").points.empty());
}

BOOST_AUTO_TEST_CASE(one_assessment_sits_in_the_middle) {
    const auto history = assessment_history({assessment(Date(2026, 1, 1), {score("1.1", 5)})}, "wb");
    const auto layout = layout_score_chart(small_workbook(), history, ChartMeasure::Levels, metrics(640));
    const auto& chart = chart_of(layout, "1.1");
    BOOST_REQUIRE(chart.points.size() == 1u);
    BOOST_TEST(chart.points[0].x == chart.plot.x + chart.plot.width / 2);
    BOOST_TEST(chart.points[0].y == chart.plot.y);
    BOOST_REQUIRE(chart.date_ticks.size() == 1u);
    BOOST_TEST(chart.date_ticks[0].x == chart.points[0].x);
}

BOOST_AUTO_TEST_CASE(coverage_charts_only_for_measured_topics_with_threshold_guides) {
    const auto layout =
        layout_score_chart(small_workbook(), two_assessments(), ChartMeasure::Coverage, metrics(640));
    BOOST_REQUIRE(layout.charts.size() == 1u);
    BOOST_REQUIRE(layout.headings.size() == 1u);  // section 2 has nothing measured
    const auto& chart = layout.charts[0];
    BOOST_TEST(chart.topic == "1.1");
    const double bottom = chart.plot.bottom();
    BOOST_REQUIRE(chart.points.size() == 2u);
    BOOST_TEST(chart.points[0].y == bottom - chart.plot.height * 0.4);
    BOOST_TEST(chart.points[1].y == bottom - chart.plot.height * 0.8);
    BOOST_REQUIRE(chart.guides.size() == 2u);
    BOOST_TEST(chart.guides[0] == bottom - chart.plot.height * 0.5);
    BOOST_TEST(chart.guides[1] == bottom - chart.plot.height * 0.9);
    BOOST_TEST(chart.value_ticks.back().label == "100%");
    BOOST_TEST(chart.suggestion.empty());
}

BOOST_AUTO_TEST_CASE(date_labels_that_would_overlap_are_left_out_but_the_newest_stays) {
    // Four assessments: days 0, 10, 20 and 100 across a 120-wide plot put them at 0, 12, 24 and 120 from the
    // left; 80-wide labels fit only the first and the last.
    const auto history = assessment_history(
        {assessment(Date(2026, 1, 1), {score("1.1", 1)}), assessment(Date(2026, 1, 11), {score("1.1", 2)}),
         assessment(Date(2026, 1, 21), {score("1.1", 3)}), assessment(Date(2026, 4, 11), {score("1.1", 4)})},
        "wb");
    const auto layout = layout_score_chart(small_workbook(), history, ChartMeasure::Levels, metrics(640));
    const auto& chart = chart_of(layout, "1.1");
    BOOST_REQUIRE(chart.date_ticks.size() == 2u);
    BOOST_TEST(chart.date_ticks[0].date.iso() == "2026-01-01");
    BOOST_TEST(chart.date_ticks[1].date.iso() == "2026-04-11");
    BOOST_TEST(chart.date_ticks[1].x == 160);
    BOOST_TEST(chart.points.size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
