// Versioned writes: a save compares the new record with the stored entries, keeps what is unchanged, closes
// what changed or went, and inserts what is new, so history costs only the entries that changed.
#include "model/sqlite/record_writer.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/change_summary.h"
#include "model/domain/validation.h"
#include "model/sqlite/change_log.h"
#include "model/sqlite/migrations.h"

namespace pcr::model {

namespace {

const std::string kNoText;
const std::vector<Cell> kNoCells;

// The key an INSERT ... RETURNING gave its row.
std::int64_t inserted_key(sql::Statement& statement) {
    statement.step();
    const std::int64_t key = statement.column(0).int64();
    statement.reset();
    return key;
}

// Runs a prepared insert or update and makes it ready for the next use.
void run(sql::Statement& statement) {
    statement.exec();
    statement.reset();
}

void bind_text_or_null(sql::Statement& statement, int index, const std::string& text) {
    if (text.empty())
        statement.bind(index);
    else
        statement.bind_no_copy(index, text);
}

void bind_date(sql::Statement& statement, int index, const std::optional<Date>& date) {
    if (date)
        statement.bind(index, date->iso());
    else
        statement.bind(index);
}

std::optional<Date> date_of(const sql::Column& column) {
    return column.is_null() ? std::nullopt : Date::parse(column.text());
}

// One identity for "the same content", so unchanged entries are found wherever they now stand.
std::string content_key(const std::string& section, bool is_text, const std::string& date,
                        const std::string& body, const std::vector<Cell>& cells, const std::string& origin) {
    std::string key = section;
    key += is_text ? "\x1fT\x1f"
                   : "\x1f"
                     "E\x1f";
    key += date + '\x1f' + body + '\x1f' + origin;
    for (const auto& cell : cells) {
        key += '\x1e' + cell.column + '\x1d' + cell.text;
        for (const auto& a : cell.attendees) key += '\x1c' + a.role + '\x1b' + a.name;
    }
    return key;
}

}  // namespace

// An entry row as stored now (entry_position 0 is the section's own text).
struct RecordWriter::StoredRow {
    std::int64_t key = 0;
    std::string section;
    int section_position = 0;
    int entry_position = 0;
    std::string date;
    std::string body;
    std::vector<Cell> cells;
    std::string origin;
};

// An entry row the record being saved asks for; points into that record.
struct RecordWriter::WantedRow {
    std::int64_t key = 0;
    const std::string* section = nullptr;
    int section_position = 0;
    int entry_position = 0;
    const std::string* date = &kNoText;
    const std::string* body = &kNoText;
    const std::vector<Cell>* cells = &kNoCells;
    const std::string* origin = &kNoText;
};

bool RecordWriter::same_content(const StoredRow& a, const WantedRow& b) {
    return a.section == *b.section && a.date == *b.date && a.body == *b.body && a.cells == *b.cells &&
           a.origin == *b.origin;
}

RecordWriter::RecordWriter(Database& db, StatusTable& statuses, std::string actor, std::string when)
    : db_(db),
      statuses_(statuses),
      actor_(std::move(actor)),
      when_(std::move(when)),
      close_entry_(db.cached("UPDATE entry SET until_version = ? WHERE entry_key = ?")) {}

std::int64_t RecordWriter::log_change(const ChangeTarget& target, const std::vector<ChangePart>& parts) {
    return write_change(db_, actor_, when_, target, parts);
}

std::optional<std::int64_t> RecordWriter::find_subject(SubjectKind kind, const std::string& id) {
    auto& find = db_.cached("SELECT subject_key FROM subject WHERE kind = ? AND ext_id = ?");
    find.bind(1, std::string(to_string(kind)));
    find.bind_no_copy(2, id);
    std::optional<std::int64_t> key;
    if (find.step()) key = find.column(0).int64();
    find.reset();
    return key;
}

RecordWriter::SubjectRow RecordWriter::write_subject(const Subject& subject,
                                                     std::optional<int> expected_version) {
    const std::string kind(to_string(subject.kind));
    const std::string status(to_string(subject.status));
    auto& find = db_.cached(
        "SELECT subject_key, full_name, preferred_name, born_on, status, version_no FROM subject "
        "WHERE kind = ? AND ext_id = ?");
    find.bind_no_copy(1, kind);
    find.bind_no_copy(2, subject.id);
    std::optional<std::int64_t> key;
    Subject before = subject;
    int version = 0;
    if (find.step()) {
        key = find.column(0).int64();
        before.name = find.column(1).text();
        before.preferred_name = find.column(2).text();
        before.born = date_of(find.column(3));
        before.status = status_from_string(find.column(4).text()).value_or(Status::Active);
        version = find.column(5).integer();
    }
    find.reset();
    // A subject read at one version and saved after another program saved a later one would undo that
    // change unseen; one read before it was erased would come back.
    if (expected_version && (!key || *expected_version != version))
        throw StorageError(subject_conflict_message(key, version, subject));

    const std::vector<ChangePart> summary =
        key ? describe_subject_change(before, subject)
            : std::vector<ChangePart>{ChangePart{ChangeWhat::Added, 0, {}, std::nullopt}};
    if (summary.empty()) return {*key, false};
    ++version;
    const std::string search_key = subject_search_key(subject.name, subject.preferred_name);
    if (key) {
        auto& update = db_.cached(
            "UPDATE subject SET full_name = ?, preferred_name = ?, born_on = ?, status = ?, search_key = ?, "
            "version_no = ? WHERE subject_key = ?");
        update.bind_no_copy(1, subject.name);
        update.bind_no_copy(2, subject.preferred_name);
        bind_date(update, 3, subject.born);
        update.bind_no_copy(4, status);
        update.bind_no_copy(5, search_key);
        update.bind(6, version);
        update.bind(7, *key);
        run(update);
    } else {
        auto& insert = db_.cached(
            "INSERT INTO subject (kind, ext_id, full_name, preferred_name, born_on, status, search_key, "
            "version_no) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING subject_key");
        insert.bind_no_copy(1, kind);
        insert.bind_no_copy(2, subject.id);
        insert.bind_no_copy(3, subject.name);
        insert.bind_no_copy(4, subject.preferred_name);
        bind_date(insert, 5, subject.born);
        insert.bind_no_copy(6, status);
        insert.bind_no_copy(7, search_key);
        insert.bind(8, version);
        key = inserted_key(insert);
    }
    const std::int64_t change = log_change(ChangeTarget{subject.kind, subject.id, {}}, summary);
    auto& snapshot = db_.cached(
        "INSERT INTO subject_version (subject_key, version_no, change_no, full_name, preferred_name, "
        "born_on, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    snapshot.bind(1, *key);
    snapshot.bind(2, version);
    snapshot.bind(3, change);
    snapshot.bind_no_copy(4, subject.name);
    snapshot.bind_no_copy(5, subject.preferred_name);
    bind_date(snapshot, 6, subject.born);
    snapshot.bind_no_copy(7, status);
    run(snapshot);
    return {*key, version == 1};
}

template <class Bind>
void RecordWriter::insert_batched(Batches& statements, const char* head, const char* values,
                                  std::size_t count, Bind&& bind) {
    std::size_t done = 0;
    while (done < count) {
        std::size_t size = 0;  // the largest batch that fits what is left
        while (size + 1 < kBatchSizes && (std::size_t{2} << size) <= count - done) ++size;
        const std::size_t rows = std::size_t{1} << size;
        sql::Statement*& statement = statements.at(size);
        if (!statement) {
            std::string sql = head;
            for (std::size_t i = 0; i < rows; ++i) sql += (i ? ", " : " VALUES ") + std::string(values);
            statement = &db_.cached(sql);
        }
        int parameter = 1;
        for (std::size_t i = 0; i < rows; ++i) bind(*statement, done + i, parameter);
        run(*statement);
        done += rows;
    }
}

void RecordWriter::insert_rows(std::int64_t record_key, const std::vector<WantedRow>& rows,
                               int since_version) {
    if (rows.empty()) return;
    // Keys are given rather than left to SQLite so that entries, and the cells that refer to them, can go
    // in batches. Inside the caller's write transaction nothing else writes, so the next keys are free;
    // they are the ones SQLite would have chosen.
    auto& last = db_.cached("SELECT coalesce(max(entry_key), 0) FROM entry");
    last.step();  // an aggregate gives one row, whatever the table holds
    const std::int64_t first_key = last.column(0).int64() + 1;
    last.reset();

    insert_batched(insert_entries_,
                   "INSERT INTO entry (entry_key, record_key, section_id, section_position, entry_position, "
                   "entry_date, body, since_version, origin)",
                   "(?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.size(),
                   [&](sql::Statement& insert, std::size_t i, int& p) {
                       const WantedRow& row = rows[i];
                       insert.bind(p++, first_key + static_cast<std::int64_t>(i));
                       insert.bind(p++, record_key);
                       insert.bind_no_copy(p++, *row.section);
                       insert.bind(p++, row.section_position);
                       insert.bind(p++, row.entry_position);
                       bind_text_or_null(insert, p++, *row.date);
                       insert.bind_no_copy(p++, *row.body);
                       insert.bind(p++, since_version);
                       bind_text_or_null(insert, p++, *row.origin);
                   });

    struct CellAt {
        std::int64_t entry_key;
        int position;
        const Cell* cell;
    };
    struct AttendeeAt {
        std::int64_t entry_key;
        int cell_position;
        int position;
        const Attendee* attendee;
    };
    std::vector<CellAt> cells;
    std::vector<AttendeeAt> attendees;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::int64_t entry_key = first_key + static_cast<std::int64_t>(r);
        const std::vector<Cell>& row_cells = *rows[r].cells;
        for (std::size_t c = 0; c < row_cells.size(); ++c) {
            cells.push_back({entry_key, static_cast<int>(c), &row_cells[c]});
            int position = 0;
            for (const auto& attendee : row_cells[c].attendees)
                attendees.push_back({entry_key, static_cast<int>(c), position++, &attendee});
        }
    }
    insert_batched(insert_cells_, "INSERT INTO cell (entry_key, cell_position, column_id, cell_text)",
                   "(?, ?, ?, ?)", cells.size(), [&](sql::Statement& insert, std::size_t i, int& p) {
                       insert.bind(p++, cells[i].entry_key);
                       insert.bind(p++, cells[i].position);
                       insert.bind_no_copy(p++, cells[i].cell->column);
                       insert.bind_no_copy(p++, cells[i].cell->text);
                   });
    insert_batched(insert_attendees_,
                   "INSERT INTO attendee (entry_key, cell_position, attendee_position, attendee_role, "
                   "attendee_name)",
                   "(?, ?, ?, ?, ?)", attendees.size(), [&](sql::Statement& insert, std::size_t i, int& p) {
                       insert.bind(p++, attendees[i].entry_key);
                       insert.bind(p++, attendees[i].cell_position);
                       insert.bind(p++, attendees[i].position);
                       insert.bind_no_copy(p++, attendees[i].attendee->role);
                       insert.bind_no_copy(p++, attendees[i].attendee->name);
                   });
}

// The rows a record is stored as: per section, its text at position 0 when it has text or nothing else (so an
// empty section is kept), then its entries from position 1.
std::vector<RecordWriter::WantedRow> RecordWriter::wanted_rows(const Record& record) {
    std::vector<WantedRow> rows;
    int section_position = 0;
    for (const auto& section : record.sections) {
        if (!section.text.empty() || section.entries.empty()) {
            WantedRow row;
            row.section = &section.id;
            row.section_position = section_position;
            row.body = &section.text;
            rows.push_back(row);
        }
        int entry_position = 1;
        for (const auto& entry : section.entries) {
            WantedRow row;
            row.key = entry.key;
            row.section = &section.id;
            row.section_position = section_position;
            row.entry_position = entry_position++;
            row.date = &entry.date;
            row.body = &entry.text;
            row.cells = &entry.cells;
            row.origin = &entry.origin;
            rows.push_back(row);
        }
        ++section_position;
    }
    return rows;
}

std::vector<RecordWriter::StoredRow> RecordWriter::current_rows(std::int64_t record_key) {
    std::vector<StoredRow> rows;
    std::unordered_map<std::int64_t, std::size_t> by_key;
    auto& entries = db_.cached(
        "SELECT entry_key, section_id, section_position, entry_position, entry_date, body, origin FROM entry "
        "WHERE record_key = ? AND until_version IS NULL ORDER BY section_position, entry_position");
    entries.bind(1, record_key);
    while (entries.step()) {
        StoredRow& row = rows.emplace_back();
        row.key = entries.column(0).int64();
        row.section = entries.column(1).text();
        row.section_position = entries.column(2).integer();
        row.entry_position = entries.column(3).integer();
        row.date = entries.column(4).is_null() ? std::string() : entries.column(4).text();
        row.body = entries.column(5).text();
        row.origin = entries.column(6).is_null() ? std::string() : entries.column(6).text();
        by_key[row.key] = rows.size() - 1;
    }
    entries.reset();

    auto& cells = db_.cached(
        "SELECT c.entry_key, c.column_id, c.cell_text FROM entry e JOIN cell c ON c.entry_key = e.entry_key "
        "WHERE e.record_key = ? AND e.until_version IS NULL ORDER BY c.entry_key, c.cell_position");
    cells.bind(1, record_key);
    while (cells.step())
        rows[by_key.at(cells.column(0).int64())].cells.push_back(
            Cell{cells.column(1).text(), cells.column(2).text(), {}});
    cells.reset();

    auto& attendees = db_.cached(
        "SELECT a.entry_key, a.cell_position, a.attendee_role, a.attendee_name FROM entry e "
        "JOIN attendee a ON a.entry_key = e.entry_key WHERE e.record_key = ? AND e.until_version IS NULL "
        "ORDER BY a.entry_key, a.cell_position, a.attendee_position");
    attendees.bind(1, record_key);
    while (attendees.step()) {
        auto& row_cells = rows[by_key.at(attendees.column(0).int64())].cells;
        const auto position = static_cast<std::size_t>(attendees.column(1).integer());
        if (position < row_cells.size())
            row_cells[position].attendees.push_back(
                Attendee{attendees.column(2).text(), attendees.column(3).text()});
    }
    attendees.reset();
    return rows;
}

std::string RecordWriter::subject_conflict_message(std::optional<std::int64_t> subject_key,
                                                   int stored_version, const Subject& subject) {
    const std::string owner = owner_words(subject.kind, subject.id);
    if (!subject_key)
        // TRANSLATORS: {1} is who ("person P-1").
        return fill_in(tr("{1} is no longer in the database: someone removed them since you opened them, so "
                          "nothing was saved."),
                       owner);
    auto& who = db_.cached(
        "SELECT c.changed_by, c.changed_at FROM subject_version sv JOIN change_log c ON c.change_no = "
        "sv.change_no WHERE sv.subject_key = ? AND sv.version_no = ?");
    who.bind(1, *subject_key);
    who.bind(2, stored_version);
    std::string message;
    if (who.step())
        message =
            // TRANSLATORS: {1} is whose details ("person P-1"), {2} who changed them, {3} when.
            fill_in(
                tr("The details of {1} were changed by someone else since you opened them (by {2} at {3}), "
                   "so nothing was saved; look at them again as they are now, then make your change "
                   "again."),
                owner, who.column(0).text(), who.column(1).text());
    else
        message =
            // TRANSLATORS: {1} is whose details ("person P-1").
            fill_in(tr("The details of {1} were changed by someone else since you opened them, so nothing "
                       "was saved; look at them again as they are now, then make your change again."),
                    owner);
    who.reset();
    return message;
}

std::string RecordWriter::conflict_message(std::int64_t record_key, int stored_version, const Record& record,
                                           const std::string& owner) {
    auto& who = db_.cached(
        "SELECT c.changed_by, c.changed_at FROM record_version rv JOIN change_log c ON c.change_no = "
        "rv.change_no "
        "WHERE rv.record_key = ? AND rv.version_no = ?");
    who.bind(1, record_key);
    who.bind(2, stored_version);
    std::string message;
    if (who.step())
        message =
            // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1"), {3} who
            // changed it, {4} when.
            fill_in(tr("The {1} record of {2} was changed by someone else since you opened it (by {3} at "
                       "{4}); reopen it to see their changes, then make yours again."),
                    record.tool, owner, who.column(0).text(), who.column(1).text());
    else
        message =
            // TRANSLATORS: {1} is a tool ("one-page-profile"), {2} whose record ("person P-1").
            fill_in(tr("The {1} record of {2} was changed by someone else since you opened it; reopen it "
                       "to see their changes, then make yours again."),
                    record.tool, owner);
    who.reset();
    return message;
}

int RecordWriter::write_record(std::int64_t subject_key, SubjectKind kind, const std::string& id,
                               bool subject_is_new, const Record& record, std::optional<int> expected_version,
                               const std::string& owner) {
    std::optional<std::int64_t> record_key;
    int version = 0;
    std::optional<Date> reviewed;
    if (!subject_is_new) {
        auto& find = db_.cached(
            "SELECT record_key, version_no, reviewed_on FROM record WHERE subject_key = ? AND tool_id = ?");
        find.bind(1, subject_key);
        find.bind_no_copy(2, record.tool);
        if (find.step()) {
            record_key = find.column(0).int64();
            version = find.column(1).integer();
            reviewed = date_of(find.column(2));
        }
        find.reset();
    }
    if (record_key && expected_version && *expected_version != version)
        throw StorageError(conflict_message(*record_key, version, record, owner));

    std::vector<ChangePart> summary;
    std::vector<std::int64_t> to_close;
    std::vector<WantedRow> to_insert;
    if (!record_key) {
        summary = describe_new_record(record);
    } else {
        const std::vector<StoredRow> stored = current_rows(*record_key);
        const std::vector<WantedRow> wanted = wanted_rows(record);
        std::vector<bool> claimed(stored.size(), false);
        std::vector<std::ptrdiff_t> match(wanted.size(), -1);

        // 1. Entries that say which stored entry they are.
        std::unordered_map<std::int64_t, std::size_t> by_key;
        for (std::size_t i = 0; i < stored.size(); ++i)
            if (stored[i].entry_position > 0) by_key[stored[i].key] = i;
        for (std::size_t w = 0; w < wanted.size(); ++w) {
            if (wanted[w].key == 0 || wanted[w].entry_position == 0) continue;
            auto found = by_key.find(wanted[w].key);
            if (found != by_key.end() && !claimed[found->second]) {
                claimed[found->second] = true;
                match[w] = static_cast<std::ptrdiff_t>(found->second);
            }
        }
        // 2. The same content anywhere (so an entry removed above others does not make them all "changed").
        std::unordered_multimap<std::string, std::size_t> by_content;
        for (std::size_t i = 0; i < stored.size(); ++i)
            if (!claimed[i])
                by_content.emplace(
                    content_key(stored[i].section, stored[i].entry_position == 0, stored[i].date,
                                stored[i].body, stored[i].cells, stored[i].origin),
                    i);
        for (std::size_t w = 0; w < wanted.size(); ++w) {
            if (match[w] >= 0) continue;
            const WantedRow& row = wanted[w];
            auto [first, last] = by_content.equal_range(content_key(
                *row.section, row.entry_position == 0, *row.date, *row.body, *row.cells, *row.origin));
            std::ptrdiff_t best = -1;
            for (auto it = first; it != last; ++it) {
                if (claimed[it->second]) continue;
                const StoredRow& s = stored[it->second];
                if (best < 0 ||
                    (s.section_position == row.section_position && s.entry_position == row.entry_position))
                    best = static_cast<std::ptrdiff_t>(it->second);
            }
            if (best >= 0) {
                claimed[static_cast<std::size_t>(best)] = true;
                match[w] = best;
            }
        }
        // 3. What is left at the same place is the same entry, changed.
        std::map<std::pair<int, int>, std::size_t> by_place;
        for (std::size_t i = 0; i < stored.size(); ++i)
            if (!claimed[i]) by_place[{stored[i].section_position, stored[i].entry_position}] = i;
        for (std::size_t w = 0; w < wanted.size(); ++w) {
            if (match[w] >= 0) continue;
            auto found = by_place.find({wanted[w].section_position, wanted[w].entry_position});
            if (found != by_place.end() && !claimed[found->second] &&
                (wanted[w].entry_position == 0) == (stored[found->second].entry_position == 0)) {
                claimed[found->second] = true;
                match[w] = static_cast<std::ptrdiff_t>(found->second);
            }
        }

        ChangeSummary changes;
        for (std::size_t w = 0; w < wanted.size(); ++w) {
            const WantedRow& row = wanted[w];
            const bool is_entry = row.entry_position > 0;
            if (match[w] < 0) {
                to_insert.push_back(row);
                if (is_entry)
                    changes.entry_added();
                else
                    changes.layout_changed();
                continue;
            }
            const StoredRow& old = stored[static_cast<std::size_t>(match[w])];
            const bool same = same_content(old, row);
            if (same && old.section_position == row.section_position &&
                old.entry_position == row.entry_position)
                continue;
            to_close.push_back(old.key);
            to_insert.push_back(row);
            if (!same && is_entry)
                changes.entry_changed();
            else
                changes.layout_changed();
        }
        for (std::size_t i = 0; i < stored.size(); ++i) {
            if (claimed[i]) continue;
            to_close.push_back(stored[i].key);
            if (stored[i].entry_position > 0)
                changes.entry_removed();
            else
                changes.layout_changed();
        }

        // Section texts are worded by section, whatever rows carried them.
        std::vector<std::string> sections;
        std::map<std::string, std::pair<std::string, std::string>> texts;
        for (const auto& s : stored)
            if (s.entry_position == 0 && !s.body.empty()) {
                if (!texts.count(s.section)) sections.push_back(s.section);
                texts[s.section].first += s.body;
            }
        for (const auto& section : record.sections)
            if (!section.text.empty()) {
                if (!texts.count(section.id)) sections.push_back(section.id);
                texts[section.id].second += section.text;
            }
        for (const auto& id : sections) changes.section_text(id, texts[id].first, texts[id].second);
        changes.reviewed(reviewed, record.reviewed);
        if (changes.empty()) return version;
        summary = changes.parts();
    }

    ++version;
    if (record_key) {
        auto& update = db_.cached("UPDATE record SET reviewed_on = ?, version_no = ? WHERE record_key = ?");
        bind_date(update, 1, record.reviewed);
        update.bind(2, version);
        update.bind(3, *record_key);
        run(update);
    } else {
        auto& insert = db_.cached(
            "INSERT INTO record (subject_key, tool_id, reviewed_on, version_no) VALUES (?, ?, ?, ?) "
            "RETURNING record_key");
        insert.bind(1, subject_key);
        insert.bind_no_copy(2, record.tool);
        bind_date(insert, 3, record.reviewed);
        insert.bind(4, version);
        record_key = inserted_key(insert);
    }
    const std::int64_t change = log_change(ChangeTarget{kind, id, record.tool}, summary);
    auto& snapshot = db_.cached(
        "INSERT INTO record_version (record_key, version_no, change_no, reviewed_on) VALUES (?, ?, ?, ?)");
    snapshot.bind(1, *record_key);
    snapshot.bind(2, version);
    snapshot.bind(3, change);
    bind_date(snapshot, 4, record.reviewed);
    run(snapshot);

    if (version == 1) {
        insert_rows(*record_key, wanted_rows(record), version);
    } else {
        for (const std::int64_t key : to_close) {
            close_entry_.bind(1, version);
            close_entry_.bind(2, key);
            run(close_entry_);
        }
        insert_rows(*record_key, to_insert, version);
    }
    statuses_.record_saved(*record_key, subject_key, kind, record);
    return version;
}

}  // namespace pcr::model
