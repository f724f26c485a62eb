// Life-story events built from a persona's age, background, family and interests.
#include "model/demo/life_story.h"

#include <algorithm>

namespace pcr::model {

namespace {

const std::vector<std::string_view> kJobs = {"shop assistant",
                                             "machinist in a clothing factory",
                                             "apprentice electrician",
                                             "clerk at the council",
                                             "nurse",
                                             "bus conductor",
                                             "farm worker",
                                             "seamstress",
                                             "baker",
                                             "postal worker",
                                             "cook in a school kitchen",
                                             "mechanic",
                                             "cleaner at the hospital",
                                             "weaver in the mill",
                                             "telephonist",
                                             "driver for the Co-op"};
const std::vector<std::string_view> kBirthNotes = {
    "The youngest of four children", "Born at home, in the front bedroom",
    "{P} father worked on the railways", "Grew up above the family shop",
    "The eldest, and a big help to {p} mother"};
const std::vector<std::string_view> kSchoolNotes = {
    "Still remembers {p} first teacher's name", "Walked two miles each way", "Loved reading and hated sums"};
const std::vector<std::string_view> kWorkNotes = {
    "Proud never to have missed a day", "Met {p} best friend there", "Stayed for over twenty years"};
const std::vector<std::string_view> kArrivalNotes = {
    "Came to join family already here", "Arrived in winter and had never seen snow",
    "Found work within a week", "Brought one suitcase and {p} mother's recipes"};
const std::vector<std::string_view> kWeddingNotes = {
    "At {worship}", "A small wedding and a big party afterwards", "The photos are on the landing"};
const std::vector<std::string_view> kRetiredNotes = {
    "Had a party at the club", "Finally had time for {likes}", "Went back part-time for a while"};
const std::vector<std::string_view> kLossNotes = {"A very hard time; {relname} stayed for weeks",
                                                  "{n} still talks to {partner}'s photo",
                                                  "They had been together for years"};
const std::vector<std::string_view> kServiceNotes = {"Four calls a day to begin with", "After a fall at home",
                                                     "After a stay in hospital",
                                                     "{Relname} asked us to help"};

struct Builder {
    const Persona& p;
    PhraseWriter& w;
    Date until;
    std::vector<LifeEvent> events;

    void add(int year, std::string event, const std::vector<std::string_view>& notes,
             int notes_percent = 60) {
        if (year > until.year() || (p.subject.born && year < p.subject.born->year())) return;
        LifeEvent e;
        e.date = Date(year, 1, 1);
        e.year_only = true;
        e.event = std::move(event);
        if (!notes.empty() && w.rng().chance(notes_percent)) e.notes = w.write(notes);
        events.push_back(std::move(e));
    }
    std::string fill(std::string_view pattern) {
        std::string out;
        if (!w.expand(pattern, out)) out.clear();
        return out;
    }
};

}  // namespace

std::vector<LifeEvent> life_events(const Persona& p, PhraseWriter& w, const Date& until, int at_least) {
    Builder b{p, w, until, {}};
    DemoRandom& rng = w.rng();
    const Date born = p.subject.born.value_or(Date(1940, 1, 1));
    const int y = born.year();

    if (born <= until) {
        LifeEvent e;
        e.date = born;
        e.event = b.fill("Born in {birthplace}");
        if (rng.chance(70)) e.notes = w.write(kBirthNotes);
        b.events.push_back(std::move(e));
    }
    const bool schooled_abroad = p.arrival_year != 0 && p.arrival_year > y + 6;
    if (p.working_age) {
        b.add(y + 5,
              rng.chance(50) ? b.fill("Started at the local primary school")
                             : b.fill("Started at the special school in {area}"),
              kSchoolNotes);
        b.add(y + rng.between(16, 19), "Started college",
              {"Made friends {s} still sees", "Loved the cooking classes"});
        b.add(y + rng.between(19, 26), b.fill("Moved into {p} own flat with support"),
              {"{Relname} helped {o} choose the colours", "A big step, and {s} loved it"});
        b.add(y + rng.between(20, 30), b.fill("Started volunteering at {iplace}"), {});
        b.add(y + rng.between(18, 30), b.fill("First holiday without {p} family"),
              {"Went to the seaside with friends"});
        if (p.arrival_year != 0)
            b.add(p.arrival_year, b.fill("Came to Britain with {p} family"), kArrivalNotes);
    } else {
        b.add(y + 5,
              schooled_abroad || p.arrival_year == 0 ? b.fill("Started school in {birthplace}")
                                                     : b.fill("Started school"),
              kSchoolNotes);
        b.add(y + rng.between(14, 17), "Started work as a " + std::string(rng.pick(kJobs)), kWorkNotes);
        if (p.arrival_year != 0)
            b.add(p.arrival_year, b.fill("Came to Britain and settled in {area}"), kArrivalNotes, 80);
        else if (rng.chance(40))
            b.add(y + rng.between(20, 40), b.fill("Moved to {area}"), {});

        const Relative* partner = nullptr;
        for (const Relative& r : p.relatives)
            if (r.relation == "husband" || r.relation == "wife" || r.relation == "partner") partner = &r;
        const int married = y + rng.between(19, 28);
        if (partner)
            b.add(married, "Married " + partner->call, kWeddingNotes);
        else if (!p.late_partner.empty())
            b.add(married, "Married " + p.late_partner, kWeddingNotes);
        int child_year = married + 1;
        int first_child = 0;
        for (const Relative& r : p.relatives) {
            if (r.relation != "daughter" && r.relation != "son") continue;
            if (first_child == 0) first_child = child_year;
            b.add(child_year, r.call + " was born", {"Arrived in a snowstorm", "A very proud day"}, 30);
            child_year += rng.between(1, 4);
        }
        for (const Relative& r : p.relatives) {
            if (r.relation != "granddaughter" && r.relation != "grandson") continue;
            if (first_child != 0)
                b.add(first_child + rng.between(20, 30), "First grandchild, " + r.call + ", was born", {});
            break;
        }
        b.add(y + rng.between(58, 66), "Retired", kRetiredNotes);
        if (!p.late_partner.empty()) {
            const int from = std::max(y + 60, married + 15);
            if (from < until.year())
                b.add(rng.between(from, until.year() - 1), p.late_partner + " died", kLossNotes, 70);
        }
        b.add(until.year() - rng.between(0, 4), "Started with our homecare service", kServiceNotes, 70);
    }
    std::erase_if(b.events, [&](const LifeEvent& e) { return e.event.empty() || until < e.date; });
    static const std::vector<std::string_view> memories = {"Holiday at the seaside with the family",
                                                           "Learned to swim",
                                                           "A big party for {p} birthday",
                                                           "Got {p} first pet",
                                                           "Took up {likes}",
                                                           "Went to a family wedding in {birthplace}"};
    const int last_year = std::max(y, until.year() - 1);
    for (int k = 0; static_cast<int>(b.events.size()) < at_least && k < 3 * at_least; ++k)
        b.add(rng.between(std::min(y + 3, last_year), last_year), w.write(memories), {});
    std::stable_sort(b.events.begin(), b.events.end(),
                     [](const LifeEvent& a, const LifeEvent& c) { return a.date < c.date; });
    return b.events;
}

}  // namespace pcr::model
