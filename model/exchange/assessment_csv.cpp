// Checks and converts the rows of score and action CSV files, naming the line of every problem.
#include "model/exchange/assessment_csv.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/exchange/interchange_reader.h"

namespace pcr::model {

namespace {

std::string in_quotes(std::string_view s, std::size_t max = 60) {
    if (s.size() <= max) return "'" + std::string(s) + "'";
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return "'" + std::string(s.substr(0, cut)) + "...'";
}

// "By When" and "by-when" both name the by_when column.
std::string column_key(std::string_view name) {
    std::string key;
    for (char c : trim(name))
        key += c == ' ' || c == '-' ? '_' : (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    return key;
}

std::string join(const std::vector<std::string>& words, const char* between = ", ") {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : between) + w;
    return out;
}

// Reads the header and hands each later row to `row` as a map of column to field; problems go to `problems`.
class Rows {
  public:
    Rows(const CsvReadResult& csv, std::vector<CsvProblem>& problems, std::vector<std::string> required,
         std::vector<std::string> optional)
        : csv_(csv), problems_(problems), required_(std::move(required)), optional_(std::move(optional)) {}

    template <class F>
    void each(F&& row) {
        if (!csv_.ok()) {
            problems_ = csv_.problems;
            return;
        }
        if (csv_.records.empty()) {
            problems_.push_back({0, fill_in(tr("the file is empty; its first row must be the header {1}"),
                                            join(all(), ","))});
            return;
        }
        if (!read_header(csv_.records.front())) return;
        for (std::size_t i = 1; i < csv_.records.size() && problems_.size() < kMaxCsvProblems; ++i) {
            const CsvRecord& record = csv_.records[i];
            if (record.fields.size() > columns_.size()) {
                problems_.push_back(
                    {record.line,
                     fill_in(tr("{1} fields, but the header names {2} columns; put a field holding "
                                "commas in quotes"),
                             record.fields.size(), columns_.size())});
                continue;
            }
            std::map<std::string, std::string> fields;
            for (std::size_t c = 0; c < columns_.size(); ++c)
                fields[columns_[c]] = c < record.fields.size() ? record.fields[c] : std::string();
            row(record.line, fields);
        }
    }

  private:
    const CsvReadResult& csv_;
    std::vector<CsvProblem>& problems_;
    std::vector<std::string> required_, optional_;
    std::vector<std::string> columns_;

    std::vector<std::string> all() const {
        auto names = required_;
        names.insert(names.end(), optional_.begin(), optional_.end());
        return names;
    }

    bool known(const std::string& key) const {
        const auto names = all();
        return std::find(names.begin(), names.end(), key) != names.end();
    }

    bool read_header(const CsvRecord& header) {
        const std::size_t before = problems_.size();
        for (const auto& name : header.fields) {
            const std::string key = column_key(name);
            if (!known(key))
                problems_.push_back(
                    {header.line, fill_in(tr("unknown column {1} in the header; the columns are {2}"),
                                          in_quotes(name), join(all()))});
            else if (std::find(columns_.begin(), columns_.end(), key) != columns_.end())
                problems_.push_back(
                    {header.line,
                     fill_in(tr("column {1} is named twice in the header; keep one"), in_quotes(key))});
            columns_.push_back(key);
        }
        for (const auto& name : required_)
            if (std::find(columns_.begin(), columns_.end(), name) == columns_.end()) {
                problems_.push_back(
                    {header.line, fill_in(tr("the header has no {1} column; the first row must "
                                             "name the columns, e.g. {2}"),
                                          in_quotes(name), join(all(), ","))});
                break;
            }
        return problems_.size() == before;
    }
};

// Finds the topic of a row; nullptr (and a problem) when it is blank or not in the workbook.
const Topic* row_topic(const std::string& field, const Workbook& workbook, int line,
                       std::vector<CsvProblem>& problems) {
    const std::string number = trim(field);
    if (number.empty()) {
        problems.push_back({line, tr("no topic; give the workbook topic number, e.g. 1.3")});
        return nullptr;
    }
    const Topic* topic = workbook.find_topic(number);
    if (!topic)
        problems.push_back({line, fill_in(tr("unknown topic {1}; the workbook's topics are {2}"),
                                          in_quotes(number), topic_ranges(workbook))});
    return topic;
}

// A level or target: empty is none; otherwise a whole number from 1 to 5.
bool read_level(const std::string& field, const char* what, int line, std::vector<CsvProblem>& problems,
                std::optional<int>& level) {
    const std::string text = trim(field);
    if (text.empty()) return true;
    if (text.size() == 1 && text[0] >= '1' && text[0] <= '5') {
        level = text[0] - '0';
        return true;
    }
    // TRANSLATORS: {1} is a CSV column's name (level, target), {2} what it holds.
    problems.push_back(
        {line, fill_in(std::string(what) == "level"
                           ? tr("{1} {2} is not a whole number from 1 to 5; leave it empty for a "
                                "topic not yet scored")
                           : tr("{1} {2} is not a whole number from 1 to 5"),
                       what, in_quotes(text))});
    return false;
}

bool read_date(const std::string& field, const char* what, const std::string& hint, int line,
               std::vector<CsvProblem>& problems, std::optional<Date>& date) {
    const std::string text = trim(field);
    if (text.empty()) return true;
    if (const auto day = Date::parse(text)) {
        date = day;
        return true;
    }
    // TRANSLATORS: {1} is a CSV column's name (by_when, done), {2} what it holds, {3} a hint (may be empty).
    problems.push_back(
        {line, fill_in(tr("{1} {2} is not a date as YYYY-MM-DD{3}"), what, in_quotes(text), hint)});
    return false;
}

// Free text as the interchange file can carry it: no control characters but tab and line breaks, not too
// long.
bool check_text(const std::string& text, const char* what, int line, std::vector<CsvProblem>& problems) {
    if (text.size() > kMaxFieldBytes) {
        problems.push_back({line, fill_in(tr("the {1} is {2} bytes, over the limit of {3}; shorten it"), what,
                                          text.size(), kMaxFieldBytes)});
        return false;
    }
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", u);
            problems.push_back(
                {line, fill_in(tr("the {1} holds the control character {2}; remove it"), what, code)});
            return false;
        }
    }
    return true;
}

}  // namespace

