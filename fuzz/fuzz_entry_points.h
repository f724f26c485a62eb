// The functions the fuzz targets feed bytes to, shared with the replay test so the gcc build runs them too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pcr::fuzz {

// Each takes any bytes and must neither crash nor throw anything but a pcr::Error: a bad input is refused
// with problems (or a pcr::Error), never more. Anything else aborts, which the fuzzer reports as a crash.

// read_interchange_text against the shipped templates and workbooks.
void interchange_reader(std::string_view bytes);
// import_interchange of the bytes as a file into a database holding a small caseload, copied afresh for
// each input.
void importer(std::string_view bytes);
// read_csv_text, then the rows read as an assessment's scores and as its actions.
void csv_reader(std::string_view bytes);
// parse_tool_template_text, and a template that parses added to a registry beside the shipped ones.
void template_loader(std::string_view bytes);

// The entry point named by `target` ("interchange_reader", "importer", "csv_reader", "template_loader"); null
// for another name.
using EntryPoint = void (*)(std::string_view);
EntryPoint entry_point(std::string_view target);

}  // namespace pcr::fuzz
