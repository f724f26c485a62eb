// Display wording of dates, names, ages and counts, in one place so every view says them the same way.
#include "app/display_text.h"

#include <wx/wxcrt.h>

#include <algorithm>

#include "app/wx_text.h"
#include "model/people/age.h"

namespace pcr::app {

wxString date_text(const model::Date& date) {
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return wxString::Format("%d %s %d", date.day(), months[date.month() - 1], date.year());
}

wxString row_date_text(const std::string& stored) {
    if (auto date = model::Date::parse(stored)) return date_text(*date);
    return to_wx(stored);
}

wxString subject_label(const model::Subject& subject) {
    if (subject.kind == model::SubjectKind::Team) return "The team";
    if (subject.preferred_name.empty() || subject.preferred_name == subject.name) return to_wx(subject.name);
    // A right-to-left preferred name (Urdu, Arabic) is isolated after a left-to-right mark, so the line keeps
    // reading left to right in a left-to-right list: "عبدل (Abdul Malik)", not "(Abdul Malik) عبدل".
    const bool rtl = std::any_of(subject.preferred_name.begin(), subject.preferred_name.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0xd6 && static_cast<unsigned char>(c) <= 0xdf;
    });
    const wxString preferred = to_wx(subject.preferred_name);
    return (rtl ? wxString(L"\u200e\u2068") + preferred + wxString(L"\u2069") : preferred) + " (" +
           to_wx(subject.name) + ")";
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
    if (title.length() < 2 || !wxIsupper(title[0]) || wxIsupper(title[1])) return title;
    wxString lowered = title;
    lowered[0] = wxTolower(title[0]);
    return lowered;
}

}  // namespace pcr::app
