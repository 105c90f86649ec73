#include <doctest/doctest.h>
#include <sys/stat.h>
#include <zlib.h>

#include "model/identity.hpp"
#include "model/service_file.hpp"
#include "test_input.hpp"

using namespace pledge;
using pledge::test::error_of;
using pledge::test::TempFolder;

namespace {

// A PNG chunk: its length, type, data and CRC-32 of type and data.
std::string png_chunk(const std::string& type, const std::string& data) {
  std::string chunk;
  const auto append_number = [&](unsigned long value) {
    for (int shift = 24; shift >= 0; shift -= 8)
      chunk += static_cast<char>((value >> shift) & 0xFF);
  };
  append_number(data.size());
  chunk += type + data;
  const std::string checked = type + data;
  append_number(crc32(0, reinterpret_cast<const Bytef*>(checked.data()), static_cast<uInt>(checked.size())));
  return chunk;
}

// A whole PNG of the given size, white, 8-bit RGB, that libpng decodes.
std::string png_of(unsigned width, unsigned height) {
  std::string header;
  for (unsigned value : {width, height}) {
    for (int shift = 24; shift >= 0; shift -= 8)
      header += static_cast<char>((value >> shift) & 0xFF);
  }
  header += std::string("\x08\x02\0\0\0", 5);
  std::string rows;
  for (unsigned y = 0; y < height; ++y)
    rows += std::string(1, '\0') + std::string(3 * std::size_t{width}, '\xFF');  // filter type 0, then pixels
  std::string packed(compressBound(static_cast<uLong>(rows.size())), '\0');
  uLongf packed_size = packed.size();
  compress(reinterpret_cast<Bytef*>(packed.data()), &packed_size, reinterpret_cast<const Bytef*>(rows.data()),
           static_cast<uLong>(rows.size()));
  packed.resize(packed_size);
  return "\x89PNG\r\n\x1a\n" + png_chunk("IHDR", header) + png_chunk("IDAT", packed) + png_chunk("IEND", "");
}

// A JPEG's start of image, an APP0 segment and a baseline start-of-frame segment of the given size.
std::string jpeg_of(unsigned width, unsigned height) {
  std::string bytes("\xFF\xD8\xFF\xE0\x00\x04\x00\x00", 8);
  bytes += std::string("\xFF\xC0\x00\x11\x08", 5);
  for (unsigned value : {height, width}) {
    bytes += static_cast<char>((value >> 8) & 0xFF);
    bytes += static_cast<char>(value & 0xFF);
  }
  bytes += std::string("\x03\x01\x22\x00", 4);
  return bytes;
}

ServiceFile read_in(const TempFolder& folder, const std::string& name, DiagnosticList& problems) {
  const auto path = folder.path() / name;
  return read_service_file(std::make_shared<const SourceText>(SourceText::read(path)), problems);
}

std::string error_in(const TempFolder& folder, const std::string& name) {
  return error_of([&] {
    DiagnosticList problems;
    read_in(folder, name, problems);
    problems.throw_if_any();
  });
}

const std::string service = "service: Ward 7\nlibraries: [demo]\n";

}  // namespace

TEST_CASE("a PNG's size is read from its header") {
  const auto header = read_image_header(png_of(640, 200));
  REQUIRE(header);
  CHECK(header->format == ImageFormat::png);
  CHECK(header->width == 640);
  CHECK(header->height == 200);
}

TEST_CASE("a JPEG's size is read from its start-of-frame segment") {
  const auto header = read_image_header(jpeg_of(300, 120));
  REQUIRE(header);
  CHECK(header->format == ImageFormat::jpeg);
  CHECK(header->width == 300);
  CHECK(header->height == 120);
}

TEST_CASE("bytes that are neither PNG nor JPEG have no image header") {
  CHECK_FALSE(read_image_header("GIF89a\x01\x00\x01\x00"));
  CHECK_FALSE(read_image_header(""));
}

TEST_CASE("the identity file in a folder above the service file applies to it") {
  TempFolder folder;
  folder.write(".pledge-identity.yaml",
               "organisation: Northshire NHS Trust\nfooter: Printed by Northshire\n");
  folder.write("wards/ward-7.pledge.yaml", service);
  DiagnosticList problems;
  const ServiceFile file = read_in(folder, "wards/ward-7.pledge.yaml", problems);
  CHECK(problems.empty());
  REQUIRE(file.identity.organisation);
  CHECK(file.identity.organisation->text == "Northshire NHS Trust");
  CHECK(file.identity.footer->text == "Printed by Northshire");
  REQUIRE(file.identity.files.size() == 1);
  CHECK(file.identity.files[0] == folder.path() / ".pledge-identity.yaml");
}

