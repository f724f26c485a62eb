// Gathers a subject's whole record: every tool's standing, the photo and the change history.
#include "model/export/whole_record.h"

#include "model/export/profile_page.h"

namespace pcr::model {

std::string WholeRecord::heading() const {
    return heading_name(subject);
}

std::vector<const ToolStanding*> WholeRecord::kept() const {
    std::vector<const ToolStanding*> out;
    for (const auto& t : tools)
        if (t.record) out.push_back(&t);
    return out;
}

WholeRecord whole_record(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                         const std::string& id, const Date& today) {
    WholeRecord whole;
    whole.subject = existing_subject(store, kind, id);
    whole.today = today;
    whole.photo = store.photo(kind, id);
    whole.tools = tool_standings(store, templates, kind, id, today);
    whole.history = store.history(kind, id);
    return whole;
}

}  // namespace pcr::model
