#include "workshop/workshop_server.hpp"

#include <httplib.h>

#include <mutex>

#include "workshop/page_files.hpp"
#include "workshop/page_html.hpp"
#include "workshop/request_guard.hpp"
#include "workshop/workshop_json.hpp"

namespace pledge::workshop {

namespace {

// The page and its script and style come from this server only, and nothing may frame the page; the
// poster preview may be framed by the page alone.
constexpr const char* page_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
constexpr const char* data_policy = "default-src 'none'; frame-ancestors 'none'";
constexpr const char* poster_policy = "frame-ancestors 'self'";
// The web page preview is pledge build's page: its style is inline, it has no script, and it fetches nothing.
constexpr const char* web_page_policy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors "
    "'self'";

constexpr const char* json_type = "application/json; charset=utf-8";

std::optional<std::string> header(const httplib::Request& request, const char* name) {
  if (!request.has_header(name))
    return std::nullopt;
  return request.get_header_value(name);
}

void send(httplib::Response& response, int status, const std::string& body, const char* type,
          const char* policy = data_policy) {
  response.status = status;
  response.set_header("Content-Security-Policy", policy);
  response.set_content(body, type);
}

int status_of(Outcome outcome) {
  switch (outcome) {
    case Outcome::saved:
      return 200;
    case Outcome::conflict:
      return 409;
    case Outcome::refused:
      return 422;
  }
  return 500;
}

}  // namespace

struct WorkshopServer::Impl {
  Impl(WorkshopSession& s, ServerSettings settings_in, std::string token_in)
      : session(s), settings(std::move(settings_in)), token(std::move(token_in)) {}

  void routes();
  void serve_page_file(const std::string& name, httplib::Response& response) const;
  // Runs `handle` with the request read as a PageRequest; 400 if it is not one, 500 if the session throws.
  void with_request(const httplib::Request& request, httplib::Response& response,
                    const std::function<void(const PageRequest&)>& handle);
  // Sends a change's result, and logs a saved one as `what` (empty: the history's description of it).
  void answer(httplib::Response& response, const ChangeResult& result, const std::string& what);

