#include <doctest/doctest.h>

#include <algorithm>

#include "workshop/request_guard.hpp"

using namespace pledge::workshop;

namespace {

const std::string token = "0123456789abcdef0123456789abcdef";

RequestGuard loopback_guard() {
  return RequestGuard(token, served_hosts("127.0.0.1", 8080));
}

RequestFacts from_the_page() {
  return RequestFacts{"127.0.0.1:8080", std::nullopt, std::nullopt, token};
}

}  // namespace

TEST_CASE("a token is 32 hex digits and a new one each time") {
  const std::string a = random_token();
  const std::string b = random_token();
  CHECK(a.size() == 32);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(a != b);
}

TEST_CASE("secrets compare equal only when every byte is the same") {
  CHECK(same_secret(token, token));
  CHECK(!same_secret(token, "0123456789abcdef0123456789abcdeF"));
  CHECK(!same_secret(token, "1123456789abcdef0123456789abcdef"));
  CHECK(!same_secret(token, token.substr(0, 31)));
  CHECK(!same_secret(token, ""));
}

TEST_CASE("the loopback address is served as 127.0.0.1 and localhost, with its port") {
  CHECK(served_hosts("127.0.0.1", 8080) == std::vector<std::string>{"127.0.0.1:8080", "localhost:8080"});
  CHECK(served_hosts("::1", 8080) ==
        std::vector<std::string>{"[::1]:8080", "127.0.0.1:8080", "localhost:8080"});
  CHECK(served_hosts("Ward-Laptop.local", 80) ==
        std::vector<std::string>{"ward-laptop.local:80", "ward-laptop.local"});
  CHECK(served_addresses("127.0.0.1", 8080) == std::vector<std::string>{"http://127.0.0.1:8080/"});
  CHECK(served_addresses("::1", 8080) == std::vector<std::string>{"http://[::1]:8080/"});
}

TEST_CASE("every address of the machine is served on a wildcard host, the loopback one first") {
  const auto hosts = served_hosts("0.0.0.0", 8080);
  REQUIRE(!hosts.empty());
  CHECK(hosts.front() == "127.0.0.1:8080");
  CHECK(std::find(hosts.begin(), hosts.end(), "localhost:8080") != hosts.end());
  CHECK(served_addresses("0.0.0.0", 8080).front() == "http://127.0.0.1:8080/");
}

TEST_CASE("a request from the workshop page with the token is allowed") {
  CHECK(loopback_guard().check(from_the_page()) == Verdict::allowed);
  RequestFacts request = from_the_page();
  request.host = "LOCALHOST:8080";
  request.origin = "http://localhost:8080";
  request.fetch_site = "same-origin";
  CHECK(loopback_guard().check(request) == Verdict::allowed);
  request.fetch_site = "none";  // the address typed or opened from the terminal
  CHECK(loopback_guard().check(request) == Verdict::allowed);
}

TEST_CASE("a request without the token, or with another, is refused") {
  RequestFacts request = from_the_page();
  request.token.reset();
  CHECK(loopback_guard().check(request) == Verdict::no_token);
  request.token = "";
  CHECK(loopback_guard().check(request) == Verdict::no_token);
  request.token = "f123456789abcdef0123456789abcdef";
  CHECK(loopback_guard().check(request) == Verdict::wrong_token);
}

TEST_CASE("a request naming another host is refused, against DNS rebinding") {
  RequestFacts request = from_the_page();
  for (const char* host : {"attacker.example:8080", "attacker.example", "127.0.0.1:8081", "127.0.0.1", ""}) {
    CAPTURE(host);
    request.host = host;
    CHECK(loopback_guard().check(request) == Verdict::wrong_host);
  }
}

TEST_CASE("a request from a page of another origin is refused") {
  RequestFacts request = from_the_page();
  for (const char* origin : {"http://attacker.example", "null", "http://127.0.0.1:8081",
                             "https://127.0.0.1:8080", "http://localhost:8080"}) {
    CAPTURE(origin);
    request.origin = origin;
    CHECK(loopback_guard().check(request) == Verdict::wrong_origin);
  }
  request.origin.reset();
  request.fetch_site = "cross-site";
  CHECK(loopback_guard().check(request) == Verdict::cross_site);
  request.fetch_site = "same-site";
  CHECK(loopback_guard().check(request) == Verdict::cross_site);
}

TEST_CASE("each refusal says why") {
  CHECK(refusal_message(Verdict::no_token) ==
        "Forbidden: open the workshop with the whole address pledge serve printed, with its token.");
  CHECK(refusal_message(Verdict::wrong_host) ==
        "Forbidden: this workshop answers only at the address pledge serve printed (the Host header names "
        "another).");
}
