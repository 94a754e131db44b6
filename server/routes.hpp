#pragma once
// newsdex-serve's endpoints (docs/server.md): GET /search, /passages/{id}, /stats, /health;
// with writes allowed, POST /articles and DELETE /articles/{id}. Every answer is JSON,
// errors included: {"error": {"status": N, "message": "…"}}.

#include <httplib.h>

#include "serve_options.hpp"

namespace newsdex::serve {

/// Installs the endpoints, the JSON error answers and, with options.access_log, the access
/// log on `server`. `options` must outlive it.
void add_routes(httplib::Server& server, const ServeOptions& options);

}  // namespace newsdex::serve
