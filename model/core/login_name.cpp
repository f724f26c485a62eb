// Reads the login name from the environment, the same way on every platform.
#include "model/core/login_name.h"

#include <cstdlib>

namespace pcr::model {

std::string login_name() {
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (const char* value = std::getenv(variable); value && *value) return value;
    return "unknown";
}

}  // namespace pcr::model
