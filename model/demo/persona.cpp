// Builds the people behind the demo records: ages, names, family, friends, staff, interests and tastes.
#include "model/demo/persona.h"

#include <algorithm>

namespace pcr::model {

namespace {

const std::vector<std::string_view> kEnglishTowns = {"Leeds",      "Bolton",   "Bristol",   "Sheffield",
                                                     "Nottingham", "Coventry", "Leicester", "Birmingham"};

// Ages of older people receiving care at home, in five-year bands from 65: most are in their eighties.
const std::vector<int> kOlderBandWeights = {6, 9, 14, 20, 22, 17, 9, 3};

Gender other(Gender g) {
    return g == Gender::Female ? Gender::Male : Gender::Female;
}

std::string gendered(Gender g, const char* female, const char* male) {
    return g == Gender::Female ? female : male;
}

Relative relative_from(const PersonName& n, std::string relation, std::string group, int circle,
                       bool family) {
    Relative r;
    r.name = n.full;
    r.call = n.preferred.empty() ? n.first : n.preferred;
    r.relation = std::move(relation);
    r.group = std::move(group);
    r.circle = circle;
    r.family = family;
    return r;
}

}  // namespace

const std::vector<std::string_view>& demo_areas() {
    static const std::vector<std::string_view> areas = {"Swansea",  "Cardiff", "Wrexham", "Leicester",
                                                        "Bradford", "Bristol", "Luton",   "Sheffield",
                                                        "Newport",  "Bolton"};
    return areas;
}

const std::vector<Interest>& interests() {
    static const std::vector<Interest> list = {
        {"gardening",
         {"potted up the tomato plants", "deadheaded the roses by the back door",
          "planted sweet peas along the fence", "watered the hanging baskets"},
         "the back garden",
         false},
        {"crosswords",
         {"finished the crossword in the paper", "did the quick crossword together over breakfast",
          "worked through a word-search book"},
         "the kitchen table",
         false},
        {"watching the football",
         {"watched the match on the telly", "listened to the football on the radio",
          "went to watch the local team play"},
         "the football ground",
         false},
        {"knitting",
         {"knitted another square for the charity blanket", "started a cardigan for a great-grandchild",
          "sorted {p} wool by colour"},
         "{p} armchair by the window",
         false},
        {"baking",
         {"baked scones for the visitors", "made a Victoria sponge", "iced cupcakes for the church sale",
          "made a batch of biscuits"},
         "the kitchen",
         false},
        {"dominoes and cards",
         {"played dominoes", "played whist with the neighbours", "taught us a new card game"},
         "the community centre",
         false},
        {"bingo",
         {"went to bingo", "played bingo at the lunch club"},
         "the bingo hall on the high street",
         false},
        {"short walks",
         {"walked to the end of the road and back", "went for a short walk round the park",
          "walked to the post box with {p} frame"},
         "the park",
         false},
        {"dancing",
         {"danced to the radio in the kitchen", "went to the tea dance",
          "joined in the chair-based dance class"},
         "the tea dance at the community centre",
         false},
        {"singing",
         {"sang along to {music}", "went to the singing group", "sang with the community choir"},
         "the singing group",
         false},
        {"reading",
         {"read the local paper with a magnifier", "listened to an audiobook",
          "chose new large-print books at the library"},
         "the library",
         false},
        {"jigsaws",
         {"finished a 500-piece jigsaw of a steam train", "started a new jigsaw",
          "sorted the edge pieces of a jigsaw"},
         "the dining table",
         false},
        {"cooking",
         {"cooked {food} together", "made {food} from {p} own recipe", "showed us how to make {food}"},
         "the kitchen",
         false},
        {"watching the birds",
         {"filled the bird feeders and watched the blue tits", "counted birds for the garden survey",
          "went to the bird hide at the nature reserve"},
         "the window by the bird table",
         false},
        {"fishing",
         {"went fishing at the canal", "sorted out {p} fishing tackle", "watched the fishing on the telly"},
         "the canal",
         false},
        {"cricket",
         {"watched the cricket", "listened to the cricket on the radio", "went to the cricket club"},
         "the cricket club",
         false},
        {"snooker", {"watched the snooker", "played a frame of pool at the club"}, "the club", false},
        {"bowls", {"played bowls", "went to watch the bowls match"}, "the bowling green", false},
        {"painting",
         {"painted a watercolour of the view", "went to the art group", "painted cards for the family"},
         "the art group at the library",
         false},
        {"sewing",
         {"took up the hem on a skirt", "sewed the buttons back on {p} coat", "worked on {p} quilt"},
         "the sewing table",
         false},
        {"pottering in the shed",
         {"fixed the loose hinge on the shed door", "sanded down an old chair",
          "sorted {p} tools in the shed"},
         "the shed",
         false},
        {"looking through old photographs",
         {"looked through old photo albums", "sorted photos for {p} memory book",
          "labelled photos of {birthplace}"},
         "the front room",
         false},
        {"old films",
         {"watched an old film on the telly", "went to the dementia-friendly film screening",
          "watched a musical with a box of chocolates"},
         "the cinema",
         false},
        {"looking after animals",
         {"brushed the cat", "walked the dog round the block", "fed the ducks at the park"},
         "the park",
         false},
        {"going round the market",
         {"went round the market", "did {p} own shopping at the Co-op", "chose a new cardigan in town"},
         "the market",
         false},
        {"going out for coffee",
         {"had coffee and cake at the café", "met a friend at the café", "tried the new café by the station"},
         "the café on the corner",
         false},
        {"a flutter on the horses",
         {"watched the racing and picked a winner", "had a small bet on the big race"},
         "the bookmaker's",
         false},
        {"swimming",
         {"went swimming at the leisure centre", "did the aqua aerobics class"},
         "the leisure centre",
         false},
        {"trips on the bus",
         {"took the bus into town", "rode the bus to the seaside", "went on the bus to the garden centre"},
         "the bus station",
         false},
        {"board games",
         {"played Scrabble and won", "played a game of chess", "played draughts"},
         "the front room",
         false},
        {"listening to the radio",
         {"listened to the afternoon show on the radio", "phoned in a request to the radio"},
         "the kitchen",
         false},
        {"listening to music",
         {"listened to {music}", "played {music} on the speaker", "made a playlist of {music}"},
         "the front room",
         false},
        {"computer games",
         {"played FIFA on the console", "beat {p} high score on Mario Kart",
          "played a new game with {p} brother online"},
         "{p} bedroom",
         true},
        {"karaoke",
         {"sang karaoke at the quiz night", "did karaoke at the disco"},
         "the disco at the community centre",
         true},
        {"drumming",
         {"played the drums at the music session", "joined in the drumming group"},
         "the music session",
         true},
        {"arts and crafts",
         {"made a collage for {p} bedroom wall", "painted a mug at the pottery café"},
         "the pottery café",
         true},
        {"watching trains",
         {"watched the trains at the station", "went on the train to the seaside"},
         "the station",
         true},
        {"volunteering",
         {"helped at the food bank", "sorted clothes at the charity shop"},
         "the charity shop",
         true},
        {"going to the gym",
         {"went to the gym", "did a session with the trainer at the gym"},
         "the gym",
         true},
    };
    return list;
}

PersonaFactory::PersonaFactory(std::vector<StaffMember> staff, std::string area, Date today)
    : staff_(std::move(staff)), area_(std::move(area)), today_(today) {}

Persona PersonaFactory::person(std::string id, bool working_age, DemoRandom& rng) const {
    const NamePool& pool = NamePool::instance();
    Persona p;
    p.working_age = working_age;
    p.area = area_;
    p.gender = working_age ? (rng.chance(50) ? Gender::Female : Gender::Male)
                           : (rng.chance(62) ? Gender::Female : Gender::Male);
    const int age = working_age ? rng.between(19, 64)
                                : std::min(100, 65 + 5 * rng.weighted(kOlderBandWeights) + rng.below(5));
    const Date born = today_.minus_months(12 * age).plus_days(-rng.below(365));
    p.culture = &pool.pick_culture(rng, false);
    const PersonName name = pool.name(*p.culture, p.gender, born.year() < 1962, rng, 40);
    p.first = name.first;
    p.family = name.family;
    p.family_index = name.family_index;
    p.call = name.preferred.empty() ? name.first : name.preferred;
    p.subject.kind = SubjectKind::Person;
    p.subject.id = std::move(id);
    p.subject.name = name.full;
    p.subject.preferred_name = name.preferred;
    p.subject.born = born;
    // Some elders like to see their name as they write it. Chosen from the id, not the random stream, so the
    // rest of the caseload is the same with or without this.
    if (const auto own = p.culture->in_own_script(name.first);
        name.preferred.empty() && !own.empty() && p.subject.id.back() % 3 == 0)
        p.subject.preferred_name = std::string(own);

    const Culture& c = *p.culture;
    if (c.arrival_from != 0 && rng.chance(working_age ? 40 : 85)) {
        int arrival = born.year() + rng.between(16, 35);
        arrival = std::max(arrival, c.arrival_from);
        if (arrival > c.arrival_to) arrival = std::max(c.arrival_to, born.year() + 1);
        if (arrival < today_.year()) p.arrival_year = arrival;
    }
    if (c.arrival_from != 0 && p.arrival_year == 0)
        p.birthplace = rng.chance(60) ? std::string_view(area_) : rng.pick(kEnglishTowns);
    else
        p.birthplace = rng.pick(c.birthplaces);

    add_tastes(p, rng);
    add_family(p, rng);
    add_friends_and_community(p, rng);
    add_support(p, rng);
    std::stable_sort(p.relatives.begin(), p.relatives.end(),
                     [](const Relative& a, const Relative& b) { return a.circle < b.circle; });
    return p;
}

void PersonaFactory::add_family(Persona& p, DemoRandom& rng) const {
    const NamePool& pool = NamePool::instance();
    const Culture& c = *p.culture;
    const int born = p.subject.born ? p.subject.born->year() : 1940;
    const int family = p.family_index;
    auto married_or_own = [&]() {
        return rng.chance(50) ? family : rng.below(static_cast<int>(c.family_names.size()));
    };

    if (p.working_age) {
        const int age = today_.year() - born;
        const bool parents = rng.chance(age <= 45 ? 85 : 40);
        if (parents) {
            const bool older = born - 30 < 1962;
            p.relatives.push_back(relative_from(
                pool.relative(c, Gender::Female, older, married_or_own(), rng), "mum", "family", 1, true));
            if (rng.chance(70))
                p.relatives.push_back(relative_from(pool.relative(c, Gender::Male, older, family, rng), "dad",
                                                    "family", 1, true));
        }
        const int siblings = rng.below(4);
        for (int i = 0; i < siblings; ++i) {
            const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
            p.relatives.push_back(relative_from(
                pool.relative(c, g, born < 1962, g == Gender::Male ? family : married_or_own(), rng),
                gendered(g, "sister", "brother"), "family", rng.between(1, 2), true));
        }
        if (rng.chance(25)) {
            const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
            p.relatives.push_back(relative_from(pool.relative(c, g, false, married_or_own(), rng),
                                                gendered(g, "niece", "nephew"), "family", 2, true));
        }
        return;
    }

    if (rng.chance(65)) {
        const Gender g = rng.chance(95) ? other(p.gender) : p.gender;
        const PersonName partner = pool.relative(c, g, true, family, rng);
        if (rng.chance(45)) {
            const std::string relation = g == p.gender ? "partner" : gendered(g, "wife", "husband");
            p.relatives.push_back(relative_from(partner, relation, "family", 1, true));
        } else {
            p.late_partner = partner.preferred.empty() ? partner.first : partner.preferred;
        }
    }
    const int children = rng.weighted({10, 20, 35, 25, 10});
    const bool children_older = born < 1945;
    for (int i = 0; i < children; ++i) {
        const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
        const int fam = g == Gender::Male ? family : married_or_own();
        p.relatives.push_back(relative_from(pool.relative(c, g, children_older, fam, rng),
                                            gendered(g, "daughter", "son"), "family", rng.chance(85) ? 1 : 2,
                                            true));
        if (rng.chance(20)) {
            const Gender in_law = other(g);
            p.relatives.push_back(relative_from(pool.relative(c, in_law, children_older, fam, rng),
                                                gendered(in_law, "daughter-in-law", "son-in-law"), "family",
                                                2, true));
        }
    }
    const int grandchildren = children > 0 ? rng.below(4) : 0;
    for (int i = 0; i < grandchildren; ++i) {
        const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
        p.relatives.push_back(relative_from(pool.relative(c, g, false, married_or_own(), rng),
                                            gendered(g, "granddaughter", "grandson"), "family", 2, true));
    }
    const int siblings = rng.weighted({40, 40, 20});
    for (int i = 0; i < siblings; ++i) {
        const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
        p.relatives.push_back(
            relative_from(pool.relative(c, g, true, g == Gender::Male ? family : married_or_own(), rng),
                          gendered(g, "sister", "brother"), "family", rng.between(2, 3), true));
    }
}

void PersonaFactory::add_friends_and_community(Persona& p, DemoRandom& rng) const {
    const NamePool& pool = NamePool::instance();
    static const std::vector<std::string_view> older_friends = {
        "old friend from work", "friend from the lunch club", "neighbour and good friend",
        "friend since school",  "friend from the bowls club", "friend from the market"};
    static const std::vector<std::string_view> younger_friends = {
        "friend from college", "friend from the day centre",   "housemate", "friend from the drama group",
        "best friend",         "friend from the football team"};
    const int friends = rng.between(1, 3);
    for (int i = 0; i < friends; ++i) {
        const Culture& c = rng.chance(70) ? *p.culture : pool.pick_culture(rng, false);
        const Gender g = rng.chance(60) ? p.gender : other(p.gender);
        const PersonName n = pool.name(c, g, !p.working_age, rng, 30);
        const auto& relations = p.working_age ? younger_friends : older_friends;
        std::string relation = !p.worship.empty() && rng.chance(30) ? "friend from " + std::string(p.worship)
                                                                    : std::string(rng.pick(relations));
        p.relatives.push_back(relative_from(n, std::move(relation), "friends", rng.between(2, 3), false));
    }
    struct Role {
        std::string_view relation;
        bool title_only;  // "Dr Okafor" rather than a full name
        int circle;
    };
    static const std::vector<Role> roles = {{"GP", true, 4},
                                            {"hairdresser", false, 3},
                                            {"neighbour", false, 3},
                                            {"pharmacist", false, 4},
                                            {"lunch club volunteer", false, 3},
                                            {"minister", false, 4},
                                            {"shopkeeper at the corner shop", false, 4},
                                            {"befriender", false, 3}};
    const int community = rng.between(1, 3);
    std::vector<int> used;
    for (int i = 0; i < community; ++i) {
        const int r = rng.below(static_cast<int>(roles.size()));
        if (std::find(used.begin(), used.end(), r) != used.end()) continue;
        used.push_back(r);
        const Culture& c = pool.pick_culture(rng, true);
        const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
        PersonName n = pool.name(c, g, false, rng, 20);
        if (roles[static_cast<std::size_t>(r)].title_only) {
            n.full = "Dr " + n.family;
            n.first = n.full;
            n.preferred.clear();
        }
        p.relatives.push_back(relative_from(n, std::string(roles[static_cast<std::size_t>(r)].relation),
                                            "community", roles[static_cast<std::size_t>(r)].circle, false));
    }
}

void PersonaFactory::add_support(Persona& p, DemoRandom& rng) const {
    const NamePool& pool = NamePool::instance();
    if (!staff_.empty()) {
        const int wanted = std::min<int>(static_cast<int>(staff_.size()), rng.between(2, 4));
        std::vector<int> chosen;
        while (static_cast<int>(chosen.size()) < wanted) {
            const int s = rng.below(static_cast<int>(staff_.size()));
            if (std::find(chosen.begin(), chosen.end(), s) == chosen.end()) chosen.push_back(s);
        }
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const StaffMember& s = staff_[static_cast<std::size_t>(chosen[i])];
            p.staff.push_back(s);
            Relative r;
            r.name = s.full;
            r.call = s.call;
            r.relation =
                i == 0 ? "key worker" : (i == 1 && rng.chance(30) ? "team leader" : "support worker");
            r.group = "paid-support";
            r.circle = i == 0 ? rng.between(2, 3) : 3;
            p.relatives.push_back(std::move(r));
        }
    }
    if (rng.chance(35)) {
        const Gender g = rng.chance(70) ? Gender::Female : Gender::Male;
        p.relatives.push_back(relative_from(pool.name(pool.pick_culture(rng, true), g, false, rng, 10),
                                            "social worker", "paid-support", 4, false));
    }
    if (!p.working_age && rng.chance(25)) {
        const Gender g = rng.chance(80) ? Gender::Female : Gender::Male;
        p.relatives.push_back(relative_from(pool.name(pool.pick_culture(rng, true), g, false, rng, 10),
                                            "district nurse", "paid-support", 4, false));
    }
    while (p.relatives.size() < 5) {
        const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
        p.relatives.push_back(
            relative_from(pool.name(pool.pick_culture(rng, false), g, !p.working_age, rng, 20), "neighbour",
                          "community", 3, false));
    }
}

