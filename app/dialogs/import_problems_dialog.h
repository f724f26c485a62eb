// Shows why an interchange file was not imported: one row per problem with its line and element.
#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <vector>

#include "model/exchange/interchange_reader.h"

namespace pcr::app {

class ImportProblemsDialog : public wxDialog {
  public:
    ImportProblemsDialog(wxWindow* parent, const std::filesystem::path& file,
                         const std::vector<model::InterchangeProblem>& problems);
};

}  // namespace pcr::app
