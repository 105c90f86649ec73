#pragma once

#include <string>
#include <vector>

#include "model/fixed_texts.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge::report {

// What the web page shows besides the pledge, as the PDFs do.
struct PledgePage {
  // The fixed texts of each of the pledge's languages, the first (the page's lang) first; at least one.
  std::vector<const FixedTexts*> texts;
  std::vector<LanguageText> about;  // lines for the foot of the page (sources, edition), each in its language
  std::vector<std::string> group_colours;  // "#005EB8", one per group in turn (cycled), as the PDFs use them
};

// The pledge as one self-contained, accessible web page for a website or an intranet: a single h1 (our
// pledge and the service), the audience, each group's title as an h2 followed by a list of its statements,
// the team, whom to contact, and a footer. Semantic HTML with a lang attribute, CSS inline and no script, no
// image, font or style sheet fetched from anywhere; a print style sheet sets it on A4. Every text is escaped.
// A bilingual page (`languages: [cy, en-GB]`) gives every heading, statement and fixed text in each language,
// the first first, at the same size; the html element has the first language's lang and every element in
// another language its own lang, so that screen readers switch voice and browsers hyphenate rightly.
std::string pledge_html(const ResolvedPledge& pledge, const PledgePage& page);

}  // namespace pledge::report
