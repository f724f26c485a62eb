// The read-only page of one tool's record: its sections as bullets, tables, dated rows and paragraphs.
#pragma once

#include <wx/string.h>

#include "model/domain/sign_off.h"
#include "model/rules/record_statuses.h"

namespace pcr::app {

// The page for one tool of one subject: a heading, how complete and current it is, what is still missing,
// then every section in template order with the template's titles; an empty state when there is no record.
// With `sign_off`, the record's latest sign-off under the summary, and whether it changed since.
wxString record_html(const model::ToolStanding& standing, const model::SignOff* sign_off = nullptr);

// A short page saying what to do when no tool is chosen or nothing can be shown.
wxString message_html(const wxString& title, const wxString& text);

}  // namespace pcr::app