TEST_CASE("an identity file that is a folder is an error naming it, not skipped") {
  TempFolder folder;
  folder.write(".pledge-identity.yaml/logo.png", "");
  folder.write("wards/ward-7.pledge.yaml", service);
  CHECK(error_in(folder, "wards/ward-7.pledge.yaml") ==
        (folder.path() / ".pledge-identity.yaml").string() +
            ": the identity file is a folder, not a file; make .pledge-identity.yaml a YAML file "
            "(pledge-formats(5)) or remove it");
}

TEST_CASE("an identity file that is a named pipe is an error at once, never opened") {
  TempFolder folder;
  REQUIRE(mkfifo((folder.path() / ".pledge-identity.yaml").c_str(), 0600) == 0);
  folder.write("ward-7.pledge.yaml", service);
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / ".pledge-identity.yaml").string() +
            ": the identity file is a named pipe, not a file; make .pledge-identity.yaml a YAML file "
            "(pledge-formats(5)) or remove it");
}

TEST_CASE("an identity file that links to a device is an error naming it") {
  TempFolder folder;
  std::filesystem::create_symlink("/dev/zero", folder.path() / ".pledge-identity.yaml");
  folder.write("ward-7.pledge.yaml", service);
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / ".pledge-identity.yaml").string() +
            ": the identity file is a device, not a file; make .pledge-identity.yaml a YAML file "
            "(pledge-formats(5)) or remove it");
}

TEST_CASE("the nearest identity file wins over one further up") {
  TempFolder folder;
  folder.write(".pledge-identity.yaml", "organisation: Northshire NHS Trust\n");
  folder.write("wards/.pledge-identity.yaml", "footer: Wards\n");
  folder.write("wards/ward-7.pledge.yaml", service);
  DiagnosticList problems;
  const ServiceFile file = read_in(folder, "wards/ward-7.pledge.yaml", problems);
  CHECK_FALSE(file.identity.organisation);
  CHECK(file.identity.footer->text == "Wards");
}

TEST_CASE("a service's identity section overrides the identity file's keys it gives") {
  TempFolder folder;
  folder.write(".pledge-identity.yaml", "organisation: Northshire NHS Trust\nfooter: Trust footer\n");
  folder.write("ward-7.pledge.yaml", service + "identity:\n  footer: Ward 7 footer\n");
  DiagnosticList problems;
  const ServiceFile file = read_in(folder, "ward-7.pledge.yaml", problems);
  CHECK(problems.empty());
  CHECK(file.identity.organisation->text == "Northshire NHS Trust");
  CHECK(file.identity.footer->text == "Ward 7 footer");
  CHECK(file.identity.footer->location.line == 4);
}

TEST_CASE("without an identity file or section a service has an empty identity") {
  TempFolder folder;
  folder.write("ward-7.pledge.yaml", service);
  DiagnosticList problems;
  CHECK(read_in(folder, "ward-7.pledge.yaml", problems).identity.empty());
}

TEST_CASE("a logo is read relative to the identity file, with its size") {
  TempFolder folder;
  folder.write("brand/logo.png", png_of(400, 100));
  folder.write(".pledge-identity.yaml", "logo: brand/logo.png\nlogo-alt: Northshire NHS Trust logo\n");
  folder.write("wards/ward-7.pledge.yaml", service);
  DiagnosticList problems;
  const ServiceFile file = read_in(folder, "wards/ward-7.pledge.yaml", problems);
  CHECK(problems.empty());
  REQUIRE(file.identity.logo);
  CHECK(file.identity.logo->width == 400);
  CHECK(file.identity.logo->height == 100);
  CHECK(file.identity.logo->bytes == png_of(400, 100));
  CHECK(file.identity.logo_alt->text == "Northshire NHS Trust logo");
}

TEST_CASE("a logo that is not there is an error at its value") {
  TempFolder folder;
  folder.write("ward-7.pledge.yaml", service + "identity:\n  logo: logo.png\n");
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / "ward-7.pledge.yaml").string() + ":4:9: logo 'logo.png' is not there (looked for " +
            (folder.path() / "logo.png").string() +
            "); give the path of a PNG or JPEG file, relative to this file");
}

