// Display wording of dates, names, ages and counts, in one place so every view says them the same way.
#include "app/display_text.h"

#include <wx/wxcrt.h>

#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/text.h"
#include "model/domain/age.h"

namespace pcr::app {

wxString date_text(const model::Date& date) {
    return to_wx(model::display_date(date));
}

wxString row_date_text(const std::string& stored) {
    return to_wx(model::display_stored_date(stored));
}

wxString subject_label(const model::Subject& subject) {
    if (subject.kind == model::SubjectKind::Team) return "The team";
    return to_wx(model::heading_name(subject));
}

wxString age_text(const model::Subject& subject, const model::Date& today) {
    if (!subject.born) return {};
    const auto age = model::age_on(*subject.born, today);
    return age ? wxString::Format("%d", *age) : wxString();
}

wxString count_text(model::SubjectKind kind, std::size_t count) {
    switch (kind) {
        case model::SubjectKind::Person:
            return wxString::Format(count == 1 ? "%zu person" : "%zu people", count);
        case model::SubjectKind::Staff:
            return wxString::Format(count == 1 ? "%zu staff member" : "%zu staff members", count);
        case model::SubjectKind::Team:
            return count == 1 ? wxString("The team") : wxString("No team yet");
    }
    return {};
}

wxString kind_noun(model::SubjectKind kind) {
    switch (kind) {
        case model::SubjectKind::Person:
            return "person";
        case model::SubjectKind::Staff:
            return "staff member";
        case model::SubjectKind::Team:
            return "team";
    }
    return {};
}

wxString mid_sentence(const wxString& title) {
    return to_wx(model::mid_sentence(from_wx(title)));
}

}  // namespace pcr::app
