// Checked copies of a database file: backups made on request and automatically, and restoring one.
#include "model/sqlite/backup_copy.h"

#include <SQLiteCpp/Backup.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/private_file.h"
#include "model/core/temporary_file.h"
#include "model/core/translate.h"
#include "model/domain/database_settings.h"
#include "model/sqlite/database.h"
#include "model/sqlite/migrations.h"

namespace pcr::model {

namespace {

// The -shm byte every connection holds a shared lock on while it is open (SQLite's unix VFS: the eight lock
// bytes from 120, then this one).
constexpr off_t kShmOpenLockByte = 128;

void remove_with_companions(const std::filesystem::path& file) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::path one = file;
        one += suffix;
        std::filesystem::remove(one, ec);
    }
}

// The rotation the database's settings ask for; the defaults in a file older than the settings.
BackupRotation rotation_of(SQLite::Database& db) {
    std::optional<std::string> values[3];
    try {
        if (!db.tableExists("setting")) return {};
        SQLite::Statement select(db, "SELECT name, value FROM setting WHERE name IN (?, ?, ?)");
        select.bind(1, "backup.daily");
        select.bind(2, "backup.weekly");
        select.bind(3, "backup.monthly");
        while (select.executeStep()) {
            const std::string name = select.getColumn(0).getString();
            const int slot = name == "backup.daily" ? 0 : name == "backup.weekly" ? 1 : 2;
            values[slot] = select.getColumn(1).getString();
        }
    } catch (const SQLite::Exception&) {
        return {};
    }
    return backup_rotation(values[0], values[1], values[2]);
}

// A database without people, staff, a team or accounts (one just made) has nothing a backup would keep.
bool holds_nothing(SQLite::Database& db) {
    try {
        for (const char* table : {"subject", "account"})
            if (db.tableExists(table) &&
                db.execAndGet(std::string("SELECT EXISTS (SELECT 1 FROM ") + table + ")").getInt() != 0)
                return false;
    } catch (const SQLite::Exception&) {
        // Unreadable: the copy will say why.
        return false;
    }
    return true;
}

// Whether the data of `file` reached the disk.
bool synced(const std::filesystem::path& file, int flags) {
    const int fd = ::open(file.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

// A copy of a damaged file is no backup, and would look like one.
void refuse_if_damaged(SQLite::Database& source, const std::filesystem::path& source_file) {
    if (const std::string damage = first_damage(source); !damage.empty())
        // TRANSLATORS: {1} is the database, {2} SQLite's own description of the damage, in English.
        throw StorageError(
            fill_in(tr("Cannot back up {1}: the database is damaged ({2}), so a copy would be no "
                       "backup; nothing was written. Keep the file as it is, run `pcrecords-cli "
                       "--db {1} check`, and restore it from an earlier backup."),
                    source_file.string(), damage));
}

}  // namespace

std::string first_damage(SQLite::Database& db) {
    try {
        SQLite::Statement check(db, "PRAGMA quick_check(1)");
        while (check.executeStep()) {
            std::string line = check.getColumn(0).getString();
            if (line == "ok") continue;
            // One line for the messages: without the name of the schema, which is always "main" here.
            const std::string schema = "*** in database main ***\n";
            if (line.rfind(schema, 0) == 0) line.erase(0, schema.size());
            std::replace(line.begin(), line.end(), '\n', ' ');
            return line;
        }
    } catch (const SQLite::Exception& e) {
        return e.what();
    }
    return "";
}

void refuse_existing_backup(const std::filesystem::path& target) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        throw StorageError(
            fill_in(tr("{1} already exists. A backup never overwrites a file: choose a new file "
                       "name, or move the old file away first."),
                    target.string()));
}