TEST_CASE("a logo that is not a PNG or JPEG is an error at its value") {
  TempFolder folder;
  folder.write("logo.png", "<svg/>");
  folder.write("ward-7.pledge.yaml", service + "identity: {logo: logo.png}\n");
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / "ward-7.pledge.yaml").string() +
            ":3:18: logo 'logo.png' is not a PNG or JPEG image; save the logo as PNG or JPEG");
}

TEST_CASE("a PNG logo whose header chunk claims 4 GB is an error at its value, with what libpng found") {
  TempFolder folder;
  std::string logo = png_of(40, 20);
  logo.replace(8, 4, "\xFF\xFF\xFF\xFF");  // IHDR's length
  folder.write("logo.png", logo);
  folder.write("ward-7.pledge.yaml", service + "identity: {logo: logo.png}\n");
  CHECK(
      error_in(folder, "ward-7.pledge.yaml") ==
      (folder.path() / "ward-7.pledge.yaml").string() +
          ":3:18: logo 'logo.png' is a damaged PNG (PNG unsigned integer out of range); open it in an image "
          "editor and save it again as PNG");
}

TEST_CASE("a PNG logo cut short inside its image data is an error at its value") {
  TempFolder folder;
  const std::string logo = png_of(40, 20);
  folder.write("logo.png", logo.substr(0, logo.size() - 30));
  folder.write("ward-7.pledge.yaml", service + "identity: {logo: logo.png}\n");
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / "ward-7.pledge.yaml").string() +
            ":3:18: logo 'logo.png' is a damaged PNG (the file ends inside the image); open it in an image "
            "editor and save it again as PNG");
}

TEST_CASE("a PNG logo with a wrong checksum is an error at its value") {
  TempFolder folder;
  std::string logo = png_of(40, 20);
  logo[29] = static_cast<char>(logo[29] ^ 1);  // the IHDR chunk's CRC
  folder.write("logo.png", logo);
  folder.write("ward-7.pledge.yaml", service + "identity: {logo: logo.png}\n");
  CHECK(
      error_in(folder, "ward-7.pledge.yaml") ==
      (folder.path() / "ward-7.pledge.yaml").string() +
          ":3:18: logo 'logo.png' is a damaged PNG (IHDR: CRC error); open it in an image editor and save it "
          "again as PNG");
}

TEST_CASE("a logo over 10,000 pixels a side is an error at its value") {
  TempFolder folder;
  folder.write("logo.jpg", jpeg_of(12000, 300));
  folder.write("ward-7.pledge.yaml", service + "identity: {logo: logo.jpg}\n");
  CHECK(
      error_in(folder, "ward-7.pledge.yaml") ==
      (folder.path() / "ward-7.pledge.yaml").string() +
          ":3:18: logo 'logo.jpg' is 12000 by 300 pixels, more than the 10,000 pixels a side a logo may be; "
          "save it smaller");
}

TEST_CASE("a logo over 10 MB is an error at its value") {
  TempFolder folder;
  folder.write("logo.png", png_of(100, 100) + std::string(logo_max_bytes, '\0'));
  folder.write("ward-7.pledge.yaml", service + "identity: {logo: logo.png}\n");
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / "ward-7.pledge.yaml").string() +
            ":3:18: logo 'logo.png' is 10 MB, more than the 10 MB a logo may be; save it smaller (a few "
            "hundred pixels across is plenty for print)");
}

TEST_CASE("a colour not written as # and six hex digits is an error at its value") {
  TempFolder folder;
  folder.write("ward-7.pledge.yaml", service + "identity:\n  colours: {primary: blue}\n");
  CHECK(error_in(folder, "ward-7.pledge.yaml") ==
        (folder.path() / "ward-7.pledge.yaml").string() +
            ":4:22: colour primary 'blue' is not a colour; write it as designers do, '#' and six hex digits, "
            "such as '#005EB8'");
}

TEST_CASE("an unknown key in an identity file is an error in that file") {
  TempFolder folder;
  folder.write(".pledge-identity.yaml", "organisation: Northshire\ncolour: '#005EB8'\n");
  folder.write("ward-7.pledge.yaml", service);
  CHECK(error_in(folder, "ward-7.pledge.yaml")
            .starts_with((folder.path() / ".pledge-identity.yaml").string() + ":2:1: "));
}
