#include "render/replaced_characters.hpp"

#include "render/text.hpp"

namespace pledge::render {

std::vector<Diagnostic> replaced_characters(const ResolvedPledge& pledge) {
  std::vector<Diagnostic> out;
  const std::string file = pledge.source_text ? pledge.source_text->name() : std::string();
  auto check = [&](const std::string& text, std::string_view what, std::optional<Location> where) {
    std::vector<char32_t> replaced;
    printable_text(text, &replaced);
    if (replaced.empty())
      return;
    std::string names;
    for (char32_t c : replaced)
      names += (names.empty() ? "" : ", ") + code_point_name(c);
    if (!where && !file.empty())
      where = Location{file, 0, 0};
    out.push_back({where,
                   std::string(what) + " has characters the PDF font cannot show (" + names +
                       "); they are printed as '?': use plain text instead of emoji and symbols",
                   {}});
  };
  check(pledge.service, "the service name", std::nullopt);
  check(pledge.audience, "the audience", std::nullopt);
  check(pledge.contact, "the contact", std::nullopt);
  for (const auto& group : pledge.groups)
    check(group.title, "group title '" + group.id + "'", std::nullopt);
  for (const auto& statement : pledge.statements) {
    check(statement.text, "statement " + statement.ref, statement.text_location);
    if (statement.record) {
      check(statement.record->notes, "the evidence notes of " + statement.ref, statement.record->location);
      check(statement.record->owner, "the evidence owner of " + statement.ref, statement.record->location);
    }
  }
  for (const auto& excluded : pledge.excluded)
    check(excluded.reason, "the reason for excluding " + excluded.ref, excluded.location);
  for (const auto& name : pledge.staff)
    check(name, "staff name '" + name + "'", std::nullopt);
  return out;
}

}  // namespace pledge::render