void copy_database(SQLite::Database& source, const std::filesystem::path& source_file,
                   const std::filesystem::path& target, bool source_checked) {
    std::error_code ec;
    refuse_existing_backup(target);
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    if (!std::filesystem::is_directory(folder, ec))
        throw StorageError(
            fill_in(tr("Cannot write a backup to {1}: the folder {2} does not exist. Create it "
                       "first or choose another place."),
                    target.string(), folder.string()));
    if (!source_checked) refuse_if_damaged(source, source_file);
    // Written under a temporary name and renamed at the end, so a failed backup never looks like a good one;
    // what a killed backup left in that folder goes first.
    remove_stale_temporaries(folder);
    const std::filesystem::path partial = temporary_name(target);
    // A backup holds every record: private to its owner from the start, as the database is, and created
    // anew (never through a link someone put in its place).
    if (const std::error_code created = create_private_file(partial))
        // TRANSLATORS: {1} is the database, {2} the backup file, {3} the system's description of the error.
        throw StorageError(fill_in(tr("Could not back up {1} to {2}: {3}. Check that you may write there."),
                                   source_file.string(), target.string(), created.message()));
    try {
        std::string damage;
        {
            SQLite::Database copy(partial, SQLite::OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW);
            SQLite::Backup copier(copy, source);
            copier.executeStep(-1);
            // One file that opens anywhere, read-only too: a copy of a write-ahead-log database would
            // otherwise need -wal and -shm files made beside it to be read.
            copy.execAndGet("PRAGMA journal_mode = DELETE");
            // Read back before it is given the backup's name: a disk that lost a page shows here.
            damage = first_damage(copy);
        }
        if (!damage.empty()) {
            remove_with_companions(partial);
            // TRANSLATORS: {1} is the database, {2} the backup file, {3} SQLite's description, in English.
            throw StorageError(
                fill_in(tr("Could not back up {1} to {2}: the copy did not read back whole ({3}), "
                           "so it was not kept. Check the disk, and try again."),
                        source_file.string(), target.string(), damage));
        }
        std::filesystem::rename(partial, target);
    } catch (const SQLite::Exception& e) {
        remove_with_companions(partial);
        // A write cut short or refused (the backup's error says no more than "disk I/O error"): most often no
        // room for the copy.
        if ((e.getErrorCode() & 0xff) == SQLITE_FULL || (e.getErrorCode() & 0xff) == SQLITE_IOERR)
            // TRANSLATORS: {1} is the database, {2} the backup file.
            throw StorageError(
                fill_in(tr("Could not back up {1} to {2}: the disk is full or failing: nothing "
                           "was changed, and no partial copy was left. Free some space, check "
                           "the disk, and try again."),
                        source_file.string(), target.string()));
        throw StorageError(
            // TRANSLATORS: {1} is the database, {2} the backup file, {3} SQLite's own description of the
            // error.
            fill_in(tr("Could not back up {1} to {2}: {3}. Check that there is space and that you "
                       "may write there."),
                    source_file.string(), target.string(), e.what()));
    } catch (const std::filesystem::filesystem_error& e) {
        remove_with_companions(partial);
        throw StorageError(fill_in(tr("Could not back up {1} to {2}: {3}. Check that you may write there."),
                                   source_file.string(), target.string(), e.code().message()));
    }
}

std::string automatic_backup(SQLite::Database& source, const std::filesystem::path& source_file,
                             BackupReason reason, bool source_checked) {
    if (holds_nothing(source)) return "";
    // Damage is the caller's to report: it stops imports and upgrades. Looked for before the folder is made,
    // so a damaged file leaves nothing beside it.
    if (!source_checked) refuse_if_damaged(source, source_file);
    const BackupFolder folder(source_file);
    if (const std::error_code made = folder.make())
        // TRANSLATORS: {1} is the database, {2} the folder its backups go in, {3} the system's reason.
        return fill_in(tr("No automatic backup of {1} was made: the folder {2} cannot be made ({3}). Make "
                          "backups with `pcrecords-cli --db {1} backup --out FILE` instead."),
                       source_file.string(), folder.folder().string(), made.message());
    try {
        copy_database(source, source_file, folder.new_name(std::chrono::system_clock::now(), reason), true);
    } catch (const StorageError& e) {
        return e.what();
    }
    folder.rotate(rotation_of(source));
    return "";
}

bool daily_backup_due(const std::filesystem::path& file) {
    return !BackupFolder(file).has_backup_on(utc_day(std::chrono::system_clock::now()));
}

std::string make_daily_backup(const std::filesystem::path& file) {
    if (!daily_backup_due(file)) return "";
    try {
        // Waits, as a write would, for an import that holds the file through a rollback journal.
        SQLite::Database source(file, SQLite::OPEN_READONLY, Database::kBusyTimeoutMs);
        return automatic_backup(source, file, BackupReason::Daily);
    } catch (const StorageError& e) {
        return e.what();
    } catch (const SQLite::Exception& e) {
        // TRANSLATORS: {1} is the database, {2} SQLite's own description of the error, in English.
        return fill_in(tr("No automatic backup of {1} was made today: {2}. Make one with `pcrecords-cli --db "
                          "{1} backup --out FILE`."),
                       file.string(), e.what());
    }
}

std::string restore_problem(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return tr("there is no such file");
    try {
        SQLite::Database db(file, SQLite::OPEN_READONLY);
        int application_id = 0, version = 0;
        try {
            application_id = db.execAndGet("PRAGMA application_id").getInt();
            version = db.execAndGet("PRAGMA user_version").getInt();
        } catch (const SQLite::Exception& e) {
            if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB) return tr("it is not a pcrecords database");
            throw;
        }
        if (application_id != kApplicationId || version < 1) return tr("it is not a pcrecords database");
        if (version > latest_schema_version())
            // TRANSLATORS: {1} and {2} are numbers of database layouts (schemas).
            return fill_in(
                tr("it was written by a newer pcrecords (schema {1}; this program knows up to {2})"), version,
                latest_schema_version());
        if (const std::string damage = first_damage(db); !damage.empty())
            // TRANSLATORS: {1} is SQLite's own description of the damage, in English.
            return fill_in(tr("it is damaged ({1})"), damage);
    } catch (const SQLite::Exception& e) {
        // TRANSLATORS: {1} is SQLite's own description of the error, in English.
        return fill_in(tr("it cannot be read ({1})"), e.what());
    }
    return "";
}

