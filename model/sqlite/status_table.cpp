// Keeps record_status in step with the records: one row per judged record, written in the record's
// transaction.
#include "model/sqlite/status_table.h"

#include <set>

#include "model/sqlite/record_scan.h"

namespace pcr::model {

namespace {

void bind_day(sql::Statement& statement, int index, const std::optional<Date>& day) {
    if (day)
        statement.bind(index, day->iso());
    else
        statement.bind(index);
}

// The marks of encode_rows: before a section id, a row's date, a cell's kind ('t' text, 'a' attendees) and
// column, and a cell's text, then each attendee's role; kEscape + (c + 0x40) stands for any of these
// characters inside a text.
constexpr char kEscape = '\x1b';
constexpr char kValue = '\x1c';
constexpr char kSection = '\x1d';
constexpr char kRow = '\x1e';
constexpr char kCell = '\x1f';

void append_escaped(std::string& out, const std::string& text) {
    for (char c : text) {
        if (c >= kEscape && c <= kCell) {
            out += kEscape;
            out += static_cast<char>(c + 0x40);
        } else {
            out += c;
        }
    }
}

}  // namespace

std::string StatusTable::encode_rows(const std::vector<Section>& rows) {
    std::string out;
    for (const Section& section : rows) {
        out += kSection;
        append_escaped(out, section.id);
        for (const Entry& row : section.entries) {
            out += kRow;
            append_escaped(out, row.date);
            for (const Cell& cell : row.cells) {
                out += kCell;
                out += cell.attendees.empty() ? 't' : 'a';
                append_escaped(out, cell.column);
                out += kValue;
                append_escaped(out, cell.text);
                for (const Attendee& attendee : cell.attendees) {
                    out += kValue;
                    append_escaped(out, attendee.role);
                }
            }
        }
    }
    return out;
}

std::vector<Section> StatusTable::decode_rows(const std::string& text) {
    std::vector<Section> rows;
    Cell* cell = nullptr;
    bool attendees = false;  // after its text, the cell's values are attendees' roles
    bool text_read = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const char mark = text[at++];
        std::string token;
        for (std::size_t start = at;; start = at) {
            while (at < text.size() && (text[at] < kEscape || text[at] > kCell)) ++at;
            token.append(text, start, at - start);
            if (at + 1 >= text.size() || text[at] != kEscape) break;
            token += static_cast<char>(text[at + 1] - 0x40);
            at += 2;
        }
        if (at < text.size() && text[at] == kEscape) ++at;  // a damaged escape at the very end
        // Written by encode_rows alone, so a mark out of place means a damaged value: what came before
        // stands.
        if (mark == kSection) {
            rows.emplace_back().id = std::move(token);
            cell = nullptr;
        } else if (mark == kRow && !rows.empty()) {
            rows.back().entries.emplace_back().date = std::move(token);
            cell = nullptr;
        } else if (mark == kCell && !rows.empty() && !rows.back().entries.empty() && !token.empty()) {
            cell = &rows.back().entries.back().cells.emplace_back();
            cell->column = token.substr(1);
            attendees = token[0] == 'a';
            text_read = false;
        } else if (mark == kValue && cell) {
            if (!text_read)
                cell->text = std::move(token);
            else if (attendees)
                cell->attendees.push_back({std::move(token), {}});
            text_read = true;
        }
    }
    return rows;
}

std::string StatusTable::encode(const RecordJudgement& judged) {
    std::string out;
    for (const SectionCount& section : judged.sections) {
        if (!out.empty()) out += ' ';
        out += std::to_string(section.qualifying);
        for (std::size_t i = 0; i < section.failed_conditions.size(); ++i)
            out += (i ? "." : ":") + std::to_string(section.failed_conditions[i]);
    }
    return out;
}

RecordJudgement StatusTable::decode(bool has_content, const std::string& sections,
                                    const std::optional<Date>& last_reviewed) {
    RecordJudgement judged;
    judged.has_content = has_content;
    judged.last_reviewed = last_reviewed;
    SectionCount* section = nullptr;
    int number = 0;
    bool in_number = false, failed = false;
    const auto finish_number = [&] {
        if (!in_number) return;
        if (failed)
            section->failed_conditions.push_back(number);
        else
            section->qualifying = number;
        number = 0;
        in_number = false;
    };
    for (char c : sections) {
        if (c >= '0' && c <= '9') {
            if (!section) section = &judged.sections.emplace_back();
            number = number * 10 + (c - '0');
            in_number = true;
        } else {
            finish_number();
            if (c == ' ') {
                section = nullptr;
                failed = false;
            } else {
                failed = true;  // ':' before the first failed condition, '.' between them
            }
        }
    }
    finish_number();
    return judged;
}

std::size_t StatusTable::use(const TemplateRegistry& templates) {
    std::map<std::string, std::string> prints;
    for (const ToolTemplate& tool : templates.tools()) prints.emplace(tool.id, rules_print(tool));
    if (templates_ && prints == prints_) return 0;
    templates_ = templates;
    prints_ = std::move(prints);
    try {
        return judge_stale();
    } catch (...) {
        // Not judged: forget these templates, so the next use() tries again rather than trusting the table.
        templates_.reset();
        prints_.clear();
        throw;
    }
}

