#include <doctest/doctest.h>

#include "test_input.hpp"
#include "workshop/page_html.hpp"
#include "workshop/workshop_json.hpp"
#include "workshop/workshop_view.hpp"

using namespace pledge;
using namespace pledge::workshop;

namespace {

using Libraries = test::DemoLibrary;

lint::Finding finding(const std::string& ref, const std::string& message) {
  return lint::Finding{"spelling", lint::Severity::error, {}, message, {}, ref};
}

}  // namespace

TEST_CASE(
    "the view has every library statement in library order, crossed-off ones in place, then the team's") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve("ward.pledge.yaml", R"(service: Ward 7
audience: Patients
libraries: [demo]
groups: [{id: caring, title: We care}, {id: ours, title: Our own}]
exclude:
  - {ref: demo/second-opinion, reason: Not here.}
reword:
  - {ref: demo/single-sex-accommodation, text: Your room is your own.}
add:
  - {id: visiting, group: caring, text: Visit any time.}
)");
  lint::LintReport report;
  report.findings = {finding("demo/dignity", "unknown word 'dignty'"), finding("", "the whole pledge")};
  const WorkshopView view = workshop_view(pledge, libraries.catalog(), report);
  CHECK(view.service == "Ward 7");
  REQUIRE(view.groups.size() == 3);
  CHECK(view.groups[0].id == "partnership");
  CHECK(view.groups[1].title == "We care");
  CHECK(view.groups[2].title == "Our own");
  CHECK(view.groups[2].statements.empty());
  REQUIRE(view.groups[0].statements.size() == 1);
  const ViewStatement& crossed = view.groups[0].statements[0];
  CHECK(crossed.decision == Decision::crossed_off);
  CHECK(crossed.reason == "Not here.");
  CHECK(crossed.text == "You can ask for a second opinion.");
  REQUIRE(view.groups[1].statements.size() == 3);
  CHECK(view.groups[1].statements[0].ref == "demo/dignity");
  CHECK(view.groups[1].statements[0].findings.size() == 1);
  CHECK(view.groups[1].statements[1].decision == Decision::reworded);
  CHECK(view.groups[1].statements[1].text == "Your room is your own.");
  CHECK(view.groups[1].statements[1].original == "Single-sex rooms.");
  CHECK(view.groups[1].statements[2].ref == "local/visiting");
  CHECK(view.groups[1].statements[2].decision == Decision::added);
  REQUIRE(view.findings.size() == 1);
  CHECK(view.findings[0].message == "the whole pledge");
}

TEST_CASE("a page request is read from its JSON, and a change from its op") {
  const PageRequest request = parse_page_request(
      R"({"version": "abc", "change": {"op": "cross-off", "ref": "demo/dignity", "reason": "Not here."}})");
  CHECK(request.version == "abc");
  const ServiceFileEdit edit = edit_of(request);
  REQUIRE(std::holds_alternative<edit::CrossOff>(edit));
  CHECK(std::get<edit::CrossOff>(edit).reason == "Not here.");
  CHECK(std::holds_alternative<edit::RemoveStatement>(
      edit_of(parse_page_request(R"({"change": {"op": "remove", "ref": "local/visiting"}})"))));
  CHECK(test::error_of([] { parse_page_request("[1, 2]"); }) == "the request is not a JSON object");
  CHECK(test::error_of([] { parse_page_request(R"({"version": 3})"); }) == "'version' must be a text");
  CHECK(
      test::error_of([] { edit_of(parse_page_request(R"({"change": {"op": "shred"}})")); }) ==
      "unknown change 'shred': use cross-off, keep, reword, use-original, add, remove, add-ask, reword-ask, "
      "remove-ask or translate");
  CHECK(test::error_of([] { edit_of(parse_page_request(R"({"change": {"op": "keep"}})")); }) ==
        "the change 'keep' needs 'ref'");
  CHECK(test::error_of([] {
          edit_of(parse_page_request(R"({"change": {"op": "remove", "ref": "demo/dignity"}})"));
        }) == "only a statement you added (local/...) can be removed; cross a library statement off");
}

TEST_CASE("an ask's change names it by its ref asks/N, and a new ask needs no ref") {
  const ServiceFileEdit reworded = edit_of(
      parse_page_request(R"({"change": {"op": "reword-ask", "ref": "asks/12", "text": "Tell us."}})"));
  REQUIRE(std::holds_alternative<edit::RewordAsk>(reworded));
  CHECK(std::get<edit::RewordAsk>(reworded).number == 12);
  CHECK(std::get<edit::RemoveAsk>(
            edit_of(parse_page_request(R"({"change": {"op": "remove-ask", "ref": "asks/1"}})")))
            .number == 1);
  CHECK(std::get<edit::AddAsk>(
            edit_of(parse_page_request(R"({"change": {"op": "add-ask", "text": "Be kind."}})")))
            .text == "Be kind.");
  for (const char* ref : {"asks/0", "asks/", "asks/x", "asks/1a", "local/1", "asks/1234567"}) {
    CAPTURE(ref);
    CHECK(test::error_of([&] { ask_number(ref); }) ==
          "'" + std::string(ref) + "' is not an ask: asks are asks/1, asks/2 ...");
  }
}

TEST_CASE(
    "the page is sent with its token and the pledge written in, the team's text escaped and left as "
    "written") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve("ward.pledge.yaml", R"(service: "Ward <7> & {{token}}"
libraries: [demo]
exclude:
  - {ref: demo/second-opinion, reason: "Not 'here'."}
)");
  WorkshopState state;
  state.view = workshop_view(pledge, libraries.catalog(), {});
  const std::string page = page_with_state(
      "<title>{{service}}</title><script "
      "src=\"a.js?token={{token}}\"></script><div>{{statements}}</div>{{other}}",
      state, "abc");
  CHECK(page.starts_with(
      "<title>Ward &lt;7&gt; &amp; {{token}}</title><script src=\"a.js?token=abc\"></script>"
      "<div><section class=\"group\"><h2>We work in partnership</h2><ol class=\"statement-list\">"
      "<li class=\"statement decision-crossed-off\"><p class=\"badge\">Crossed off</p>"
      "<p class=\"statement-text\">You can ask for a second opinion.</p><p class=\"reason\">"
      "<span class=\"label\">Why it is crossed off: </span>Not &#39;here&#39;.</p></li></ol>"
      "</section>"));
  CHECK(page.ends_with("</div>{{other}}"));
}

TEST_CASE("the page is sent with the organisation and the asks written in, escaped") {
  Libraries libraries;
  const ResolvedPledge pledge = libraries.resolve("ward.pledge.yaml", R"(service: Ward 7
libraries: [demo]
asks: ["Tell us <now>.", Be kind.]
)");
  WorkshopState state;
  state.view = workshop_view(pledge, libraries.catalog(), {});
  state.identity.organisation = "Riverside & District";
  const std::string page = page_with_state("<p>{{organisation}}</p><div>{{statements}}</div>", state, "abc");
  CHECK(page.starts_with("<p>Riverside &amp; District</p>"));
  CHECK(
      page.ends_with("<section class=\"asks\"><h2>What we ask of you</h2><ol class=\"ask-list\">"
                     "<li class=\"ask\"><p class=\"statement-text\">Tell us &lt;now&gt;.</p></li>"
                     "<li class=\"ask\"><p class=\"statement-text\">Be kind.</p></li></ol></section></div>"));
  REQUIRE(state.view->asks.size() == 2);
  CHECK(state.view->asks[1].ref == "asks/2");
}
