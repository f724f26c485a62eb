// Scores as CSV: the fields of one topic and the summary sheet's rows.
#include "model/exchange/score_csv.h"

#include "model/exchange/csv_writer.h"

namespace pcr::model {

namespace {

std::string number_or_blank(const std::optional<int>& n) {
    return n ? std::to_string(*n) : std::string();
}

}  // namespace

ScoreFields score_fields(const TopicScore& score) {
    ScoreFields fields;
    fields.level = number_or_blank(score.level);
    if (const auto& e = score.evidence) {
        fields.suggested = number_or_blank(e->suggested);
        fields.coverage = std::to_string(e->coverage);
        fields.count = std::to_string(e->count);
        fields.total = std::to_string(e->total);
    }
    fields.flagged.assign(1, score_flagged(score) ? '1' : '0');
    return fields;
}

void write_scores_csv(std::ostream& out, const SummarySheet& sheet) {
    CsvWriter csv(out);
    csv.row({"topic", "title", "level", "suggested", "coverage", "count", "total", "flagged", "note"});
    for (const SummarySection& section : sheet.sections)
        for (const SummaryLine& line : section.lines) {
            const ScoreFields f = score_fields(TopicScore{line.topic, line.level, line.note, line.evidence});
            csv.row({line.topic, line.title, f.level, f.suggested, f.coverage, f.count, f.total, f.flagged,
                     line.note});
        }
}

}  // namespace pcr::model
