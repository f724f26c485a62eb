// Generates a realistic, deterministic demo caseload: people, staff, the team and all their records.
#pragma once

#include <cstdint>

#include "model/core/date.h"
#include "model/core/progress.h"
#include "model/domain/template_registry.h"
#include "model/store/store.h"

namespace pcr::model {

struct DemoOptions {
    int people = 200;
    int staff = 25;
    long logs =
        4000;  // learning-log entries across the whole caseload, spread over the two years before `today`
    std::uint64_t seed = 1;
    Date today = Date::today();
};

struct DemoCounts {
    int people = 0;
    int staff = 0;
    long records = 0;
    long log_entries = 0;
};

// Adds the caseload to `store` (ids P-00001..., S-0001...) in one transaction. Same options, same caseload,
// byte for byte. Subjects with those ids already in `store` are updated by id (their older versions kept), so
// a caller wanting a demo of its own gives an empty store. When `progress` asks to cancel, or anything fails,
// nothing is written (the counts returned are zero after a cancel).
DemoCounts generate_demo(Store& store, const TemplateRegistry& templates, const DemoOptions& options,
                         Progress& progress);

}  // namespace pcr::model
