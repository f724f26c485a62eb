// Storage and lookup of the demo's sentence templates.
#include "model/demo/phrase_bank.h"

namespace pcr::model {

int RowBank::column_index(std::string_view column) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == column) return static_cast<int>(i);
    return -1;
}

PhraseBank::PhraseBank() {
    add_person_phrases(*this);
    add_staff_and_team_phrases(*this);
    add_learning_log_phrases(*this);
}

const PhraseBank& PhraseBank::instance() {
    static const PhraseBank bank;
    return bank;
}

std::string PhraseBank::prefixed(SubjectKind kind, const std::string& key) {
    return std::string(to_string(kind)) + ":" + key;
}

const std::vector<std::string_view>* PhraseBank::list(SubjectKind kind, const std::string& key) const {
    if (kind != SubjectKind::Person) {
        if (auto it = lists_.find(prefixed(kind, key)); it != lists_.end()) return &it->second;
    }
    auto it = lists_.find(key);
    return it == lists_.end() ? nullptr : &it->second;
}

const RowBank* PhraseBank::rows(SubjectKind kind, const std::string& key) const {
    if (kind != SubjectKind::Person) {
        if (auto it = rows_.find(prefixed(kind, key)); it != rows_.end()) return &it->second;
    }
    auto it = rows_.find(key);
    return it == rows_.end() ? nullptr : &it->second;
}

const std::vector<std::string_view>* PhraseBank::fragments(std::string_view name) const {
    auto it = fragments_.find(name);
    return it == fragments_.end() ? nullptr : &it->second;
}

void PhraseBank::add_list(std::string key, std::initializer_list<std::string_view> templates) {
    lists_[std::move(key)] = std::vector<std::string_view>(templates);
}

void PhraseBank::add_rows(std::string key, std::initializer_list<std::string_view> columns,
                          std::initializer_list<std::initializer_list<std::string_view>> rows) {
    RowBank bank;
    bank.columns = std::vector<std::string_view>(columns);
    for (const auto& row : rows) bank.rows.emplace_back(row);
    rows_[std::move(key)] = std::move(bank);
}

void PhraseBank::add_fragments(std::string name, std::initializer_list<std::string_view> templates) {
    fragments_[std::move(name)] = std::vector<std::string_view>(templates);
}

}  // namespace pcr::model
