#include "base/sha256.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace pledge {

Sha256::Sha256() : m_context(EVP_MD_CTX_new()) {
  if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
    EVP_MD_CTX_free(m_context);
    throw std::runtime_error("OpenSSL cannot start a SHA-256 digest");
  }
}

Sha256::~Sha256() {
  EVP_MD_CTX_free(m_context);
}

Sha256& Sha256::add(std::string_view bytes) {
  if (EVP_DigestUpdate(m_context, bytes.data(), bytes.size()) != 1)
    throw std::runtime_error("OpenSSL SHA-256 update failed");
  return *this;
}

std::string Sha256::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(m_context, digest, &size) != 1)
    throw std::runtime_error("OpenSSL SHA-256 final failed");
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    out += digits[digest[i] >> 4];
    out += digits[digest[i] & 0xf];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  return Sha256().add(bytes).hex();
}

}  // namespace pledge
