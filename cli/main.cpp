// pcrecords-cli entry point: parse, run, and turn every failure into one clear line and an exit code.
#include <iostream>
#include <string>
#include <vector>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/resource_locator.h"
#include "model/core/translate.h"
#include "model/domain/template_registry.h"
#include "model/exchange/importer.h"

int main(int argc, char** argv) {
    using namespace pcr::cli;
    std::ios::sync_with_stdio(false);
    pcr::model::ResourceLocator::set_program(argc > 0 ? argv[0] : "");
    pcr::model::start_translation(pcr::model::ResourceLocator::find("locale").value_or(""));
    try {
        Arguments args = parse_arguments(std::vector<std::string>(argv + 1, argv + argc));
        if (args.has("--help")) {
            std::cout << usage_text();
            return 0;
        }
        if (args.has("--version")) {
            std::cout << "pcrecords-cli " << PCR_VERSION << "\n";
            return 0;
        }
        const int code = run_command(args, std::cout, std::cerr);
        std::cout.flush();
        return code;
    } catch (const UsageError& e) {
        std::cerr << "pcrecords-cli: " << e.what() << "\n"
                  << pcr::model::tr("Try 'pcrecords-cli --help'.") << "\n";
        return 2;
    } catch (const pcr::model::ImportError& e) {
        // One line for scripts: the first problem, and how many there are in all.
        const auto& problems = e.problems();
        std::string first = std::string(e.what()).substr(0, std::string(e.what()).find('\n'));
        if (problems.size() > 1 || (problems.size() == 1 && problems[0].line > 0)) {
            // TRANSLATORS: {1} is a file, {2} its first problem.
            first = pcr::model::fill_in(
                problems.size() == 1
                    ? pcr::model::tr("Cannot import {1}: {2} (the only problem; nothing was changed)")
                    : pcr::model::tr_n("Cannot import {1}: {2} (first of {3} problem; nothing was "
                                       "changed)",
                                       "Cannot import {1}: {2} (first of {3} problems; nothing was "
                                       "changed)",
                                       problems.size()),
                e.file().string(), problems[0].to_string(), problems.size());
        }
        std::cerr << "pcrecords-cli: " << first << "\n";
        return 1;
    } catch (const pcr::model::TemplateFilesError& e) {
        // One line for scripts, as for an import: the first problem, and how many there are in all.
        const auto& problems = e.problems();
        // TRANSLATORS: {1} is a template file's first problem ("FILE:LINE: problem"), {2} its folder.
        std::cerr << "pcrecords-cli: "
                  << pcr::model::fill_in(
                         problems.size() == 1
                             ? pcr::model::tr("{1} (the only problem; fix the file, or move it out of {2})")
                             : pcr::model::tr_n("{1} (first of {3} problem; fix the files, or move them out "
                                                "of {2})",
                                                "{1} (first of {3} problems; fix the files, or move them out "
                                                "of {2})",
                                                problems.size()),
                         problems.front().to_string(), e.folder().string(), problems.size())
                  << "\n";
        return 1;
    } catch (const pcr::AccessError& e) {
        // Sign-in failed or the account may not do this: a script tells it from a data problem.
        std::cerr << "pcrecords-cli: " << e.what() << "\n";
        return 3;
    } catch (const pcr::Error& e) {
        std::cerr << "pcrecords-cli: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "pcrecords-cli: "
                  << pcr::model::fill_in(pcr::model::tr("unexpected failure: {1}"), e.what()) << "\n";
        return 1;
    }
}
