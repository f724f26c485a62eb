// The manager's dashboard for a day: what is missing, due or overdue across the caseload, coverage per tool.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/rules/record_statuses.h"
#include "model/store/store.h"

namespace pcr::model {

// The dashboard's lists, each shown under its own heading.
enum class DashboardSection {
    NoProfile,
    RecordsDue,
    ReviewsDue,
    OverdueActions,
    OverdueOutcomes,
    AwaitingSignOff,
    WithoutPerson
};

// One line of the dashboard, naming the record it is about so the app can open it.
struct DashboardLine {
    SubjectKind kind = SubjectKind::Person;
    std::string id;
    std::string name;  // the subject's display name
    std::string tool;  // tool id of the record to open
    std::string text;  // what it is about, e.g. "Learning log: due for review by 2026-07-15 (in 15 days)"
    // The day the line turns on (due date, by-when); none for "never" and "missing".
    std::optional<Date> date;
    bool overdue = false;  // past its day (out of date, or an action or outcome not done in time)
    // The names of the subject's teams, "; " between them (a name may hold a comma), where the line names
    // them (reviews held without the person); "" otherwise or when they are in no team.
    std::string teams = {};
};

struct Dashboard {
    // How far ahead "due soon" looks unless the user chose otherwise.
    static constexpr int kDueWithinDays = 30;

    Date day;
    int due_within_days = kDueWithinDays;
    // Active people, then staff, with no one-page profile (or an empty one).
    std::vector<DashboardLine> no_profile;
    // Out of date or due within due_within_days (reviews are listed below).
    std::vector<DashboardLine> records_due;
    // Person-centred review out of date, due soon, or never held.
    std::vector<DashboardLine> reviews_due;
    // Review actions past their by-when and not done.
    std::vector<DashboardLine> overdue_actions;
    // Outcomes past their by-when and neither done nor dropped.
    std::vector<DashboardLine> overdue_outcomes;
    // Reviews held (a record with something in it) that nobody has signed off, or that changed since.
    std::vector<DashboardLine> awaiting_sign_off;
    // Review meetings held within the review's period up to the day (or, with no period, ever), whose
    // attendees are given but do not include the person themselves (the attendees role marked self="true"
    // in the template), one line a meeting with its date and the person's teams; oldest first. Empty when
    // the review template marks no such role.
    std::vector<DashboardLine> without_person;
    // Per tool and scope: the same rows as coverage() gives.
    std::vector<CoverageRow> coverage;
    // Active people (of the caseload) and staff: none in a new, empty database.
    std::size_t subjects = 0;

    // What `section` says when it has no lines: "Everyone has a one-page profile.", but never that (or any
    // other all-clear) in a database with nobody in it yet.
    std::string nothing_words(DashboardSection section) const;

    // Everything on `day` for active subjects, in one pass over each kind's records (coverage included).
    // Records out of date come first (oldest due day first, never reviewed before those), actions and
    // outcomes oldest by-when first, ties by name; missing profiles and reviews by name. Records and reviews
    // count as due soon when due within `due_within_days` days (0: only those due today or already out of
    // date); overdue rows follow model/tools/row_due.h.
    // People are those of `caseload` (so a team leader sees their own team's reviews due); staff and the
    // team are always there. The store shows only the people its principal may see in any case.
    static Dashboard build(const Store& store, const TemplateRegistry& templates, const Date& day,
                           int due_within_days = kDueWithinDays,
                           CaseloadScope caseload = CaseloadScope::Everyone);
};

}  // namespace pcr::model