std::string topic_ranges(const Workbook& workbook) {
    std::vector<std::string> ranges;
    for (const auto& section : workbook.sections) {
        if (section.topics.empty()) continue;
        const auto& first = section.topics.front().number;
        const auto& last = section.topics.back().number;
        ranges.push_back(first == last ? first : first + "-" + last);
    }
    return join(ranges);
}

ScoreRows read_score_rows(const CsvReadResult& csv, const Workbook& workbook) {
    ScoreRows out;
    std::map<std::string, int> lines;
    Rows(csv, out.problems, {"topic", "level"}, {"note"}).each([&](int line, auto& fields) {
        const Topic* topic = row_topic(fields["topic"], workbook, line, out.problems);
        if (!topic) return;
        const auto [first, added] = lines.emplace(topic->number, line);
        if (!added) {
            out.problems.push_back(
                {line, fill_in(tr("topic {1} is given twice (first on line {2}); keep one"), topic->number,
                               first->second)});
            return;
        }
        TopicScore score;
        score.topic = topic->number;
        score.note = fields["note"];
        if (!read_level(fields["level"], "level", line, out.problems, score.level)) return;
        if (!check_text(score.note, "note", line, out.problems)) return;
        out.scores.push_back(std::move(score));
    });
    return out;
}

ActionRows read_action_rows(const CsvReadResult& csv, const Workbook& workbook) {
    ActionRows out;
    std::map<std::pair<std::string, std::string>, int> lines;
    Rows(csv, out.problems, {"topic", "action"}, {"who", "by_when", "done", "target"})
        .each([&](int line, auto& fields) {
            const Topic* topic = row_topic(fields["topic"], workbook, line, out.problems);
            if (!topic) return;
            TopicAction action;
            action.topic = topic->number;
            action.action = fields["action"];
            action.who = fields["who"];
            if (is_blank(action.action)) {
                out.problems.push_back(
                    {line, fill_in(tr("no action; say what will be done for topic {1}"), topic->number)});
                return;
            }
            const auto [first, added] =
                lines.emplace(std::make_pair(topic->number, trim(action.action)), line);
            if (!added) {
                out.problems.push_back(
                    {line, fill_in(tr("the action {1} for topic {2} is given twice (first on "
                                      "line {3}); keep one"),
                                   in_quotes(trim(action.action)), topic->number, first->second)});
                return;
            }
            const bool ok =
                read_date(fields["by_when"], "by_when", "", line, out.problems, action.by_when) &&
                read_date(fields["done"], "done", tr("; give the day it was done, or leave it empty"), line,
                          out.problems, action.done) &&
                read_level(fields["target"], "target", line, out.problems, action.target_level) &&
                check_text(action.action, "action", line, out.problems) &&
                check_text(action.who, "who", line, out.problems);
            if (ok) out.actions.push_back(std::move(action));
        });
    return out;
}

}  // namespace pcr::model
