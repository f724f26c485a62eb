// Names and everyday flavour (food, music, places of worship, languages) of the backgrounds found in England
// and Wales.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/demo/demo_random.h"

namespace pcr::model {

enum class Gender { Female, Male };

// A family name in its men's and women's forms (Kowalski / Kowalska, Ó Briain / Ní Bhriain); often the same.
struct FamilyName {
    std::string_view male;
    std::string_view female;
    std::string_view form(Gender g) const { return g == Gender::Male ? male : female; }
};

// One background: its names, and the things its people may hold dear, used to make records believable.
struct Culture {
    std::string_view id;
    int people_weight = 0;  // share among the people supported (mostly older)
    int staff_weight = 0;   // share among staff (working age)
    std::vector<std::string_view> female_older, male_older, female_younger, male_younger;
    std::vector<FamilyName> family_names;
    std::string_view female_middle, male_middle;  // Kaur / Singh, written between first and family name
    std::vector<std::string_view>
        patronymics;  // "ap Rhys": used now and then by men instead of a family name
    std::vector<std::string_view> birthplaces, foods, music, worship, languages, drinks;
    int arrival_from = 0;  // the years most people of this background came to Britain; 0: born here
    int arrival_to = 0;
    // First names as people of this background may write them in their own script (Urdu, Arabic), sorted.
    std::vector<std::pair<std::string_view, std::string_view>> own_script;
    // `first` in the background's own script; empty when it has none.
    std::string_view in_own_script(std::string_view first) const;
};

// A name picked for someone: the parts sentences need and the forms the records show.
struct PersonName {
    std::string first;
    std::string family;     // family name as this person carries it (gendered form, or patronymic)
    std::string full;       // "Gurpreet Kaur Sandhu"
    std::string preferred;  // "Peggy"; empty when they go by their first name
    int family_index = 0;   // which family name of the culture, so relatives can share it
};

class NamePool {
  public:
    static const NamePool& instance();

    const std::vector<Culture>& cultures() const { return cultures_; }
    const Culture& pick_culture(DemoRandom& rng, bool staff) const;

    // A name of `culture`; `older` picks names given before the 1960s. `preferred_percent` is the chance of a
    // preferred name when the first name has a usual short or familiar form.
    PersonName name(const Culture& culture, Gender gender, bool older, DemoRandom& rng,
                    int preferred_percent) const;
    // A relative sharing the family name at `family_index` (in the form for their gender).
    PersonName relative(const Culture& culture, Gender gender, bool older, int family_index,
                        DemoRandom& rng) const;
    // The familiar forms people use for a first name ("Margaret": Peggy, Maggie); empty when none.
    const std::vector<std::string_view>& familiar_forms(std::string_view first) const;

  private:
    NamePool();
    std::string_view first_name(const Culture& culture, Gender gender, bool older, DemoRandom& rng) const;
    PersonName assemble(const Culture& culture, Gender gender, std::string_view first, int family_index,
                        bool patronymic_allowed, DemoRandom& rng) const;

    std::vector<Culture> cultures_;
    std::vector<int> people_weights_;
    std::vector<int> staff_weights_;
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> familiar_;
};

}  // namespace pcr::model
