// Template filling for the demo: placeholders, alternatives and fragments, appended straight into the output.
#include "model/demo/phrase_writer.h"

#include <algorithm>
#include <array>

namespace pcr::model {

namespace {

const std::vector<std::string_view> kWhen = {"this morning",     "after lunch",    "first thing",
                                             "in the afternoon", "before tea",     "on the morning call",
                                             "at the weekend",   "in the evening", "mid-morning"};
const std::vector<std::string_view> kDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                             "Friday", "Saturday", "Sunday"};
const std::vector<std::string_view> kPlaces = {"the Co-op",
                                               "the library",
                                               "the park",
                                               "the garden centre",
                                               "the market",
                                               "the café on the corner",
                                               "the community centre",
                                               "the high street",
                                               "the shopping centre"};
const std::vector<std::string_view> kOlderAids = {"walking frame", "stick", "hearing aids", "glasses",
                                                  "wheelchair"};
const std::vector<std::string_view> kYoungerAids = {"headphones", "communication book", "phone", "glasses"};
const std::vector<std::string_view> kDurations = {"about twenty minutes", "half an hour",
                                                  "about an hour",        "most of the afternoon",
                                                  "a couple of hours",    "forty minutes"};

void capitalise_at(std::string& out, std::size_t pos) {
    if (pos < out.size() && out[pos] >= 'a' && out[pos] <= 'z')
        out[pos] = static_cast<char>(out[pos] - 'a' + 'A');
}

// The position of the '}' closing the '{' at `open`, or npos.
std::size_t closing_brace(std::string_view s, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '{')
            ++depth;
        else if (s[i] == '}' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

}  // namespace

PhraseWriter::PhraseWriter(const Persona& persona, const PhraseBank& bank, DemoRandom& rng)
    : persona_(persona), bank_(bank), rng_(rng) {
    new_row();
}

const Relative* PhraseWriter::close_relative() {
    const auto& rel = persona_.relatives;
    if (rel.empty()) return nullptr;
    const std::size_t start = static_cast<std::size_t>(rng_.below(static_cast<int>(rel.size())));
    for (std::size_t k = 0; k < rel.size(); ++k) {
        const Relative& r = rel[(start + k) % rel.size()];
        if (r.family) return &r;
    }
    for (std::size_t k = 0; k < rel.size(); ++k) {
        const Relative& r = rel[(start + k) % rel.size()];
        if (r.group != "paid-support") return &r;
    }
    return nullptr;
}

void PhraseWriter::new_row() {
    if (!persona_.interests.empty()) {
        interest_ = rng_.pick(persona_.interests);
        did_ = rng_.below(static_cast<int>(interests()[static_cast<std::size_t>(interest_)].did.size()));
    }
    relative_ = close_relative();
    friend_ = nullptr;
    const auto& rel = persona_.relatives;
    if (!rel.empty()) {
        const std::size_t start = static_cast<std::size_t>(rng_.below(static_cast<int>(rel.size())));
        for (std::size_t k = 0; k < rel.size() && !friend_; ++k)
            if (rel[(start + k) % rel.size()].group == "friends") friend_ = &rel[(start + k) % rel.size()];
    }
    const int staff = static_cast<int>(persona_.staff.size());
    if (staff > 0) {
        staff_ = rng_.below(staff);
        staff2_ = staff > 1 ? (staff_ + 1 + rng_.below(staff - 1)) % staff : staff_;
    }
}

bool PhraseWriter::expand(std::string_view pattern, std::string& out) {
    if (depth_ > 8) return false;
    const std::size_t mark = out.size();
    ++depth_;
    bool ok = true;
    std::size_t i = 0;
    while (ok && i < pattern.size()) {
        const std::size_t open = pattern.find('{', i);
        if (open == std::string_view::npos) {
            out.append(pattern.substr(i));
            break;
        }
        out.append(pattern.substr(i, open - i));
        const std::size_t close = closing_brace(pattern, open);
        if (close == std::string_view::npos) {
            out.append(pattern.substr(open));
            break;
        }
        const std::string_view inner = pattern.substr(open + 1, close - open - 1);
        i = close + 1;
        if (!inner.empty() && inner[0] == '@') {
            ok = fragment(inner.substr(1), out);
            continue;
        }
        std::array<std::size_t, 16> bars{};
        std::size_t count = 0;
        int depth = 0;
        for (std::size_t k = 0; k < inner.size(); ++k) {
            if (inner[k] == '{')
                ++depth;
            else if (inner[k] == '}')
                --depth;
            else if (inner[k] == '|' && depth == 0 && count < bars.size())
                bars[count++] = k;
        }
        if (count == 0) {
            ok = placeholder(inner, out);
            continue;
        }
        const int choice = rng_.below(static_cast<int>(count) + 1);
        const std::size_t from = choice == 0 ? 0 : bars[static_cast<std::size_t>(choice - 1)] + 1;
        const std::size_t to =
            static_cast<std::size_t>(choice) == count ? inner.size() : bars[static_cast<std::size_t>(choice)];
        ok = expand(inner.substr(from, to - from), out);
    }
    --depth_;
    if (!ok) out.resize(mark);
    return ok;
}

bool PhraseWriter::fragment(std::string_view name, std::string& out) {
    const bool capital = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
    std::string key(name);
    if (capital) key[0] = static_cast<char>(key[0] - 'A' + 'a');
    const auto* list = bank_.fragments(key);
    if (!list || list->empty()) return false;
    const std::size_t pos = out.size();
    const std::size_t start = static_cast<std::size_t>(rng_.below(static_cast<int>(list->size())));
    for (std::size_t k = 0; k < list->size(); ++k) {
        if (expand((*list)[(start + k) % list->size()], out)) {
            if (capital) capitalise_at(out, pos);
            return true;
        }
    }
    return false;
}

bool PhraseWriter::placeholder(std::string_view name, std::string& out) {
    if (name.empty()) return false;
    const bool capital = name[0] >= 'A' && name[0] <= 'Z';
    std::array<char, 32> lower{};
    if (name.size() >= lower.size()) return false;
    std::copy(name.begin(), name.end(), lower.begin());
    if (capital) lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    const std::string_view key(lower.data(), name.size());
    const std::size_t pos = out.size();
    const bool female = persona_.gender == Gender::Female;

    auto text = [&](std::string_view value) {
        if (value.empty()) return false;
        out.append(value);
        return true;
    };
    auto nested = [&](std::string_view value) { return !value.empty() && expand(value, out); };

    bool ok = false;
    if (key == "n")
        ok = text(persona_.call);
    else if (key == "s")
        ok = text(female ? "she" : "he");
    else if (key == "o")
        ok = text(female ? "her" : "him");
    else if (key == "p")
        ok = text(female ? "her" : "his");
    else if (key == "self")
        ok = text(female ? "herself" : "himself");
    else if (key == "first")
        ok = text(persona_.first);
    else if (key == "formal")
        ok = persona_.call != persona_.first && text(persona_.first);  // only when known by another name
    else if (key == "full")
        ok = text(persona_.subject.name);
    else if (key == "likes" || key == "did" || key == "iplace") {
        if (interest_ >= 0) {
            const Interest& in = interests()[static_cast<std::size_t>(interest_)];
            ok = nested(key == "likes" ? in.likes
                        : key == "did" ? in.did[static_cast<std::size_t>(did_)]
                                       : in.place);
        }
    } else if (key == "relname")
        ok = relative_ && text(relative_->call);
    else if (key == "rel")
        ok = relative_ && text(relative_->relation);
    else if (key == "friend")
        ok = friend_ && text(friend_->call);
    else if (key == "staff")
        ok = !persona_.staff.empty() && text(persona_.staff[static_cast<std::size_t>(staff_)].call);
    else if (key == "staff2")
        ok = persona_.staff.size() > 1 && text(persona_.staff[static_cast<std::size_t>(staff2_)].call);
    else if (key == "food")
        ok = nested(persona_.food);
    else if (key == "music")
        ok = nested(persona_.music);
    else if (key == "worship")
        ok = nested(persona_.worship);
    else if (key == "lang")
        ok = text(persona_.language);
    else if (key == "drink")
        ok = nested(persona_.drink);
    else if (key == "birthplace")
        ok = text(persona_.birthplace);
    else if (key == "area")
        ok = text(persona_.area);
    else if (key == "partner")
        ok = text(persona_.late_partner);
    else if (key == "when")
        ok = text(rng_.pick(kWhen));
    else if (key == "day")
        ok = text(rng_.pick(kDays));
    else if (key == "place")
        ok = text(rng_.pick(kPlaces));
    else if (key == "aid")
        ok = text(rng_.pick(persona_.working_age ? kYoungerAids : kOlderAids));
    else if (key == "bag")
        ok = text(female ? "handbag" : "wallet");
    else if (key == "duration")
        ok = text(rng_.pick(kDurations));
    else if (key == "old")
        ok = !persona_.working_age;
    else if (key == "young")
        ok = persona_.working_age;

    if (!ok) {
        out.resize(pos);
        return false;
    }
    if (capital) capitalise_at(out, pos);
    return true;
}

std::string PhraseWriter::write(const std::vector<std::string_view>& patterns) {
    std::string out;
    out.reserve(96);
    if (!patterns.empty()) {
        const std::size_t start = static_cast<std::size_t>(rng_.below(static_cast<int>(patterns.size())));
        for (std::size_t k = 0; k < patterns.size(); ++k)
            if (expand(patterns[(start + k) % patterns.size()], out)) break;
    }
    if (out.empty() &&
        !fragment(persona_.subject.kind == SubjectKind::Team ? "team-generic" : "generic", out))
        out = persona_.call;
    capitalise_at(out, 0);
    return out;
}

std::vector<std::string> PhraseWriter::write_distinct(const std::vector<std::string_view>& patterns,
                                                      int count) {
    std::vector<std::string> items;
    if (count <= 0) return items;
    items.reserve(static_cast<std::size_t>(count));
    std::vector<int> order(patterns.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    rng_.shuffle(order);
    auto keep = [&](std::string s) {
        capitalise_at(s, 0);
        if (std::find(items.begin(), items.end(), s) == items.end()) items.push_back(std::move(s));
    };
    for (int index : order) {
        if (static_cast<int>(items.size()) >= count) break;
        new_row();
        std::string s;
        if (expand(patterns[static_cast<std::size_t>(index)], s)) keep(std::move(s));
    }
    const char* generic = persona_.subject.kind == SubjectKind::Team ? "team-generic" : "generic";
    for (int attempt = 0; static_cast<int>(items.size()) < count && attempt < 3 * count; ++attempt) {
        new_row();
        std::string s;
        if (fragment(generic, s)) keep(std::move(s));
    }
    return items;
}

}  // namespace pcr::model