std::size_t StatusTable::judge_stale() {
    // Tools whose records were judged by other rules, or partly not at all, and tools no longer known.
    std::map<std::string, std::string> judged_by;
    sql::Statement read(db_.sql(), "SELECT tool_id, rules_print FROM judged_by");
    while (read.step()) judged_by.emplace(read.column(0).text(), read.column(1).text());
    std::vector<std::string> stale, gone;
    for (const auto& [tool, print] : prints_)
        if (const auto it = judged_by.find(tool); it == judged_by.end() || it->second != print)
            stale.push_back(tool);
    for (const auto& entry : judged_by)
        if (!prints_.count(entry.first)) gone.push_back(entry.first);
    if (stale.empty() && gone.empty()) return 0;

    // Inside the caller's transaction when one is open (an import), else in one of its own.
    WriteTransaction transaction(db_.sql());
    for (const std::string& tool : gone) {
        for (const char* sql :
             {"DELETE FROM record_status WHERE tool_id = ?", "DELETE FROM judged_by WHERE tool_id = ?"}) {
            sql::Statement remove(db_.sql(), sql);
            remove.bind(1, tool);
            remove.exec();
        }
    }
    std::size_t judged = 0;
    for (SubjectKind kind : {SubjectKind::Person, SubjectKind::Staff, SubjectKind::Team}) {
        std::vector<std::string> tools;
        for (const std::string& tool : stale)
            if (templates_->find(tool)->applies_to(kind)) tools.push_back(tool);
        if (tools.empty()) continue;
        std::map<std::string, std::int64_t> subject_keys;
        sql::Statement subjects(db_.sql(), "SELECT ext_id, subject_key FROM subject WHERE kind = ?");
        subjects.bind(1, std::string(to_string(kind)));
        while (subjects.step()) subject_keys.emplace(subjects.column(0).text(), subjects.column(1).int64());
        auto& find = db_.cached("SELECT record_key FROM record WHERE subject_key = ? AND tool_id = ?");

        ScanFilter filter;
        filter.kind = kind;
        filter.include_archived = true;
        filter.tools = tools;
        RecordScan(db_, filter).run([&](const Subject& subject, std::vector<Record>& records) {
            const std::int64_t subject_key = subject_keys.at(subject.id);
            for (const Record& record : records) {
                find.reset();
                find.bind(1, subject_key);
                find.bind(2, record.tool);
                if (!find.step()) continue;
                const std::int64_t record_key = find.column(0).int64();
                write(record_key, subject_key, *templates_->find(record.tool), record,
                      prints_.at(record.tool));
                ++judged;
            }
        });
    }
    for (const std::string& tool : stale) {
        sql::Statement mark(db_.sql(),
                            "INSERT INTO judged_by (tool_id, rules_print) VALUES (?, ?) "
                            "ON CONFLICT (tool_id) DO UPDATE SET rules_print = excluded.rules_print");
        mark.bind(1, tool);
        mark.bind(2, prints_.at(tool));
        mark.exec();
    }
    transaction.commit();
    return judged;
}

void StatusTable::record_saved(std::int64_t record_key, std::int64_t subject_key, SubjectKind kind,
                               const Record& record) {
    if (!templates_) return forget(record_key, record.tool);
    const ToolTemplate* tool = templates_->find(record.tool);
    // No judgement for a tool the templates do not know or that is not for this kind: nothing counts it.
    if (!tool || !tool->applies_to(kind)) return forget(record_key, std::nullopt);
    write(record_key, subject_key, *tool, record, prints_.at(record.tool));
}

void StatusTable::write(std::int64_t record_key, std::int64_t subject_key, const ToolTemplate& tool,
                        const Record& record, const std::string& print) {
    const RecordJudgement judged = judge(tool, record);
    // Completeness does not depend on the day; any day gives it (currency is current_until's to say).
    const RecordStatus status = status_on(tool, judged, Date(2000, 1, 1), Wording::NoWords);
    auto& insert = db_.cached(R"(INSERT INTO record_status (record_key, subject_key, tool_id,
        rules_print, has_content, completeness, complete, last_reviewed, current_until, section_counts,
        kept_rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_key) DO UPDATE SET
        subject_key = excluded.subject_key, tool_id = excluded.tool_id, rules_print = excluded.rules_print,
        has_content = excluded.has_content, completeness = excluded.completeness, complete = excluded.complete,
        last_reviewed = excluded.last_reviewed, current_until = excluded.current_until,
        section_counts = excluded.section_counts, kept_rows = excluded.kept_rows)");
    insert.bind(1, record_key);
    insert.bind(2, subject_key);
    insert.bind(3, tool.id);
    insert.bind(4, print);
    insert.bind(5, judged.has_content ? 1 : 0);
    insert.bind(6, status.completeness);
    insert.bind(7, status.complete ? 1 : 0);
    bind_day(insert, 8, judged.last_reviewed);
    bind_day(insert, 9, current_until(tool, judged));
    insert.bind(10, encode(judged));
    insert.bind(11, encode_rows(judged.rows));
    insert.exec();
}

void StatusTable::forget(std::int64_t record_key, const std::optional<std::string>& unjudged_tool) {
    auto& remove = db_.cached("DELETE FROM record_status WHERE record_key = ?");
    remove.bind(1, record_key);
    remove.exec();
    if (!unjudged_tool) return;
    // A record left unjudged makes its tool's judgements incomplete: the next use() judges them again.
    auto& unmark = db_.cached("UPDATE judged_by SET rules_print = '' WHERE tool_id = ?");
    unmark.bind(1, *unjudged_tool);
    unmark.exec();
}

}  // namespace pcr::model
