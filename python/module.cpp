// The `newsdex` Python module: Searcher and search() answer with the dicts
// `newsdex-search --format json` prints; Index adds, replaces and removes articles given as
// the dicts of a JSON Lines line.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>

#include "json_article.hpp"
#include "json_objects.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/index.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/record_json.hpp"
#include "newsdex/searcher.hpp"
#include "newsdex/stats.hpp"
#include "search_names.hpp"

namespace py = pybind11;

namespace newsdex::python {

namespace {

// Strings or a list of them, as a repeatable CLI option takes (`kind="quote"` or
// `kind=["quote", "turn"]`); `comma` also splits each at commas, as --facets does.
std::vector<std::string> string_list(const py::object& value, const char* name,
                                     bool comma = false) {
    std::vector<std::string> out;
    auto add = [&](py::handle item) {
        if (!py::isinstance<py::str>(item))
            throw py::type_error(std::string(name) + " must be a str or a list of str, not " +
                                 type_name(item));
        auto s = item.cast<std::string>();
        if (!comma) {
            out.push_back(std::move(s));
            return;
        }
        for (auto& part : cli::comma_list(s)) out.push_back(std::move(part));
    };
    if (value.is_none()) return out;
    if (py::isinstance<py::str>(value)) {
        add(value);
        return out;
    }
    if (!py::isinstance<py::list>(value) && !py::isinstance<py::tuple>(value))
        throw py::type_error(std::string(name) + " must be a str or a list of str, not " +
                             type_name(value));
    for (auto item : value) add(item);
    return out;
}

std::size_t count(long long value, const char* name) {
    if (value < 0) throw py::value_error(std::string(name) + " must be 0 or more");
    return static_cast<std::size_t>(value);
}

// The search options, named and spelt as newsdex-search's.
struct SearchOptions {
    py::object speaker, topic, kind, facets;
    std::string since, until, sort;
    long long limit, offset, per_article, facet_limit;
    bool explain, prose, feedback, also;
};

SearchRequest request_of(const std::string& query, const SearchOptions& o) {
    SearchRequest r;
    r.query = query;
    r.speakers = string_list(o.speaker, "speaker");
    r.topics = string_list(o.topic, "topic");
    r.kinds = string_list(o.kind, "kind");
    for (const auto& k : r.kinds)
        if (std::find(cli::kKindNames.begin(), cli::kKindNames.end(), k) == cli::kKindNames.end())
            throw py::value_error("kind must be quote, paragraph or turn, not '" + k + "'");
    r.facets = string_list(o.facets, "facets", true);
    r.since = o.since;
    r.until = o.until;
    if (std::find(cli::kSortNames.begin(), cli::kSortNames.end(), o.sort) == cli::kSortNames.end())
        throw py::value_error("sort must be 'relevance', 'date' or '-date', not '" + o.sort + "'");
    r.sort = cli::sort_from_name(o.sort);
    r.limit = count(o.limit, "limit");
    r.offset = count(o.offset, "offset");
    r.per_article = count(o.per_article, "per_article");
    r.explain = o.explain;
    r.prose = o.prose;
    if (!o.feedback) r.ranking.feedback_docs = 0;
    r.also = o.also;
    if (query.find_first_not_of(" \t\r\n") == std::string::npos && !cli::has_filter(r))
        throw QueryError("give a query or a filter (speaker, topic, kind, since, until)");
    return r;
}

// A Searcher shared by Python threads: they take turns, without the GIL.
class PySearcher {
  public:
    explicit PySearcher(const std::string& db) : db_(db) {
        py::gil_scoped_release release;
        searcher_.emplace(db);
    }

    py::object search(const std::string& query, const SearchOptions& options) {
        const auto request = request_of(query, options);
        const auto facet_limit = count(options.facet_limit, "facet_limit");
        nlohmann::ordered_json j;
        {
            py::gil_scoped_release release;
            std::lock_guard lock(mutex_);
            // The text every front end writes, read back: its fields are written in one place.
            j = nlohmann::ordered_json::parse(
                response_json_text(searcher_->search(request), facet_limit));
        }
        return to_python(j);
    }

    py::object stats() {
        nlohmann::ordered_json j;
        {
            py::gil_scoped_release release;
            j = stats_json(database_stats(db_));
        }
        return to_python(j);
    }

    const std::string& db() const { return db_; }

