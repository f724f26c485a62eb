// Shares of the demo caseload and the uneven spread of learning-log entries across people.
#include "model/demo/caseload_plan.h"

#include <algorithm>
#include <numeric>

#include "model/demo/demo_random.h"

namespace pcr::model {

namespace {

constexpr std::uint64_t kPlanStream = 0x504C414EULL;  // "PLAN"

int share(int people, int percent) {
    return static_cast<int>((static_cast<long>(people) * percent + 50) / 100);
}

}  // namespace

CaseloadPlan CaseloadPlan::make(int people, long logs, std::uint64_t seed) {
    CaseloadPlan plan;
    if (people <= 0) return plan;
    DemoRandom rng(DemoRandom::stream(seed, kPlanStream));
    plan.people_.resize(static_cast<std::size_t>(people));

    std::vector<int> order(static_cast<std::size_t>(people));
    std::iota(order.begin(), order.end(), 0);
    rng.shuffle(order);
    const int everything = std::max(1, share(people, 15));
    const int nothing = std::min(people - everything, share(people, 8));
    const int archived = std::min(people - everything, share(people, 3));
    for (int k = 0; k < people; ++k) {
        PersonPlan& p = plan.people_[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])];
        p.coverage = k < everything             ? Coverage::Everything
                     : k < everything + nothing ? Coverage::Nothing
                                                : Coverage::Partial;
        p.archived = k >= people - archived;
    }

    // Weights: people with everything recorded log steadily; others range from never to very often.
    std::vector<std::uint64_t> weight(plan.people_.size(), 0);
    std::uint64_t total_weight = 0;
    int steady = 0;
    for (std::size_t i = 0; i < plan.people_.size(); ++i) {
        PersonPlan& p = plan.people_[i];
        p.working_age = rng.chance(12);
        if (p.coverage == Coverage::Everything) {
            weight[i] = static_cast<std::uint64_t>(rng.between(20, 200));
            ++steady;
        } else if (p.coverage == Coverage::Partial && !rng.chance(25)) {
            const std::uint64_t r = static_cast<std::uint64_t>(rng.below(1000));
            weight[i] = 1 + r * r * r / 5'000'000;
        }
        total_weight += weight[i];
    }
    if (logs <= 0) return plan;

    // Everyone meant to have everything current gets at least one entry, if there are enough to go round.
    long remaining = logs;
    if (remaining >= steady) {
        for (auto& p : plan.people_)
            if (p.coverage == Coverage::Everything) p.logs = 1;
        remaining -= steady;
    }
    if (total_weight == 0) {
        for (std::size_t i = 0; i < weight.size(); ++i)
            if (plan.people_[i].coverage != Coverage::Nothing) weight[i] = 1;
        total_weight = static_cast<std::uint64_t>(std::count(weight.begin(), weight.end(), 1ULL));
        if (total_weight == 0) {
            std::fill(weight.begin(), weight.end(), 1ULL);
            total_weight = weight.size();
        }
    }
    // Largest-remainder shares, so the total is exactly what was asked for.
    const std::uint64_t r = static_cast<std::uint64_t>(remaining);
    std::vector<std::pair<std::uint64_t, int>> remainders;
    remainders.reserve(weight.size());
    long given = 0;
    for (std::size_t i = 0; i < weight.size(); ++i) {
        const unsigned __int128 product = static_cast<unsigned __int128>(r) * weight[i];
        const long q = static_cast<long>(product / total_weight);
        plan.people_[i].logs += static_cast<int>(q);
        given += q;
        if (weight[i] > 0)
            remainders.emplace_back(static_cast<std::uint64_t>(product % total_weight), static_cast<int>(i));
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < remaining && k < remainders.size(); ++k, ++given)
        ++plan.people_[static_cast<std::size_t>(remainders[k].second)].logs;
    plan.total_logs_ = logs;
    return plan;
}

}  // namespace pcr::model
