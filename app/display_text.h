// How the app words model values: dates, names, ages, kinds of subject and counts.
#pragma once

#include <wx/string.h>

#include <optional>

#include "model/core/date.h"
#include "model/domain/subject.h"

namespace pcr::app {

// "3 Mar 2026" (model::display_date: the month as the user's locale names it).
wxString date_text(const model::Date& date);
// A stored date string ("2026-03-03", or "1968" where a year alone is allowed) for display; unknown forms as
// given.
wxString row_date_text(const std::string& stored);

// "Peggy (Margaret Jones)" when a preferred name is given, else "Margaret Jones"; the team is "The team".
wxString subject_label(const model::Subject& subject);
// Age in whole years on `today` ("85"), or empty when the date of birth is not known.
wxString age_text(const model::Subject& subject, const model::Date& today);

// "412 people", "1 staff member", "3 staff members".
wxString count_text(model::SubjectKind kind, std::size_t count);
// "person", "staff member", "team": for sentences like "Choose a person".
wxString kind_noun(model::SubjectKind kind);

// "One-page profile" becomes "one-page profile", for use mid-sentence; acronyms and numbers are left alone.
wxString mid_sentence(const wxString& title);

}  // namespace pcr::app
