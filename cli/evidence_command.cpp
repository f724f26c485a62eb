// The evidence command: loads the workbook, computes the evidence on the day and prints it as CSV.
#include "cli/evidence_command.h"

#include <algorithm>
#include <ostream>

#include "cli/open_database.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/workbook_registry.h"
#include "model/exchange/csv_writer.h"
#include "model/rules/evidence.h"

namespace pcr::cli {

namespace {

using namespace pcr::model;

std::string topic_list(const std::vector<TopicEvidence>& all) {
    std::string list;
    for (const auto& e : all) list += (list.empty() ? "" : ", ") + e.topic;
    return list;
}

}  // namespace

int run_evidence(const Arguments& args, const Date& today, const TemplateRegistry& templates,
                 std::ostream& out, std::ostream& err) {
    const WorkbookRegistry workbooks = WorkbookRegistry::load(WorkbookRegistry::default_folder(), templates);
    const Workbook& workbook = workbooks.get(args.get("--workbook").value_or(kDefaultWorkbook));
    const auto store = open_database(args);
    // Who lacks what is listed for one topic only: the summary needs the numbers alone.
    const std::vector<TopicEvidence> all =
        compute_evidence(*store, templates, workbook, today,
                         args.get("--topic") ? EvidenceDetail::WhoLacks : EvidenceDetail::Counts);
    CsvWriter csv(out);

    if (const auto number = args.get("--topic")) {
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const TopicEvidence& e) { return e.topic == *number; });
        if (it == all.end())
            throw NotFoundError(fill_in(tr("No topic '{1}' in the workbook {2}; its topics are {3}."),
                                        *number, workbook.id, topic_list(all)));
        csv.row({"kind", "id", "name", "reason"});
        if (!it->measured)
            err << fill_in(tr("Topic {1} is self-assessed: no record evidence."), it->topic) << "\n";
        for (const std::string& extra : it->failed_extras)
            err << fill_in(tr("Topic {1} needs for 5 what the records do not show: {2}"), it->topic, extra)
                << "\n";
        for (const Lacking& l : it->lacking)
            csv.row({std::string(to_string(l.kind)), l.id, l.name, l.reason});
        return 0;
    }

    csv.row({"topic", "measure", "count", "total", "coverage", "suggested"});
    for (const TopicEvidence& e : all) {
        if (!e.measured) {
            csv.row({e.topic, "", "", "", "", ""});
            continue;
        }
        csv.row({e.topic, e.measure, std::to_string(e.count), std::to_string(e.total),
                 std::to_string(e.coverage), e.suggested ? std::to_string(*e.suggested) : std::string()});
    }
    return 0;
}

}  // namespace pcr::cli
