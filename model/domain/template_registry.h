// All thinking-tool templates the program knows, loaded and validated from a folder of XML files.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/core/errors.h"
#include "model/domain/tool_template.h"

namespace pcr::model {

// One problem found in a template file.
struct TemplateProblem {
    std::filesystem::path file;
    int line = 0;  // 1-based; 0 when the problem is not tied to a line
    std::string message;

    std::string to_string() const;  // "templates/tools/x.xml:12: section 'a' has min -1; use 0 or more"
};

// Template or workbook files that could not be loaded. what() lists every problem, a line each, and what to
// do; problems() has them one by one and folder() where the files are, for a front end that shows one line.
class TemplateFilesError : public TemplateError {
  public:
    TemplateFilesError(std::vector<TemplateProblem> problems, std::filesystem::path folder,
                       const std::string& advice);
    const std::vector<TemplateProblem>& problems() const { return problems_; }
    const std::filesystem::path& folder() const { return folder_; }

  private:
    std::vector<TemplateProblem> problems_;
    std::filesystem::path folder_;
};

// The result of loading one template file: a template, or the problems that stop it loading.
struct TemplateParseResult {
    std::optional<ToolTemplate> tool;
    std::vector<TemplateProblem> problems;
    bool ok() const { return tool.has_value() && problems.empty(); }
};

// Parses one template file (expected failures are returned, never thrown).
TemplateParseResult parse_tool_template(const std::filesystem::path& file);
// Parses template text; `file` is used only to name it in problems.
TemplateParseResult parse_tool_template_text(const std::string& xml, const std::filesystem::path& file);

class TemplateRegistry {
  public:
    // Loads every *.xml under folder/tools, sorted by file name. Throws TemplateFilesError naming the file,
    // line and problem of every broken file, or when two files share a tool id; pcr::TemplateError when
    // there is no folder of templates.
    static TemplateRegistry load(const std::filesystem::path& templates_folder);
    // The folder the program's templates are in: $PCR_TEMPLATES, else ../share/pcrecords/templates beside the
    // executable, else the nearest templates/ (holding tools/) in a folder above it, else the source tree.
    static std::filesystem::path default_folder();

    // Throws pcr::TemplateError on a duplicate id, or a role another tool has already.
    void add(ToolTemplate tool);

    const ToolTemplate* find(const std::string& id) const;
    // The tool the templates give `role` (docs/templates.md); nullptr when none does, and then whatever needs
    // it is left out or disabled rather than failing.
    const ToolTemplate* with_role(ToolRole role) const;
    const ToolTemplate& get(const std::string& id) const;              // throws pcr::NotFoundError
    const std::vector<ToolTemplate>& tools() const { return tools_; }  // in load order
    std::vector<const ToolTemplate*> tools_for(SubjectKind kind) const;
    // The templates folder this was loaded from (holding tools/ and export/); empty when built by hand.
    const std::filesystem::path& folder() const { return folder_; }

  private:
    // A problem when `tool` has a role one of the loaded tools has already; none when it may be added.
    std::optional<std::string> role_clash(const ToolTemplate& tool) const;

    std::filesystem::path folder_;
    std::vector<ToolTemplate> tools_;
    std::map<std::string, std::size_t> index_;
};

}  // namespace pcr::model
