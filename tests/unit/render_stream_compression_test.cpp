#include <doctest/doctest.h>
#include <zlib.h>

#include <optional>
#include <string>
#include <vector>

#include "render/pdf_document.hpp"
#include "render/stream_compression.hpp"

using namespace pledge;
using namespace pledge::render;

namespace {

// `compressed` inflated by zlib (not by libdeflate, which made it), or nothing if zlib refuses it.
std::optional<std::string> inflated(const std::string& compressed, std::size_t limit = 1 << 22) {
  std::string out(limit, '\0');
  uLongf size = out.size();
  if (uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
                 reinterpret_cast<const Bytef*>(compressed.data()), compressed.size()) != Z_OK)
    return std::nullopt;
  out.resize(size);
  return out;
}

// The bytes of every stream of `pdf` whose dictionary names /FlateDecode, as libharu writes streams:
// "stream" CR LF, the bytes, CR LF "endstream".
std::vector<std::string> deflated_streams(const std::string& pdf) {
  std::vector<std::string> streams;
  for (std::size_t at = pdf.find("/Filter [ /FlateDecode ]"); at != std::string::npos;
       at = pdf.find("/Filter [ /FlateDecode ]", at + 1)) {
    const std::size_t start = pdf.find("stream\r\n", at) + 8;
    const std::size_t end = pdf.find("\r\nendstream", start);
    streams.push_back(pdf.substr(start, end - start));
  }
  return streams;
}

}  // namespace

TEST_CASE("a compressed stream inflates back to its bytes with zlib") {
  std::string bytes = "BT /F1 12 Tf 40 760 Td [(We listen)] TJ ET\n";
  for (int i = 0; i < 2000; ++i)
    bytes += static_cast<char>((i * 7919) % 256);  // bytes that do not repeat, as in a font program
  const std::string compressed = flate_compressed(bytes);
  CHECK(compressed.size() < bytes.size() + 16);
  CHECK(inflated(compressed) == bytes);
}

TEST_CASE("every stream of a document is deflated once, under the filter libharu writes") {
  const std::string pdf = render_pdf("test", {"Title", "Subject"}, {}, [&](PdfDocument& document) {
    Page page = document.add_page(PageSize::a4, Orientation::portrait);
    const StructureElement paragraph = document.structure().add(document.structure().document(), Role::p);
    page.tagged(paragraph, [&] { page.text(40, 40, document.regular(), 12, "We listen", {0, 0, 0}); });
  });
  const std::vector<std::string> streams = deflated_streams(pdf);
  // The page's content, and the font's program, ToUnicode map and CID-to-glyph map.
  REQUIRE(streams.size() == 4);
  int text_objects = 0;
  for (const std::string& stream : streams) {
    const std::optional<std::string> bytes = inflated(stream);
    REQUIRE(bytes);
    CHECK_FALSE(inflated(*bytes));  // not deflated twice
    if (bytes->find(" TJ") != std::string::npos || bytes->find(" Tj") != std::string::npos)
      ++text_objects;
  }
  CHECK(text_objects == 1);
}
