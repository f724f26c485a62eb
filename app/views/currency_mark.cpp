// Words and colour of a record's currency, from the status the model computed.
#include "app/views/currency_mark.h"

#include "app/display_text.h"

namespace pcr::app {

wxColour currency_colour(CurrencyMark::Kind kind) {
    switch (kind) {
        case CurrencyMark::Kind::Current:
            return wxColour(0x1e, 0x84, 0x49);
        case CurrencyMark::Kind::OutOfDate:
            return wxColour(0xc0, 0x5a, 0x00);
        case CurrencyMark::Kind::NoRecord:
            break;
    }
    return wxColour(0x80, 0x80, 0x80);
}

CurrencyMark currency_mark(const model::ToolStanding& standing) {
    CurrencyMark mark;
    if (!standing.record || standing.record->empty()) {
        mark.kind = CurrencyMark::Kind::NoRecord;
        mark.text = "No record";
        mark.colour = currency_colour(mark.kind);
        return mark;
    }
    const model::RecordStatus& status = standing.status;
    if (status.due) mark.due = date_text(*status.due);
    if (status.current) {
        mark.kind = CurrencyMark::Kind::Current;
        mark.text = "Current";
    } else {
        mark.kind = CurrencyMark::Kind::OutOfDate;
        // `due` is the last day the record was current, so it went out of date the day after.
        mark.text = status.due ? "Out of date since " + date_text(status.due->plus_days(1))
                               : wxString("Out of date: never reviewed");
    }
    mark.colour = currency_colour(mark.kind);
    return mark;
}

}  // namespace pcr::app
