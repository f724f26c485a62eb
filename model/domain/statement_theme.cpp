// The words the command line and the database use for a statement's kind.
#include "model/domain/statement_theme.h"

namespace pcr::model {

std::string_view to_string(StatementKind kind) {
    return kind == StatementKind::Working ? "working" : "not-working";
}

std::optional<StatementKind> statement_kind_from_string(std::string_view text) {
    if (text == "working") return StatementKind::Working;
    if (text == "not-working") return StatementKind::NotWorking;
    return std::nullopt;
}

}  // namespace pcr::model
