#include "render/document_metadata.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <ctime>

#include "base/markup_text.hpp"

namespace pledge::render {

namespace {

// "2023-11-14T22:13:20Z"
std::string iso_date(std::int64_t seconds) {
  const std::time_t time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

std::string xmp_packet(const DocumentMetadata& metadata) {
  std::string out =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      "<dc:format>application/pdf</dc:format>\n"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
      escaped_markup(metadata.title) +
      "</rdf:li></rdf:Alt></dc:title>\n"
      "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
      escaped_markup(metadata.subject) +
      "</rdf:li></rdf:Alt></dc:description>\n"
      "<dc:language><rdf:Bag><rdf:li>" +
      escaped_markup(metadata.lang) +
      "</rdf:li></rdf:Bag></dc:language>\n"
      "</rdf:Description>\n"
      "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
      "<xmp:CreatorTool>" +
      escaped_markup(metadata.creator) + "</xmp:CreatorTool>\n";
  if (metadata.date) {
    const std::string date = iso_date(*metadata.date);
    out += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date +
           "</xmp:ModifyDate>\n<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
  }
  out +=
      "</rdf:Description>\n"
      "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "<pdf:Producer>" +
      escaped_markup(metadata.producer) +
      "</pdf:Producer>\n"
      "</rdf:Description>\n"
      "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "<pdfuaid:part>1</pdfuaid:part>\n"
      "</rdf:Description>\n"
      "</rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"r\"?>\n";
  return out;
}

bool write_document_metadata(HPDF_Doc doc, const DocumentMetadata& metadata) {
  const HPDF_MMgr mmgr = doc->mmgr;
  const HPDF_Dict catalog = doc->catalog;
  HPDF_STATUS status = HPDF_OK;
  doc->pdf_version = HPDF_VER_17;
  status |= HPDF_Dict_Add(catalog, "Lang", HPDF_String_New(mmgr, metadata.lang.c_str(), nullptr));
  const HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  status |= HPDF_Dict_Add(catalog, "MarkInfo", mark_info);
  status |= HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  const HPDF_Dict preferences = HPDF_Dict_New(mmgr);
  status |= HPDF_Dict_Add(catalog, "ViewerPreferences", preferences);
  status |= HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
  // Left uncompressed, as XMP is meant to be found by tools that do not read PDF.
  const HPDF_Dict packet = HPDF_DictStream_New(mmgr, doc->xref);
  if (!packet)
    return false;
  status |= HPDF_Dict_AddName(packet, "Type", "Metadata");
  status |= HPDF_Dict_AddName(packet, "Subtype", "XML");
  const std::string xmp = xmp_packet(metadata);
  status |= HPDF_Stream_Write(packet->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                              static_cast<HPDF_UINT>(xmp.size()));
  status |= HPDF_Dict_Add(catalog, "Metadata", packet);
  return status == HPDF_OK;
}

}  // namespace pledge::render
