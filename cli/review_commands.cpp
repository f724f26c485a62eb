// Review meetings held without the person, from the same Dashboard::build as the app's dashboard.
#include "cli/review_commands.h"

#include "cli/open_database.h"
#include "model/exchange/csv_writer.h"
#include "model/rules/dashboard.h"

namespace pcr::cli {

using namespace pcr::model;

int run_reviews_without_person(const CommandContext& c) {
    auto store = open_database(c.args);
    const Dashboard board = Dashboard::build(*store, c.templates, c.today);
    CsvWriter csv(c.out);
    csv.row({"person_id", "name", "date", "teams"});
    for (const DashboardLine& line : board.without_person)
        csv.row({line.id, line.name, line.date ? line.date->iso() : std::string(), line.teams});
    return 0;
}

}  // namespace pcr::cli
