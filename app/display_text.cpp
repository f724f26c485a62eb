// Display wording of dates, names, ages and counts, in one place so every view says them the same way.
#include "app/display_text.h"

#include <wx/wxcrt.h>

#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/age.h"

namespace pcr::app {

wxString date_text(const model::Date& date) {
    return to_wx(model::display_date(date));
}

wxString row_date_text(const std::string& stored) {
    return to_wx(model::display_stored_date(stored));
}

wxString subject_label(const model::Subject& subject) {
    // The default team is "the team" it was before there were several; the others go by their names.
    if (subject.kind == model::SubjectKind::Team)
        return subject.id == model::kTeamId || subject.name.empty() ? to_wx(model::tr("The team"))
                                                                    : to_wx(subject.name);
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
            return to_wx(model::fill_in(model::tr_n("{1} person", "{1} people", count), count));
        case model::SubjectKind::Staff:
            return to_wx(model::fill_in(model::tr_n("{1} staff member", "{1} staff members", count), count));
        case model::SubjectKind::Team:
            return to_wx(count == 1 ? model::tr("The team") : model::tr("No team yet"));
    }
    return {};
}

wxString kind_noun(model::SubjectKind kind) {
    switch (kind) {
        case model::SubjectKind::Person:
            return to_wx(model::tr("person"));
        case model::SubjectKind::Staff:
            return to_wx(model::tr("staff member"));
        case model::SubjectKind::Team:
            return to_wx(model::tr("team"));
    }
    return {};
}

wxString mid_sentence(const wxString& title) {
    return to_wx(model::mid_sentence(from_wx(title)));
}

}  // namespace pcr::app
