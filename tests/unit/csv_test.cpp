#include <doctest/doctest.h>

#include "report/csv.hpp"

using namespace pledge::report;

TEST_CASE("a CSV field beginning with =, +, -, @, tab or carriage return is quoted after a single quote") {
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+1") == "\"'+1\"");
  CHECK(csv_field("-2+3") == "\"'-2+3\"");
  CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_field("\tcmd") == "\"'\tcmd\"");
  CHECK(csv_field("\rcmd") == "\"'\rcmd\"");
}

TEST_CASE("a CSV field with a formula character after its first is written as it is") {
  CHECK(csv_field("We help = we care") == "We help = we care");
  CHECK(csv_field("") == "");
}

TEST_CASE("a CSV field holding a semicolon is quoted, so a semicolon-separated locale keeps it whole") {
  CHECK(csv_field("NICE QS15; NHS Constitution") == "\"NICE QS15; NHS Constitution\"");
}

TEST_CASE("a CSV header starts with the UTF-8 byte-order mark, which without_byte_order_mark takes off") {
  const std::string header = csv_header({"Service", "Group"});
  CHECK(header == "\xEF\xBB\xBFService,Group\r\n");
  CHECK(without_byte_order_mark(header) == "Service,Group\r\n");
  CHECK(without_byte_order_mark("Service\r\n") == "Service\r\n");
}
