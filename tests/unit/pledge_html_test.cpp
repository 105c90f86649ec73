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

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("the web page has its language, one h1 with the service, and every text escaped") {
  const std::string html = report::pledge_html(two_groups(), {});
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
  CHECK(occurrences(html, "<h1") == 1);
  CHECK(html.find("<h1>Our pledge <span class=\"service\">Ward &lt;7&gt; &amp; Friends</span></h1>") !=
        std::string::npos);
  CHECK(html.find("<title>Our pledge: Ward &lt;7&gt; &amp; Friends</title>") != std::string::npos);
  CHECK(html.find("<li>We check your &quot;name&quot; band.</li>") != std::string::npos);
}

TEST_CASE("the web page lists each group's statements under its heading, in the groups' order") {
  const std::string html = report::pledge_html(two_groups(), {});
  CHECK(html.find("<h2 id=\"group-1\">We are caring</h2>\n<ul>\n<li>We are kind.</li>\n<li>We listen.</li>\n"
                  "</ul>") != std::string::npos);
  CHECK(html.find("We are caring") < html.find("We keep you safe"));
}

TEST_CASE("the web page fetches nothing and runs nothing: no script, no link, no source outside itself") {
  const std::string html = report::pledge_html(two_groups(), {{"Made with pledge"}, {"#005EB8"}});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("size: A4") != std::string::npos);
}

TEST_CASE("the web page has no team section when the pledge names no staff, and one when it does") {
  ResolvedPledge pledge = two_groups();
  CHECK(report::pledge_html(pledge, {}).find("Signed by our team") == std::string::npos);
  pledge.staff = {"Siân Prydderch"};
  CHECK(report::pledge_html(pledge, {}).find("<li>Siân Prydderch</li>") != std::string::npos);
}
