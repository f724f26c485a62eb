// The rules a subject and an assessment must keep before any store accepts them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/domain/subject.h"
#include "model/domain/workbook_assessment.h"

namespace pcr::model {

// How messages name whose record it is: "person P-0001", "staff S-0002", "the team".
std::string owner_words(SubjectKind kind, const std::string& id);

// Longest id accepted, in bytes: ids name files in bulk exports and are typed by people.
inline constexpr std::size_t kMaxIdBytes = 64;

// What makes `id` unusable as a subject's id, in words ("has a slash in it"); none when it is fine. Ids name
// files in bulk exports and sit in lists and file names, so they may not hold slashes, start with a dot,
// hold spaces or control characters, or be longer than kMaxIdBytes.
std::optional<std::string> id_problem(std::string_view id);
// What makes `text` unfit for a name: a direction override or embedding (U+202A-U+202E, U+2066-U+2069),
// which would make a name read differently from what is stored; none when it is fine.
std::optional<std::string> name_problem(std::string_view text);

// Throw pcr::UserError naming what is wrong and what to do: a missing id, a team not called "team", text that
// is not UTF-8; levels outside 1-5, a topic scored twice, impossible evidence, two plans for one topic.
void validate_subject(const Subject& subject);
void validate_assessment(const WorkbookAssessment& assessment);

}  // namespace pcr::model