  WorkshopSession& session;
  ServerSettings settings;
  std::string token;
  httplib::Server server;
  std::unique_ptr<RequestGuard> guard;
  int port = 0;
  std::mutex log_mutex;
  std::function<void(const std::string&)> log;
};

void WorkshopServer::Impl::serve_page_file(const std::string& name, httplib::Response& response) const {
  const PageFile* file = find_page_file(name);
  if (!file) {
    send(response, 404, "Not found\n", "text/plain; charset=utf-8");
    return;
  }
  // The page's own links carry the token, so that its style sheet, script and icon pass the guard; the page
  // itself carries the pledge as it is now.
  std::string bytes(file->bytes);
  if (name == "index.html") {
    try {
      bytes = page_with_state(file->bytes, session.state(), token);
    } catch (const Error& e) {
      send(response, 500, describe(e) + "\n", "text/plain; charset=utf-8");
      return;
    }
  }
  send(response, 200, bytes, std::string(file->content_type).c_str(), page_policy);
}

void WorkshopServer::Impl::with_request(const httplib::Request& request, httplib::Response& response,
                                        const std::function<void(const PageRequest&)>& handle) {
  PageRequest page_request;
  try {
    page_request = parse_page_request(request.body);
  } catch (const Error& e) {
    send(response, 400, problems_json(e.diagnostics()), json_type);
    return;
  }
  try {
    handle(page_request);
  } catch (const Error& e) {
    send(response, 500, problems_json(e.diagnostics()), json_type);
  }
}

void WorkshopServer::Impl::answer(httplib::Response& response, const ChangeResult& result,
                                  const std::string& what) {
  if (result.outcome == Outcome::saved && log) {
    std::lock_guard lock(log_mutex);
    const auto& history = result.state.history;
    log(what.empty() && !history.empty() ? history.back().description : what);
  }
  send(response, status_of(result.outcome), change_json(result), json_type);
}

void WorkshopServer::Impl::routes() {
  server.set_payload_max_length(request_body_limit);
  // A browser keeps up to six connections open to a server, each holding a worker until its keep-alive ends:
  // enough workers for a laptop and a few phones at once, and connections let go after two idle seconds.
  server.new_task_queue = [] { return new httplib::ThreadPool(32); };
  server.set_keep_alive_timeout(2);
  // cpp-httplib sets SO_REUSEPORT by default, which lets a second process bind the same port and take a share
  // of the connections: keep only SO_REUSEADDR, so that a port in use is refused and a restart can rebind.
  server.set_socket_options([](socket_t socket) {
    int yes = 1;
    ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"},
                              {"Cross-Origin-Resource-Policy", "same-origin"},
                              {"X-Frame-Options", "SAMEORIGIN"}});
  // Before routing, so before a body is read: a refused request costs nothing.
  server.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
    RequestFacts facts{request.get_header_value("Host"), header(request, "Origin"),
                       header(request, "Sec-Fetch-Site"), std::nullopt};
    if (request.has_param("token"))
      facts.token = request.get_param_value("token");
    else if (request.has_header("X-Pledge-Token"))
      facts.token = request.get_header_value("X-Pledge-Token");
    else if (const std::string bearer = request.get_header_value("Authorization");
             bearer.starts_with("Bearer "))
      facts.token = bearer.substr(7);
    const Verdict verdict = guard->check(facts);
    if (verdict == Verdict::allowed)
      return httplib::Server::HandlerResponse::Unhandled;
    send(response, 403, std::string(refusal_message(verdict)) + "\n", "text/plain; charset=utf-8");
    response.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty())
      return;
    const char* text = response.status == 413   ? "Payload too large: a request may be at most 1 MiB.\n"
                       : response.status == 404 ? "Not found\n"
                                                : "The request could not be handled.\n";
    send(response, response.status, text, "text/plain; charset=utf-8");
  });

  server.Get("/", [this](const httplib::Request&, httplib::Response& response) {
    serve_page_file("index.html", response);
  });
  server.Get(R"(/([a-z-]+\.(css|js|svg)))",
             [this](const httplib::Request& request, httplib::Response& response) {
               serve_page_file(request.matches[1], response);
             });
  server.Get("/api/state", [this](const httplib::Request&, httplib::Response& response) {
    try {
      send(response, 200, state_json(session.state()), json_type);
    } catch (const Error& e) {
      send(response, 500, problems_json(e.diagnostics()), json_type);
    }
  });
  server.Get("/api/version", [this](const httplib::Request&, httplib::Response& response) {
    try {
      send(response, 200, version_json(session.version(), session.lint_stamp(), session.identity_stamp()),
           json_type);
    } catch (const Error& e) {
      send(response, 500, problems_json(e.diagnostics()), json_type);
    }
  });
  // The previews: JSON saying whether there is one (and why not), and the document itself, made from the
  // file as it is now and never written anywhere.
  struct PreviewRoute {
    const char* path;
    const char* document_path;
    DocumentPreview (WorkshopSession::*make)();
    const char* type;
    const char* policy;
  };
  for (const PreviewRoute& route : {PreviewRoute{"/api/poster", "/api/poster.pdf", &WorkshopSession::poster,
                                                 "application/pdf", poster_policy},
                                    PreviewRoute{"/api/page", "/api/page.html", &WorkshopSession::web_page,
                                                 "text/html; charset=utf-8", web_page_policy}}) {
    server.Get(route.path, [this, route](const httplib::Request&, httplib::Response& response) {
      try {
        const DocumentPreview preview = (session.*route.make)();
        send(response, preview.bytes.empty() ? 422 : 200, preview_json(preview), json_type);
      } catch (const Error& e) {
        send(response, 500, problems_json(e.diagnostics()), json_type);
      }
    });
    server.Get(route.document_path, [this, route](const httplib::Request&, httplib::Response& response) {
      try {
        const DocumentPreview preview = (session.*route.make)();
        if (preview.bytes.empty()) {
          send(response, 422, problems_json(preview.problems), json_type);
          return;
        }
        response.set_header("X-Pledge-Version", preview.version);
        send(response, 200, preview.bytes, route.type, route.policy);
      } catch (const Error& e) {
        send(response, 500, problems_json(e.diagnostics()), json_type);
      }
    });
  }
  server.Post("/api/change", [this](const httplib::Request& request, httplib::Response& response) {
    with_request(request, response, [&](const PageRequest& r) {
      if (r.op == "add") {
        const ChangeResult result = session.add_statement(r.group, r.text, r.version);
        answer(response, result, {});
        return;
      }
      ServiceFileEdit edit;
      try {
        edit = edit_of(r);
      } catch (const Error& e) {
        send(response, 400, problems_json(e.diagnostics()), json_type);
        return;
      }
      answer(response, session.change(edit, r.version), {});
    });
  });
  server.Post("/api/draft", [this](const httplib::Request& request, httplib::Response& response) {
    with_request(request, response, [&](const PageRequest& r) {
      try {
        if (r.op == "add") {
          send(response, 200, findings_json(session.draft_findings_of_new(r.group, r.text)), json_type);
        } else if (r.op == "reword") {
          send(response, 200, findings_json(session.draft_findings(edit::Reword{r.ref, r.text})), json_type);
        } else if (r.op == "reword-ask") {
          send(response, 200, findings_json(session.draft_findings_of_ask(ask_number(r.ref), r.text)),
               json_type);
        } else if (r.op == "translate") {
          send(response, 200,
               findings_json(
                   session.draft_findings_of_translation(edit::Translate{r.ref, r.language, r.text})),
               json_type);
        } else if (r.op == "add-ask") {
          send(response, 200, findings_json(session.draft_findings_of_ask(std::nullopt, r.text)), json_type);
        } else {
          send(response, 400,
               problems_json(
                   {Diagnostic{std::nullopt, "a draft is a reword, an add, a reword-ask or an add-ask", {}}}),
               json_type);
        }
      } catch (const Error& e) {
        send(response, 422, problems_json(e.diagnostics()), json_type);
      }
    });
  });
  server.Post("/api/undo", [this](const httplib::Request& request, httplib::Response& response) {
    with_request(request, response, [&](const PageRequest& r) {
      const auto before = session.state().history;
      answer(response, session.undo(r.version),
             "Undid: " + (before.empty() ? std::string("nothing") : before.back().description));
    });
  });
  server.Post("/api/redo", [this](const httplib::Request& request, httplib::Response& response) {
    with_request(request, response, [&](const PageRequest& r) {
      const auto before = session.state().undone;
      answer(response, session.redo(r.version),
             "Redid: " + (before.empty() ? std::string("nothing") : before.back().description));
    });
  });
  server.Post("/api/overwrite", [this](const httplib::Request& request, httplib::Response& response) {
    with_request(request, response,
                 [&](const PageRequest& r) { answer(response, session.overwrite(r.text, r.version), {}); });
  });
}

