#include "lint/rules.hpp"

#include <fmt/core.h>

#include "lint/checks.hpp"

namespace pledge::lint {

std::string allowed_values(const RuleOption& option) {
  switch (option.type) {
    case OptionType::number:
      return fmt::format("a number from {:g} to {:g}", option.low, option.high);
    case OptionType::whole_number:
      return fmt::format("a whole number from {:g} to {:g}", option.low, option.high);
    case OptionType::flag:
      break;
  }
  return "true or false";
}

std::string written_value(const RuleOption& option, double value) {
  if (option.type == OptionType::flag)
    return value != 0 ? "true" : "false";
  return fmt::format("{:g}", value);
}

bool Rule::applies_to(std::string_view language) const {
  if (languages.empty())
    return true;
  const std::string_view primary = language.substr(0, language.find('-'));
  for (std::string_view each : languages) {
    if (each == primary)
      return true;
  }
  return false;
}

const RuleOption* Rule::option(std::string_view option_name) const {
  for (const auto& candidate : options) {
    if (candidate.name == option_name)
      return &candidate;
  }
  return nullptr;
}

namespace {

RuleOption number(std::string_view name, double default_value, double low, double high,
                  std::string_view description) {
  return {name, OptionType::number, default_value, low, high, description};
}

RuleOption whole_number(std::string_view name, int default_value, int low, int high,
                        std::string_view description) {
  return {name, OptionType::whole_number, double(default_value), double(low), double(high), description};
}

RuleOption flag(std::string_view name, bool default_value, std::string_view description) {
  return {name, OptionType::flag, default_value ? 1.0 : 0.0, 0, 1, description};
}

}  // namespace

const NameTable<Rule>& rules() {
  static const NameTable<Rule> table(
      "rule",
      {
          {"spelling",
           Severity::error,
           "Words not in the British English dictionary, the project word list or 'words:'",
           "A spelling mistake on a poster that every member of staff signs undermines it; the "
           "organisation's own poster in the \"Our pledge\" guidance printed \"dleay\". Words in capitals "
           "are left to the acronym rule; numbers, refs, web and email addresses and glossary terms are not "
           "checked. Welsh is checked against the Welsh word list (Debian's aspell-cy), English against "
           "British English; a text in a language with no dictionary here is not checked.",
           {},
           check_spelling,
           nullptr,
           {"en", "cy"}},
          {"readability",
           Severity::warning,
           "Statements (and the pledge as a whole) above a Flesch-Kincaid grade or below a Flesch reading "
           "ease",
           "The NHS writes patient information for a reading age of about 9 to 11 (Flesch-Kincaid grade 4 to "
           "6), and the whole pledge should stay at grade 6 or below (reading ease 60 or above). On one "
           "sentence the formula is noise: the NHS's own plain sentences score grade 8 to 13 (\"This "
           "appointment usually lasts an hour.\" is 8.4), so a statement is flagged only when its sentences "
           "are long (15 words or more on average) and it scores above grade 13 or below reading ease 40, "
           "which on real NHS, CQC and NICE text picks out the statements a careful editor would rewrite.",
           {number("max-grade", 13, 0, 30,
                   "the highest Flesch-Kincaid grade of a statement (add 5 for a reading age)"),
            number("min-reading-ease", 40, -100, 121,
                   "the lowest Flesch reading ease of a statement (higher is easier)"),
            whole_number("min-sentence-words", 15, 1, 100,
                         "statements whose sentences average fewer words are not scored against the two "
                         "above (the formula is noise on a short sentence)"),
            number("pledge-max-grade", 6, 0, 30, "the highest Flesch-Kincaid grade of the pledge as a whole"),
            number("pledge-min-reading-ease", 60, -100, 121,
                   "the lowest Flesch reading ease of the pledge as a whole")},
           check_readability,
           check_whole_readability,
           {"en"}},
          {"sentence-length",
           Severity::warning,
           "Sentences longer than 25 words",
           "Long sentences are the main cause of hard reading: plain-English guidance for health writing "
           "aims at an average of 15 to 20 words and treats 25 as a ceiling.",
           {whole_number("max-words", 25, 1, 1000, "the longest sentence, in words")},
           check_sentence_length},
          {"jargon",
           Severity::warning,
           "Words and phrases with a plainer alternative (utilise: use; facilitate: help)",
           "The \"Our pledge\" guidance (\"How to create an individual pledge for your service\") asks teams "
           "to keep their statements jargon free and in plain English; patients read a pledge quickly, on a "
           "wall, often while worried.",
           {},
           check_jargon,
           nullptr,
           {"en"}},
          {"passive",
           Severity::warning,
           "Passive voice ('are made aware', 'is taken into account')",
           "A pledge is a promise; the passive hides who makes it. Naming who acts ('we tell you') makes the "
           "promise clear and checkable.",
           {},
           check_passive,
           nullptr,
           {"en"}},
          {"acronym",
           Severity::warning,
           "Acronyms not spelled out in the pledge and not explained in a glossary",
           "Patients do not know most service acronyms. Spell one out the first time, as in 'Care Quality "
           "Commission (CQC)', or explain it under 'glossary:'. Acronyms everyone knows (NHS, GP) are listed "
           "in the lint data.",
           {},
           nullptr,
           check_acronyms,
           {"en"}},
          {"repetition",
           Severity::warning,
           "Near-duplicate statements in one pledge, and doubled words ('the the')",
           "The \"Our pledge\" guidance warns that groups working on different values repeat each other; a "
           "pledge that says the same thing twice is longer and weaker. A doubled word is a typing slip.",
           {number("max-similarity", 0.6, 0, 1,
                   "the share of content words that makes two statements near-duplicates")},
           check_doubled_words,
           check_near_duplicates},
          {"typography",
           Severity::warning,
           "Double spaces, leading or trailing spaces, a missing final full stop, straight and curly quotes "
           "mixed",
           "Small slips show on a printed poster and make it look unchecked.",
           {flag("final-full-stop", true, "whether every statement must end with a full stop")},
           check_typography,
           check_mixed_quotes},
          {"length",
           Severity::warning,
           "Statements longer than 40 words",
           "A poster is read standing up, from a distance: a statement over 40 words will not be read to the "
           "end.",
           {whole_number("max-words", 40, 1, 1000, "the longest statement, in words")},
           check_length},
      });
  return table;
}

}  // namespace pledge::lint
