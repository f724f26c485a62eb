// Finds the files pcrecords ships (tool and export templates, workbooks, the user guide) wherever it runs
// from.
#pragma once

#include <filesystem>
#include <optional>

namespace pcr::model {

// One rule for every shipped file, so an installed program, a build tree and a test all find the same ones:
// beside the program as installed (<bin>/../share/pcrecords/<relative>), in a source tree above the program
// (a build directory inside the checkout), under the install prefix the program was built for, then the
// source tree it was built from.
class ResourceLocator {
  public:
    // The running program, as main() knows it (argv[0] or the platform's executable path); a relative path or
    // a bare name is resolved against the working directory and then PATH. Without it only the install prefix
    // and the source tree are looked in.
    static void set_program(const std::filesystem::path& program);

    // The first place holding `relative` (a folder or a file, e.g. "templates/tools"), or nullopt.
    static std::optional<std::filesystem::path> find(const std::filesystem::path& relative);
};

}  // namespace pcr::model
