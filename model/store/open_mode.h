// Whether opening a store may create it.
#pragma once

namespace pcr::model {

enum class OpenMode {
    Existing,         // the store must exist and be a pcrecords database (older ones are upgraded)
    CreateIfMissing,  // as Existing, but a missing one becomes a new empty database
    // As Existing, for reading: a file that cannot be written (an archived copy, read-only media) is opened
    // read-only instead of refused, and any change to it is then refused saying it is read-only
    Reading
};

}  // namespace pcr::model
