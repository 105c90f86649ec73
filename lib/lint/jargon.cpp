#include "lint/checks.hpp"

namespace pledge::lint {

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
                             "use '" + entry->plain + "' instead"});
    i += length - 1;
  }
}

}  // namespace pledge::lint
