// Erasure and retention from the command line, through the store's ErasureStore part and rules/retention.h.
#include "cli/retention_commands.h"

#include <charconv>
#include <iostream>
#include <optional>

#include "cli/open_database.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/exchange/csv_writer.h"
#include "model/rules/retention.h"

namespace pcr::cli {

using namespace pcr::model;

int run_erase(const CommandContext& c) {
    const auto person = c.args.get("--person");
    const auto reason = c.args.get("--reason");
    if (!person || person->empty() || !reason)
        throw UsageError(tr("usage: pcrecords-cli --db FILE erase --person ID --reason TEXT"));
    auto store = open_database(c.args);
    const auto subject = store->subject(SubjectKind::Person, *person);
    if (!subject)
        throw NotFoundError(fill_in(tr("There is no person {1} in {2}; `pcrecords-cli --db {2} people --all` "
                                       "lists them."),
                                    *person, c.db.string()));
    const Erasure done = store->erase_person(*person, *reason);
    c.err << fill_in(
                 tr("Erased person {1}: their records, history and photo are gone from {2}, and entry {3} "
                    "of the audit trail records the erasure."),
                 *person, c.db.string(), done.audit_entry)
          << "\n";
    if (!done.journal_emptied)
        c.err << fill_in(tr("Another program has {1} open, so its journal ({1}-wal) may still hold erased "
                            "pages until that program closes the database."),
                         c.db.string())
              << "\n";
    return 0;
}

int run_retention(const CommandContext& c) {
    // Given, it is checked before the database is opened; otherwise the database's setting applies.
    std::optional<int> given;
    if (const auto text = c.args.get("--years")) {
        int years = 0;
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), years);
        if (error != std::errc() || end != text->data() + text->size() || years < 1)
            throw UsageError(
                fill_in(tr("--years needs a whole number of years, 1 or more, not '{1}'"), *text));
        given = years;
    }
    auto store = open_database(c.args);
    const int years = given.value_or(retention_years(*store));
    if (const auto keep = c.args.get("--keep")) {
        const auto reason = c.args.get("--reason");
        if (!reason) throw UsageError(tr("retention --keep ID needs --reason TEXT: why they are kept"));
        store->keep_person(*keep, *reason);
        c.err << fill_in(tr("Kept person {1} for another {2} years; the decision is in the audit trail."),
                         *keep, years)
              << "\n";
        return 0;
    }
    CsvWriter csv(c.out);
    csv.row({"person_id", "name", "archived_on", "due_for_review"});
    for (const auto& due : retention_due(*store, c.today, years))
        csv.row({due.archived.person.id, due.archived.person.name, due.archived.archived_on.iso(),
                 due.due.iso()});
    return 0;
}

}  // namespace pcr::cli
