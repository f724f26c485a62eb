// The demo's sentence templates, per tool and section (and column), for people, staff and the team.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/domain/subject.h"

namespace pcr::model {

// Rows whose cells belong together (a communication-chart row: what happens, what it means, what to do).
// An empty cell leaves that column out of the row.
struct RowBank {
    std::vector<std::string_view> columns;
    std::vector<std::vector<std::string_view>> rows;

    int column_index(std::string_view column) const;  // -1 when the bank has no such column
};

// Templates are plain text with placeholders PhraseWriter fills in: {n} the name the subject goes by,
// {s}/{o}/{p}/{self} pronouns, {likes}/{did}/{iplace} one of their interests, {relname}/{rel} someone close,
// {staff}, {food}, {music}, {worship}, {lang}... A capital first letter ({Did}) capitalises the value.
// {a|b|c} picks one alternative; {@name} expands a template from the fragment list "name".
// {old} and {young} write nothing but limit a template to older people or to working-age adults.
//
// Keys are "tool/section" (lists, text, row banks) or "tool/section/column" (one column of a table), with
// "@value" appended for a column whose wording depends on a choice made in the same row
// ("working-not-working/rows/working@family"). Staff and team wording is kept under "staff:" and "team:".
class PhraseBank {
  public:
    static const PhraseBank& instance();

    // The templates for `key` as `kind` would word them (the kind's own, else the people's); nullptr when
    // none.
    const std::vector<std::string_view>* list(SubjectKind kind, const std::string& key) const;
    const RowBank* rows(SubjectKind kind, const std::string& key) const;
    // Fragments used through {@name}; nullptr when unknown.
    const std::vector<std::string_view>* fragments(std::string_view name) const;

    void add_list(std::string key, std::initializer_list<std::string_view> templates);
    void add_rows(std::string key, std::initializer_list<std::string_view> columns,
                  std::initializer_list<std::initializer_list<std::string_view>> rows);
    void add_fragments(std::string name, std::initializer_list<std::string_view> templates);

  private:
    PhraseBank();
    static std::string prefixed(SubjectKind kind, const std::string& key);

    std::unordered_map<std::string, std::vector<std::string_view>> lists_;
    std::unordered_map<std::string, RowBank> rows_;
    std::map<std::string, std::vector<std::string_view>, std::less<>> fragments_;
};

// The content of the bank, kept apart from its mechanics.
void add_person_phrases(PhraseBank& bank);
void add_staff_and_team_phrases(PhraseBank& bank);
void add_learning_log_phrases(PhraseBank& bank);

}  // namespace pcr::model
