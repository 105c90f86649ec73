#include "lint/rules.hpp"

#include <string>

namespace pledge::lint {

const std::vector<RuleInfo>& rules() {
  static const std::vector<RuleInfo> table = {
      {"spelling", Severity::error,
       "Words not in the British English dictionary, the project word list or 'words:'",
       "A spelling mistake on a poster that every member of staff signs undermines it; source 000's own "
       "poster "
       "printed \"dleay\". Words in capitals are left to the acronym rule; numbers, refs, web and email "
       "addresses "
       "and glossary terms are not checked."},
      {"readability", Severity::warning,
       "Statements (and the pledge as a whole) above a Flesch-Kincaid grade or below a Flesch reading ease",
       "The NHS writes patient information for a reading age of about 9 to 11 (Flesch-Kincaid grade 4 to 6). "
       "One "
       "sentence gives a noisy score, so each statement may reach grade 8 (reading ease 50) while the whole "
       "pledge "
       "should stay at grade 6 or below (reading ease 60 or above)."},
      {"sentence-length", Severity::warning, "Sentences longer than 25 words",
       "Long sentences are the main cause of hard reading: plain-English guidance for health writing aims at "
       "an "
       "average of 15 to 20 words and treats 25 as a ceiling."},
      {"jargon", Severity::warning,
       "Words and phrases with a plainer alternative (utilise: use; facilitate: help)",
       "Source 000 asks teams to keep their statements jargon free and in plain English; patients read a "
       "pledge "
       "quickly, on a wall, often while worried."},
      {"passive", Severity::warning, "Passive voice ('are made aware', 'is taken into account')",
       "A pledge is a promise; the passive hides who makes it. Naming who acts ('we tell you') makes the "
       "promise "
       "clear and checkable."},
      {"acronym", Severity::warning, "Acronyms not spelled out in the pledge and not explained in a glossary",
       "Patients do not know most service acronyms. Spell one out the first time, as in 'Care Quality "
       "Commission "
       "(CQC)', or explain it under 'glossary:'. Acronyms everyone knows (NHS, GP) are listed in the lint "
       "data."},
      {"repetition", Severity::warning,
       "Near-duplicate statements in one pledge, and doubled words ('the the')",
       "Source 000 warns that groups working on different values repeat each other; a pledge that says the "
       "same "
       "thing twice is longer and weaker. A doubled word is a typing slip."},
      {"typography", Severity::warning,
       "Double spaces, leading or trailing spaces, a missing final full stop, straight and curly quotes "
       "mixed",
       "Small slips show on a printed poster and make it look unchecked."},
      {"length", Severity::warning, "Statements longer than 40 words",
       "A poster is read standing up, from a distance: a statement over 40 words will not be read to the "
       "end."},
  };
  return table;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& rule : rules()) {
    if (rule.id == id)
      return &rule;
  }
  return nullptr;
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const auto& rule : rules())
    ids.emplace_back(rule.id);
  return ids;
}

}  // namespace pledge::lint
