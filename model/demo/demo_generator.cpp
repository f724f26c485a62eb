// Generates the demo caseload chunk by chunk: teams and staff first, then people, all in one import.
#include "model/demo/demo_generator.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

#include "model/core/errors.h"
#include "model/demo/caseload_plan.h"
#include "model/demo/persona.h"
#include "model/demo/phrase_bank.h"
#include "model/demo/record_filler.h"

namespace pcr::model {

namespace {

// Random streams, one per purpose, so adding people never changes the staff and vice versa.
constexpr std::uint64_t kAreaStream = 1;
constexpr std::uint64_t kStaffStream = 2;
constexpr std::uint64_t kColleagueStream = 3;
constexpr std::uint64_t kTeamStream = 4;
constexpr std::uint64_t kPersonStream = 5;

// People per import: big enough to keep transactions few, small enough to keep memory flat.
constexpr int kChunk = 250;

// The demo's teams, one per site.
constexpr int kSites = 3;
constexpr std::array<std::string_view, kSites> kSiteNames{"Home support", "Supported living", "Day service"};

std::string numbered(char prefix, int number, int width) {
    std::string digits = std::to_string(number);
    std::string id{prefix, '-'};
    if (static_cast<int>(digits.size()) < width)
        id.append(static_cast<std::size_t>(width) - digits.size(), '0');
    return id + digits;
}

int id_width(int count, int at_least) {
    int digits = 1;
    for (int n = count; n >= 10; n /= 10) ++digits;
    return std::max(at_least, digits);
}

// How often a person with some records has each tool: the everyday tools most, the specialist ones less.
int prevalence(const std::string& tool) {
    static const std::vector<std::pair<std::string_view, int>> table = {{"one-page-profile", 85},
                                                                        {"relationship-circle", 70},
                                                                        {"person-centred-review", 70},
                                                                        {"outcomes", 65},
                                                                        {"life-story", 55},
                                                                        {"working-not-working", 50},
                                                                        {"communication-chart", 45},
                                                                        {"decision-making-agreement", 45},
                                                                        {"good-days-bad-days", 45},
                                                                        {"matching-staff", 35},
                                                                        {"four-plus-one", 35},
                                                                        {"doughnut-sort", 30},
                                                                        {"my-places", 30},
                                                                        {"presence-to-contribution", 25}};
    for (const auto& [id, percent] : table)
        if (id == tool) return percent;
    return 40;
}

ToolState partial_state(const ToolTemplate& tool, DemoRandom& rng) {
    const int r = rng.below(100);
    if (r < 60) return ToolState::Complete;
    if (r < 80) return ToolState::Incomplete;
    return tool.review_months ? ToolState::Stale : ToolState::Complete;
}

// Days before today of one person's learning-log entries, oldest first. People with everything current have
// a recent entry; others' logs may have stopped months ago.
std::vector<int> log_days(int count, Coverage coverage, DemoRandom& rng) {
    std::vector<int> days;
    if (count <= 0) return days;
    const int last = RecordFiller::kLogDays;
    int newest = coverage == Coverage::Everything ? rng.between(0, 45)
                 : rng.chance(70)                 ? rng.between(0, 80)
                                                  : rng.between(100, 600);
    const int span = rng.between(std::min(60, last - newest), last - newest);
    days.resize(static_cast<std::size_t>(count));
    days[0] = newest;
    for (std::size_t i = 1; i < days.size(); ++i) days[i] = newest + rng.below(span + 1);
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}

class Generator {
  public:
    Generator(Store& store, const TemplateRegistry& templates, const DemoOptions& options, Progress& progress)
        : store_(store),
          templates_(templates),
          options_(options),
          progress_(progress),
          filler_(PhraseBank::instance(), options.today) {}

    DemoCounts run() {
        DemoRandom area_rng(DemoRandom::stream(options_.seed, kAreaStream));
        area_ = std::string(area_rng.pick(demo_areas()));
        total_ = static_cast<long>(options_.people) + options_.staff;
        // One transaction for the whole caseload: a run that is cancelled, fails or is killed leaves the
        // database as it was, never part of a caseload.
        session_ = store_.begin_import();
        if (!add_staff_and_team() || !add_people()) return {};
        session_->commit();
        return counts_;
    }

