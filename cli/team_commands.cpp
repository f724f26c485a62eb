// Teams and caseload assignments from the command line, through the store's team calls.
#include "cli/team_commands.h"

#include <algorithm>
#include <iostream>

#include "cli/open_database.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/validation.h"
#include "model/exchange/csv_writer.h"

namespace pcr::cli {

namespace {

using namespace pcr::model;

const char* const kTeamUsage = "team add ID --name TEXT | team rename ID --name TEXT";

std::size_t count_of(const Store& store, SubjectKind kind, const std::string& team) {
    SubjectQuery query;
    query.team = team;
    return store.subjects(kind, query).size();
}

}  // namespace

int run_team(const CommandContext& c) {
    const auto& words = c.args.positional;
    if (words.size() != 2 || (words[0] != "add" && words[0] != "rename"))
        throw UsageError(fill_in(tr("usage: pcrecords-cli --db FILE {1}"), kTeamUsage));
    const auto name = c.args.get("--name");
    if (!name || name->empty()) throw UsageError(fill_in(tr("team {1} needs --name TEXT"), words[0]));
    auto store = open_database(c.args);
    const std::string& id = words[1];
    auto existing = store->subject(SubjectKind::Team, id);
    if (words[0] == "add" && existing)
        throw UserError(fill_in(tr("There is already a team {1} ({2}) in {3}; `team rename {1} --name TEXT` "
                                   "renames it."),
                                id, existing->name, c.db.string()));
    if (words[0] == "rename" && !existing)
        throw NotFoundError(
            fill_in(tr("There is no team {1} in {2}; `pcrecords-cli teams` lists them."), id, c.db.string()));
    Subject team = existing.value_or(Subject{});
    team.kind = SubjectKind::Team;
    team.id = id;
    team.name = *name;
    store->save_subject(team);
    c.err << fill_in(words[0] == "add" ? tr("Added team {1}: {2}") : tr("Renamed team {1}: {2}"), id, *name)
          << "\n";
    return 0;
}

int run_teams(const CommandContext& c) {
    auto store = open_database(c.args);
    auto teams = store->subjects(SubjectKind::Team);
    std::sort(teams.begin(), teams.end(), [](const Subject& a, const Subject& b) { return a.id < b.id; });
    CsvWriter csv(c.out);
    csv.row({"id", "name", "people", "staff"});
    for (const auto& team : teams)
        csv.row({team.id, team.name, std::to_string(count_of(*store, SubjectKind::Person, team.id)),
                 std::to_string(count_of(*store, SubjectKind::Staff, team.id))});
    return 0;
}

int run_assign(const CommandContext& c) {
    const auto person = c.args.get("--person");
    const auto staff = c.args.get("--staff");
    const auto team = c.args.get("--team");
    const auto key_worker = c.args.get("--key-worker");
    const bool remove = c.args.has("--remove");
    if (person.has_value() == staff.has_value() || (!team && !key_worker))
        throw UsageError(
            tr("usage: pcrecords-cli --db FILE assign --person ID|--staff ID --team ID [--remove], or "
               "assign --person ID --key-worker S-ID [--remove]"));
    if (key_worker && !person) throw UsageError(tr("--key-worker is for a person: give --person ID"));
    const SubjectKind kind = person ? SubjectKind::Person : SubjectKind::Staff;
    const std::string id = person ? *person : *staff;
    auto store = open_database(c.args);
    if (!store->subject(kind, id))
        throw NotFoundError(fill_in(tr("There is no {1} in {2}. Check the id (`pcrecords-cli people --all` "
                                       "lists people)."),
                                    owner_words(kind, id), c.db.string()));
    if (team) {
        auto teams = store->teams_of(kind, id);
        const auto at = std::find(teams.begin(), teams.end(), *team);
        if (remove && at == teams.end())
            throw UserError(
                fill_in(tr("{1} is not in team {2}; nothing to remove."), owner_words(kind, id), *team));
        if (remove)
            teams.erase(at);
        else if (at == teams.end())
            teams.push_back(*team);
        store->set_teams(kind, id, teams);
        c.err << fill_in(remove ? tr("{1} left team {2}.") : tr("{1} is in team {2}."), owner_words(kind, id),
                         *team)
              << "\n";
    }
    if (key_worker) {
        if (remove) {
            if (store->key_worker(id) != *key_worker)
                throw UserError(fill_in(tr("{1} is not the key worker of {2}; nothing to remove."),
                                        *key_worker, owner_words(kind, id)));
            store->set_key_worker(id, std::nullopt);
            c.err << fill_in(tr("{1} has no key worker now."), owner_words(kind, id)) << "\n";
        } else {
            store->set_key_worker(id, *key_worker);
            c.err << fill_in(tr("The key worker of {1} is {2}."), owner_words(kind, id), *key_worker) << "\n";
        }
    }
    return 0;
}

}  // namespace pcr::cli
