// Whether opening a store may create it, and when the day's first writing open keeps its backup.
#pragma once

namespace pcr::model {

enum class OpenMode {
    Existing,         // the store must exist and be a pcrecords database (older ones are upgraded)
    CreateIfMissing,  // as Existing, but a missing one becomes a new empty database
    // As Existing, for reading: a file that cannot be written (an archived copy, read-only media) is opened
    // read-only instead of refused, and any change to it is then refused saying it is read-only
    Reading
};

// When the first writing open of a day keeps the day's automatic backup.
enum class DailyBackup {
    WhileOpening,  // before the store is returned (the command line: a command is short and done in order)
    // not while opening: the program makes it afterwards with make_daily_backup (backends/open_store.h), so a
    // large file's copy does not hold up the window that opens it
    Later
};

}  // namespace pcr::model
