// The roles a template gives a tool, a section or a column: how code finds what it needs without naming ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pcr::model {

// What a tool is for, where code treats a tool in its own way. Each role is held by one template at most.
enum class ToolRole {
    Profile,        // "profile": the one-page profile printed, exported and counted by the dashboard
    Review,         // "review": the review the dashboard checks is held and whose actions fall due
    OutcomePlan,    // "outcome-plan": the plan whose rows the dashboard lists when overdue
    QuickLog,       // "quick-log": the dated log an entry is added to after a visit
    StaffMatching,  // "staff-matching": what a person wants of their staff, matched against staff records
};

// What a section holds, where code reads a particular section. Each role is held by one section of a tool.
enum class SectionRole {
    CirclePeople,     // "circle-people": the people drawn on the relationship circle
    SharedInterests,  // "shared-interests": staff matching, interests to share
    Skills,           // "skills": staff matching, skills wanted
    SupportWanted,    // "support-wanted": staff matching, the support wanted
    Personality,      // "personality": staff matching, the personality wanted
    Ratings,          // "ratings": dated ratings drawn as a chart over time, one small chart per measure
};

// What a column holds, where code reads a particular column. Each role is held by one column of a section.
enum class ColumnRole {
    CircleRing,    // "circle-ring": the ring a person is drawn in, closest first (a choice column)
    Group,         // "group": the group a person is drawn in (a choice column)
    Name,          // "name": the person's name
    Relationship,  // "relationship": who they are to the person
    ByWhen,        // "by-when": the day a row falls due (a date column)
    Done,          // "done": the day a row was done (a date column); filled in, the row is closed
    Status,        // "status": a choice column; a choice marked closes="true" (done, dropped) closes the row
    Who,           // "who": who does what the row says
    Measure,       // "measure": what a rating is of, one small chart each (a choice column)
    Level,         // "level": the rating given, its choices lowest first (a choice column)
    Working,       // "working": what is working, a statement Working Together for Change gathers
    NotWorking,    // "not-working": what is not working, gathered the same way
    Perspective,   // "perspective": from whose point of view the row is (a choice column)
};

// The words templates use, e.g. "profile", "circle-people", "by-when".
std::string_view to_string(ToolRole role);
std::string_view to_string(SectionRole role);
std::string_view to_string(ColumnRole role);
std::optional<ToolRole> tool_role_from_string(std::string_view text);
std::optional<SectionRole> section_role_from_string(std::string_view text);
std::optional<ColumnRole> column_role_from_string(std::string_view text);

// Every word of a kind, "profile, review, ...", for problems that list what may be used.
std::string tool_role_words();
std::string section_role_words();
std::string column_role_words();

}  // namespace pcr::model
