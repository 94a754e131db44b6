#!/usr/bin/env python3
"""End to end: newsdex-serve on a loopback port against a small database built by
newsdex-index. Every endpoint, every error status (400, 401, 403, 404, 409, 413, 503 for a
missing database and for a full worker pool), a POST then a search that finds it, a DELETE
then one that does not, searches from several threads while POSTs commit, the access log,
startup errors (exit 2), and SIGTERM (exit 0).

Usage: serve_test.py --serve BIN --index BIN --search BIN
Exit 0 pass, 1 fail.
"""

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

TOKEN = "t0ken-for-tests"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return condition


ARTICLES = [
    {"id": "climate-1", "title": "Climate summit", "date": "2024-03-01", "source": "Wire",
     "text": "Leaders met in Geneva to discuss climate change and carbon emissions.\n\n"
             "\"We must cut emissions now,\" said Antonio Guterres."},
    {"id": "trade-1", "title": "Trade talks", "date": "2023-05-10", "source": "Wire",
     "text": "Ministers discussed tariffs and trade barriers at length in Brussels."},
    {"id": "health-1", "title": "Vaccines", "date": "2022-11-02", "source": "Daily",
     "text": "Health ministers agreed on vaccine supplies for poorer countries."},
]


class Server:
    """One newsdex-serve process on an ephemeral loopback port."""

    def __init__(self, binary, db, *extra):
        self.proc = subprocess.Popen(
            [binary, "--db", db, "--listen", "127.0.0.1:0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", line)
        if not match:
            self.proc.kill()
            raise SystemExit("newsdex-serve did not say where it listens: %r %s"
                             % (line, self.proc.stderr.read()))
        self.port = int(match.group(1))

    def request(self, method, path, body=None, headers=None):
        """(status, parsed JSON body, headers) of one request."""
        req = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path),
                                     data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=120) as res:
                return res.status, json.loads(res.read()), res.headers
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read()), e.headers

    def get(self, path, **params):
        query = urllib.parse.urlencode(params, doseq=True)
        return self.request("GET", path + ("?" + query if query else ""))

    def stop(self):
        """SIGTERM; returns (exit code, stderr)."""
        self.proc.send_signal(signal.SIGTERM)
        _, err = self.proc.communicate(timeout=120)
        return self.proc.returncode, err


def auth(token=TOKEN):
    return {"Authorization": "Bearer " + token}


def error_of(status, body, expected, what):
    """The answer is the JSON error object with this status."""
    ok = check(status == expected, "%s: status %s, expected %s (%s)" % (what, status, expected, body))
    err = body.get("error", {}) if isinstance(body, dict) else {}
    check(err.get("status") == expected and isinstance(err.get("message"), str)
          and err["message"], "%s: no JSON error object with status %s: %s" % (what, expected, body))
    return ok


def hit_ids(body):
    return [r["passage_id"] for r in body["results"]]


def startup_errors(args, tmp, db):
    def run(*extra):
        return subprocess.run([args.serve, "--db", db, "--listen", "127.0.0.1:0", *extra],
                              capture_output=True, text=True, timeout=120)
    empty = os.path.join(tmp, "empty-token")
    open(empty, "w").close()
    for extra, what in [(["--allow-writes"], "no token file"),
                        (["--allow-writes", "--token-file", os.path.join(tmp, "absent")],
                         "unreadable token file"),
                        (["--allow-writes", "--token-file", empty], "empty token file"),
                        (["--listen", "nonsense"], "bad --listen")]:
        r = run(*extra)
        check(r.returncode == 2, "%s: exit %d, expected 2" % (what, r.returncode))
        lines = r.stderr.strip().splitlines()
        check(len(lines) == 1 and lines[0].startswith("newsdex-serve: "),
              "%s: expected one newsdex-serve: line on stderr, got %r" % (what, r.stderr))
        check(r.stdout == "", "%s: printed %r on stdout" % (what, r.stdout))


