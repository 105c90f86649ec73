#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/calendar_date.hpp"
#include "model/fixed_texts.hpp"
#include "model/resolved_pledge.hpp"

namespace pledge {

// The lines the documents build from a language's fixed texts and the pledge, for each language a document
// is printed in (the English-only forms are resolved_pledge's version_line and render's sources_line).

// `text` with `placeholder` ("{date}") filled in with `value`.
std::string filled(std::string text, std::string_view placeholder, const std::string& value);

// "3 Mawrth 2026": a day in the words of `texts`.
std::string long_date(const CalendarDate& date, const FixedTexts& texts);

// "Version 2, agreed 3 March 2026", "Fersiwn 2, Cytunwyd 3 Mawrth 2026", or empty when the pledge has
// neither.
std::string version_line(const ResolvedPledge& pledge, const FixedTexts& texts);

// "Made with pledge 0.1.0, 1 May 2024" in `texts`' words (no date without SOURCE_DATE_EPOCH).
std::string made_with_line(const FixedTexts& texts, std::optional<std::int64_t> source_date_epoch);

// The version line, then the made-with line, as the documents' footers print them.
std::string edition_line(const ResolvedPledge& pledge, const FixedTexts& texts,
                         std::optional<std::int64_t> source_date_epoch);

// The pledge's libraries as the sources line names them, "NICE QS15 (2013); Ward values", in every language.
std::string library_list(const ResolvedPledge& pledge);

// "Statements from NICE QS15 (2013)." in `texts`' words, or empty for a pledge without libraries.
std::string sources_line(const ResolvedPledge& pledge, const FixedTexts& texts);

}  // namespace pledge
