#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.hpp"

namespace pledge {

class MappingReader;

// The language of a library or service file that does not name one.
inline constexpr std::string_view default_language = "en-GB";

// `tag` in the case BCP 47 recommends (language lower case, script Titlecase, region upper case: "en-GB",
// "sr-Latn-RS"), if it has the form of a BCP 47 language tag (RFC 5646's langtag or a private use tag);
// nothing if it has not. Only the form is checked, not that the subtags are registered.
std::optional<std::string> canonical_language_tag(std::string_view tag);

// The language subtag alone: "en" for "en-GB".
std::string_view primary_language(std::string_view tag);

// A text in one language, and where it is written.
struct LanguageText {
  std::string language;  // a canonical BCP 47 tag
  std::string text;
  Location location;  // the text scalar
};

// The text in `language` among `texts`, or null.
const LanguageText* find_language(const std::vector<LanguageText>& texts, std::string_view language);

// Reads the optional `language:` of a library or service file: its canonical tag, or default_language when
// it is absent (or not a tag, after recording the problem).
std::string read_language(MappingReader& file);

// Reads the optional `translations:` of a statement, group, rewording or added statement: a mapping of
// language tags to texts. `own_language` is the language its `text:` (or `title:`) is written in, which a
// translation must not repeat.
std::vector<LanguageText> read_translations(MappingReader& mapping, std::string_view own_language);

// Reads a service file's optional `languages:` list: its documents' languages, in order, each once.
std::vector<std::string> read_languages(MappingReader& file);

}  // namespace pledge
