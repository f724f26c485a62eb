// Replays saved inputs through a fuzz target's entry point in any build (the gcc one too), so an input that
// once crashed is caught without clang: pcr_fuzz_replay TARGET FOLDER-OR-FILE...
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "fuzz_entry_points.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: pcr_fuzz_replay interchange_reader|importer|csv_reader|template_loader "
                     "FOLDER-OR-FILE...\n";
        return 2;
    }
    const pcr::fuzz::EntryPoint run = pcr::fuzz::entry_point(argv[1]);
    if (!run) {
        std::cerr << "pcr_fuzz_replay: no target '" << argv[1] << "'\n";
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 2; i < argc; ++i) {
        const fs::path given = argv[i];
        if (fs::is_directory(given)) {
            for (const auto& entry : fs::recursive_directory_iterator(given))
                if (entry.is_regular_file()) inputs.push_back(entry.path());
        } else if (fs::is_regular_file(given)) {
            inputs.push_back(given);
        } else {
            std::cerr << "pcr_fuzz_replay: " << given.string() << " is neither a file nor a folder\n";
            return 2;
        }
    }
    // In name order, so a run is the same every time and a crash names the same input.
    std::sort(inputs.begin(), inputs.end());
    for (const auto& input : inputs) {
        // Named before it runs: a crash leaves the input that caused it as the last line.
        std::cout << input.string() << std::endl;
        std::ifstream in(input, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        run(bytes.str());
    }
    if (inputs.empty()) {
        std::cerr << "pcr_fuzz_replay: no inputs found\n";
        return 1;
    }
    std::cout << inputs.size() << " inputs replayed through " << argv[1] << " without a crash\n";
    return 0;
}