  private:
    std::string db_;
    std::mutex mutex_;
    std::optional<Searcher> searcher_;
};

py::dict write_dict(const ArticleWrite& w) {
    py::dict out;
    out["passages"] = w.passages;
    out["replaced"] = w.replaced;
    out["warnings"] = py::cast(w.warnings);
    return out;
}

// The article a dict describes; TypeError or ValueError naming the field at fault.
Article article_of(const py::dict& fields) {
    nlohmann::json j = nlohmann::json::object();
    for (auto [key, value] : fields) {
        if (!py::isinstance<py::str>(key))
            throw py::type_error("article keys must be str, not " + type_name(key));
        const auto name = key.cast<std::string>();
        j[name] = to_json_value(value, "article field '" + name + "'");
    }
    try {
        return article_from_json(j);
    } catch (const ArticleFieldError& e) {
        if (e.wrong_type()) throw py::type_error(std::string("article field ") + e.what());
        throw py::value_error(std::string("article ") + e.what());
    }
}

// The tables installed with the module (PREFIX/share/newsdex beside PREFIX's site folder),
// wherever the prefix has been put or moved; empty for a module not installed.
std::string installed_data_dir() {
    namespace fs = std::filesystem;
    const auto file = py::module_::import("newsdex").attr("__file__").cast<std::string>();
    const auto dir = (fs::path(file).parent_path() / NEWSDEX_PYTHON_TO_DATA).lexically_normal();
    std::error_code ec;
    return fs::exists(dir / "speakers.yaml", ec) ? dir.string() : std::string();
}

// An Index shared by Python threads, closed at most once; writes run without the GIL.
class PyIndex {
  public:
    PyIndex(const std::string& db, const std::optional<std::string>& speakers,
            const std::optional<std::string>& topics, long long commit_every,
            double lock_timeout, bool positions) {
        IndexOptions options;
        options.db_path = db;
        options.speakers_path = speakers.value_or("");
        options.topics_path = topics.value_or("");
        options.commit_every = count(commit_every, "commit_every");
        options.lock_timeout = lock_timeout;
        options.positions = positions;
        // The speaker table, taxonomy and synonyms are looked for in `paths` first.
        if (auto data = installed_data_dir(); !data.empty()) options.paths = {data};
        py::gil_scoped_release release;
        index_.emplace(options);
    }

    py::dict add(const py::dict& fields) { return write(fields, false); }
    py::dict replace(const py::dict& fields) { return write(fields, true); }

    bool remove(const std::string& id) {
        py::gil_scoped_release release;
        std::lock_guard lock(mutex_);
        return open().remove(id);
    }

    void commit() {
        py::gil_scoped_release release;
        std::lock_guard lock(mutex_);
        open().commit();
    }

    void close() {
        py::gil_scoped_release release;
        std::lock_guard lock(mutex_);
        index_.reset();
    }

    bool closed() {
        std::lock_guard lock(mutex_);
        return !index_;
    }

    std::string speakers_path() {
        std::lock_guard lock(mutex_);
        return open().speakers_path();
    }

    std::string topics_path() {
        std::lock_guard lock(mutex_);
        return open().topics_path();
    }

    // `with`: commits when the block ends normally, drops the changes when it raises; closes
    // either way. A failed commit still closes, and its error is raised.
    bool exit(const py::object& exc_type) {
        const bool normally = exc_type.is_none();
        py::gil_scoped_release release;
        std::lock_guard lock(mutex_);
        if (!index_) return false;
        try {
            if (normally) index_->commit();
        } catch (...) {
            index_.reset();
            throw;
        }
        index_.reset();
        return false;
    }

  private:
    py::dict write(const py::dict& fields, bool replacing) {
        auto article = article_of(fields);
        ArticleWrite w;
        {
            py::gil_scoped_release release;
            std::lock_guard lock(mutex_);
            w = replacing ? open().replace(std::move(article)) : open().add(std::move(article));
        }
        return write_dict(w);
    }

    Index& open() {
        if (!index_) throw py::value_error("the Index is closed");
        return *index_;
    }

    std::mutex mutex_;
    std::optional<Index> index_;
};

// Every exception of the module derives from newsdex.Error.
struct ErrorTag {};

}  // namespace

}  // namespace newsdex::python

