#pragma once

#include <string>
#include <string_view>

namespace pledge {

// `text` safe inside HTML or XML, in element content and in quoted attribute values alike: & < > " and '
// written as character references. One rule for the web page, the workshop page and the PDFs' XMP packet.
std::string escaped_markup(std::string_view text);

}  // namespace pledge
