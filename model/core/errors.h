// The one exception hierarchy of pcrecords: every failure a user can act on derives from pcr::Error.
#pragma once

#include <stdexcept>
#include <string>

namespace pcr {

// Base of every pcrecords exception. The message says what went wrong, where, and what to do.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// A file, name or value the user gave is wrong (bad option value, unknown id, missing file).
class UserError : public Error {
  public:
    using Error::Error;
};

// The database could not be opened, read or written, or is not a pcrecords database.
class StorageError : public Error {
  public:
    using Error::Error;
};

// A template or data file could not be used; the message names the file, line and problem.
class TemplateError : public Error {
  public:
    using Error::Error;
};

// Something asked for does not exist (a person id, a tool id).
class NotFoundError : public UserError {
  public:
    using UserError::UserError;
};

// Sign-in failed, or the one signed in may not do what was asked; the message says why and what to do
// (the command line exits 3).
class AccessError : public Error {
  public:
    using Error::Error;
};

// The signed-in account's role may not do this; the message names the role that may.
class NotAllowedError : public AccessError {
  public:
    using AccessError::AccessError;
};

}  // namespace pcr
