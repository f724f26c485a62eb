// Working Together for Change as CSV: every statement, with the theme it is in when asked.
#pragma once

#include <ostream>
#include <vector>

#include "model/rules/working_together.h"

namespace pcr::model {

// person_id,source,date,perspective,kind,text, one row a statement in the order given, and a last column
// theme (its name, or empty) when `themes` is given: what `working-together` prints and the app exports.
void write_statements_csv(std::ostream& out, const std::vector<Statement>& statements,
                          const std::vector<Theme>* themes = nullptr,
                          const std::vector<ThemeMember>* members = nullptr);

// theme,kind,statements,people, one row a theme: what `themes` prints.
void write_theme_counts_csv(std::ostream& out, const std::vector<ThemeCount>& counts);

}  // namespace pcr::model