  private:
    // Chunks keep memory flat: each is written into the open import and then let go.
    bool import(const Interchange& chunk, long subjects, const std::string& what) {
        const auto write = [&](const SubjectRecords& item, SubjectKind kind) {
            if (item.subject.kind == kind) return session_->subject(item);
            SubjectRecords copy = item;
            copy.subject.kind = kind;
            session_->subject(copy);
        };
        for (const auto& item : chunk.people) write(item, SubjectKind::Person);
        for (const auto& item : chunk.staff) write(item, SubjectKind::Staff);
        if (chunk.team) {
            SubjectRecords team = *chunk.team;
            team.subject.id = std::string(kTeamId);
            write(team, SubjectKind::Team);
        }
        for (const auto& item : chunk.teams) write(item, SubjectKind::Team);
        done_ += subjects;
        return progress_.update(done_, total_, what);
    }

    void count(const SubjectRecords& sr) { counts_.records += static_cast<long>(sr.records.size()); }

    bool add_staff_and_team() {
        const int width = id_width(options_.staff, 4);
        PersonaFactory bare({}, area_, options_.today);
        std::vector<Persona> staff;
        staff.reserve(static_cast<std::size_t>(options_.staff));
        for (int i = 0; i < options_.staff; ++i) {
            DemoRandom rng(DemoRandom::stream(options_.seed, kStaffStream, static_cast<std::uint64_t>(i)));
            staff.push_back(bare.staff_member(numbered('S', i + 1, width), rng));
        }
        for (const Persona& p : staff) staff_.push_back({p.subject.name, p.call});
        factory_.emplace(staff_, area_, options_.today);

        // Staff in chunks; the site teams go with the first chunk, the default team with the last (on its own
        // when there are no staff).
        for (int first = 0; first < options_.staff || first == 0; first += kChunk) {
            const int last = std::min(options_.staff, first + kChunk);
            Interchange chunk;
            if (first == 0) add_site_teams(chunk);
            for (int i = first; i < last; ++i) {
                Persona& p = staff[static_cast<std::size_t>(i)];
                DemoRandom rng(
                    DemoRandom::stream(options_.seed, kColleagueStream, static_cast<std::uint64_t>(i)));
                for (int k = 0; k < 3 && staff_.size() > 1; ++k) {
                    const int other = (i + 1 + rng.below(static_cast<int>(staff_.size()) - 1)) %
                                      static_cast<int>(staff_.size());
                    p.staff.push_back(staff_[static_cast<std::size_t>(other)]);
                }
                if (i > 0 && rng.chance(4)) p.subject.status = Status::Archived;
                SubjectRecords sr{p.subject, staff_records(p, i == 0, rng)};
                sr.teams = staff_teams(i);
                if (p.subject.status == Status::Active)
                    site_staff_[static_cast<std::size_t>(i % kSites)].push_back(p.subject.id);
                count(sr);
                chunk.staff.push_back(std::move(sr));
            }
            if (last == options_.staff) add_team(chunk);
            counts_.staff += last - first;
            if (!import(chunk, last - first,
                        last == options_.staff ? "Adding staff and the team" : "Adding staff"))
                return false;
            if (options_.staff == 0) break;
        }
        return true;
    }

    std::vector<Record> staff_records(const Persona& p, bool first, DemoRandom& rng) {
        std::vector<Record> records;
        for (const ToolTemplate* tool : templates_.tools_for(SubjectKind::Staff)) {
            const bool profile = tool->id == "one-page-profile";
            const int have = profile ? 85 : tool->id == "development-plan" ? 55 : 50;
            if (!first && !rng.chance(have)) continue;
            ToolState state = ToolState::Complete;
            if (!first) {
                const int r = rng.below(100);
                state = r < 78 ? ToolState::Complete : r < 88 ? ToolState::Incomplete : ToolState::Stale;
            }
            records.push_back(filler_.fill(*tool, p, state, rng));
        }
        return records;
    }

    // A few teams, one per site, so "my people" and "my teams" have something to show. Every staff member
    // belongs to the site of their number (the first, a manager, to all of them); people likewise, with a key
    // worker from their site's active staff. Worked out from the numbers alone, so the records generated are
    // the same as before there were teams.
    void add_site_teams(Interchange& chunk) const {
        for (int site = 0; site < kSites; ++site) {
            Subject team;
            team.kind = SubjectKind::Team;
            team.id = site_team(site);
            team.name = std::string(kSiteNames[static_cast<std::size_t>(site)]) + ", " + area_;
            chunk.teams.push_back(SubjectRecords{team, {}});
        }
    }

    static std::string site_team(int site) { return "T-" + std::to_string(site + 1); }

    static std::vector<std::string> staff_teams(int index) {
        if (index > 0) return {site_team(index % kSites)};
        std::vector<std::string> all;
        for (int site = 0; site < kSites; ++site) all.push_back(site_team(site));
        return all;
    }

