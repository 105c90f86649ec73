#include "workshop/page_html.hpp"

#include <utility>
#include <vector>

#include "base/markup_text.hpp"

namespace pledge::workshop {

namespace {

// The page with each {{name}} replaced, in one pass, so that what is put in (the team's text) is never read
// as a placeholder itself.
std::string filled(std::string_view page,
                   const std::vector<std::pair<std::string_view, std::string>>& values) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = page.find("{{", at);
    if (open == std::string_view::npos)
      break;
    const std::size_t close = page.find("}}", open);
    if (close == std::string_view::npos)
      break;
    const std::string_view name = page.substr(open + 2, close - open - 2);
    out.append(page.substr(at, open - at));
    bool known = false;
    for (const auto& [key, value] : values) {
      if (key == name) {
        out += value;
        known = true;
      }
    }
    if (!known)
      out.append(page.substr(open, close + 2 - open));
    at = close + 2;
  }
  out.append(page.substr(at));
  return out;
}

std::string statements_html(const WorkshopState& state) {
  std::string out;
  if (!state.view) {
    out += "<ul>";
    for (const auto& problem : state.problems)
      out += "<li>" + escaped_markup(problem.message) + "</li>";
    return out + "</ul>";
  }
  for (const auto& group : state.view->groups) {
    out +=
        "<section class=\"group\"><h2>" + escaped_markup(group.title) + "</h2><ol class=\"statement-list\">";
    for (const auto& s : group.statements) {
      out += "<li class=\"statement decision-" + std::string(to_string(s.decision)) +
             "\"><p class=\"badge\">" + std::string(badge(s.decision)) + "</p><p class=\"statement-text\">" +
             escaped_markup(s.text) + "</p>";
      if (s.decision == Decision::reworded)
        out += "<p class=\"original\"><span class=\"label\">Original: </span>" + escaped_markup(s.original) +
               "</p>";
      if (s.decision == Decision::crossed_off)
        out += "<p class=\"reason\"><span class=\"label\">Why it is crossed off: </span>" +
               escaped_markup(s.reason) + "</p>";
      out += "</li>";
    }
    out += "</ol></section>";
  }
  out += "<section class=\"asks\"><h2>What we ask of you</h2>";
  if (state.view->asks.empty())
    out += "<p>No asks yet.</p>";
  else
    out += "<ol class=\"ask-list\">";
  for (const auto& ask : state.view->asks)
    out += "<li class=\"ask\"><p class=\"statement-text\">" + escaped_markup(ask.text) + "</p></li>";
  if (!state.view->asks.empty())
    out += "</ol>";
  return out + "</section>";
}

}  // namespace

std::string page_with_state(std::string_view page, const WorkshopState& state, const std::string& token) {
  return filled(page, {{"token", token},
                       {"service", escaped_markup(state.view ? state.view->service : state.file_name)},
                       {"organisation", escaped_markup(state.identity.organisation)},
                       {"statements", statements_html(state)}});
}

}  // namespace pledge::workshop
