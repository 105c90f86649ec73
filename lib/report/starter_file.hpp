#pragma once

#include <string>
#include <vector>

#include "model/library.hpp"

namespace pledge::report {

// The "blank template" a team starts from: a service file selecting `libraries` in which every statement
// appears as commented-out exclude and reword entries carrying its text, ready to uncomment. As written it
// resolves to every statement kept.
std::string starter_service_file(const std::string& service, const std::string& audience,
                                 const std::vector<const Library*>& libraries);

}  // namespace pledge::report
