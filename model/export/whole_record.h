// Everything held about one subject, gathered once for the whole-record exports (a subject access request).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/photo.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/rules/record_statuses.h"
#include "model/store/store.h"

namespace pcr::model {

struct WholeRecord {
    Subject subject;
    Date today;  // the day completeness and currency were judged on
    std::optional<Photo> photo;
    std::vector<ToolStanding>
        tools;  // every tool of the subject's kind in template order, with or without a record
    std::vector<Change> history;  // every change to the subject and its records, oldest first

    // The preferred name first, then the full name when it differs.
    std::string heading() const;
    // Tools that have a record, in template order (what a whole-record export prints in full).
    std::vector<const ToolStanding*> kept() const;
};

// Everything about one subject, judged on `today`. Throws pcr::NotFoundError when there is no such subject.
WholeRecord whole_record(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                         const std::string& id, const Date& today);

}  // namespace pcr::model
