// The date field and its drop-down calendar. Typing stays the fast path; the calendar starts at the day typed
// (today when none) and writes the day picked back as text, so what is stored always comes from the text.
#include "app/views/date_entry.h"

#include <wx/calctrl.h>
#include <wx/generic/calctrlg.h>
#include <wx/settings.h>

#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

wxDateTime to_wx_date(const model::Date& date) {
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.day()),
                      static_cast<wxDateTime::Month>(date.month() - 1), date.year());
}

model::Date from_wx_date(const wxDateTime& date) {
    return model::Date(date.GetYear(), static_cast<int>(date.GetMonth()) + 1, date.GetDay());
}

// The generic calendar rather than GTK's: it tells a click on a day from a click on its month arrows, so a
// click on a day can close the calendar while paging through months does not.
class CalendarPopup : public wxGenericCalendarCtrl, public wxComboPopup {
  public:
    bool Create(wxWindow* parent) override {
        if (!wxGenericCalendarCtrl::Create(
                parent, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                wxCAL_MONDAY_FIRST | wxCAL_SHOW_SURROUNDING_WEEKS | wxBORDER_SIMPLE))
            return false;
        // The month and year above the days sit on the calendar's own background, not on what is behind.
        SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
        // The calendar moves to the day clicked as the button goes down; the day is taken as it comes up.
        Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
            event.Skip();
            if (HitTest(event.GetPosition()) == wxCAL_HITTEST_DAY) CallAfter([this] { pick(); });
        });
        // A double click, or Enter on the day chosen with the arrow keys.
        Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent&) { pick(); });
        return true;
    }
    wxWindow* GetControl() override { return this; }
    void SetStringValue(const wxString& text) override {
        const auto date = model::parse_typed_date(from_wx(text));
        SetDate(to_wx_date(date ? *date : model::Date::today()));
    }
    // What the field shows when the calendar closes: the day picked, or the text as it was when it was closed
    // without picking (Escape, a click elsewhere).
    wxString GetStringValue() const override {
        return picked_ ? to_wx(model::display_date(from_wx_date(GetDate()))) : GetComboCtrl()->GetValue();
    }
    void OnPopup() override {
        picked_ = false;
        SetStringValue(GetComboCtrl()->GetValue());
        SetFocus();
    }
    wxSize GetAdjustedSize(int, int, int) override { return GetBestSize(); }

  private:
    void pick() {
        picked_ = true;
        Dismiss();
    }

    bool picked_ = false;
};

}  // namespace

DateEntry::DateEntry(wxWindow* parent, wxWindowID id, const std::optional<model::Date>& date, long style)
    : wxComboCtrl(parent, id, date ? to_wx(model::display_date(*date)) : wxString(), wxDefaultPosition,
                  wxDefaultSize, style) {
    SetPopupControl(new CalendarPopup);
    SetHint(to_wx(model::tr("31/01/2027, or pick a day")));
    SetToolTip(
        to_wx(model::tr("Type the day as 31/01/2027, 31 Jan 2027 or 2027-01-31, or pick it from the calendar "
                        "(the button, or Alt+Down)")));
    // Wide enough for "30 September 2027" typed in full.
    SetMinSize(wxSize(FromDIP(150), -1));
}

std::optional<model::Date> DateEntry::date() const {
    return model::parse_typed_date(from_wx(GetValue()));
}

void DateEntry::set_date(const std::optional<model::Date>& date) {
    SetValue(date ? to_wx(model::display_date(*date)) : wxString());
}

bool DateEntry::blank() const {
    return GetValue().Strip(wxString::both).empty();
}

}  // namespace pcr::app
