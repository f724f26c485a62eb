// The streaming reader behind records(), for_each_record() and export: five ordered queries merged in step.
#include "model/storage/record_scan.h"

namespace pcr::model {

namespace {

std::string text_of(const SQLite::Column& column) { return column.isNull() ? std::string() : column.getString(); }

std::optional<Date> date_of(const SQLite::Column& column) {
    return column.isNull() ? std::nullopt : Date::parse(column.getText());
}

void bind_if_used(SQLite::Statement& statement, const char* name, const std::string& value) {
    if (statement.getIndex(name) != 0) statement.bind(name, value);
}

// A query of the scan and whether it has a row waiting to be used.
struct Cursor {
    SQLite::Statement statement;
    bool has_row = false;

    explicit Cursor(SQLite::Statement s) : statement(std::move(s)) { advance(); }
    void advance() { has_row = statement.executeStep(); }
    std::int64_t key(int column) { return statement.getColumn(column).getInt64(); }
};

}  // namespace

RecordScan::RecordScan(SQLite::Database& db, ScanFilter filter) : db_(db), filter_(std::move(filter)) {}

Subject RecordScan::read_subject(SQLite::Statement& row, int first) {
    Subject s;
    s.kind = subject_kind_from_string(row.getColumn(first).getText()).value_or(SubjectKind::Person);
    s.id = row.getColumn(first + 1).getString();
    s.name = row.getColumn(first + 2).getString();
    s.preferred_name = row.getColumn(first + 3).getString();
    s.born = date_of(row.getColumn(first + 4));
    s.status = status_from_string(row.getColumn(first + 5).getText()).value_or(Status::Active);
    return s;
}

SQLite::Statement RecordScan::prepare(const std::string& select, const std::string& from_where,
                                      const std::string& order_by) {
    SQLite::Statement statement(db_, select + " " + from_where + " ORDER BY " + order_by);
    bind_if_used(statement, ":kind", std::string(to_string(filter_.kind)));
    bind_if_used(statement, ":active", std::string(to_string(Status::Active)));
    if (filter_.id) bind_if_used(statement, ":id", *filter_.id);
    if (filter_.tool) bind_if_used(statement, ":tool", *filter_.tool);
    if (filter_.version && statement.getIndex(":version") != 0) statement.bind(":version", *filter_.version);
    return statement;
}

void RecordScan::run(const Visitor& visit) {
    std::string subject_where = "WHERE s.kind = :kind";
    if (!filter_.include_archived) subject_where += " AND s.status = :active";
    if (filter_.id) subject_where += " AND s.ext_id = :id";

    std::string records_from = "FROM subject s JOIN record r ON r.subject_key = s.subject_key";
    if (filter_.version)
        records_from += " JOIN record_version rv ON rv.record_key = r.record_key AND rv.version_no = :version";
    std::string records_where = records_from + " " + subject_where;
    if (filter_.tool) records_where += " AND r.tool_id = :tool";

    std::string entry_conditions = subject_where;
    if (filter_.tool) entry_conditions += " AND r.tool_id = :tool";
    entry_conditions += filter_.version ? " AND e.since_version <= :version"
                                          " AND (e.until_version IS NULL OR e.until_version > :version)"
                                        : " AND e.until_version IS NULL";
    const std::string entries_from = records_from + " JOIN entry e ON e.record_key = r.record_key";
    const std::string entry_order = "s.ext_id, r.tool_id, e.section_position, e.entry_position";
    const char* state = filter_.version ? "rv" : "r";

    Cursor subjects(prepare(std::string("SELECT s.subject_key, ") + kSubjectColumns, "FROM subject s " + subject_where,
                            "s.ext_id"));
    Cursor records(prepare(std::string("SELECT r.subject_key, r.record_key, r.tool_id, ") + state + ".reviewed_on, " +
                               state + ".version_no",
                           records_where, "s.ext_id, r.tool_id"));
    Cursor entries(prepare("SELECT e.record_key, e.entry_key, e.section_id, e.section_position, e.entry_position, "
                           "e.entry_date, e.body",
                           entries_from + " " + entry_conditions, entry_order));
    Cursor cells(prepare("SELECT c.entry_key, c.cell_position, c.column_id, c.cell_text",
                         entries_from + " JOIN cell c ON c.entry_key = e.entry_key " + entry_conditions,
                         entry_order + ", c.cell_position"));
    Cursor attendees(prepare("SELECT a.entry_key, a.cell_position, a.attendee_role, a.attendee_name",
                             entries_from + " JOIN attendee a ON a.entry_key = e.entry_key " + entry_conditions,
                             entry_order + ", a.cell_position, a.attendee_position"));

    std::vector<Record> subject_records;
    std::vector<int> cell_positions;
    for (; subjects.has_row; subjects.advance()) {
        const std::int64_t subject_key = subjects.key(0);
        const Subject subject = read_subject(subjects.statement, 1);
        subject_records.clear();
        for (; records.has_row && records.key(0) == subject_key; records.advance()) {
            Record& record = subject_records.emplace_back();
            const std::int64_t record_key = records.key(1);
            record.tool = records.statement.getColumn(2).getString();
            record.reviewed = date_of(records.statement.getColumn(3));
            record.version = records.statement.getColumn(4).getInt();
            int section_position = -1;
            for (; entries.has_row && entries.key(0) == record_key; entries.advance()) {
                SQLite::Statement& row = entries.statement;
                const int this_section = row.getColumn(3).getInt();
                if (this_section != section_position) {
                    section_position = this_section;
                    record.sections.push_back(Section{row.getColumn(2).getString(), {}, {}});
                }
                Section& section = record.sections.back();
                const std::int64_t entry_key = entries.key(1);
                if (row.getColumn(4).getInt() == 0) {
                    section.text = row.getColumn(6).getString();
                    continue;
                }
                Entry& entry = section.entries.emplace_back();
                entry.key = entry_key;
                entry.date = text_of(row.getColumn(5));
                entry.text = row.getColumn(6).getString();
                cell_positions.clear();
                for (; cells.has_row && cells.key(0) == entry_key; cells.advance()) {
                    cell_positions.push_back(cells.statement.getColumn(1).getInt());
                    entry.cells.push_back(
                        Cell{cells.statement.getColumn(2).getString(), cells.statement.getColumn(3).getString(), {}});
                }
                for (; attendees.has_row && attendees.key(0) == entry_key; attendees.advance()) {
                    const int position = attendees.statement.getColumn(1).getInt();
                    for (std::size_t i = 0; i < cell_positions.size(); ++i)
                        if (cell_positions[i] == position)
                            entry.cells[i].attendees.push_back(Attendee{attendees.statement.getColumn(2).getString(),
                                                                        attendees.statement.getColumn(3).getString()});
                }
            }
        }
        visit(subject, subject_records);
    }
}

}  // namespace pcr::model
