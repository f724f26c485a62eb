// The idle lock's rule: due once the time set has passed since the last input, never when none is set.
#include "model/accounts/idle_lock.h"

namespace pcr::model {

IdleLock::IdleLock(std::chrono::seconds after, Clock::time_point now) : after_(after), last_input_(now) {}

bool IdleLock::due(Clock::time_point now) const {
    return !never() && now - last_input_ >= after_;
}

}  // namespace pcr::model