bool open_elsewhere(const std::filesystem::path& file) {
    std::filesystem::path shm = file;
    shm += "-shm";
    // Looked up in the kernel's list of locks rather than asked (fcntl F_GETLK) through a descriptor of the
    // -shm file: closing any descriptor of a file lets go of every POSIX lock this process holds on it,
    // SQLite's own included, so a program with the database open must not open and close its files itself.
    struct stat shm_stat {};
    if (::stat(shm.c_str(), &shm_stat) != 0) return false;
    std::ifstream locks("/proc/locks");
    const std::string own = std::to_string(::getpid());
    std::string line;
    while (std::getline(locks, line)) {
        // "3: POSIX  ADVISORY  READ 4242 fe:00:5309364 128 128"; a "->" line is a program waiting for a lock.
        std::istringstream fields(line);
        std::string number, type, mode, access, pid, device_inode, start, end;
        fields >> number >> type;
        if (type == "->") continue;
        fields >> mode >> access >> pid >> device_inode >> start >> end;
        if (pid == own || start.empty()) continue;
        // The device as the kernel names it may not be stat's (overlay file systems): the inode is enough
        // here.
        const auto colon = device_inode.rfind(':');
        if (colon == std::string::npos || device_inode.substr(colon + 1) != std::to_string(shm_stat.st_ino))
            continue;
        const bool from = std::strtoll(start.c_str(), nullptr, 10) <= kShmOpenLockByte;
        const bool to = end == "EOF" || std::strtoll(end.c_str(), nullptr, 10) >= kShmOpenLockByte;
        if (from && to) return true;
    }
    return false;
}

void replace_database(const std::filesystem::path& from, const std::filesystem::path& database) {
    const auto folder = database.has_parent_path() ? database.parent_path() : std::filesystem::path(".");
    const std::filesystem::path partial = temporary_name(database);
    // TRANSLATORS: {1} is the database, {2} the backup, {3} the system's or SQLite's reason.
    const auto failed = [&](const std::string& reason) {
        remove_with_companions(partial);
        return StorageError(fill_in(tr("Could not restore {1} from {2}: {3}. The database was not changed."),
                                    database.string(), from.string(), reason));
    };
    if (const std::error_code created = create_private_file(partial)) throw failed(created.message());
    try {
        {
            SQLite::Database source(from, SQLite::OPEN_READONLY);
            SQLite::Database copy(partial, SQLite::OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW);
            SQLite::Backup copier(copy, source);
            copier.executeStep(-1);
            copy.execAndGet("PRAGMA journal_mode = DELETE");
        }
        if (!synced(partial, O_RDONLY)) throw failed(tr("the copy could not be written to the disk"));
        // The old log and index belong to the old file: SQLite would otherwise read them into the new one.
        std::error_code ec;
        for (const char* suffix : {"-wal", "-shm"}) {
            std::filesystem::path companion = database;
            companion += suffix;
            std::filesystem::remove(companion, ec);
        }
        std::filesystem::rename(partial, database);
        synced(folder, O_RDONLY | O_DIRECTORY);
    } catch (const SQLite::Exception& e) {
        throw failed(e.what());
    } catch (const std::filesystem::filesystem_error& e) {
        throw failed(e.code().message());
    }
}

std::filesystem::path restore_database(const std::filesystem::path& from,
                                       const std::filesystem::path& database) {
    // TRANSLATORS: {1} is the database, {2} the backup, {3} why ("it is damaged (...)").
    const auto refuse = [&](const std::string& reason) {
        return StorageError(fill_in(tr("Cannot restore {1} from {2}: {3}. The database was not changed."),
                                    database.string(), from.string(), reason));
    };
    std::error_code ec;
    if (std::filesystem::equivalent(from, database, ec)) throw refuse(tr("they are the same file"));
    if (const std::string problem = restore_problem(from); !problem.empty()) throw refuse(problem);
    const auto in_use =
        tr("another program has the database open. Close pcrecords (and any command still "
           "running on it) and try again");
    if (open_elsewhere(database)) throw refuse(in_use);

    const BackupFolder folder(database);
    if (const std::error_code made = folder.make())
        // TRANSLATORS: {1} is a folder, {2} the system's reason.
        throw refuse(fill_in(tr("the folder {1} for a backup of it cannot be made ({2})"),
                             folder.folder().string(), made.message()));
    const std::filesystem::path kept =
        folder.new_name(std::chrono::system_clock::now(), BackupReason::BeforeRestore);
    bool damaged = false;
    {
        SQLite::Database current(database, SQLite::OPEN_READWRITE);
        damaged = !first_damage(current).empty();
        if (!damaged) copy_database(current, database, kept, true);
    }
    if (damaged) {
        // A damaged file is kept as it is: what can be saved from it may still be wanted.
        if (const std::error_code created = create_private_file(kept)) throw refuse(created.message());
        std::filesystem::copy_file(database, kept, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) {
            std::filesystem::remove(kept, ec);
            throw refuse(ec.message());
        }
        make_private(kept);
    }
    // Looked at again just before: it may have been opened while the backup was written.
    if (open_elsewhere(database)) throw refuse(in_use);
    replace_database(from, database);
    return kept;
}

}  // namespace pcr::model
