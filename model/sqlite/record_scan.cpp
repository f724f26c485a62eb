// The streaming reader behind records(), for_each_record() and export: five ordered queries merged in step.
#include "model/sqlite/record_scan.h"

#include <algorithm>
#include <tuple>

#include "model/sqlite/parameter_list.h"

namespace pcr::model {

namespace {

std::string text_of(const sql::Column& column) {
    return column.is_null() ? std::string() : column.text();
}

std::optional<Date> date_of(const sql::Column& column) {
    return column.is_null() ? std::nullopt : Date::parse(column.text());
}

void bind_if_used(sql::Statement& statement, const char* name, const std::string& value) {
    if (statement.index_of(name) != 0) statement.bind(name, value);
}

// A query of the scan, whether it has a row waiting to be used, and that row's first column: the key of the
// subject, record or entry the row belongs to, which the merge compares again and again.
struct Cursor {
    sql::Statement& statement;
    bool has_row = false;
    std::int64_t owner = 0;

    explicit Cursor(sql::Statement& s) : statement(s) { advance(); }
    void advance() {
        has_row = statement.step();
        if (has_row) owner = statement.column(0).int64();
    }
    bool at(std::int64_t key) const { return has_row && owner == key; }
};

// An entry's cells, in cell_position order. They are written 0, 1, 2... and usually come back so; a sort puts
// them right when they do not.
void read_cells(Cursor& cells, std::int64_t entry_key, std::vector<Cell>& out) {
    bool in_order = true;
    std::vector<int> positions;
    for (; cells.at(entry_key); cells.advance()) {
        const int position = cells.statement.column(1).integer();
        in_order = in_order && position == static_cast<int>(out.size());
        positions.push_back(position);
        out.push_back(Cell{cells.statement.column(2).text(), cells.statement.column(3).text(), {}});
    }
    if (in_order) return;
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return positions[a] < positions[b]; });
    std::vector<Cell> sorted;
    sorted.reserve(out.size());
    for (std::size_t i : order) sorted.push_back(std::move(out[i]));
    out = std::move(sorted);
}

// An entry's attendees, each into the cell at its cell_position, in attendee_position order.
void read_attendees(Cursor& attendees, std::int64_t entry_key, std::vector<Cell>& cells) {
    std::vector<std::tuple<int, int, Attendee>> found;
    for (; attendees.at(entry_key); attendees.advance())
        found.emplace_back(
            attendees.statement.column(1).integer(), attendees.statement.column(2).integer(),
            Attendee{attendees.statement.column(3).text(), attendees.statement.column(4).text()});
    std::sort(found.begin(), found.end(), [](auto& a, auto& b) {
        return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
    });
    for (auto& [cell, position, attendee] : found)
        if (cell >= 0 && static_cast<std::size_t>(cell) < cells.size())
            cells[cell].attendees.push_back(std::move(attendee));
}

}  // namespace

RecordScan::RecordScan(Database& db, ScanFilter filter) : db_(db), filter_(std::move(filter)) {}

Subject RecordScan::read_subject(sql::Statement& row, int first) {
    Subject s;
    s.kind = subject_kind_from_string(row.column(first).text()).value_or(SubjectKind::Person);
    s.id = row.column(first + 1).text();
    s.name = row.column(first + 2).text();
    s.preferred_name = row.column(first + 3).text();
    s.born = date_of(row.column(first + 4));
    s.status = status_from_string(row.column(first + 5).text()).value_or(Status::Active);
    s.version = row.column(first + 6).integer();
    return s;
}

sql::Statement& RecordScan::prepare(const std::string& select, const std::string& from_where,
                                    const std::string& order_by) {
    const std::string sql = select + " " + from_where + " ORDER BY " + order_by;
    // One subject's reads are kept and run again and again; a whole caseload's come a batch of rows at a
    // time from a server, which would otherwise send every entry at once.
    sql::Statement* cached = filter_.id ? db_.cached_if_free(sql) : nullptr;
    if (!cached)
        cached = own_.emplace_back(std::make_unique<sql::Statement>(
                                       filter_.id ? db_.sql().prepare(sql) : db_.sql().prepare_streamed(sql)))
                     .get();
    statements_.push_back(cached);
    sql::Statement& statement = *cached;
    bind_if_used(statement, ":kind", std::string(to_string(filter_.kind)));
    bind_if_used(statement, ":active", std::string(to_string(Status::Active)));
    if (filter_.id) bind_if_used(statement, ":id", *filter_.id);
    if (filter_.tool) bind_if_used(statement, ":tool", *filter_.tool);
    if (filter_.tools)
        for (std::size_t i = 0; i < filter_.tools->size(); ++i)
            bind_if_used(statement, (":tool_in" + std::to_string(i)).c_str(), (*filter_.tools)[i]);
    if (filter_.version && statement.index_of(":version") != 0) statement.bind(":version", *filter_.version);
    filter_.scope.bind(statement);
    return statement;
}

