#pragma once

#include <string>
#include <string_view>

#include "workshop/workshop_session.hpp"

namespace pledge::workshop {

// The workshop page (page/index.html) as the server sends it: its links given the token, and the pledge
// written in as plain HTML (the service's name; every group and statement with its decision, original
// wording and reason; or the file's problems), so that the page shows the pledge before its script runs,
// without it, and to a plain HTTP client. The script then draws the same from /api/state, with its buttons.
// Placeholders in the page: {{token}}, {{service}}, {{statements}}.
std::string page_with_state(std::string_view page, const WorkshopState& state, const std::string& token);

}  // namespace pledge::workshop
