// Turns a list of dated assessments into per-topic and per-section series over time.
#include "model/rules/assessment_history.h"

#include <algorithm>
#include <map>

namespace pcr::model {

namespace {

// The numeric parts of "1.10": {1, 10}; characters that are not digits are skipped (ties are then ordered as
// text).
std::vector<long> number_parts(const std::string& topic) {
    std::vector<long> parts;
    std::size_t start = 0;
    while (start <= topic.size()) {
        auto end = topic.find('.', start);
        if (end == std::string::npos) end = topic.size();
        long value = 0;
        for (std::size_t i = start; i < end; ++i)
            if (topic[i] >= '0' && topic[i] <= '9' && value < 100000000)
                value = value * 10 + (topic[i] - '0');
        parts.push_back(value);
        start = end + 1;
    }
    return parts;
}

struct TopicOrder {
    bool operator()(const std::string& a, const std::string& b) const { return topic_before(a, b); }
};

std::string section_of(const std::string& topic) {
    return topic.substr(0, topic.find('.'));
}

}  // namespace

bool topic_before(const std::string& a, const std::string& b) {
    const auto pa = number_parts(a), pb = number_parts(b);
    if (pa != pb) return pa < pb;
    return a < b;
}

AssessmentHistory assessment_history(const std::vector<WorkbookAssessment>& assessments,
                                     const std::string& workbook) {
    std::vector<const WorkbookAssessment*> chosen;
    for (const auto& assessment : assessments)
        if (assessment.workbook == workbook) chosen.push_back(&assessment);
    std::stable_sort(
        chosen.begin(), chosen.end(),
        [](const WorkbookAssessment* a, const WorkbookAssessment* b) { return a->date < b->date; });

    AssessmentHistory history;
    std::map<std::string, TopicSeries, TopicOrder> topics;
    std::map<std::string, SectionSeries, TopicOrder> sections;
    for (const WorkbookAssessment* assessment : chosen) {
        history.dates.push_back(assessment->date);
        std::map<std::string, std::pair<int, int>, TopicOrder> section_sums;  // sum, count
        for (const auto& score : assessment->scores) {
            auto& series = topics[score.topic];
            series.topic = score.topic;
            if (score.level) {
                series.levels.push_back({assessment->date, *score.level});
                auto& [sum, count] = section_sums[section_of(score.topic)];
                sum += *score.level;
                ++count;
            }
            if (score.evidence)
                series.coverage.push_back({assessment->date, score.evidence->coverage, score.evidence->count,
                                           score.evidence->total, score.evidence->suggested});
        }
        for (const auto& [section, totals] : section_sums) {
            auto& series = sections[section];
            series.section = section;
            series.averages.push_back({assessment->date, static_cast<double>(totals.first) / totals.second});
        }
    }
    for (auto& [topic, series] : topics) history.topics.push_back(std::move(series));
    for (auto& [section, series] : sections) history.sections.push_back(std::move(series));
    return history;
}

}  // namespace pcr::model
