// Who is acting: the name every change is recorded under (and, with accounts, their role).
#pragma once

#include <string>

namespace pcr::model {

// The person a store acts for. A store is opened for one principal and stamps every change it writes with
// their name, so "who did what" never depends on a setting someone may forget.
class Principal {
  public:
    // Throws pcr::UserError when `name` is blank: a change must say who made it.
    explicit Principal(std::string name);

    const std::string& name() const { return name_; }

  private:
    std::string name_;
};

}  // namespace pcr::model
