// The demo database a first run opens: a generated caseload, so the program shows something real at once.
#pragma once

#include <wx/window.h>

#include <filesystem>

#include "model/core/date.h"
#include "model/domain/template_registry.h"

namespace pcr::app {

// Writes a demo caseload (400 people, 30 staff, 12,000 learning-log entries, seed 1) to `file`, showing
// progress. The file appears only when generation finished; returns false (and leaves nothing) when the user
// cancelled. Throws pcr::Error when the folder or database cannot be written.
bool create_demo_database(const std::filesystem::path& file, const model::TemplateRegistry& templates,
                          const model::Date& today, wxWindow* parent);

}  // namespace pcr::app
