// Writes subjects and records as new versions with their history rows, inside the caller's transaction.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/domain/change.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/sql/statement.h"
#include "model/sqlite/change_log.h"
#include "model/sqlite/database.h"
#include "model/sqlite/status_table.h"

namespace pcr::model {

class RecordWriter {
  public:
    // Every change written is stamped with `actor` and `when` (UTC, "YYYY-MM-DDTHH:MM:SSZ"); each record
    // written is judged into `statuses` in the same transaction.
    RecordWriter(Database& db, StatusTable& statuses, std::string actor, std::string when);

    struct SubjectRow {
        std::int64_t key = 0;
        bool added = false;  // true when this call created it (so it has no records yet)
    };
    // Adds the subject, or updates it by kind and id as a new version; writes nothing when nothing changed.
    // With `expected_version` (the version a save read it at), the subject must still be stored at that
    // version: otherwise throws StorageError naming who changed it and when, or saying it is gone. An import
    // gives none: what a file holds is written as given.
    SubjectRow write_subject(const Subject& subject, std::optional<int> expected_version = std::nullopt);
    std::optional<std::int64_t> find_subject(SubjectKind kind, const std::string& id);

    // Saves `record` as the subject's record of its tool and returns the version it is now at (unchanged when
    // nothing differs). `kind` and `id` are the subject's (for the audit trail). With `expected_version`,
    // throws StorageError if the stored record is at another version. `owner` names the subject in messages
    // ("person P-0001").
    int write_record(std::int64_t subject_key, SubjectKind kind, const std::string& id, bool subject_is_new,
                     const Record& record, std::optional<int> expected_version, const std::string& owner);

  private:
    struct StoredRow;
    struct WantedRow;

    static std::vector<WantedRow> wanted_rows(const Record& record);
    static bool same_content(const StoredRow& stored, const WantedRow& wanted);
    std::int64_t log_change(const ChangeTarget& target, const std::vector<ChangePart>& parts);
    void insert_rows(std::int64_t record_key, const std::vector<WantedRow>& rows, int since_version);
    std::vector<StoredRow> current_rows(std::int64_t record_key);
    std::string subject_conflict_message(std::optional<std::int64_t> subject_key, int stored_version,
                                         const Subject& subject);
    std::string conflict_message(std::int64_t record_key, int stored_version, const Record& record,
                                 const std::string& owner);

    // Rows go in batches of several per statement, as a bulk import spends most of its time in the fixed
    // cost of each statement otherwise: a batch is a power of two up to kBatchSizes rows, so a few cached
    // statements per table cover every count.
    static constexpr std::size_t kBatchSizes = 7;  // 1, 2, 4, ... 64 rows
    using Batches = std::array<sql::Statement*, kBatchSizes>;
    template <class Bind>
    void insert_batched(Batches& statements, const char* head, const char* values, std::size_t count,
                        Bind&& bind);

    Database& db_;
    StatusTable& statuses_;
    std::string actor_;
    std::string when_;
    Batches insert_entries_{};
    Batches insert_cells_{};
    Batches insert_attendees_{};
    sql::Statement& close_entry_;
};

}  // namespace pcr::model
