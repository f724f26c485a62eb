// Fills the demo's sentence templates in for one persona: names, pronouns, interests, the people around them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/demo/demo_random.h"
#include "model/demo/persona.h"
#include "model/demo/phrase_bank.h"

namespace pcr::model {

class PhraseWriter {
  public:
    PhraseWriter(const Persona& persona, const PhraseBank& bank, DemoRandom& rng);

    // Chooses the interest, relative, friend and staff the next row's cells talk about, so they agree.
    void new_row();
    // Makes the next cells talk about this relative (a relationship-circle row, a review attendee).
    void use_relative(const Relative& relative) { relative_ = &relative; }

    // Appends `pattern` filled in to `out`. Returns false, leaving `out` as it was, when the pattern needs
    // something this persona does not have (a language, a late partner, a friend).
    bool expand(std::string_view pattern, std::string& out);
    // One of `patterns` filled in, trying the next one when a pattern does not fit; never empty.
    std::string write(const std::vector<std::string_view>& patterns);
    // Up to `count` different sentences from `patterns` (fewer only when the patterns run out).
    std::vector<std::string> write_distinct(const std::vector<std::string_view>& patterns, int count);

    DemoRandom& rng() { return rng_; }
    const Persona& persona() const { return persona_; }

  private:
    bool placeholder(std::string_view name, std::string& out);
    bool fragment(std::string_view name, std::string& out);
    const Relative* close_relative();

    const Persona& persona_;
    const PhraseBank& bank_;
    DemoRandom& rng_;
    int interest_ = -1;
    int did_ = 0;
    const Relative* relative_ = nullptr;
    const Relative* friend_ = nullptr;
    int staff_ = 0;
    int staff2_ = 0;
    int depth_ = 0;
};

}  // namespace pcr::model
