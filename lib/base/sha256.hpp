#pragma once

#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace pledge {

// SHA-256 through OpenSSL's EVP interface (libcrypto): for the build manifest and the up-to-date stamps.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  Sha256& add(std::string_view bytes);
  // The digest as 64 lowercase hex digits, as sha256sum prints it. The object cannot be used afterwards.
  std::string hex();

 private:
  evp_md_ctx_st* m_context;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace pledge
