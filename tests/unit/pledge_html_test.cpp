#include <doctest/doctest.h>

#include "report/pledge_html.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

ResolvedPledge two_groups() {
  ResolvedPledge pledge;
  pledge.service = "Ward <7> & Friends";
  pledge.audience = "Patients and carers";
  pledge.groups = {{"caring", "We are caring"}, {"safe", "We keep you safe"}};
  for (const auto& [group, text] : std::vector<std::pair<std::string, std::string>>{
           {"caring", "We are kind."}, {"safe", "We check your \"name\" band."}, {"caring", "We listen."}}) {
    ResolvedStatement statement;
    statement.group = group;
    statement.text = text;
    pledge.statements.push_back(statement);
  }
  return pledge;
}

const FixedTexts& shipped(std::string_view language) {
  static const FixedTexts english = texts_for("en-GB", {PLEDGE_SOURCE_DIR "/statements/languages"});
  static const FixedTexts welsh = texts_for("cy", {PLEDGE_SOURCE_DIR "/statements/languages"});
  return language == "cy" ? welsh : english;
}

// The page as the documents table makes it for an English pledge, with nothing at its foot.
report::PledgePage english_page() {
  return {{&shipped("en-GB")}, {}, {}};
}

using test::occurrences;

}  // namespace

TEST_CASE("the web page has its language, one h1 with the service, and every text escaped") {
  const std::string html = report::pledge_html(two_groups(), english_page());
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
  CHECK(occurrences(html, "<h1") == 1);
  CHECK(html.find("<h1>Our pledge <span class=\"service\">Ward &lt;7&gt; &amp; Friends</span></h1>") !=
        std::string::npos);
  CHECK(html.find("<title>Our pledge: Ward &lt;7&gt; &amp; Friends</title>") != std::string::npos);
  CHECK(html.find("<li>We check your &quot;name&quot; band.</li>") != std::string::npos);
}

TEST_CASE("the web page lists each group's statements under its heading, in the groups' order") {
  const std::string html = report::pledge_html(two_groups(), english_page());
  CHECK(html.find("<h2 id=\"group-1\">We are caring</h2>\n<ul>\n<li>We are kind.</li>\n<li>We listen.</li>\n"
                  "</ul>") != std::string::npos);
  CHECK(html.find("We are caring") < html.find("We keep you safe"));
}

TEST_CASE("the web page fetches nothing and runs nothing: no script, no link, no source outside itself") {
  const std::string html = report::pledge_html(
      two_groups(), {{&shipped("en-GB")}, {{"en-GB", "Made with pledge", {}}}, {"#005EB8"}});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("size: A4") != std::string::npos);
}

TEST_CASE("the web page has no team section when the pledge names no staff, and one when it does") {
  ResolvedPledge pledge = two_groups();
  CHECK(report::pledge_html(pledge, english_page()).find("Signed by our team") == std::string::npos);
  pledge.staff = {"Siân Prydderch"};
  CHECK(report::pledge_html(pledge, english_page()).find("<li>Siân Prydderch</li>") != std::string::npos);
}

TEST_CASE(
    "a bilingual web page gives each text in each language, the first first, the others with their lang") {
  ResolvedPledge pledge = two_groups();
  pledge.groups[0].titles = {{"cy", "Rydym yn ofalgar", {}}, {"en-GB", "We are caring", {}}};
  pledge.statements[0].texts = {{"cy", "Rydym yn garedig.", {}}, {"en-GB", "We are kind.", {}}};
  const std::string html = report::pledge_html(
      pledge, {{&shipped("cy"), &shipped("en-GB")}, {{"en-GB", "Made with pledge", {}}}, {}});
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"cy\">"));
  CHECK(html.find("<h1><span class=\"in-language\">Ein haddewid</span> <span class=\"in-language\" "
                  "lang=\"en-GB\">Our pledge</span> <span class=\"service\">") != std::string::npos);
  CHECK(html.find("<h2 id=\"group-1\"><span class=\"in-language\">Rydym yn ofalgar</span> <span "
                  "class=\"in-language\" lang=\"en-GB\">We are caring</span></h2>") != std::string::npos);
  CHECK(html.find("<li><span class=\"in-language\">Rydym yn garedig.</span> <span class=\"in-language\" "
                  "lang=\"en-GB\">We are kind.</span></li>") != std::string::npos);
  CHECK(html.find("<title>Ein haddewid / Our pledge: ") != std::string::npos);
  CHECK(html.find("<p lang=\"en-GB\">Made with pledge</p>") != std::string::npos);
}
