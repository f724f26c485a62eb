// A subject's whole record as a paginated A4 PDF: every tool with its sections, reviews and the change
// history.
#pragma once

#include <filesystem>

#include "model/export/whole_record.h"

namespace pcr::model {

// Writes every kept tool in template order (tables as tables), then the history, with page numbers and the
// person's name on every page. Whole or not at all. Returns the number of pages.
int write_record_pdf(const WholeRecord& record, const std::filesystem::path& file);

}  // namespace pcr::model
