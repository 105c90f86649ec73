#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pledge::workshop {

// 128 random bits from the kernel (getrandom), as 32 lowercase hex digits: the secret in the workshop's
// address. Throws Error if the kernel gives none.
std::string random_token();

// True if `a` and `b` are the same, taking as long for any two strings of the same length, so that the time
// a refusal takes does not tell how much of a guessed token was right.
bool same_secret(std::string_view a, std::string_view b);

// The Host header values a browser sends for the address served, lowercase: "127.0.0.1:8080" and
// "localhost:8080" on the loopback address; for --host NAME that name (IPv6 addresses in brackets); for a
// wildcard host (0.0.0.0, ::) every address of this machine's interfaces and its host name. Port 80 is
// also accepted without the port, as browsers leave it out.
std::vector<std::string> served_hosts(const std::string& host, int port);

// The addresses to print for people to open: "http://HOST:PORT/", or for a wildcard host one per address of
// this machine's interfaces, the loopback one first.
std::vector<std::string> served_addresses(const std::string& host, int port);

// What a request says about where it comes from and what it may do.
struct RequestFacts {
  std::string host;                       // the Host header ("" if none)
  std::optional<std::string> origin;      // the Origin header, if sent
  std::optional<std::string> fetch_site;  // Sec-Fetch-Site, if sent
  std::optional<std::string> token;       // ?token= or the X-Pledge-Token header
};

enum class Verdict { allowed, wrong_host, wrong_origin, cross_site, no_token, wrong_token };

// Checks every request to the workshop before anything else: the Host header names the address served
// (a page on another site that points its own name at 127.0.0.1, "DNS rebinding", sends its own name), the
// Origin header when there is one is this same origin, a browser's Sec-Fetch-Site is not cross-site, and the
// token is the session's.
class RequestGuard {
 public:
  RequestGuard(std::string token, std::vector<std::string> hosts);

  Verdict check(const RequestFacts& request) const;

 private:
  std::string m_token;
  std::vector<std::string> m_hosts;
};

// Why a request was refused, for the 403 response's text.
std::string_view refusal_message(Verdict verdict);

}  // namespace pledge::workshop
