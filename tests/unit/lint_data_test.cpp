#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "lint/lint_data.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

// The shipped lint data folder with its jargon list replaced by `jargon`; the error loading it, if any.
std::string load_error_with_jargon(const std::string& jargon) {
  test::TempFolder folder;
  std::filesystem::copy(PLEDGE_SOURCE_DIR "/statements/lint", folder.path());
  const auto file = folder.write("jargon.yaml", jargon);
  std::string message = test::error_of([&] { lint::load_lint_data(folder.path()); });
  // The folder's name changes every run; the rest of the message is what the test is about.
  const std::string prefix = file.string();
  if (message.starts_with(prefix))
    message = "jargon.yaml" + message.substr(prefix.size());
  return message;
}

}  // namespace

TEST_CASE("a jargon entry from one of the guides loads with its source") {
  CHECK(load_error_with_jargon("jargon:\n  - {avoid: [medication], use: medicine, source: nhs-a-to-z}\n"
                               "  - {avoid: utilise, use: use, source: gov-uk}\n") == "(no error)");
}

TEST_CASE("a jargon entry without a source is an error at the entry") {
  CHECK(load_error_with_jargon("jargon:\n  - {avoid: [medication], use: medicine}\n") ==
        "jargon.yaml:2:5: missing 'source' in jargon entry; add 'source: ...'");
}

TEST_CASE("an unknown jargon source is an error naming the sources allowed") {
  CHECK(load_error_with_jargon("jargon:\n  - {avoid: [medication], use: medicine, source: NHS}\n") ==
        "jargon.yaml:2:50: unknown jargon source 'NHS': use nhs-a-to-z, nhs-content-guide or gov-uk for an "
        "entry from those guides, or pledgekit or local with 'why:' saying why the words are jargon");
}

TEST_CASE("a jargon entry of our own or a local one must say why") {
  CHECK(
      load_error_with_jargon("jargon:\n  - {avoid: [stakeholders], use: people involved, source: local}\n") ==
      "jargon.yaml:2:5: a jargon entry from source 'local' needs 'why:' saying why the words are jargon "
      "for a patient");
  CHECK(load_error_with_jargon("jargon:\n  - {avoid: [stakeholders], use: people involved, source: local,\n"
                               "     why: our patient panel did not know the word}\n") == "(no error)");
}
