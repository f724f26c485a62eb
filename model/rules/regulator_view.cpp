// Builds the regulator's view from the workbook's mapping tables and an assessment's scores.
#include "model/rules/regulator_view.h"

#include <algorithm>

#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/summary_sheet.h"

namespace pcr::model {

namespace {

std::string joined_sections(const std::vector<std::string>& sections) {
    std::string out;
    for (std::size_t i = 0; i < sections.size(); ++i)
        out += (i == 0 ? "" : i + 1 == sections.size() ? tr(" and ") : ", ") + sections[i];
    return out;
}

// A statement listed for only some of the row's sections says which: ASCOF lists the carers' outcomes
// against the family section alone.
std::string statement_words(const MappingStatement& statement, const MappingRow& row,
                            const Workbook& workbook) {
    std::vector<std::string> row_sections;
    for (const auto& section : workbook.sections)
        if (std::any_of(row.topics.begin(), row.topics.end(),
                        [&](const std::string& t) { return workbook.section_of(t) == section.number; }))
            row_sections.push_back(section.number);
    if (statement.sections.empty() || statement.sections.size() >= row_sections.size()) return statement.text;
    // TRANSLATORS: {1} is an outcome statement, {2} one section number or several ("1 and 2").
    return fill_in(tr_n("{1} (section {2})", "{1} (sections {2})",
                        static_cast<unsigned long>(statement.sections.size())),
                   statement.text, joined_sections(statement.sections));
}

}  // namespace

std::vector<RegulatorTable> regulator_view(const Workbook& workbook, const WorkbookAssessment& assessment) {
    std::vector<RegulatorTable> tables;
    for (const auto& mapping : workbook.mappings) {
        RegulatorTable table{mapping.id, mapping.title, {}};
        for (const auto& row : mapping.rows) {
            RegulatorRow out;
            out.key = row.key;
            out.description = row.description;
            out.group = row.group;
            for (const auto& statement : row.statements)
                out.statements.push_back(statement_words(statement, row, workbook));
            for (const auto& number : row.topics) {
                const Topic* topic = workbook.find_topic(number);
                RegulatorTopic line{number, topic ? topic->title : std::string(), std::nullopt, std::nullopt,
                                    false};
                for (const auto& score : assessment.scores)
                    if (score.topic == number) {
                        line.level = score.level;
                        line.evidence = score.evidence;
                        line.flagged = score_flagged(score);
                    }
                if (line.level) ++out.scored;
                out.topics.push_back(std::move(line));
            }
            out.average = average_level(assessment.scores, row.topics);
            table.rows.push_back(std::move(out));
        }
        for (std::size_t i = 0; i + 1 < table.rows.size(); ++i)
            table.rows[i].same_topics_as_next = !table.rows[i].group.empty() &&
                                                table.rows[i].group == table.rows[i + 1].group &&
                                                mapping.rows[i].topics == mapping.rows[i + 1].topics;
        tables.push_back(std::move(table));
    }
    return tables;
}

std::vector<TopicMapping> mappings_of_topic(const Workbook& workbook, const std::string& topic) {
    std::vector<TopicMapping> out;
    const std::string section = workbook.section_of(topic);
    if (section.empty()) return out;
    for (const auto& mapping : workbook.mappings)
        for (const auto& row : mapping.rows)
            if (std::find(row.topics.begin(), row.topics.end(), topic) != row.topics.end())
                out.push_back(TopicMapping{mapping.id, mapping.title, row.key, row.description, row.group,
                                           row.statements_for(section)});
    return out;
}

}  // namespace pcr::model
