#include "routes.hpp"

#include <xapian.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

#include "access_log.hpp"
#include "bearer_token.hpp"
#include "jsonl_reader.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/index.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/record_json.hpp"
#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"
#include "search_parameters.hpp"
#include "worker_pool.hpp"

namespace newsdex::serve {

namespace {

using json = nlohmann::ordered_json;

/// What the article path of a posted article says: where it came from.
constexpr char kPostedPath[] = "newsdex-serve";
/// How long a write waits for another writer (newsdex-index) before answering 503.
constexpr double kWriteLockSeconds = 10;

/// An answer other than 200, carried from wherever it is found to the handler's end.
struct HttpError {
    int status;
    std::string message;
};

// `text`: one JSON value on one line.
void send_json_text(httplib::Response& res, int status, std::string text) {
    res.status = status;
    text += '\n';
    res.set_content(text, "application/json");
}

void send_json(httplib::Response& res, int status, json body) {
    send_json_text(res, status, dump_json(std::move(body)));
}

void send_error(httplib::Response& res, int status, const std::string& message) {
    send_json(res, status,
              {{kJsonVersionKey, kJsonVersion},
               {"error", {{"status", status}, {"message", display_text(message, Whitespace::as_space)}}}});
}

// Failures httplib finds before a handler runs.
std::string http_failure(int status) {
    switch (status) {
        case 400: return "malformed HTTP request";
        case 414: return "request line too long";
        case 416: return "range not satisfiable";
        default: return "HTTP status " + std::to_string(status);
    }
}

// Debian's httplib compresses answers with brotli at its highest quality when a client
// accepts it, which costs tens of milliseconds for a page of results (gzip: a fraction of
// one). The request is httplib's own, not const, object; only this header is changed.
void without_brotli(httplib::Request& req) {
    auto range = req.headers.equal_range("Accept-Encoding");
    for (auto it = range.first; it != range.second; ++it) {
        std::string kept;
        std::size_t begin = 0;
        while (begin <= it->second.size()) {
            auto comma = it->second.find(',', begin);
            if (comma == std::string::npos) comma = it->second.size();
            auto item = it->second.substr(begin, comma - begin);
            const auto first = item.find_first_not_of(' ');
            item = first == std::string::npos ? "" : item.substr(first);
            if (!item.empty() && item.rfind("br", 0) != 0) kept += (kept.empty() ? "" : ", ") + item;
            begin = comma + 1;
        }
        it->second = kept.empty() ? "identity" : kept;
    }
}

// The thread's Searcher, opened on first use (a database missing then is looked for again
// on the next request) and dropped after a database failure, so that a database put right
// is opened anew.
class ThreadSearcher {
public:
    template <typename Fn>
    static auto with(const std::string& db_path, Fn&& fn) {
        thread_local std::unique_ptr<Searcher> searcher;
        try {
            if (!searcher) searcher = std::make_unique<Searcher>(db_path);
            return fn(*searcher);
        } catch (const DatabaseError&) {
            searcher.reset();
            throw;
        }
    }
};

// Runs a handler body, turning newsdex's failures into their answers.
template <typename Fn>
void answer(httplib::Response& res, Fn&& fn) {
    try {
        fn();
    } catch (const HttpError& e) {
        send_error(res, e.status, e.message);
    } catch (const BadParameter& e) {
        send_error(res, 400, e.what());
    } catch (const QueryError& e) {
        send_error(res, 400, std::string("bad query: ") + e.what());
    } catch (const InputError& e) {
        send_error(res, 400, e.what());
    } catch (const DatabaseError& e) {
        send_error(res, 503, e.what());
    } catch (const Xapian::Error& e) {
        send_error(res, 503, "database: " + e.get_description());
    }
}

class Routes : public std::enable_shared_from_this<Routes> {
public:
    explicit Routes(const ServeOptions& options) : options_(options) {}

