// How complete and how current a record is on a given day, by its template's rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// What the rules of one section count in a record: the entries that qualify, and which of its row conditions
// (by index in the template) the record fails. Everything else about the section's status follows from these
// and the template, so a stored count gives the same status, in the words of the template of the day.
struct SectionCount {
    int qualifying = 0;
    std::vector<int> failed_conditions;
    bool operator==(const SectionCount&) const = default;
};

struct SectionStatus {
    std::string section;
    bool counts = true;
    bool met = false;    // meets its minimum (and conditions)
    int qualifying = 0;  // items, or rows with every required column filled (text: 1 when not blank)
    int min = 0;
    std::string
        missing;  // what is missing, in words, when not met ("2 more rows with every required column")
    bool operator==(const SectionStatus&) const = default;
};

struct RecordStatus {
    int completeness = 0;  // 0-100, rounded down
    bool complete = false;
    bool current = false;
    std::optional<Date> last_reviewed;  // the later of `reviewed` and the newest dated row
    std::optional<Date> due;            // the day after which it stops being current (none: never stale)
    std::vector<SectionStatus> sections;
    bool operator==(const RecordStatus&) const = default;
};

// What a record's status on any day rests on, judged when the record is saved so that no later question
// needs its entries: the counts of each section in template order, the day it was last reviewed, and the
// rows that rules read by column (see keeps_rows).
struct RecordJudgement {
    bool has_content = false;  // anything typed in it (Record::empty() is false)
    std::vector<SectionCount> sections;
    std::optional<Date> last_reviewed;  // the later of `reviewed` and the newest dated row with content
    // The current rows of the sections that keep them, holding only the cells kept (see kept_cell), in
    // section then row order; sections with no rows are left out.
    std::vector<Section> rows;
    bool operator==(const RecordJudgement&) const = default;
};

// Whether a judgement keeps a section's rows: a table or dated section with a choice, date or attendees
// column. Evidence rules and the dashboard read those by column (a meeting's attendees, a row's perspective,
// an action's by-when and whether it is done), so a whole caseload is answered from the judgements alone;
// free-text sections such as learning logs, the bulk of a file, are not copied.
bool keeps_rows(const SectionTemplate& section);
// Whether a kept row keeps `column`'s cell: typed columns and columns with a role (other than working and
// not-working, free text read from the records), and every column of a
// section with a by-when column (the dashboard describes an overdue action in its own words). Attendees keep
// their role only: who they were is for the record, not for counting.
bool kept_cell(const SectionTemplate& section, const Column& column);
// The judgement's rows of `tool` as a record of them (tool id and kept rows only), for rules written against
// records.
Record kept_rows(const ToolTemplate& tool, const RecordJudgement& judged);

// What `section`'s rules count in `record`.
SectionCount count_section(const SectionTemplate& section, const Record& record);
// Whether a status says what a section lacks in words (for a reason shown to someone), or only whether it
// meets its minimum (for a count over a whole caseload, where the words would be most of the work).
enum class Wording { Words, NoWords };

// Whether a section with `count` meets its minimum under `section`'s rules, and what it lacks in words.
SectionStatus section_status(const SectionTemplate& section, const SectionCount& count,
                             Wording wording = Wording::Words);
// Whether one section of `record` meets its minimum under `section`'s rules.
SectionStatus assess_section(const SectionTemplate& section, const Record& record);

// What `record`'s status rests on under `tool`.
RecordJudgement judge(const ToolTemplate& tool, const Record& record);
// Completeness and currency on `today` of a record judged so under `tool` (which must have the sections it
// was judged by: see rules_print). `tool` may carry another review period than the one it was judged by.
RecordStatus status_on(const ToolTemplate& tool, const RecordJudgement& judged, const Date& today,
                       Wording wording = Wording::Words);
// Completeness and currency of `record` on `today` under `tool`: status_on(tool, judge(tool, record), today).
RecordStatus assess(const ToolTemplate& tool, const Record& record, const Date& today);

// The last day a record judged so is current under `tool`'s own review period: none when it was never
// reviewed and has to be; 9999-12-31 when it never goes out of date (so "current on D" is one comparison).
std::optional<Date> current_until(const ToolTemplate& tool, const RecordJudgement& judged);

// A fingerprint of everything in `tool` that a judgement or its currency depends on (sections, their
// minimums, required columns and conditions, the review period). A stored judgement made under another
// fingerprint is made again.
std::string rules_print(const ToolTemplate& tool);

}  // namespace pcr::model
