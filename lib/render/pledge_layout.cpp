#include "render/pledge_layout.hpp"

namespace pledge::render {

DocumentInfo pledge_document_info(const ResolvedPledge& pledge, const RenderOptions& options,
                                  std::string_view title_key) {
  const std::vector<const FixedTexts*> texts = texts_of(pledge, options);
  std::string title;
  for (const FixedTexts* t : texts)
    title += (title.empty() ? "" : " / ") + t->text(title_key);
  return {title + ": " + pledge.service, pledge.service, texts.front()->language()};
}

}  // namespace pledge::render