    // The handlers share the routes' ownership, so they live as long as the server.
    void install(httplib::Server& server) {
        auto self = shared_from_this();
        server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
            started() = std::chrono::steady_clock::now();
            without_brotli(const_cast<httplib::Request&>(req));
            if (!WorkerPool::turning_away()) return httplib::Server::HandlerResponse::Unhandled;
            res.set_header("Connection", "close");
            res.set_header("Retry-After", "1");
            send_error(res, 503, "server busy: every worker is taken and the queue is full");
            return httplib::Server::HandlerResponse::Handled;
        });
        server.Get("/health", [self](const auto& req, auto& res) { self->health(req, res); });
        server.Get("/search", [self](const auto& req, auto& res) { self->search(req, res); });
        server.Get("/stats", [self](const auto& req, auto& res) { self->stats(req, res); });
        server.Get(R"(/passages/(.+))", [self](const auto& req, auto& res) { self->passage(req, res); });
        server.Post("/articles", [self](const auto& req, auto& res) { self->post_articles(req, res); });
        server.Delete(R"(/articles/(.+))",
                      [self](const auto& req, auto& res) { self->delete_article(req, res); });
        server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
            if (!res.body.empty()) return;
            if (res.status == 404)
                send_error(res, 404, "no such endpoint: " + req.method + " " + req.path);
            else if (res.status == 413)
                send_error(res, 413, "request body is over the server's --max-body limit");
            else
                send_error(res, res.status, http_failure(res.status));
        });
        server.set_exception_handler(
            [](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
                std::string what = "internal error";
                try {
                    std::rethrow_exception(e);
                } catch (const std::exception& x) {
                    what += std::string(": ") + x.what();
                } catch (...) {
                }
                send_error(res, 500, what);
            });
        if (options_.access_log)
            server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
                auto& begun = started();
                const double ms =
                    begun ? std::chrono::duration<double, std::milli>(
                                std::chrono::steady_clock::now() - *begun)
                                .count()
                          : 0;
                begun.reset();
                write_access_log(access_log_line(req.method, req.path, res.status,
                                                 res.body.size(), ms));
            });
    }

