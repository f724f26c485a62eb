// A generated person, staff member or team with the background their records draw on: family, interests,
// tastes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/core/date.h"
#include "model/demo/demo_random.h"
#include "model/demo/name_pool.h"
#include "model/domain/subject.h"

namespace pcr::model {

// Someone in the subject's life, as a relationship circle shows them.
struct Relative {
    std::string name;      // "Alan Jones"
    std::string call;      // what sentences call them: "Alan"
    std::string relation;  // "son", "neighbour", "support worker"
    std::string group;     // family, friends, paid-support, community
    int circle = 2;        // 1 closest to 4
    bool family = false;   // may come to reviews as family
};

// A staff member as others' records mention them.
struct StaffMember {
    std::string full;
    std::string call;
};

// Something the subject enjoys, with what a day of it looks like in a learning log.
struct Interest {
    std::string_view likes;             // "gardening"
    std::vector<std::string_view> did;  // "potted up the tomato plants" (past tense, no subject)
    std::string_view place;             // "the back garden"
    bool younger = false;               // mostly for working-age adults
};

struct Persona {
    Subject subject;
    Gender gender = Gender::Female;
    const Culture* culture = nullptr;
    std::string first;
    std::string family;
    int family_index = 0;  // which of the culture's family names, shared with relatives
    std::string call;      // preferred name, else first name
    bool working_age = false;
    std::vector<Relative> relatives;  // circle order: closest first
    std::string late_partner;         // name of a partner who has died; empty when none
    std::vector<int> interests;       // indexes into interests()
    std::vector<StaffMember> staff;   // staff who support them (colleagues, for staff)
    std::string_view food, music, worship, language, drink, birthplace;
    int arrival_year = 0;  // the year they came to Britain; 0 when born here
    std::string area;      // the town the team works in
};

// The interests a persona can have; index stable for a build.
const std::vector<Interest>& interests();

// Makes personas. Same random stream, same persona.
class PersonaFactory {
  public:
    PersonaFactory(std::vector<StaffMember> staff, std::string area, Date today);

    Persona person(std::string id, bool working_age, DemoRandom& rng) const;
    // A staff member without colleagues (the generator adds them once every staff member exists).
    Persona staff_member(std::string id, DemoRandom& rng) const;
    Persona team(DemoRandom& rng) const;

  private:
    void add_family(Persona& p, DemoRandom& rng) const;
    void add_friends_and_community(Persona& p, DemoRandom& rng) const;
    void add_support(Persona& p, DemoRandom& rng) const;
    void add_tastes(Persona& p, DemoRandom& rng) const;

    std::vector<StaffMember> staff_;
    std::string area_;
    Date today_;
};

// The towns a demo team may work in.
const std::vector<std::string_view>& demo_areas();

}  // namespace pcr::model