void PersonaFactory::add_tastes(Persona& p, DemoRandom& rng) const {
    const NamePool& pool = NamePool::instance();
    const Culture& c = *p.culture;
    const Culture& english = pool.cultures().front();
    p.food = rng.chance(75) ? rng.pick(c.foods) : rng.pick(english.foods);
    p.music = rng.chance(75) ? rng.pick(c.music) : rng.pick(english.music);
    if (rng.chance(65)) p.worship = rng.pick(c.worship);
    if (!c.languages.empty() &&
        (p.arrival_year != 0 || c.arrival_from == 0 ? rng.chance(70) : rng.chance(35)))
        p.language = rng.pick(c.languages);
    p.drink = rng.chance(80) ? rng.pick(c.drinks) : rng.pick(english.drinks);

    const auto& all = interests();
    const int wanted = rng.between(3, 5);
    int guard = 0;
    while (static_cast<int>(p.interests.size()) < wanted && guard++ < 200) {
        const int i = rng.below(static_cast<int>(all.size()));
        if (all[static_cast<std::size_t>(i)].younger && !p.working_age) continue;
        if (std::find(p.interests.begin(), p.interests.end(), i) == p.interests.end())
            p.interests.push_back(i);
    }
}

Persona PersonaFactory::staff_member(std::string id, DemoRandom& rng) const {
    const NamePool& pool = NamePool::instance();
    Persona p;
    p.working_age = true;
    p.area = area_;
    p.gender = rng.chance(80) ? Gender::Female : Gender::Male;
    const int age = rng.between(19, 66);
    const Date born = today_.minus_months(12 * age).plus_days(-rng.below(365));
    p.culture = &pool.pick_culture(rng, true);
    const PersonName name = pool.name(*p.culture, p.gender, born.year() < 1962, rng, 25);
    p.first = name.first;
    p.family = name.family;
    p.family_index = name.family_index;
    p.call = name.preferred.empty() ? name.first : name.preferred;
    p.subject.kind = SubjectKind::Staff;
    p.subject.id = std::move(id);
    p.subject.name = name.full;
    p.subject.preferred_name = name.preferred;
    p.subject.born = born;
    p.birthplace = rng.chance(60) ? std::string_view(area_) : rng.pick(p.culture->birthplaces);
    if (rng.chance(55)) {
        const Gender g = rng.chance(90) ? other(p.gender) : p.gender;
        p.relatives.push_back(
            relative_from(pool.relative(*p.culture, g, born.year() < 1962, p.family_index, rng), "partner",
                          "family", 1, true));
    }
    const int children = rng.weighted({35, 25, 30, 10});
    for (int i = 0; i < children; ++i) {
        const Gender g = rng.chance(50) ? Gender::Female : Gender::Male;
        p.relatives.push_back(relative_from(pool.relative(*p.culture, g, false, p.family_index, rng),
                                            gendered(g, "daughter", "son"), "family", 1, true));
    }
    add_tastes(p, rng);
    return p;
}

Persona PersonaFactory::team(DemoRandom& rng) const {
    Persona p;
    p.subject.kind = SubjectKind::Team;
    p.subject.id = std::string(kTeamId);
    p.subject.name = "The team";
    p.call = "the team";
    p.first = "the team";
    p.area = area_;
    p.working_age = true;
    p.culture = &NamePool::instance().cultures().front();
    p.staff = staff_;
    p.food = "cake";
    p.music = "the radio";
    p.drink = "tea";
    p.interests = {rng.below(static_cast<int>(interests().size()))};
    return p;
}

}  // namespace pcr::model