private:
    // When the request being answered on this thread was routed.
    static std::optional<std::chrono::steady_clock::time_point>& started() {
        thread_local std::optional<std::chrono::steady_clock::time_point> at;
        return at;
    }

    // Only GET /search takes parameters.
    static void no_parameters(const httplib::Request& req) {
        if (!req.params.empty())
            throw HttpError{400, "unknown parameter " + display_text(req.params.begin()->first) +
                                     " (" + req.path + " takes none)"};
    }

    void health(const httplib::Request& req, httplib::Response& res) {
        answer(res, [&] {
            no_parameters(req);
            std::string database = "ok";
            try {
                ThreadSearcher::with(options_.db_path, [](Searcher&) { return 0; });
            } catch (const DatabaseError& e) {
                database = e.what();
            }
            send_json(res, 200,
                      {{"status", "ok"},
                       {kJsonVersionKey, kJsonVersion},
                       {"version", NEWSDEX_VERSION},
                       {"database", database},
                       {"writes", options_.allow_writes}});
        });
    }

    void search(const httplib::Request& req, httplib::Response& res) {
        answer(res, [&] {
            auto parameters = search_parameters(req.params);
            auto response = ThreadSearcher::with(options_.db_path, [&](Searcher& s) {
                return s.search(parameters.request);
            });
            send_json_text(res, 200, response_json_text(response, parameters.facet_limit));
        });
    }

    void stats(const httplib::Request& req, httplib::Response& res) {
        answer(res, [&] {
            no_parameters(req);
            send_json(res, 200, stats_json(database_stats(options_.db_path)));
        });
    }

    void passage(const httplib::Request& req, httplib::Response& res) {
        answer(res, [&] {
            no_parameters(req);
            const std::string id = req.matches[1];
            auto found = ThreadSearcher::with(options_.db_path,
                                              [&](Searcher& s) { return s.passage(id); });
            if (!found) throw HttpError{404, "no passage " + id};
            send_json(res, 200, passage_json(*found));
        });
    }

    // 403 when writes are off, 401 without the right token.
    void check_write_allowed(const httplib::Request& req, httplib::Response& res) const {
        if (!options_.allow_writes)
            throw HttpError{403, "writes are off: start newsdex-serve with --allow-writes "
                                 "--token-file FILE"};
        if (!bearer_matches(req.get_header_value("Authorization"), options_.token)) {
            res.set_header("WWW-Authenticate", "Bearer");
            throw HttpError{401, "missing or wrong bearer token"};
        }
    }

    Index open_index() const {
        IndexOptions io;
        io.db_path = options_.db_path;
        io.lock_timeout = kWriteLockSeconds;
        io.commit_every = 0;  // one commit per request: a batch lands whole or not at all
        return Index(io);
    }

    // One JSON object (application/json), or JSON Lines (application/x-ndjson), each
    // object an article as newsdex-index --format jsonl reads it.
    static std::vector<Article> posted_articles(const httplib::Request& req) {
        const auto type = req.get_header_value("Content-Type");
        const bool lines = type.rfind("application/x-ndjson", 0) == 0 ||
                           type.rfind("application/jsonl", 0) == 0;
        std::string body = req.body;
        if (!lines) {
            auto object = json::parse(req.body, nullptr, false);
            if (object.is_discarded() || !object.is_object())
                throw HttpError{400, "body is not one JSON object (send JSON Lines as "
                                     "Content-Type: application/x-ndjson)"};
            body = object.dump();
        }
        std::vector<FileFailure> bad;
        auto articles = parse_jsonl(body, kPostedPath, bad);
        if (!bad.empty()) {
            std::string message = bad.front().path + ": " + bad.front().error;
            if (bad.size() > 1) message += " (and " + std::to_string(bad.size() - 1) + " more)";
            throw HttpError{400, message + "; nothing was written"};
        }
        if (articles.empty()) throw HttpError{400, "the body holds no article"};
        return articles;
    }

    void post_articles(const httplib::Request& req, httplib::Response& res) {
        answer(res, [&] {
            check_write_allowed(req, res);
            auto articles = posted_articles(req);
            json written = json::array();
            std::lock_guard lock(write_mutex_);
            auto index = open_index();
            for (auto& article : articles) {
                const auto id = article.id;
                ArticleWrite w;
                try {
                    w = index.replace(std::move(article));
                } catch (const InputError& e) {
                    throw HttpError{409, e.what() + std::string("; nothing was written")};
                }
                written.push_back({{"id", id},
                                   {"passages", w.passages},
                                   {"replaced", w.replaced},
                                   {"warnings", w.warnings}});
            }
            index.commit();
            send_json(res, 200, {{kJsonVersionKey, kJsonVersion}, {"articles", written}});
        });
    }

    void delete_article(const httplib::Request& req, httplib::Response& res) {
        answer(res, [&] {
            check_write_allowed(req, res);
            no_parameters(req);
            const std::string id = req.matches[1];
            std::lock_guard lock(write_mutex_);
            auto index = open_index();
            bool removed = false;
            try {
                removed = index.remove(id);
            } catch (const InputError& e) {
                throw HttpError{409, e.what()};
            }
            if (!removed) throw HttpError{404, "no article " + id};
            index.commit();
            send_json(res, 200, {{kJsonVersionKey, kJsonVersion}, {"deleted", id}});
        });
    }

    const ServeOptions& options_;
    std::mutex write_mutex_;  ///< one write at a time: Index holds the single-writer lock
};

}  // namespace

void add_routes(httplib::Server& server, const ServeOptions& options) {
    std::make_shared<Routes>(options)->install(server);
}

}  // namespace newsdex::serve