def read_endpoints(args, srv, db):
    status, body, headers = srv.get("/health")
    check(status == 200 and body.get("status") == "ok" and body.get("database") == "ok"
          and body.get("writes") is True, "GET /health: %s %s" % (status, body))
    check(headers.get("Content-Type", "").startswith("application/json"),
          "GET /health: Content-Type %s" % headers.get("Content-Type"))

    # GET /search answers what newsdex-search --format json prints.
    status, body, _ = srv.get("/search", q="emissions", facets="speaker,year", explain="1")
    cli = json.loads(subprocess.run(
        [args.search, "--db", db, "--format", "json", "--facets", "speaker,year", "--explain",
         "emissions"], capture_output=True, text=True, check=True).stdout)
    check(status == 200 and hit_ids(body) and body == cli,
          "GET /search differs from newsdex-search --format json:\n%s\n%s" % (body, cli))
    status, body, _ = srv.get("/search", q="ministers", sort="-date", limit="1", offset="1")
    check(status == 200 and hit_ids(body) == ["health-1#0"] and body["results"][0]["rank"] == 2,
          "GET /search sort=-date limit=1 offset=1: %s" % body)
    status, body, _ = srv.get("/search", speaker="Guterres", kind="quote")
    check(status == 200 and hit_ids(body) and all(r["speaker"] == "António Guterres"
                                                   and r["kind"] == "quote"
                                                   for r in body["results"]),
          "GET /search speaker= kind= (no q): %s" % body)
    # no_also: a speaker filter's passages only, as newsdex-search --no-also prints them.
    status, body, _ = srv.get("/search", q="emissions", speaker="Guterres", no_also="1")
    cli = json.loads(subprocess.run(
        [args.search, "--db", db, "--format", "json", "--speaker", "Guterres", "--no-also",
         "emissions"], capture_output=True, text=True).stdout)
    check(status == 200 and "also" not in body and body == cli,
          "GET /search no_also=1: %s\n%s" % (body, cli))
    status, body, _ = srv.get("/search", q="ministers", since="2023", until="2023-12")
    check(status == 200 and hit_ids(body) == ["trade-1#0"], "GET /search since/until: %s" % body)
    status, body, _ = srv.get("/search", q="ministers", topic=["health", "nosuchtopic"],
                              per_article="1")
    check(status == 200 and all(r["article_id"] == "health-1" for r in body["results"]),
          "GET /search topic= repeated: %s" % body)
    status, body, _ = srv.get("/search", q="Leaders OR ministers", facets=["source", "year"],
                              facet_limit="1")
    check(status == 200 and set(body.get("facets", {})) == {"source", "year"}
          and all(len(v) == 1 for v in body["facets"].values()),
          "GET /search facets repeated, facet_limit=1: %s" % body)

    # Brotli is not offered (too slow for a page of results): a client asking only for it
    # gets the answer uncompressed.
    status, body, headers = srv.request("GET", "/search?q=emissions", headers={"Accept-Encoding": "br"})
    check(status == 200 and hit_ids(body) and headers.get("Content-Encoding") in (None, "identity"),
          "Accept-Encoding: br: %s %s" % (status, headers.get("Content-Encoding")))

    # GET /stats answers what newsdex-search --stats --format json prints.
    status, body, _ = srv.get("/stats")
    cli = json.loads(subprocess.run([args.search, "--db", db, "--stats", "--format", "json"],
                                    capture_output=True, text=True, check=True).stdout)
    check(status == 200 and body == cli and body["articles"] == len(ARTICLES),
          "GET /stats differs from newsdex-search --stats:\n%s\n%s" % (body, cli))

    # GET /passages/{id}: '#' travels percent-encoded.
    status, body, _ = srv.get("/passages/" + urllib.parse.quote("trade-1#0", safe=""))
    check(status == 200 and body.get("passage_id") == "trade-1#0"
          and "tariffs" in body.get("text", "") and body.get("title") == "Trade talks",
          "GET /passages/trade-1#0: %s %s" % (status, body))
    error_of(*srv.get("/passages/" + urllib.parse.quote("trade-1#99", safe=""))[:2], 404,
             "GET /passages of an unknown id")


def bad_requests(srv):
    error_of(*srv.get("/nowhere")[:2], 404, "unknown route")
    error_of(*srv.request("PUT", "/search")[:2], 404, "unknown method on a route")
    status, body, _ = srv.get("/search", q="emissions", colour="red")
    error_of(status, body, 400, "unknown parameter")
    check("colour" in body["error"]["message"], "unknown parameter not named: %s" % body)
    error_of(*srv.get("/search", q="emissions", limit="1001")[:2], 400, "limit over 1000")
    error_of(*srv.get("/search", q="emissions", limit="-1")[:2], 400, "negative limit")
    error_of(*srv.get("/search", q="a", sort="sideways")[:2], 400, "bad sort")
    error_of(*srv.get("/search", q="a", kind="poem")[:2], 400, "bad kind")
    error_of(*srv.get("/search", q=["a", "b"])[:2], 400, "q given twice")
    error_of(*srv.get("/search", q="a", explain="perhaps")[:2], 400, "bad explain")
    error_of(*srv.get("/search", q="a", since="2024-13")[:2], 400, "bad date")
    error_of(*srv.get("/search", q="a", facets="colour")[:2], 400, "unknown facet")
    error_of(*srv.get("/search", q="(unclosed")[:2], 400, "unparseable query")
    error_of(*srv.get("/search", q="word " * 1000)[:2], 400, "query over 4 KB")
    error_of(*srv.get("/search")[:2], 400, "neither q nor a filter")
    error_of(*srv.get("/stats", verbose="1")[:2], 400, "parameter on /stats")


