#include "lint/checks.hpp"

namespace pledge::lint {

namespace {

// Who says the words are jargon, as a finding names it so that a team can check the advice.
std::string source_name(std::string_view source) {
  if (source == "nhs-a-to-z")
    return "NHS A to Z of health writing";
  if (source == "nhs-content-guide")
    return "NHS content guide";
  if (source == "gov-uk")
    return "GOV.UK style guide";
  if (source == "local")
    return "your jargon list";
  return "pledgekit";
}

}  // namespace

void check_jargon(const StatementView& statement, const SubjectContext& context, const RuleSettings&,
                  RawFindings& out) {
  const auto& tokens = statement.tokens.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t length = 0;
    const JargonEntry* entry = context.data.jargon.match(statement.text, tokens, i, length);
    if (!entry)
      continue;
    const std::string_view written =
        statement.text.substr(tokens[i].begin, tokens[i + length - 1].end - tokens[i].begin);
    out.push_back(RawFinding{statement.index, tokens[i].begin, "'" + std::string(written) + "' is jargon",
                             "use '" + entry->plain + "' instead (" + source_name(entry->source) + ")"});
    i += length - 1;
  }
}

}  // namespace pledge::lint