WorkshopServer::WorkshopServer(WorkshopSession& session, ServerSettings settings, std::string token)
    : m_impl(std::make_unique<Impl>(session, std::move(settings), std::move(token))) {
  Impl& m = *m_impl;
  m.routes();  // and the socket options, which must be set before binding
  if (m.settings.port == 0) {
    m.port = m.server.bind_to_any_port(m.settings.host);
  } else {
    m.port = m.server.bind_to_port(m.settings.host, m.settings.port) ? m.settings.port : -1;
  }
  if (m.port <= 0) {
    throw Error(
        "cannot listen on " + m.settings.host +
        (m.settings.port ? ":" + std::to_string(m.settings.port) : std::string()) +
        ": the port is in use, or the host is not an address of this machine; choose another --port or "
        "--host");
  }
  m.guard = std::make_unique<RequestGuard>(m.token, served_hosts(m.settings.host, m.port));
}

WorkshopServer::~WorkshopServer() = default;

int WorkshopServer::port() const {
  return m_impl->port;
}

std::vector<std::string> WorkshopServer::addresses() const {
  std::vector<std::string> out;
  for (const auto& address : served_addresses(m_impl->settings.host, m_impl->port))
    out.push_back(address + "?token=" + m_impl->token);
  return out;
}

void WorkshopServer::on_change(std::function<void(const std::string&)> log) {
  m_impl->log = std::move(log);
}

void WorkshopServer::run() {
  m_impl->server.listen_after_bind();
}

void WorkshopServer::stop() {
  m_impl->server.stop();
}

}  // namespace pledge::workshop
