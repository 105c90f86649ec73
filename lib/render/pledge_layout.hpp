#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/resolved_pledge.hpp"
#include "render/fixed_text_files.hpp"
#include "render/identity_style.hpp"
#include "render/pdf_document.hpp"
#include "render/render_options.hpp"

namespace pledge::render {

// What the layout of one pledge's document draws from: the pledge, the PDF it draws into, the render options,
// the organisation's style and the fixed texts of each of its languages, worked out once per document
// (identity_style throws at a colour that gives too little contrast). The checklist, worksheet and
// large-print layouts are made on it.
class PledgeLayout {
 public:
  PledgeLayout(const ResolvedPledge& pledge, PdfDocument& document, const RenderOptions& options)
      : m_pledge(pledge),
        m_document(document),
        m_options(options),
        m_style(identity_style(pledge.identity)),
        m_texts(texts_of(pledge, options)) {}

 protected:
  // The text of `key` in each of the document's languages, the first first.
  std::vector<LanguageText> fixed(std::string_view key) const {
    std::vector<LanguageText> out;
    for (const FixedTexts* texts : m_texts)
      out.push_back({texts->language(), texts->text(key), {}});
    return out;
  }

  // A title's, statement's or ask's texts in each language, or its one text for a pledge resolved without
  // them.
  std::vector<LanguageText> texts_or(const std::vector<LanguageText>& texts, const std::string& text) const {
    if (!texts.empty())
      return texts;
    return {{m_texts.front()->language(), text, {}}};
  }

  // The /Lang of an element in `language`: none in the document's own.
  std::string other_lang(const std::string& language) const {
    return language == m_texts.front()->language() ? std::string() : language;
  }

  const ResolvedPledge& m_pledge;
  PdfDocument& m_document;
  const RenderOptions& m_options;
  IdentityStyle m_style;
  std::vector<const FixedTexts*> m_texts;  // of each of the pledge's languages, the first first
};

// The PDF information of one pledge's document: its title is the fixed text `title_key` in each of the
// pledge's languages and the service ("Evidence checklist / Rhestr wirio tystiolaeth: Ward 7"), its /Lang
// the first language.
DocumentInfo pledge_document_info(const ResolvedPledge& pledge, const RenderOptions& options,
                                  std::string_view title_key);

}  // namespace pledge::render
