// The CSV of statements and of theme counts, through the one CSV writer.
#include "model/exchange/statements_csv.h"

#include <map>

#include "model/exchange/csv_writer.h"

namespace pcr::model {

void write_statements_csv(std::ostream& out, const std::vector<Statement>& statements,
                          const std::vector<Theme>* themes, const std::vector<ThemeMember>* members) {
    std::map<std::int64_t, std::string> names;
    std::map<StatementKey, std::string> theme_of;
    if (themes && members) {
        for (const auto& theme : *themes) names[theme.key] = theme.name;
        for (const auto& member : *members) theme_of[member.statement] = names[member.theme];
    }
    CsvWriter csv(out);
    std::vector<std::string> header{"person_id", "source", "date", "perspective", "kind", "text"};
    if (themes) header.push_back("theme");
    csv.row(header);
    for (const auto& s : statements) {
        std::vector<std::string> row{s.owner, s.tool, s.date, s.perspective, std::string(to_string(s.kind)),
                                     s.text};
        if (themes) {
            const auto found = theme_of.find(s.key);
            row.push_back(found == theme_of.end() ? std::string() : found->second);
        }
        csv.row(row);
    }
}

void write_theme_counts_csv(std::ostream& out, const std::vector<ThemeCount>& counts) {
    CsvWriter csv(out);
    csv.row({"theme", "kind", "statements", "people"});
    for (const auto& count : counts)
        csv.row({count.theme.name, std::string(to_string(count.theme.kind)), std::to_string(count.statements),
                 std::to_string(count.people)});
}

}  // namespace pcr::model
