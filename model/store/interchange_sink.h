// Receives interchange data one subject or assessment at a time, so an export or import never holds it all.
#pragma once

#include "model/domain/interchange.h"

namespace pcr::model {

// Subjects come as an Interchange lists them (people, staff, the default team, other teams; the kind says
// which), then the assessments; a sink may throw to stop the stream.
class InterchangeSink {
  public:
    virtual ~InterchangeSink() = default;
    virtual void subject(const SubjectRecords& subject) = 0;
    // The same, from a giver that is done with `subject`, so a sink that keeps it need not copy it.
    virtual void take_subject(SubjectRecords&& subject) { this->subject(subject); }
    virtual void assessment(const WorkbookAssessment& assessment) = 0;
};

// Collects what it is given as one Interchange, for documents small enough to hold.
class InterchangeCollector final : public InterchangeSink {
  public:
    void subject(const SubjectRecords& subject) override {
        if (subject.subject.kind == SubjectKind::Person)
            data.people.push_back(subject);
        else if (subject.subject.kind == SubjectKind::Staff)
            data.staff.push_back(subject);
        else if (subject.subject.id == kTeamId)
            data.team = subject;
        else
            data.teams.push_back(subject);
    }
    void assessment(const WorkbookAssessment& assessment) override { data.assessments.push_back(assessment); }

    Interchange data;
};

}  // namespace pcr::model
