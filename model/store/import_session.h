// An import in progress: what it is given is written at once inside one open transaction.
#pragma once

#include "model/domain/interchange.h"
#include "model/store/interchange_sink.h"

namespace pcr::model {

// Subjects and assessments are written as they come (subjects added or updated by id, previous versions
// kept; each record given replaces that subject's record of the tool; assessments added or replaced by
// date). Teams and key workers are set at commit(), so they may name subjects given later. Destroyed without
// commit(), or after any exception, the store is left as it was before.
class ImportSession : public InterchangeSink {
  public:
    virtual ImportCounts commit() = 0;
};

}  // namespace pcr::model
