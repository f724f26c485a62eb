// Words and colour of a record's currency: the words are the model's (model::currency_words), in the app's
// date style.
#include "app/views/currency_mark.h"

#include "app/display_text.h"
#include "app/wx_text.h"

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
    const model::Currency currency = model::currency(standing);
    const auto date = [](const model::Date& day) { return from_wx(date_text(day)); };
    CurrencyMark mark;
    switch (currency.kind) {
        case model::Currency::Kind::NoRecord:
            mark.kind = CurrencyMark::Kind::NoRecord;
            break;
        case model::Currency::Kind::Current:
            mark.kind = CurrencyMark::Kind::Current;
            break;
        case model::Currency::Kind::NeverReviewed:
        case model::Currency::Kind::OutOfDate:
            mark.kind = CurrencyMark::Kind::OutOfDate;
            break;
    }
    mark.text = to_wx(model::currency_words(currency, date));
    mark.due = to_wx(model::review_due_words(currency, date));
    mark.colour = currency_colour(mark.kind);
    return mark;
}

}  // namespace pcr::app
