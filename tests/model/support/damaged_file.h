// Damaging a database file as a failing disk might, for the tests of what pcrecords does with damage.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace pcr::test {

// Overwrites the header of the first page of the database's largest index with bytes no page starts with: the
// file still opens, but SQLite's quick check finds the damage.
inline void damage_largest_index(const std::filesystem::path& file) {
    int page_size = 0, root = 0;
    {
        SQLite::Database db(file, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        page_size = db.execAndGet("PRAGMA page_size").getInt();
        root = db.execAndGet("SELECT max(rootpage) FROM sqlite_master WHERE type = 'index'").getInt();
    }
    std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
    out.seekp(static_cast<std::streamoff>(root - 1) * page_size);
    const std::string garbage(16, '\xff');
    out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

}  // namespace pcr::test
