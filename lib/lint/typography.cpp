#include <string>

#include "lint/checks.hpp"

namespace pledge::lint {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// Closing marks that may follow the full stop: "(where able).", "‘... me’." or "... me.’".
std::size_t before_closing_marks(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    if (text[end - 1] == ')' || text[end - 1] == '"' || text[end - 1] == '\'') {
      --end;
    } else if (end >= 3 && (text.compare(end - 3, 3, "\xE2\x80\x99") == 0 ||
                            text.compare(end - 3, 3, "\xE2\x80\x9D") == 0)) {
      end -= 3;
    } else {
      break;
    }
  }
  return end;
}

enum class QuoteStyle { none, straight, curly };

// The style of the quote mark or apostrophe at `i`, and its length in bytes.
QuoteStyle quote_at(std::string_view text, std::size_t i, std::size_t& length) {
  length = 1;
  if (text[i] == '\'' || text[i] == '"')
    return QuoteStyle::straight;
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const auto third = static_cast<unsigned char>(text[i + 2]);
    if (third == 0x98 || third == 0x99 || third == 0x9C || third == 0x9D) {
      length = 3;
      return QuoteStyle::curly;
    }
  }
  return QuoteStyle::none;
}

}  // namespace

void check_typography(const StatementView& statement, const SubjectContext&, const RuleSettings& settings,
                      RawFindings& out) {
  const std::string_view text = statement.text;
  if (text.empty())
    return;
  if (is_space(text.front())) {
    out.push_back(RawFinding{statement.index, 0, "statement starts with a space",
                             "delete the space before the first word"});
  }
  std::size_t last = text.size();
  while (last > 0 && is_space(text[last - 1]))
    --last;
  if (last < text.size() && last > 0) {
    out.push_back(RawFinding{statement.index, last, "statement ends with a space",
                             "delete the space after the last word"});
  }
  std::size_t first = 0;
  while (first < last && is_space(text[first]))
    ++first;
  for (std::size_t i = first; i + 1 < last; ++i) {
    if (text[i] == ' ' && text[i + 1] == ' ') {
      out.push_back(RawFinding{statement.index, i, "two spaces in a row", "use one space"});
      while (i + 1 < last && text[i + 1] == ' ')
        ++i;
    }
  }
  if (settings.flag("final-full-stop") && last > first) {
    const std::string_view trimmed = text.substr(0, last);
    const std::size_t end = before_closing_marks(trimmed);
    if (end == 0 || (trimmed[end - 1] != '.' && trimmed[end - 1] != '!' && trimmed[end - 1] != '?')) {
      out.push_back(
          RawFinding{statement.index, last, "statement does not end with a full stop", "end it with '.'"});
    }
  }
}

void check_mixed_quotes(const SubjectContext& context, const RuleSettings&, RawFindings& out) {
  // The style most used across the subject wins; a tie goes to curly quotes, the printer's choice.
  int straight = 0;
  int curly = 0;
  for (const StatementView* const each : context.statements) {
    const StatementView& statement = *each;
    for (std::size_t i = 0; i < statement.text.size();) {
      std::size_t length = 1;
      const QuoteStyle style = quote_at(statement.text, i, length);
      if (style == QuoteStyle::straight)
        ++straight;
      if (style == QuoteStyle::curly)
        ++curly;
      i += length;
    }
  }
  if (straight == 0 || curly == 0)
    return;
  const QuoteStyle odd = straight > curly ? QuoteStyle::curly : QuoteStyle::straight;
  for (const StatementView* const each : context.statements) {
    const StatementView& statement = *each;
    for (std::size_t i = 0; i < statement.text.size();) {
      std::size_t length = 1;
      if (quote_at(statement.text, i, length) == odd) {
        const std::string mark(statement.text.substr(i, length));
        out.push_back(
            RawFinding{statement.index, i,
                       odd == QuoteStyle::straight
                           ? "straight quote " + mark + " in a pledge that otherwise uses curly quotes"
                           : "curly quote " + mark + " in a pledge that otherwise uses straight quotes",
                       odd == QuoteStyle::straight ? "use ‘ ’ and “ ” (and ’ for apostrophes) throughout"
                                                   : "use ' and \" throughout"});
        break;  // one per statement is enough to point at the slip
      }
      i += length;
    }
  }
}

}  // namespace pledge::lint
