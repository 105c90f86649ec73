#pragma once

#include <string>
#include <string_view>

namespace pledge {

// `text` safe inside HTML or XML, in element content and in quoted attribute values alike: & < > " and '
// written as character references, and the C0 control characters XML 1.0 forbids (all but tab, line feed and
// carriage return) written as spaces, since no character reference may stand for them either. One rule for
// the web page, the workshop page, the PDFs' XMP packet and lint's JUnit report.
std::string escaped_markup(std::string_view text);

}  // namespace pledge