def writes(srv):
    article = {"id": "penguin-1", "title": "Antarctic wildlife", "date": "2024-06-01",
               "text": "Emperor penguins huddle together through the polar winter."}
    body = json.dumps(article).encode()
    json_type = {"Content-Type": "application/json"}
    error_of(*srv.request("POST", "/articles", body, json_type)[:2], 401, "POST without a token")
    status, answer, headers = srv.request("POST", "/articles", body,
                                          {**json_type, **auth("wrong-token")})
    error_of(status, answer, 401, "POST with a wrong token")
    check(headers.get("WWW-Authenticate") == "Bearer", "401 without WWW-Authenticate: Bearer")
    error_of(*srv.request("POST", "/articles", body,
                          {**json_type, **auth(TOKEN + "x")})[:2], 401, "POST with a longer token")
    error_of(*srv.request("POST", "/articles", body,
                          {**json_type, "Authorization": TOKEN})[:2], 401, "POST without Bearer")
    check(not hit_ids(srv.get("/search", q="penguins")[1]), "a refused POST was indexed")

    status, answer, _ = srv.request("POST", "/articles", body, {**json_type, **auth()})
    check(status == 200 and answer.get("articles", [{}])[0].get("id") == "penguin-1"
          and answer["articles"][0]["passages"] == 1 and answer["articles"][0]["replaced"] is False,
          "POST /articles: %s %s" % (status, answer))
    check(hit_ids(srv.get("/search", q="penguins")[1]) == ["penguin-1#0"],
          "a posted article is not found")

    # JSON Lines: a replacement and a new article in one commit.
    batch = "\n".join(json.dumps(a) for a in [
        {**article, "text": "Adelie penguins nest on rocky shores."},
        {"id": "penguin-2", "text": "Krill feeds penguins and whales."}]).encode()
    status, answer, _ = srv.request("POST", "/articles", batch,
                                    {"Content-Type": "application/x-ndjson", **auth()})
    check(status == 200 and [a["replaced"] for a in answer.get("articles", [])] == [True, False],
          "POST /articles JSON Lines: %s %s" % (status, answer))
    status, found, _ = srv.get("/search", q="penguins", limit="10")
    check(sorted(hit_ids(found)) == ["penguin-1#0", "penguin-2#0"]
          and "Adelie" in found["results"][0]["text"] + found["results"][1]["text"],
          "after the JSON Lines batch: %s" % found)

    # A batch with one bad line writes nothing.
    bad_batch = (json.dumps({"id": "penguin-3", "text": "Gentoo penguins."}) + "\n{nope\n").encode()
    status, answer, _ = srv.request("POST", "/articles", bad_batch,
                                    {"Content-Type": "application/x-ndjson", **auth()})
    error_of(status, answer, 400, "POST with a malformed line")
    check(":2" in answer["error"]["message"], "the bad line is not named: %s" % answer)
    check("penguin-3#0" not in hit_ids(srv.get("/search", q="gentoo")[1]),
          "a batch with a bad line was partly written")
    error_of(*srv.request("POST", "/articles", b"[1, 2]", {**json_type, **auth()})[:2], 400,
             "POST of a JSON array")
    error_of(*srv.request("POST", "/articles", json.dumps({"id": "x"}).encode(),
                          {**json_type, **auth()})[:2], 400, "POST of an article without text")
    error_of(*srv.request("POST", "/articles", b"x" * 5000, {**json_type, **auth()})[:2], 413,
             "POST over --max-body")

    path = "/articles/" + urllib.parse.quote("penguin-1", safe="")
    error_of(*srv.request("DELETE", path)[:2], 401, "DELETE without a token")
    status, answer, _ = srv.request("DELETE", path, headers=auth())
    check(status == 200 and answer.get("deleted") == "penguin-1", "DELETE: %s %s" % (status, answer))
    check(hit_ids(srv.get("/search", q="penguins")[1]) == ["penguin-2#0"],
          "a deleted article is still found")
    error_of(*srv.request("DELETE", path, headers=auth())[:2], 404, "DELETE of an absent article")


