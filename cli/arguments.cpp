// Command-line parsing for pcrecords-cli, driven by the table of commands.
#include "cli/arguments.h"

#include <algorithm>
#include <cstdlib>

#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::cli {

using model::fill_in;
using model::tr;
using model::tr_noop;

namespace {

const std::set<std::string> kGlobalValued = {"--db", "--today", "--templates", "--as", "--user"};
const std::set<std::string> kGlobalFlags = {"--help", "--version"};

}  // namespace

std::optional<std::string> Arguments::get(const std::string& option) const {
    auto it = options.find(option);
    if (it == options.end()) return std::nullopt;
    return it->second;
}

const std::vector<CommandSpec>& command_specs() {
    static const std::vector<CommandSpec> specs = {
        {"init", {}, {}, 0, "init", tr_noop("create an empty database")},
        {"import", {}, {}, 1, "import FILE.xml", tr_noop("import an interchange file, all or nothing")},
        {"export",
         {"--out", "--person"},
         {},
         0,
         "export --out FILE.xml [--person ID]",
         tr_noop("write the interchange file (everything, or one person)")},
        {"people",
         {"--search", "--caseload"},
         {"--all"},
         0,
         "people [--search TEXT] [--all] [--caseload mine|teams|all]",
         tr_noop("list people (active only unless --all): those you are key worker of (mine), of your teams, "
                 "or all you may see")},
        {"team",
         {"--name"},
         {},
         2,
         "team add|rename ID --name TEXT",
         tr_noop("add a team (a service or location), or rename one")},
        {"teams", {}, {}, 0, "teams", tr_noop("list the teams: id,name,people,staff")},
        {"reviews-without-person",
         {},
         {},
         0,
         "reviews-without-person",
         tr_noop("review meetings held without the person in the review period, as the dashboard lists them: "
                 "person_id,name,date,teams")},
        {"assign",
         {"--person", "--staff", "--team", "--key-worker"},
         {"--remove"},
         0,
         "assign --person ID|--staff ID --team ID | --person ID --key-worker S-ID [--remove]",
         tr_noop("put a person or staff member in a team, or give a person a key worker (--remove: undo)")},
        {"completeness",
         {"--person"},
         {},
         0,
         "completeness [--person ID]",
         tr_noop("completeness and currency of every record of active people")},
        {"coverage",
         {},
         {},
         0,
         "coverage",
         tr_noop("share of people, staff and team with each tool complete and current")},
        {"demo",
         {"--people", "--staff", "--logs", "--seed"},
         {"--overwrite"},
         0,
         "demo [--people N] [--staff M] [--logs K] [--seed S] [--overwrite]",
         tr_noop("fill an empty database with a generated caseload, all or nothing (--overwrite: into one "
                 "holding people or staff, whose ids P-00001..., S-0001... it takes over)")},
        {"signoff",
         {"--person", "--staff", "--tool", "--comment"},
         {},
         0,
         "signoff --person ID --tool TOOL [--comment TEXT]",
         tr_noop("sign off the current version of a record (a review, say)")},
        {"history",
         {"--person", "--staff", "--workbook"},
         {"--assessments"},
         0,
         "history --person ID | --assessments [--workbook ID]",
         tr_noop("every change to one person's records, or to the workbook's assessments, oldest first")},
        {"audit",
         {"--person", "--by", "--since"},
         {},
         0,
         "audit [--person ID] [--user NAME] [--since YYYY-MM-DD]",
         tr_noop("the audit trail: when,user,action,subject,detail, oldest first (sign in with --user "
                 "before the command word; --by NAME filters too)"),
         -1,
         {{"--user", "--by"}}},
        {"check",
         {},
         {},
         0,
         "check",
         tr_noop("integrity and foreign-key checks, and the audit trail's chain")},
        {"backup", {"--out"}, {}, 0, "backup --out FILE", tr_noop("consistent copy of the database")},
        {"backups",
         {},
         {},
         0,
         "backups",
         tr_noop("the automatic backups kept beside the database: when,file,size,ok")},
        {"restore",
         {"--from"},
         {},
         0,
         "restore --from FILE",
         tr_noop("put the database back as it was in a backup, after checking the backup and keeping a "
                 "copy of the current file")},
        {"migrate",
         {"--from", "--to"},
         {},
         0,
         "migrate --from FILE|URI --to URI|FILE",
         tr_noop("copy everything (history and audit trail too) into a new, empty database, such as one on a "
                 "PostgreSQL server, all or nothing, and check the copy")},
        {"settings",
         {"--set"},
         {},
         0,
         "settings [--set NAME=VALUE]",
         tr_noop("the database's settings (name,value,default,description), such as how many automatic "
                 "backups to keep; --set changes one")},
        {"fix-permissions",
         {},
         {},
         0,
         "fix-permissions",
         tr_noop("make the database and its -wal/-shm files readable by you only")},
        {"evidence",
         {"--topic", "--workbook"},
         {},
         0,
         "evidence [--topic T]",
         tr_noop("record evidence and suggested level per workbook topic (--topic: who lacks it)")},
        {"working-together",
         {"--team", "--since", "--until"},
         {},
         0,
         "working-together [--team ID] [--since D] [--until D]",
         tr_noop("every working and not-working statement of active people and the team: "
                 "person_id,source,date,perspective,kind,text")},
        {"themes",
         {"--team", "--since", "--until"},
         {"--from-suggestions"},
         0,
         "themes [--team ID] [--since D] [--until D] [--from-suggestions]",
         tr_noop(
             "Working Together for Change themes: theme,kind,statements,people (--from-suggestions: first "
             "make themes of statements sharing a word; manager)")},
        {"assess",
         {"--date", "--scores", "--actions", "--workbook", "--participation"},
         {},
         0,
         "assess --date D --scores FILE.csv [--actions FILE.csv] [--participation WHO]",
         tr_noop("record a self-assessment from topic,level,note rows, with the evidence of day D")},
        {"scores",
         {"--format", "--workbook"},
         {},
         0,
         "scores [--format csv]",
         tr_noop("every assessment: date,topic,level,suggested")},
        {"actions",
         {"--workbook"},
         {"--overdue"},
         0,
         "actions [--overdue]",
         tr_noop("the latest assessment's actions (only overdue ones on --today with --overdue)")},
        {"profile",
         {"--out"},
         {},
         1,
         "profile ID --out FILE.pdf|.html",
         tr_noop("the one-page profile of a person or staff member")},
        {"record",
         {"--out"},
         {},
         1,
         "record ID --out FILE.pdf|.html|.xml",
         tr_noop("everything about one person or staff member (a subject access copy)")},
        {"report",
         {"--out", "--date", "--workbook"},
         {},
         0,
         "report [--date D] --out FILE.pdf|.html|.csv",
         tr_noop("the workbook report on the latest assessment (or day D's); .csv: its scores")},
        {"profiles",
         {"--out", "--format", "--search"},
         {"--staff", "--include-archived", "--include-empty"},
         0,
         "profiles --out DIR [--format pdf|html] [--staff]",
         tr_noop("one-page profiles into a folder; who has none is skipped (also --search TEXT, "
                 "--include-archived, "
                 "--include-empty)")},
        {"erase",
         {"--person", "--reason"},
         {},
         0,
         "erase --person ID --reason TEXT",
         tr_noop("erase a person for good: their records, history and photo, leaving one audit entry "
                 "(manager)")},
        {"retention",
         {"--years", "--keep", "--reason"},
         {},
         0,
         "retention [--years N] [--keep ID --reason TEXT]",
         tr_noop("archived people past the retention period (the setting retention.years, 8 unless changed): "
                 "person_id,name,archived_on,due_for_review; --keep: keep one for another period")},
        {"user",
         {"--role", "--full-name", "--staff", "--expires"},
         {},
         1,
         "user add|list|disable|unlock|password [NAME]",
         tr_noop("manage accounts: add NAME --role ROLE [--full-name TEXT] [--staff S-ID] [--expires "
                 "YYYY-MM-DD]; new passwords from standard input"),
         2},
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
            if (spec)
                if (auto renamed = spec->renamed.find(arg); renamed != spec->renamed.end())
                    arg = renamed->second;
            const bool valued = kGlobalValued.count(arg) || (spec && spec->valued.count(arg));
            const bool flag = kGlobalFlags.count(arg) || (spec && spec->flags.count(arg));
            if (!valued && !flag)
                throw UsageError(spec ? fill_in(tr("unknown option {1} for {2}"), arg, spec->name)
                                      : fill_in(tr("unknown option {1}"), arg));
            if (valued && !has_inline) {
                if (i + 1 >= argv.size()) throw UsageError(fill_in(tr("{1} needs a value"), arg));
                value = argv[++i];
            }
            if (flag && has_inline) throw UsageError(fill_in(tr("{1} takes no value"), arg));
            args.options[arg] = value;
        } else if (!spec) {
            spec = find_spec(arg);
            if (!spec) throw UsageError(fill_in(tr("unknown command '{1}'"), arg));
            args.command = arg;
        } else {
            args.positional.push_back(arg);
        }
    }
    if (args.has("--help") || args.has("--version")) return args;
    if (!spec) throw UsageError(tr("no command given"));
    const int given = static_cast<int>(args.positional.size());
    if (given < spec->positional || given > std::max(spec->positional, spec->positional_max))
        throw UsageError(fill_in(tr("usage: pcrecords-cli --db FILE {1}"), spec->usage));
    // What migrate copies from is the database it opens (and signs in to).
    if (args.command == "migrate" && !args.has("--db"))
        if (const auto from = args.get("--from")) args.options["--db"] = *from;
    // A provider on a server sets where once, for every command (docs/server.md).
    if (!args.has("--db"))
        if (const char* db = std::getenv("PCRECORDS_DB"); db && *db) args.options["--db"] = db;
    if (!args.has("--db"))
        throw UsageError(
            tr("--db FILE (or --db postgresql://USER@HOST/DATABASE, or the environment variable "
               "PCRECORDS_DB) is required"));
    return args;
}

std::string usage_text() {
    std::string text = tr(
        "usage: pcrecords-cli --db FILE|postgresql://USER@HOST/DATABASE [--today YYYY-MM-DD] [--templates "
        "DIR] "
        "[--as NAME | --user NAME] COMMAND [OPTIONS]\n\n"
        "Person-centred records from the command line. Output is CSV with a header row.\n"
        "Changes are recorded under --as NAME, or your login name without it. A database with accounts "
        "needs\n"
        "sign-in: --user NAME, with the password in PCRECORDS_PASSWORD or typed at the terminal.\n"
        "Exit codes: 0 success, 1 a problem with the data or files (one line on stderr), 2 a usage error,\n"
        "3 sign-in failed or not allowed.\n\n"
        "commands:\n");
    std::size_t width = 0;
    for (const auto& s : command_specs()) width = std::max(width, s.usage.size());
    for (const auto& s : command_specs())
        text += "  " + s.usage + std::string(width - s.usage.size() + 2, ' ') + tr(s.summary.c_str()) + "\n";
    return text;
}

}  // namespace pcr::cli
