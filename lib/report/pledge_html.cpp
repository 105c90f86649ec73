#include "report/pledge_html.hpp"

#include "base/markup_text.hpp"

namespace pledge::report {

namespace {

// The style sheet: the PDFs' ink and heading colours on white (each pair 7:1 or more, WCAG AAA), text that
// follows the reader's own size (rem), a measure of about 70 characters, and for print an A4 page with the
// headings kept with what follows them and no statement split between pages.
constexpr const char* style_sheet = R"(
html { color-scheme: light; }
body { margin: 0; background: #FFFFFF; color: #212B32; font-family: Arial, "Liberation Sans", Helvetica, sans-serif;
  font-size: 1.125rem; line-height: 1.5; }
main, footer { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
main { padding-top: 2rem; }
h1 { margin: 0 0 0.75rem; color: #003087; font-size: 2.5rem; line-height: 1.15; }
h1 .service { display: block; margin-top: 0.5rem; font-size: 1.75rem; }
.audience { margin: 0 0 1.5rem; font-size: 1.25rem; }
h2 { margin: 2rem 0 0.75rem; padding-left: 0.75rem; border-left: 0.5rem solid #003087; color: #003087;
  font-size: 1.5rem; line-height: 1.25; }
ul { margin: 0; padding-left: 1.75rem; }
li { margin: 0 0 0.6rem; padding-left: 0.25rem; }
.team { columns: 2 14rem; }
footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid #AEB7BD;
  color: #4C6272; font-size: 1rem; }
footer p { margin: 0 0 0.4rem; }
@media print {
  @page { size: A4; margin: 18mm 16mm 20mm; }
  body { font-size: 12pt; }
  main, footer { max-width: none; padding: 0; }
  h1 { font-size: 28pt; }
  h1 .service { font-size: 18pt; }
  h2 { font-size: 16pt; break-after: avoid; page-break-after: avoid; }
  li { break-inside: avoid; page-break-inside: avoid; }
  footer { margin-top: 2rem; font-size: 9pt; }
}
)";

// `texts` (each language's text, the first first) as HTML: one text alone as it is; several each in a block
// span, those in another language than the page's with their lang.
std::string in_each(const std::vector<LanguageText>& texts, std::string_view page_lang) {
  if (texts.size() == 1)
    return escaped_markup(texts.front().text);
  std::string out;
  for (const LanguageText& text : texts) {
    // A space between the blocks, so that the text copied or read without the style sheet keeps them apart.
    if (!out.empty())
      out += " ";
    out += "<span class=\"in-language\"";
    if (text.language != page_lang)
      out += " lang=\"" + escaped_markup(text.language) + "\"";
    out += ">" + escaped_markup(text.text) + "</span>";
  }
  return out;
}

}  // namespace

std::string pledge_html(const ResolvedPledge& pledge, const PledgePage& page) {
  const std::string& lang = page.texts.front()->language();
  // A fixed text in each language, each a LanguageText as in_each wants it.
  const auto fixed = [&](std::string_view key, const std::string& after = "") {
    std::vector<LanguageText> out;
    for (const FixedTexts* texts : page.texts)
      out.push_back({texts->language(), texts->text(key) + after, {}});
    return out;
  };
  std::string title;
  for (const FixedTexts* texts : page.texts)
    title += (title.empty() ? "" : " / ") + texts->text("our-pledge");
  std::string out;
  out.reserve(8192);
  out += "<!DOCTYPE html>\n<html lang=\"" + escaped_markup(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + escaped_markup(title) + ": " + escaped_markup(pledge.service) + "</title>\n";
  out += "<style>";
  out += style_sheet;
  if (page.texts.size() > 1)  // each language's text a block of its own, at the same size
    out += ".in-language { display: block; }\n";
  out += "</style>\n</head>\n<body>\n<main>\n";
  out += "<h1>" + in_each(fixed("our-pledge"), lang) + " <span class=\"service\">" +
         escaped_markup(pledge.service) + "</span></h1>\n";
  if (!pledge.audience.empty())
    out +=
        "<p class=\"audience\">" + in_each(fixed("who-this-is-for", " " + pledge.audience), lang) + "</p>\n";
  for (std::size_t g = 0; g < pledge.groups.size(); ++g) {
    const auto& group = pledge.groups[g];
    std::string items;
    for (const auto& statement : pledge.statements)
      if (statement.group == group.id)
        items += "<li>" +
                 (statement.texts.empty() ? escaped_markup(statement.text) : in_each(statement.texts, lang)) +
                 "</li>\n";
    if (items.empty())
      continue;
    const std::string id = "group-" + std::to_string(g + 1);
    out += "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\"";
    if (!page.group_colours.empty())
      out += " style=\"border-left-color: " + page.group_colours[g % page.group_colours.size()] + "\"";
    out += ">" + (group.titles.empty() ? escaped_markup(group.title) : in_each(group.titles, lang)) +
           "</h2>\n<ul>\n" + items + "</ul>\n</section>\n";
  }
  if (!pledge.staff.empty()) {
    out += "<section aria-labelledby=\"team\">\n<h2 id=\"team\">" +
           in_each(fixed("signed-by-our-team"), lang) + "</h2>\n";
    out += "<p>" + in_each(fixed("signing-promise"), lang) + "</p>\n<ul class=\"team\">\n";
    for (const auto& name : pledge.staff)
      out += "<li>" + escaped_markup(name) + "</li>\n";
    out += "</ul>\n</section>\n";
  }
  if (!pledge.contact.empty()) {
    out += "<section aria-labelledby=\"contact\">\n<h2 id=\"contact\">" +
           in_each(fixed("who-to-contact"), lang) + "</h2>\n";
    out += "<p>" + escaped_markup(pledge.contact) + "</p>\n</section>\n";
  }
  out += "</main>\n<footer>\n";
  for (const auto& line : page.about)
    if (!line.text.empty())
      out += "<p" +
             (line.language != lang ? " lang=\"" + escaped_markup(line.language) + "\"" : std::string()) +
             ">" + escaped_markup(line.text) + "</p>\n";
  out += "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace pledge::report
