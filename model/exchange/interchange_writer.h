// Writes interchange data as the format-1 XML file: stable order, so export-import-export is exact.
#pragma once

#include <filesystem>
#include <string>

#include "model/core/utc_time.h"
#include "model/domain/interchange.h"
#include "model/domain/template_registry.h"

namespace pcr::model {

// Sections, rows and cells are written in template order; `exported` is the stamp ("2026-11-26T14:00:00Z").
std::string write_interchange_text(const Interchange& data, const TemplateRegistry& templates,
                                   const std::string& exported);
// Writes to a temporary file beside `file` and renames it, so a failed export never leaves half a file.
void write_interchange(const Interchange& data, const TemplateRegistry& templates,
                       const std::filesystem::path& file, const std::string& exported);

}  // namespace pcr::model
