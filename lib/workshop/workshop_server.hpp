#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "workshop/workshop_session.hpp"

namespace pledge::workshop {

// The largest request body accepted (a change is well under 10 KiB; keeping a whole file after a conflict
// sends the file): larger ones get 413 before they are read.
inline constexpr std::size_t request_body_limit = 1024 * 1024;

struct ServerSettings {
  std::string host = "127.0.0.1";
  int port = 0;  // 0: a free port the system chooses
};

// The workshop over HTTP (cpp-httplib): the page at /, its JSON API under /api/, and the poster preview.
// Every request passes RequestGuard first (token, Host, Origin, Sec-Fetch-Site) or gets 403; the only file
// written is the session's service file.
class WorkshopServer {
 public:
  // Binds the address; throws Error if it cannot (in use, not an address of this machine, no permission).
  WorkshopServer(WorkshopSession& session, ServerSettings settings, std::string token);
  ~WorkshopServer();
  WorkshopServer(const WorkshopServer&) = delete;
  WorkshopServer& operator=(const WorkshopServer&) = delete;

  int port() const;
  // The addresses to open, each with "?token=...".
  std::vector<std::string> addresses() const;

  // Called with a line for each change saved (from the server's threads, one at a time).
  void on_change(std::function<void(const std::string&)> log);

  // Serves requests until stop() is called (from another thread or a signal watcher).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace pledge::workshop