void RecordScan::reset_statements() noexcept {
    // A statement left on a row would hold its read transaction open and keep the next cached_if_free from
    // using it.
    for (sql::Statement* statement : statements_) statement->reset();
    statements_.clear();
    own_.clear();
}

void RecordScan::run(const Visitor& visit) {
    std::string subject_where = "WHERE s.kind = :kind";
    if (!filter_.include_archived) subject_where += " AND s.status = :active";
    if (filter_.id) subject_where += " AND s.ext_id = :id";
    subject_where += filter_.scope.condition();

    std::string records_from = "FROM subject s JOIN record r ON r.subject_key = s.subject_key";
    if (filter_.version)
        records_from +=
            " JOIN record_version rv ON rv.record_key = r.record_key AND rv.version_no = :version";
    std::string tool_condition;
    if (filter_.tool) tool_condition += " AND r.tool_id = :tool";
    if (filter_.tools) {
        tool_condition += " AND r.tool_id IN (" + parameter_list("tool_in", filter_.tools->size()) + ")";
    }
    const std::string records_where = records_from + " " + subject_where + tool_condition;

    std::string entry_conditions = subject_where + tool_condition;
    entry_conditions += filter_.version ? " AND e.since_version <= :version"
                                          " AND (e.until_version IS NULL OR e.until_version > :version)"
                                        : " AND e.until_version IS NULL";
    const std::string entries_from = records_from + " JOIN entry e ON e.record_key = r.record_key";
    const std::string entry_order = "s.ext_id, r.tool_id, e.section_position, e.entry_position";
    const char* state = filter_.version ? "rv" : "r";

    // Reset however the run ends, a visitor's exception included.
    struct ResetAtEnd {
        RecordScan& scan;
        ~ResetAtEnd() { scan.reset_statements(); }
    } reset_at_end{*this};
    Cursor subjects(prepare(std::string("SELECT s.subject_key, ") + kSubjectColumns,
                            "FROM subject s " + subject_where, "s.ext_id"));
    Cursor records(prepare(std::string("SELECT r.subject_key, r.record_key, r.tool_id, ") + state +
                               ".reviewed_on, " + state + ".version_no",
                           records_where, "s.ext_id, r.tool_id"));
    Cursor entries(
        prepare("SELECT e.record_key, e.entry_key, e.section_id, e.section_position, e.entry_position, "
                "e.entry_date, e.body, e.origin",
                entries_from + " " + entry_conditions, entry_order));
    // Cells and attendees come grouped by entry in entry order; within an entry they are put in place here,
    // because asking SQL for that order too makes it sort every entry's few rows.
    Cursor cells(prepare("SELECT c.entry_key, c.cell_position, c.column_id, c.cell_text",
                         entries_from + " JOIN cell c ON c.entry_key = e.entry_key " + entry_conditions,
                         entry_order));
    Cursor attendees(prepare(
        "SELECT a.entry_key, a.cell_position, a.attendee_position, a.attendee_role, "
        "a.attendee_name",
        entries_from + " JOIN attendee a ON a.entry_key = e.entry_key " + entry_conditions, entry_order));

    std::vector<Record> subject_records;
    for (; subjects.has_row; subjects.advance()) {
        const std::int64_t subject_key = subjects.owner;
        const Subject subject = read_subject(subjects.statement, 1);
        subject_records.clear();
        for (; records.at(subject_key); records.advance()) {
            Record& record = subject_records.emplace_back();
            const std::int64_t record_key = records.statement.column(1).int64();
            record.tool = records.statement.column(2).text();
            record.reviewed = date_of(records.statement.column(3));
            record.version = records.statement.column(4).integer();
            int section_position = -1;
            for (; entries.at(record_key); entries.advance()) {
                sql::Statement& row = entries.statement;
                const int this_section = row.column(3).integer();
                if (this_section != section_position) {
                    section_position = this_section;
                    record.sections.push_back(Section{row.column(2).text(), {}, {}});
                }
                Section& section = record.sections.back();
                const std::int64_t entry_key = row.column(1).int64();
                if (row.column(4).integer() == 0) {
                    section.text = row.column(6).text();
                    continue;
                }
                Entry& entry = section.entries.emplace_back();
                entry.key = entry_key;
                entry.date = text_of(row.column(5));
                entry.text = row.column(6).text();
                entry.origin = text_of(row.column(7));
                read_cells(cells, entry_key, entry.cells);
                read_attendees(attendees, entry_key, entry.cells);
            }
        }
        visit(subject, subject_records);
    }
}

}  // namespace pcr::model