    // A person's team and key worker: one in eight has none yet, as in a real service.
    void assign(SubjectRecords& sr, int index) const {
        const int site = index % kSites;
        sr.teams = std::vector<std::string>{site_team(site)};
        const auto& workers = site_staff_[static_cast<std::size_t>(site)];
        if (workers.empty() || index % 8 == 7) return;
        sr.key_worker = workers[static_cast<std::size_t>(index / kSites) % workers.size()];
    }

    void add_team(Interchange& chunk) {
        DemoRandom rng(DemoRandom::stream(options_.seed, kTeamStream));
        const Persona team = factory_->team(rng);
        SubjectRecords sr{team.subject, {}};
        for (const ToolTemplate* tool : templates_.tools_for(SubjectKind::Team)) {
            const int r = rng.below(100);
            const ToolState state = r < 85   ? ToolState::Complete
                                    : r < 95 ? ToolState::Stale
                                             : ToolState::Incomplete;
            sr.records.push_back(filler_.fill(*tool, team, state, rng));
        }
        count(sr);
        chunk.team = std::move(sr);
    }

    bool add_people() {
        const CaseloadPlan plan = CaseloadPlan::make(options_.people, options_.logs, options_.seed);
        const int width = id_width(options_.people, 5);
        const ToolTemplate* log_tool = templates_.find("learning-log");
        if (log_tool && (!log_tool->applies_to(SubjectKind::Person) || !RecordFiller::log_section(*log_tool)))
            log_tool = nullptr;
        const std::vector<const ToolTemplate*> tools = templates_.tools_for(SubjectKind::Person);

        Interchange chunk;
        chunk.people.reserve(static_cast<std::size_t>(std::min(kChunk, options_.people)));
        for (int i = 0; i < options_.people; ++i) {
            const PersonPlan& pp = plan.people()[static_cast<std::size_t>(i)];
            DemoRandom rng(DemoRandom::stream(options_.seed, kPersonStream, static_cast<std::uint64_t>(i)));
            Persona p = factory_->person(numbered('P', i + 1, width), pp.working_age, rng);
            if (pp.archived) p.subject.status = Status::Archived;
            SubjectRecords sr{p.subject, {}};
            assign(sr, i);
            for (const ToolTemplate* tool : tools) {
                if (tool == log_tool) {
                    if (pp.logs > 0) {
                        const std::vector<int> days = log_days(pp.logs, pp.coverage, rng);
                        sr.records.push_back(filler_.learning_log(*tool, p, days, rng));
                        counts_.log_entries += pp.logs;
                    }
                    continue;
                }
                if (pp.coverage == Coverage::Nothing) continue;
                if (pp.coverage == Coverage::Everything) {
                    sr.records.push_back(filler_.fill(*tool, p, ToolState::Complete, rng));
                    continue;
                }
                if (!rng.chance(prevalence(tool->id))) continue;
                sr.records.push_back(filler_.fill(*tool, p, partial_state(*tool, rng), rng));
            }
            count(sr);
            chunk.people.push_back(std::move(sr));
            if (static_cast<int>(chunk.people.size()) == kChunk || i + 1 == options_.people) {
                const long n = static_cast<long>(chunk.people.size());
                const bool go_on = import(chunk, n, "Adding people");
                counts_.people += static_cast<int>(n);
                if (!go_on) return false;
                chunk.people.clear();
            }
        }
        return true;
    }

    Store& store_;
    const TemplateRegistry& templates_;
    const DemoOptions& options_;
    Progress& progress_;
    RecordFiller filler_;
    std::string area_;
    std::vector<StaffMember> staff_;
    // The active staff of each site, who may be key workers there.
    std::array<std::vector<std::string>, kSites> site_staff_;
    std::optional<PersonaFactory> factory_;
    std::unique_ptr<ImportSession> session_;
    DemoCounts counts_;
    long total_ = 0;
    long done_ = 0;
};

}  // namespace

DemoCounts generate_demo(Store& store, const TemplateRegistry& templates, const DemoOptions& options,
                         Progress& progress) {
    if (options.people < 0 || options.staff < 0 || options.logs < 0)
        throw UserError(
            "The demo needs zero or more people, staff and log entries; give --people, --staff and "
            "--logs as whole numbers of 0 or more.");
    // Judged as they are written, so the first question about them need not read them all again.
    store.judge_by(templates);
    Generator generator(store, templates, options, progress);
    return generator.run();
}

}  // namespace pcr::model
