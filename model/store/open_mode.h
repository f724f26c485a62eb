// Whether opening a store may create it.
#pragma once

namespace pcr::model {

enum class OpenMode {
    Existing,        // the store must exist and be a pcrecords database (older ones are upgraded)
    CreateIfMissing  // as Existing, but a missing one becomes a new empty database
};

}  // namespace pcr::model