def searches_while_writing(srv):
    """Four threads search while the main thread posts articles one commit at a time."""
    stop = threading.Event()
    problems, counts = [], [0] * 4

    def searcher(n):
        while not stop.is_set() and counts[n] < 200:
            status, body, _ = srv.get("/search", q="ministers OR commit", limit="5")
            counts[n] += 1
            if status != 200 or not body.get("results"):
                problems.append((status, body))

    threads = [threading.Thread(target=searcher, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    posted = []
    for i in range(5):
        article = {"id": "commit-%d" % i, "text": "Commit number %d lands while searching." % i}
        status, answer, _ = srv.request("POST", "/articles", json.dumps(article).encode(),
                                        {"Content-Type": "application/json", **auth()})
        posted.append(status)
    stop.set()
    for t in threads:
        t.join()
    check(posted == [200] * 5, "POSTs during searches: %s" % posted)
    check(not problems, "searches during commits failed: %s" % problems[:3])
    check(all(c > 0 for c in counts), "a search thread never ran: %s" % counts)
    status, body, _ = srv.get("/search", q="commit", limit="10")
    check(sorted(r["article_id"] for r in body["results"]) == ["commit-%d" % i for i in range(5)],
          "not every commit is visible to searches: %s" % body)


def read_only_and_missing(args, tmp, db):
    # Without --allow-writes the write routes answer 403.
    srv = Server(args.serve, db)
    try:
        error_of(*srv.request("POST", "/articles", b"{}", auth())[:2], 403,
                 "POST without --allow-writes")
        error_of(*srv.request("DELETE", "/articles/trade-1", headers=auth())[:2], 403,
                 "DELETE without --allow-writes")
        check(srv.get("/health")[1].get("writes") is False, "health says writes are on")
    finally:
        code, _ = srv.stop()
    check(code == 0, "read-only server: SIGTERM exit %d" % code)

    # A missing database: 503 that names it; health still answers.
    missing = os.path.join(tmp, "no-such-db")
    srv = Server(args.serve, missing)
    try:
        status, body, _ = srv.get("/search", q="emissions")
        error_of(status, body, 503, "search on a missing database")
        check(missing in body["error"]["message"], "503 does not name the database: %s" % body)
        error_of(*srv.get("/stats")[:2], 503, "stats on a missing database")
        error_of(*srv.get("/passages/a%230")[:2], 503, "passage on a missing database")
        status, body, _ = srv.get("/health")
        check(status == 200 and body.get("database") != "ok",
              "health on a missing database: %s %s" % (status, body))
        check(not os.path.exists(missing), "a search created the missing database")
    finally:
        code, _ = srv.stop()
    check(code == 0, "missing-database server: SIGTERM exit %d" % code)

    # One worker and no queue: a second connection while one holds the worker is answered
    # 503 at once.
    srv = Server(args.serve, db, "--threads", "1", "--max-queue", "0")
    try:
        holder = socket.create_connection(("127.0.0.1", srv.port))  # takes the one worker
        try:
            holder.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")  # headers not finished
            status, body, _ = srv.get("/health")
            error_of(status, body, 503, "request while the pool is full")
        finally:
            holder.close()
        # The worker is free once it has seen the held connection close, a moment later.
        recovered = False
        for _ in range(200):
            if srv.get("/health")[0] == 200:
                recovered = True
                break
            time.sleep(0.05)
        check(recovered, "the server did not recover after a full pool")
    finally:
        code, _ = srv.stop()
    check(code == 0, "one-worker server: SIGTERM exit %d" % code)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--search", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "articles.jsonl")
        with open(corpus, "w") as f:
            f.writelines(json.dumps(a) + "\n" for a in ARTICLES)
        db = os.path.join(tmp, "db")
        subprocess.run([args.index, "--db", db, "--input", "jsonl", corpus],
                       check=True, capture_output=True, timeout=300)
        token_file = os.path.join(tmp, "token")
        with open(token_file, "w") as f:
            f.write(TOKEN + "\n")

        startup_errors(args, tmp, db)
        srv = Server(args.serve, db, "--allow-writes", "--token-file", token_file,
                     "--threads", "4", "--max-body", "4096", "--access-log")
        try:
            read_endpoints(args, srv, db)
            bad_requests(srv)
            writes(srv)
            searches_while_writing(srv)
        finally:
            code, err = srv.stop()
        check(code == 0, "SIGTERM: exit %d, stderr %s" % (code, err[-2000:]))
        log = [l for l in err.splitlines() if l]
        line = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (GET|POST|DELETE|PUT) \S+ "
                          r"\d{3} \d+ \d+\.\d\d")
        check(log and all(line.fullmatch(l) for l in log),
              "access log lines malformed: %s" % [l for l in log if not line.fullmatch(l)][:3])
        check(any(" POST /articles 401 " in l for l in log)
              and any(" GET /search 200 " in l for l in log),
              "access log lacks expected requests")
        read_only_and_missing(args, tmp, db)
    if failures:
        print("%d failed" % len(failures))
        return 1
    print("serve_test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
