#pragma once

#include <hpdf.h>

#include <cstdint>
#include <optional>
#include <string>

namespace pledge::render {

// What a tagged PDF says about itself in its XMP metadata, as its document information dictionary does.
struct DocumentMetadata {
  std::string title;
  std::string subject;
  std::string creator;   // "pledge 0.1.0"
  std::string producer;  // libharu's, as it writes it in the information dictionary
  std::string lang;      // BCP 47
  // Seconds since 1970 (SOURCE_DATE_EPOCH); none: no dates, so that output stays byte-identical.
  std::optional<std::int64_t> date;
};

// The XMP packet (ISO 16684-1) of a PDF/UA-1 document: dc:title, dc:description, dc:language, the tool,
// the dates and pdfuaid:part 1. No clock is read: the same metadata gives the same bytes.
std::string xmp_packet(const DocumentMetadata& metadata);

// Adds to `doc`'s catalog what PDF/UA-1 asks of a document beyond its structure: /Lang, /MarkInfo
// << /Marked true >>, /ViewerPreferences << /DisplayDocTitle true >> and the XMP packet as /Metadata; and
// makes it PDF 1.7. Returns false if libharu failed (its error handler has the reason).
bool write_document_metadata(HPDF_Doc doc, const DocumentMetadata& metadata);

}  // namespace pledge::render