PYBIND11_MODULE(newsdex, m) {
    using namespace newsdex::python;
    using newsdex::python::PyIndex;
    using newsdex::python::PySearcher;
    m.doc() = "Passage search over newsdex databases (docs/python.md).";

    static py::exception<ErrorTag> error(m, "Error", PyExc_Exception);
    error.doc() = "Any newsdex error.";
    py::register_exception<newsdex::DatabaseError>(m, "DatabaseError", error.ptr())
        .doc() = "The database is missing, locked, corrupt, of another schema, or cannot be "
                 "written.";
    py::register_exception<newsdex::QueryError>(m, "QueryError", error.ptr())
        .doc() = "A query that cannot be parsed, or a limit out of range.";
    py::register_exception<newsdex::InputError>(m, "InputError", error.ptr())
        .doc() = "An article that cannot be indexed (no id, no text, an id already taken, …).";

    py::class_<PySearcher>(m, "Searcher",
                           "A database kept open for many searches; each sees the last commit.")
        .def(py::init<const std::string&>(), py::arg("db"))
        .def(
            "search",
            [](PySearcher& s, const std::string& query, py::object speaker, py::object topic,
               py::object kind, const std::string& since, const std::string& until,
               const std::string& sort, long long limit, long long offset,
               long long per_article, py::object facets, long long facet_limit, bool explain,
               bool prose, bool feedback, bool also) {
                return s.search(query, {speaker, topic, kind, facets, since, until, sort, limit,
                                        offset, per_article, facet_limit, explain, prose,
                                        feedback, also});
            },
            py::arg("query") = "", py::kw_only(), py::arg("speaker") = py::none(),
            py::arg("topic") = py::none(), py::arg("kind") = py::none(),
            py::arg("since") = "", py::arg("until") = "", py::arg("sort") = "relevance",
            py::arg("limit") = 10, py::arg("offset") = 0, py::arg("per_article") = 0,
            py::arg("facets") = py::none(), py::arg("facet_limit") = 0,
            py::arg("explain") = false, py::arg("prose") = false, py::arg("feedback") = true,
            py::arg("also") = true,
            "The ranked passages for `query`, as newsdex-search --format json prints them.")
        .def("stats", &PySearcher::stats,
             "What the database holds, as newsdex-search --stats --format json prints it.")
        .def_property_readonly("db", &PySearcher::db)
        .def("__repr__", [](const PySearcher& s) {
            return "newsdex.Searcher(" + py::repr(py::str(s.db())).cast<std::string>() + ")";
        });

    m.def(
        "search",
        [](const std::string& db, const std::string& query, py::object speaker, py::object topic,
           py::object kind, const std::string& since, const std::string& until,
           const std::string& sort, long long limit, long long offset, long long per_article,
           py::object facets, long long facet_limit, bool explain, bool prose, bool feedback,
           bool also) {
            PySearcher s(db);
            return s.search(query, {speaker, topic, kind, facets, since, until, sort, limit,
                                    offset, per_article, facet_limit, explain, prose, feedback,
                                    also});
        },
        py::arg("db"), py::arg("query") = "", py::kw_only(), py::arg("speaker") = py::none(),
        py::arg("topic") = py::none(), py::arg("kind") = py::none(), py::arg("since") = "",
        py::arg("until") = "", py::arg("sort") = "relevance", py::arg("limit") = 10,
        py::arg("offset") = 0, py::arg("per_article") = 0, py::arg("facets") = py::none(),
        py::arg("facet_limit") = 0, py::arg("explain") = false, py::arg("prose") = false,
        py::arg("feedback") = true, py::arg("also") = true,
        "Opens `db`, searches it once and closes it: Searcher(db).search(query, ...).");

    py::class_<PyIndex>(m, "Index",
                        "A database opened for writing articles held in memory; holds the "
                        "single-writer lock until closed.")
        .def(py::init<const std::string&, const std::optional<std::string>&,
                      const std::optional<std::string>&, long long, double, bool>(),
             py::arg("db"), py::arg("speakers") = py::none(), py::arg("topics") = py::none(),
             py::kw_only(), py::arg("commit_every") = 0, py::arg("lock_timeout") = 0.0,
             py::arg("positions") = false)
        .def("add", &PyIndex::add, py::arg("article"),
             "Adds a new article (a dict of JSON Lines fields): {passages, replaced, warnings}.")
        .def("replace", &PyIndex::replace, py::arg("article"),
             "Adds the article or replaces the one of its id: {passages, replaced, warnings}.")
        .def("remove", &PyIndex::remove, py::arg("id"),
             "Deletes an article; False if there is none.")
        .def("commit", &PyIndex::commit, "Makes the changes visible to searches.")
        .def("close", &PyIndex::close,
             "Drops what was not committed and lets go of the lock.")
        .def_property_readonly("closed", &PyIndex::closed)
        .def_property_readonly("speakers_path", &PyIndex::speakers_path)
        .def_property_readonly("topics_path", &PyIndex::topics_path)
        .def("__enter__", [](py::object self) { return self; })
        .def("__exit__", [](PyIndex& ix, py::object exc_type, py::object, py::object) {
            return ix.exit(exc_type);
        });
}
