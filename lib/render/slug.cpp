#include "render/slug.hpp"

#include <map>

#include "base/sha256.hpp"
#include "render/text.hpp"

namespace pledge::render {

namespace {

// Latin letters with accents, as used in UK names (Welsh, Irish, Scots Gaelic, and common European names).
const std::map<char32_t, std::string_view>& transliterations() {
  static const std::map<char32_t, std::string_view> table = [] {
    std::map<char32_t, std::string_view> t;
    auto add = [&](std::u32string_view letters, std::string_view ascii) {
      for (char32_t c : letters)
        t[c] = ascii;
    };
    add(U"àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "a");
    add(U"æÆ", "ae");
    add(U"çćĉċčÇĆĈĊČ", "c");
    add(U"ďđĎĐ", "d");
    add(U"èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "e");
    add(U"ĝğġģĜĞĠĢ", "g");
    add(U"ĥħĤĦ", "h");
    add(U"ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "i");
    add(U"ĵĴ", "j");
    add(U"ķĶ", "k");
    add(U"ĺļľŀłĹĻĽĿŁ", "l");
    add(U"ñńņňÑŃŅŇ", "n");
    add(U"òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "o");
    add(U"œŒ", "oe");
    add(U"ŕŗřŔŖŘ", "r");
    add(U"śŝşšŚŜŞŠ", "s");
    add(U"ß", "ss");
    add(U"ţťŧŢŤŦ", "t");
    add(U"ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "u");
    add(U"ŵẁẃẅŴẀẂẄ", "w");
    add(U"ýÿŷỳÝŸŶỲ", "y");
    add(U"źżžŹŻŽ", "z");
    add(U"þÞ", "th");
    add(U"ðÐ", "d");
    add(U"&", "and");
    return t;
  }();
  return table;
}

// Apostrophes join a word rather than split it: "O'Brien" -> "obrien".
bool is_apostrophe(char32_t c) {
  return c == U'\'' || c == U'\u2019' || c == U'\u2018';
}

}  // namespace

std::string service_slug(std::string_view service) {
  std::string slug;
  bool pending_hyphen = false;
  auto append = [&](std::string_view piece) {
    if (pending_hyphen && !slug.empty())
      slug += '-';
    pending_hyphen = false;
    slug += piece;
  };
  for (char32_t c : code_points(service)) {
    if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
      append(std::string(1, static_cast<char>(c)));
    } else if (c >= U'A' && c <= U'Z') {
      append(std::string(1, static_cast<char>(c - U'A' + U'a')));
    } else if (is_apostrophe(c)) {
      continue;
    } else if (const auto found = transliterations().find(c); found != transliterations().end()) {
      std::string piece(found->second);
      if (piece == "and") {
        pending_hyphen = true;
        append(piece);
        pending_hyphen = true;
        continue;
      }
      append(piece);
    } else {
      pending_hyphen = true;  // spaces, dashes, dots, slashes and anything else separate words
    }
  }
  if (slug.empty())
    return "service";
  if (slug.size() <= max_slug_length)
    return slug;
  // A folder name of 300 letters fails with "File name too long"; cut at a hyphen, and add part of the whole
  // name's hash so that two long names that begin alike still get different folders.
  std::string cut = slug.substr(0, max_slug_length - 9);
  if (const auto hyphen = cut.rfind('-'); hyphen != std::string::npos && hyphen > cut.size() / 2)
    cut.resize(hyphen);
  while (!cut.empty() && cut.back() == '-')
    cut.pop_back();
  return cut + "-" + sha256_hex(service).substr(0, 8);
}

}  // namespace pledge::render
