// The working-together and themes commands: rules/working_together.h gathers and counts, this prints CSV.
#include "cli/working_together_commands.h"

#include <ostream>

#include "cli/open_database.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/exchange/statements_csv.h"
#include "model/rules/working_together.h"

namespace pcr::cli {

using namespace pcr::model;

namespace {

std::optional<Date> day_option(const Arguments& args, const char* option) {
    const auto text = args.get(option);
    if (!text) return std::nullopt;
    const auto day = Date::parse(*text);
    if (!day) throw UsageError(fill_in(tr("{1} needs a date as YYYY-MM-DD, not '{2}'"), option, *text));
    return day;
}

StatementFilter filter_of(const Arguments& args) {
    return StatementFilter{args.get("--team"), day_option(args, "--since"), day_option(args, "--until")};
}

}  // namespace

int run_working_together(const CommandContext& c) {
    const StatementFilter filter = filter_of(c.args);
    const auto store = open_database(c.args);
    write_statements_csv(c.out, gather_statements(*store, c.templates, filter));
    return 0;
}

int run_themes(const CommandContext& c) {
    const StatementFilter filter = filter_of(c.args);
    const auto store = open_database(c.args);
    const auto statements = gather_statements(*store, c.templates, filter);
    if (c.args.has("--from-suggestions")) {
        store->require(Action::Assess);
        long made = 0;
        for (const auto& suggestion : suggest_themes(statements, store->theme_members())) {
            bool exists = false;
            for (const auto& theme : store->themes())
                exists = exists || (theme.name == suggestion.name && theme.kind == suggestion.kind);
            if (exists) continue;
            const auto key = store->add_theme(suggestion.name, suggestion.kind);
            store->assign_statements(key, suggestion.statements);
            ++made;
        }
        c.err << fill_in(tr_n("Made {1} theme from suggestions.", "Made {1} themes from suggestions.",
                              static_cast<unsigned long>(made)),
                         made)
              << "\n";
    }
    write_theme_counts_csv(c.out, count_themes(statements, store->themes(), store->theme_members()));
    return 0;
}

}  // namespace pcr::cli
