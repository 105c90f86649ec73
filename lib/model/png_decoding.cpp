#include "model/png_decoding.hpp"

#include <png.h>

#include <csetjmp>
#include <cstdlib>
#include <cstring>

namespace pledge {

namespace {

// What the C callbacks share: the bytes read so far and libpng's last message. Plain data only, because
// libpng's errors longjmp back to png_decoding_problem, past any destructor.
struct Reading {
  const unsigned char* data;
  std::size_t size;
  std::size_t at;
  png_bytep row;  // here, not a local, so that its value survives the longjmp
  char message[200];
};

void read_bytes(png_structp png, png_bytep out, png_size_t length) {
  auto* reading = static_cast<Reading*>(png_get_io_ptr(png));
  if (length > reading->size - reading->at)
    png_error(png, "the file ends inside the image");
  std::memcpy(out, reading->data + reading->at, length);
  reading->at += length;
}

void keep_error(png_structp png, png_const_charp message) {
  auto* reading = static_cast<Reading*>(png_get_error_ptr(png));
  std::strncpy(reading->message, message, sizeof reading->message - 1);
  reading->message[sizeof reading->message - 1] = '\0';
  png_longjmp(png, 1);
}

void ignore_warning(png_structp, png_const_charp) {}

// The decoding itself, with nothing that has a destructor between setjmp and the longjmps libpng may make.
bool decodes(Reading& reading) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &reading, keep_error, ignore_warning);
  if (png == nullptr) {
    std::strcpy(reading.message, "out of memory");
    return false;
  }
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    std::free(reading.row);
    reading.row = nullptr;
    png_destroy_read_struct(&png, &info, nullptr);
    if (reading.message[0] == '\0')
      std::strcpy(reading.message, "out of memory");
    return false;
  }
  png_set_read_fn(png, &reading, read_bytes);
  png_read_info(png, info);
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  const png_uint_32 height = png_get_image_height(png, info);
  reading.row = static_cast<png_bytep>(std::malloc(png_get_rowbytes(png, info)));
  if (reading.row == nullptr)
    png_error(png, "out of memory");
  for (int pass = 0; pass < passes; ++pass) {
    for (png_uint_32 y = 0; y < height; ++y)
      png_read_row(png, reading.row, nullptr);
  }
  png_read_end(png, nullptr);
  std::free(reading.row);
  reading.row = nullptr;
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

}  // namespace

std::optional<std::string> png_decoding_problem(std::string_view bytes) {
  Reading reading{reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), 0, nullptr, {}};
  if (decodes(reading))
    return std::nullopt;
  return std::string(reading.message);
}

}  // namespace pledge
