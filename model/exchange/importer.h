// Imports an interchange file into a store: read, checked and written in one pass inside one transaction.
#pragma once

#include <filesystem>
#include <vector>

#include "model/core/errors.h"
#include "model/exchange/interchange_reader.h"
#include "model/store/store.h"

namespace pcr::model {

// The file could not be imported; the store is unchanged. what() lists the problems, first ones first.
class ImportError : public UserError {
  public:
    ImportError(const std::filesystem::path& file, std::vector<InterchangeProblem> problems);
    const std::vector<InterchangeProblem>& problems() const { return problems_; }
    const std::filesystem::path& file() const { return file_; }

  private:
    std::filesystem::path file_;
    std::vector<InterchangeProblem> problems_;
};

// Throws ImportError (nothing written) when the file is missing, not a regular file (a device such as
// /dev/zero, a pipe), malformed or invalid. With `workbooks`, the
// assessments' workbooks and topics are checked against them too.
ImportCounts import_interchange(Store& store, const TemplateRegistry& templates,
                                const std::filesystem::path& file,
                                const WorkbookRegistry* workbooks = nullptr);

}  // namespace pcr::model
