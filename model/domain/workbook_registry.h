// The workbooks the program knows, loaded and validated from data/workbooks/*.xml (one file per workbook).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/domain/workbook.h"

namespace pcr::model {

class TemplateRegistry;

class WorkbookRegistry {
  public:
    // Loads every *.xml in `workbooks_folder`, checking each against `templates` (tools, sections and columns
    // its evidence rules name must exist). Throws pcr::TemplateError naming each bad file, its line and the
    // problem.
    static WorkbookRegistry load(const std::filesystem::path& workbooks_folder,
                                 const TemplateRegistry& templates);
    // $PCR_DATA/workbooks if set, else share/pcrecords/data/workbooks beside the program, else the source
    // tree's.
    static std::filesystem::path default_folder();

    const std::vector<Workbook>& workbooks() const { return workbooks_; }
    const Workbook* find(const std::string& id) const;
    // Throws pcr::NotFoundError naming the workbooks there are.
    const Workbook& get(const std::string& id) const;

  private:
    std::vector<Workbook> workbooks_;
};

// The workbook the program assesses against unless told otherwise.
inline constexpr const char* kDefaultWorkbook = "progress-for-providers-homecare";

}  // namespace pcr::model
