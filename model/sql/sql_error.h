// A failure reported by a database engine, sorted into the kinds a message to the user tells apart.
#pragma once

#include <string>

#include "model/core/errors.h"

namespace pcr::model::sql {

// What went wrong, independent of the engine, so one place (Database::error) words it for the user.
enum class Failure {
    Busy,            // another program held what was needed for longer than the wait allowed
    Full,            // no space left on the disk
    ReadOnly,        // the database or its file may be read but not written
    Denied,          // the server's role for this program may not do this
    CannotOpen,      // the file cannot be opened, or the server cannot be reached
    Damaged,         // the file is damaged
    NotADatabase,    // the file is not a database of this engine at all
    DiskError,       // the disk reported an error
    Constraint,      // a rule of the schema (unique, foreign key, check, trigger) refused the change
    ConnectionLost,  // the server went away during the work
    Other,
};

class Error : public pcr::Error {
  public:
    Error(Failure failure, const std::string& message) : pcr::Error(message), failure_(failure) {}
    Failure failure() const { return failure_; }

  private:
    Failure failure_;
};

}  // namespace pcr::model::sql
