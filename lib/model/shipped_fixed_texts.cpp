#include "model/shipped_fixed_texts.hpp"

#include <algorithm>

#include "base/sha256.hpp"
#include "model/fixed_texts.hpp"

namespace pledge {

namespace {

FixedTexts texts_of(const ShippedFixedTextFile& file, std::span<const ShippedFixedTextKey> keys) {
  std::map<std::string, std::string, std::less<>> texts;
  for (std::size_t k = 0; k < keys.size(); ++k)
    texts.emplace_hint(texts.end(), keys[k].name, file.texts[k]);
  std::array<std::string, 12> months;
  std::copy(file.months.begin(), file.months.end(), months.begin());
  return FixedTexts(std::string(file.language), std::move(texts), std::move(months));
}

}  // namespace

const std::vector<FixedTextKey>& fixed_text_keys() {
  static const std::vector<FixedTextKey> keys = [] {
    std::vector<FixedTextKey> out;
    for (const ShippedFixedTextKey& key : shipped_fixed_texts().keys)
      out.push_back({std::string(key.name), {key.placeholders.begin(), key.placeholders.end()}});
    return out;
  }();
  return keys;
}

FixedTexts load_fixed_texts(std::shared_ptr<const SourceText> source) {
  const ShippedFixedTexts& shipped = shipped_fixed_texts();
  std::string digest = sha256_hex(source->content());
  const auto file = std::find_if(shipped.files.begin(), shipped.files.end(),
                                 [&](const ShippedFixedTextFile& f) { return f.sha256 == digest; });
  FixedTexts texts = file != shipped.files.end() ? texts_of(*file, shipped.keys)
                                                 : load_fixed_texts(std::move(source), fixed_text_keys());
  texts.set_file_sha256(std::move(digest));
  return texts;
}

FixedTexts texts_for(std::string_view language, const std::vector<std::filesystem::path>& folders) {
  const std::optional<std::filesystem::path> found = find_fixed_text_file(language, folders);
  if (!found)
    throw missing_fixed_texts(language, folders);
  const std::filesystem::path& path = *found;
  FixedTexts texts = load_fixed_texts(std::make_shared<const SourceText>(SourceText::read(path)));
  if (texts.language() != language) {
    throw Error(path.string() + " says 'language: " + texts.language() + "' but is named for " +
                std::string(language) + "; make them the same");
  }
  return texts;
}

}  // namespace pledge
