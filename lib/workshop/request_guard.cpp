#include "workshop/request_guard.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/error.hpp"

namespace pledge::workshop {

namespace {

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

bool is_ipv6(const std::string& host) {
  return host.find(':') != std::string::npos;
}

// A host as the Host header writes it: IPv6 addresses in brackets.
std::string header_host(const std::string& host) {
  return is_ipv6(host) && host.front() != '[' ? "[" + host + "]" : host;
}

bool is_wildcard(const std::string& host) {
  return host == "0.0.0.0" || host == "::" || host == "[::]";
}

bool is_loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

// Every address of this machine's interfaces that are up, loopback first.
std::vector<std::string> interface_addresses(bool ipv6) {
  std::vector<std::string> loopback, others;
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0)
    return {};
  for (ifaddrs* a = list; a; a = a->ifa_next) {
    if (!a->ifa_addr || !(a->ifa_flags & IFF_UP))
      continue;
    char text[INET6_ADDRSTRLEN] = {};
    if (a->ifa_addr->sa_family == AF_INET) {
      ::inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr, text, sizeof text);
    } else if (ipv6 && a->ifa_addr->sa_family == AF_INET6) {
      const auto* in6 = reinterpret_cast<sockaddr_in6*>(a->ifa_addr);
      if (IN6_IS_ADDR_LINKLOCAL(&in6->sin6_addr))
        continue;  // needs a zone ("%eth0") that browsers do not put in the Host header
      ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    } else {
      continue;
    }
    ((a->ifa_flags & IFF_LOOPBACK) ? loopback : others).push_back(text);
  }
  ::freeifaddrs(list);
  loopback.insert(loopback.end(), others.begin(), others.end());
  return loopback;
}

std::vector<std::string> served_names(const std::string& host) {
  std::vector<std::string> names;
  if (is_wildcard(host)) {
    names = interface_addresses(host != "0.0.0.0");
    names.push_back("localhost");
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) == 0 && name[0]) {
      names.push_back(name);
      names.push_back(std::string(name) + ".local");
    }
  } else {
    names.push_back(host);
    if (is_loopback(host)) {
      for (const char* other : {"127.0.0.1", "localhost"})
        names.push_back(other);
    }
  }
  std::vector<std::string> out;
  for (const auto& name : names) {
    const std::string lower = lowercase(header_host(name));
    if (std::find(out.begin(), out.end(), lower) == out.end())
      out.push_back(lower);
  }
  return out;
}

}  // namespace

std::string random_token() {
  unsigned char bytes[16];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      throw Error(std::string("cannot get random bytes for the workshop's token: ") + std::strerror(errno));
    }
    got += static_cast<std::size_t>(n);
  }
  static const char digits[] = "0123456789abcdef";
  std::string token;
  for (const unsigned char b : bytes) {
    token += digits[b >> 4];
    token += digits[b & 15];
  }
  return token;
}

bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;  // the length of the token is no secret: it is always 32
  volatile unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    difference = static_cast<unsigned char>(difference | (a[i] ^ b[i]));
  return difference == 0;
}

std::vector<std::string> served_hosts(const std::string& host, int port) {
  std::vector<std::string> out;
  for (const auto& name : served_names(host)) {
    out.push_back(name + ":" + std::to_string(port));
    if (port == 80)
      out.push_back(name);
  }
  return out;
}

std::vector<std::string> served_addresses(const std::string& host, int port) {
  std::vector<std::string> names =
      is_wildcard(host) ? interface_addresses(host != "0.0.0.0") : std::vector<std::string>{host};
  std::vector<std::string> out;
  for (const auto& name : names)
    out.push_back("http://" + header_host(name) + ":" + std::to_string(port) + "/");
  return out;
}

RequestGuard::RequestGuard(std::string token, std::vector<std::string> hosts)
    : m_token(std::move(token)), m_hosts(std::move(hosts)) {}

Verdict RequestGuard::check(const RequestFacts& request) const {
  const std::string host = lowercase(request.host);
  if (std::find(m_hosts.begin(), m_hosts.end(), host) == m_hosts.end())
    return Verdict::wrong_host;
  if (request.origin && lowercase(*request.origin) != "http://" + host)
    return Verdict::wrong_origin;
  if (request.fetch_site && *request.fetch_site != "same-origin" && *request.fetch_site != "none")
    return Verdict::cross_site;
  if (!request.token || request.token->empty())
    return Verdict::no_token;
  if (!same_secret(*request.token, m_token))
    return Verdict::wrong_token;
  return Verdict::allowed;
}

std::string_view refusal_message(Verdict verdict) {
  switch (verdict) {
    case Verdict::allowed:
      return "";
    case Verdict::wrong_host:
      return "Forbidden: this workshop answers only at the address pledge serve printed (the Host header "
             "names "
             "another).";
    case Verdict::wrong_origin:
      return "Forbidden: the request comes from a page of another site (the Origin header).";
    case Verdict::cross_site:
      return "Forbidden: the request comes from a page of another site (Sec-Fetch-Site).";
    case Verdict::no_token:
      return "Forbidden: open the workshop with the whole address pledge serve printed, with its token.";
    case Verdict::wrong_token:
      return "Forbidden: the token in the address is not this workshop's; use the address pledge serve "
             "printed.";
  }
  return "Forbidden.";
}

}  // namespace pledge::workshop
