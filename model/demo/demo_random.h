// The demo generator's own random numbers: the same seed gives the same caseload on every platform and
// library.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace pcr::model {

// xoshiro256** seeded through splitmix64. std::uniform_*_distribution is avoided on purpose: its results
// differ between standard libraries, and the demo must be identical everywhere for a seed.
class DemoRandom {
  public:
    explicit DemoRandom(std::uint64_t seed) {
        for (auto& word : state_) word = splitmix(seed);
    }

    // A seed for an independent stream (one per person, per purpose) derived from a base seed.
    static std::uint64_t stream(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index = 0) {
        std::uint64_t x = seed ^ (purpose * 0x9E3779B97F4A7C15ULL);
        std::uint64_t a = splitmix(x);
        x ^= index * 0xC2B2AE3D27D4EB4FULL;
        return a ^ splitmix(x);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // 0 <= result < n (n > 0); multiply-shift, which is exact enough for picking names and phrases.
    int below(int n) { return static_cast<int>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32); }
    long below_long(long n) { return static_cast<long>(((next() >> 11) % static_cast<std::uint64_t>(n))); }
    // lo <= result <= hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

    // An index chosen with the given whole-number weights (at least one positive).
    int weighted(const std::vector<int>& weights) {
        int total = 0;
        for (int w : weights) total += w;
        int r = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) return static_cast<int>(i);
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

    template <class T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<std::size_t>(below_long(static_cast<long>(i)))]);
    }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t state_[4];
};

}  // namespace pcr::model
