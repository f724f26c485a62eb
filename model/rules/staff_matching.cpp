// Staff suggestions for a person: word overlap between their matching-staff record and staff members'
// records.
#include "model/rules/staff_matching.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// Words too common in care records to say anything about a match.
const std::unordered_set<std::string_view>& stop_words() {
    static const std::unordered_set<std::string_view> words = {
        "a",       "about",  "after",  "again",   "all",        "also",    "am",      "an",        "and",
        "any",     "are",    "as",     "at",      "be",         "because", "been",    "before",    "being",
        "but",     "by",     "can",    "could",   "did",        "do",      "does",    "doing",     "don",
        "each",    "enjoy",  "enjoys", "enjoyed", "especially", "for",     "from",    "get",       "gets",
        "getting", "go",     "goes",   "going",   "good",       "great",   "had",     "has",       "have",
        "having",  "he",     "help",   "helps",   "her",        "him",     "his",     "how",       "i",
        "if",      "in",     "into",   "is",      "it",         "its",     "just",    "know",      "knows",
        "like",    "liked",  "likes",  "lot",     "lots",       "love",    "loved",   "loves",     "make",
        "makes",   "me",     "more",   "most",    "much",       "my",      "need",    "needs",     "no",
        "not",     "of",     "on",     "one",     "or",         "other",   "our",     "out",       "over",
        "people",  "person", "really", "she",     "so",         "some",    "someone", "something", "still",
        "such",    "than",   "that",   "the",     "their",      "them",    "then",    "there",     "these",
        "they",    "thing",  "things", "this",    "those",      "to",      "too",     "up",        "us",
        "very",    "was",    "way",    "we",      "well",       "were",    "what",    "when",      "where",
        "which",   "who",    "will",   "with",    "would",      "you",     "your"};
    return words;
}

bool separates(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

// Calls `word(original, folded)` for every word of `text` worth comparing.
template <class Visit>
void for_each_word(const std::string& text, Visit word) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && separates(text[i])) ++i;
        std::size_t end = i;
        while (end < text.size() && !separates(text[end])) ++end;
        if (end > i) {
            const std::string original = text.substr(i, end - i);
            std::string folded = fold_for_search(original);
            if (utf8_length(folded) >= 2 && !stop_words().count(folded)) word(original, std::move(folded));
        }
        i = end;
    }
}

// The words of one staff member: each entry's words (for items found whole) and all of them together.
struct StaffWords {
    std::vector<std::set<std::string>> entries;
    std::set<std::string> all;

    void add(const std::string& text) {
        std::set<std::string> words;
        for_each_word(text, [&](const std::string&, std::string folded) { words.insert(std::move(folded)); });
        if (words.empty()) return;
        all.insert(words.begin(), words.end());
        entries.push_back(std::move(words));
    }

    explicit StaffWords(const std::vector<Record>& records) {
        for (const auto& record : records)
            for (const auto& section : record.sections) {
                add(section.text);
                for (const auto& entry : section.entries) {
                    add(entry.text);
                    for (const auto& cell : entry.cells) add(cell.text);
                }
            }
    }
};

struct Weighting {
    SectionRole section;
    int weight;
    const char* reason;
};

// Interests and skills say most about getting on and doing the job; personality words are the vaguest.
constexpr Weighting kWeights[] = {{SectionRole::SharedInterests, 3, tr_noop("Shares an interest")},
                                  {SectionRole::Skills, 3, tr_noop("Has a listed skill")},
                                  {SectionRole::SupportWanted, 2, tr_noop("Fits the support wanted")},
                                  {SectionRole::Personality, 1, tr_noop("Personality")}};

}  // namespace

std::vector<std::string> matching_words(const std::string& text) {
    std::vector<std::string> words;
    for_each_word(text, [&](const std::string&, std::string folded) { words.push_back(std::move(folded)); });
    return words;
}

StaffMatcher::StaffMatcher(const ToolTemplate& tool, const Record& matching) {
    for (const auto& weighting : kWeights) {
        const SectionTemplate* read = tool.section_with(weighting.section);
        if (!read) continue;
        Wanted wanted{read->id, weighting.weight, tr(weighting.reason), {}};
        if (const Section* section = matching.section(read->id))
            for (const auto& entry : section->entries) {
                Item item{trim(entry.text), {}};
                std::set<std::string> seen;
                for_each_word(entry.text, [&](const std::string& original, std::string folded) {
                    if (seen.insert(folded).second) item.words.push_back(Word{std::move(folded), original});
                });
                if (!item.words.empty()) wanted.items.push_back(std::move(item));
            }
        wanted_.push_back(std::move(wanted));
    }
}

bool StaffMatcher::empty() const {
    return std::all_of(wanted_.begin(), wanted_.end(), [](const Wanted& w) { return w.items.empty(); });
}

StaffSuggestion StaffMatcher::assess(const Subject& staff, const std::vector<Record>& records) const {
    const StaffWords words(records);
    StaffSuggestion suggestion;
    suggestion.staff = staff;
    for (const auto& wanted : wanted_) {
        std::vector<std::string> found;
        std::set<std::string> found_keys;  // so a word or item found twice is named once
        for (const auto& item : wanted.items) {
            const std::size_t needed = item.words.size() >= 3 ? item.words.size() - 1 : item.words.size();
            const bool whole =
                std::any_of(words.entries.begin(), words.entries.end(), [&](const auto& entry) {
                    return static_cast<std::size_t>(std::count_if(
                               item.words.begin(), item.words.end(),
                               [&](const Word& w) { return entry.count(w.key) > 0; })) >= needed;
                });
            if (whole) {
                suggestion.score += 2 * wanted.weight;
                if (found_keys.insert(fold_for_search(item.text)).second) found.push_back(item.text);
                continue;
            }
            bool part = false;
            for (const auto& w : item.words)
                if (words.all.count(w.key)) {
                    part = true;
                    if (found_keys.insert(w.key).second) found.push_back(w.original);
                }
            if (part) suggestion.score += wanted.weight;
        }
        if (found.empty()) continue;
        std::string reason = wanted.reason + ": ";
        for (std::size_t i = 0; i < found.size(); ++i) reason += (i ? ", " : "") + found[i];
        suggestion.reasons.push_back(std::move(reason));
    }
    return suggestion;
}

std::vector<StaffSuggestion> StaffMatcher::rank(const Store& store) const {
    std::vector<StaffSuggestion> ranked;
    if (empty()) return ranked;
    std::map<std::string, std::pair<Subject, std::vector<Record>>> staff;
    for (auto& member : store.subjects(SubjectKind::Staff)) {
        const std::string id = member.id;
        staff.emplace(id, std::make_pair(std::move(member), std::vector<Record>{}));
    }
    store.for_each_record(SubjectKind::Staff, false, [&](const Subject& member, const Record& record) {
        if (auto it = staff.find(member.id); it != staff.end()) it->second.second.push_back(record);
    });
    for (const auto& [id, member] : staff) {
        StaffSuggestion suggestion = assess(member.first, member.second);
        if (suggestion.score > 0) ranked.push_back(std::move(suggestion));
    }
    std::sort(ranked.begin(), ranked.end(), [](const StaffSuggestion& a, const StaffSuggestion& b) {
        if (a.score != b.score) return a.score > b.score;
        const std::string an = fold_for_search(a.staff.display_name()),
                          bn = fold_for_search(b.staff.display_name());
        if (an != bn) return an < bn;
        return a.staff.id < b.staff.id;
    });
    return ranked;
}

}  // namespace pcr::model
