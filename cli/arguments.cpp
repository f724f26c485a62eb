// Command-line parsing for pcrecords-cli, driven by the table of commands.
#include "cli/arguments.h"

#include <algorithm>

namespace pcr::cli {

namespace {

const std::set<std::string> kGlobalValued = {"--db", "--today", "--templates", "--as"};
const std::set<std::string> kGlobalFlags = {"--help", "--version"};

}  // namespace

std::optional<std::string> Arguments::get(const std::string& option) const {
    auto it = options.find(option);
    if (it == options.end()) return std::nullopt;
    return it->second;
}

const std::vector<CommandSpec>& command_specs() {
    static const std::vector<CommandSpec> specs = {
        {"init", {}, {}, 0, "init", "create an empty database"},
        {"import", {}, {}, 1, "import FILE.xml", "import an interchange file, all or nothing"},
        {"export",
         {"--out", "--person"},
         {},
         0,
         "export --out FILE.xml [--person ID]",
         "write the interchange file (everything, or one person)"},
        {"people",
         {"--search"},
         {"--all"},
         0,
         "people [--search TEXT] [--all]",
         "list people (active only unless --all)"},
        {"completeness",
         {"--person"},
         {},
         0,
         "completeness [--person ID]",
         "completeness and currency of every record of active people"},
        {"coverage",
         {},
         {},
         0,
         "coverage",
         "share of people, staff and team with each tool complete and current"},
        {"demo",
         {"--people", "--staff", "--logs", "--seed"},
         {},
         0,
         "demo [--people N] [--staff M] [--logs K] [--seed S]",
         "fill the database with a generated caseload"},
        {"history",
         {"--person", "--staff", "--workbook"},
         {"--assessments"},
         0,
         "history --person ID | --assessments [--workbook ID]",
         "every change to one person's records, or to the workbook's assessments, oldest first"},
        {"check", {}, {}, 0, "check", "integrity and foreign-key checks"},
        {"backup", {"--out"}, {}, 0, "backup --out FILE", "consistent copy of the database"},
        {"evidence",
         {"--topic", "--workbook"},
         {},
         0,
         "evidence [--topic T]",
         "record evidence and suggested level per workbook topic (--topic: who lacks it)"},
        {"assess",
         {"--date", "--scores", "--actions", "--workbook"},
         {},
         0,
         "assess --date D --scores FILE.csv [--actions FILE.csv]",
         "record a self-assessment from topic,level,note rows, with the evidence of day D"},
        {"scores",
         {"--format", "--workbook"},
         {},
         0,
         "scores [--format csv]",
         "every assessment: date,topic,level,suggested"},
        {"actions",
         {"--workbook"},
         {"--overdue"},
         0,
         "actions [--overdue]",
         "the latest assessment's actions (only overdue ones on --today with --overdue)"},
        {"profile",
         {"--out"},
         {},
         1,
         "profile ID --out FILE.pdf|.html",
         "the one-page profile of a person or staff member"},
        {"record",
         {"--out"},
         {},
         1,
         "record ID --out FILE.pdf|.html|.xml",
         "everything about one person or staff member (a subject access copy)"},
        {"report",
         {"--out", "--date", "--workbook"},
         {},
         0,
         "report [--date D] --out FILE.pdf|.html|.csv",
         "the workbook report on the latest assessment (or day D's); .csv: its scores"},
        {"profiles",
         {"--out", "--format", "--search"},
         {"--staff", "--include-archived", "--include-empty"},
         0,
         "profiles --out DIR [--format pdf|html] [--staff]",
         "one-page profiles into a folder; who has none is skipped (also --search TEXT, --include-archived, "
         "--include-empty)"},
    };
    return specs;
}

Arguments parse_arguments(const std::vector<std::string>& argv) {
    Arguments args;
    const CommandSpec* spec = nullptr;
    auto find_spec = [](const std::string& name) -> const CommandSpec* {
        for (const auto& s : command_specs())
            if (s.name == name) return &s;
        return nullptr;
    };

    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--", 0) == 0) {
            std::string value;
            bool has_inline = false;
            if (auto eq = arg.find('='); eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                has_inline = true;
            }
            const bool valued = kGlobalValued.count(arg) || (spec && spec->valued.count(arg));
            const bool flag = kGlobalFlags.count(arg) || (spec && spec->flags.count(arg));
            if (!valued && !flag)
                throw UsageError("unknown option " + arg + (spec ? " for " + spec->name : std::string()));
            if (valued && !has_inline) {
                if (i + 1 >= argv.size()) throw UsageError(arg + " needs a value");
                value = argv[++i];
            }
            if (flag && has_inline) throw UsageError(arg + " takes no value");
            args.options[arg] = value;
        } else if (!spec) {
            spec = find_spec(arg);
            if (!spec) throw UsageError("unknown command '" + arg + "'");
            args.command = arg;
        } else {
            args.positional.push_back(arg);
        }
    }
    if (args.has("--help") || args.has("--version")) return args;
    if (!spec) throw UsageError("no command given");
    if (static_cast<int>(args.positional.size()) != spec->positional)
        throw UsageError("usage: pcrecords-cli --db FILE " + spec->usage);
    if (!args.has("--db")) throw UsageError("--db FILE is required");
    return args;
}

std::string usage_text() {
    std::string text =
        "usage: pcrecords-cli --db FILE [--today YYYY-MM-DD] [--templates DIR] [--as NAME] COMMAND "
        "[OPTIONS]\n\n"
        "Person-centred records from the command line. Output is CSV with a header row.\n"
        "Changes are recorded under --as NAME, or your login name without it.\n"
        "Exit codes: 0 success, 1 a problem with the data or files (one line on stderr), 2 a usage error.\n\n"
        "commands:\n";
    std::size_t width = 0;
    for (const auto& s : command_specs()) width = std::max(width, s.usage.size());
    for (const auto& s : command_specs())
        text += "  " + s.usage + std::string(width - s.usage.size() + 2, ' ') + s.summary + "\n";
    return text;
}

}  // namespace pcr::cli
