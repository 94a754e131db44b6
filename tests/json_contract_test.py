#!/usr/bin/env python3
"""End to end: every JSON document and JSON lines record the newsdex tools write, on a small
corpus with a failed file, a warning, a skipped file, searches with and without hits and a
query batch with bad lines, newsdex-serve's answers (a search, a passage, stats, health, a
write, a delete, errors), validated against docs/newsdex.schema.json — strictly, so a field
the schema does not describe fails too — and deliberately broken documents rejected.

Usage: json_contract_test.py --index BIN --search BIN --eval BIN --serve BIN --source DIR
Exit 0 pass, 1 fail, 77 skipped (python3-jsonschema missing).
"""

import argparse
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)

SKIP = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


# --- the schema, as published and strict ------------------------------------------------

def strict_copy(schema):
    """The schema with `unevaluatedProperties: false` on every object that lists properties,
    so an output field the contract does not describe is an error. Definitions used as a base
    through allOf (a hit record is a result plus its header) stay open where they are a base
    and are closed where they are used alone."""
    strict = copy.deepcopy(schema)
    defs = strict["$defs"]
    bases = {member["$ref"].split("/")[-1]
             for d in defs.values() for member in d.get("allOf", []) if "$ref" in member}

    def close(node, in_all_of=False, def_name=None):
        if isinstance(node, list):
            for item in node:
                close(item, in_all_of)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref", "")
        if "properties" in node and def_name not in bases:
            node["unevaluatedProperties"] = False
        elif ref.split("/")[-1] in bases and not in_all_of:
            node["unevaluatedProperties"] = False
        for key, value in node.items():
            if key in ("if", "then", "else", "not"):
                continue  # conditions on a document, not descriptions of it
            if key == "$defs":
                for name, d in value.items():
                    close(d, def_name=name)
            elif key == "allOf":
                for member in value:
                    close(member, in_all_of=True)
            else:
                close(value)

    close(strict)
    return strict


class Contract:
    def __init__(self, schema_path):
        with open(schema_path, encoding="utf-8") as f:
            self.published = json.load(f)
        jsonschema.Draft202012Validator.check_schema(self.published)
        self.strict = strict_copy(self.published)
        self.seen = set()

    def validator(self, kind, strict=True):
        root = self.strict if strict else self.published
        assert kind in root["$defs"], kind
        schema = dict(root)
        schema.pop("anyOf")
        schema["$ref"] = "#/$defs/" + kind
        return jsonschema.Draft202012Validator(schema)

    def whole(self, strict=True):
        return jsonschema.Draft202012Validator(self.strict if strict else self.published)

    def errors(self, doc, kind, strict=True):
        return [e.message for e in self.validator(kind, strict).iter_errors(doc)]

    def validate(self, doc, kind, where):
        """Valid as its kind, and as the whole schema (any kind) says."""
        self.seen.add(kind)
        errs = self.errors(doc, kind)
        errs += ["(whole schema) " + e.message for e in self.whole().iter_errors(doc)]
        check(not errs, f"{where}: not a valid {kind}: {errs[:3]}\n  {json.dumps(doc)[:400]}")


# --- running the tools ---------------------------------------------------------------------

def run(args, expect_exit, where, stdin=None):
    r = subprocess.run(args, input=stdin, capture_output=True, text=True)
    check(r.returncode == expect_exit,
          f"{where}: exit {r.returncode}, expected {expect_exit}\n  {r.stderr.strip()[:400]}")
    return r.stdout


def one_document(out, where):
    try:
        return json.loads(out)
    except json.JSONDecodeError as e:
        check(False, f"{where}: not one JSON document ({e}): {out[:200]!r}")
        return None


def json_stream(out):
    """Consecutive JSON values (--format json with --queries)."""
    decoder, docs, at = json.JSONDecoder(), [], 0
    while True:
        while at < len(out) and out[at].isspace():
            at += 1
        if at == len(out):
            return docs
        doc, at = decoder.raw_decode(out, at)
        docs.append(doc)


def json_lines(out, where):
    records = []
    for n, line in enumerate(out.splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            check(False, f"{where}: line {n} is not JSON ({e}): {line[:200]!r}")
    return records


RECORD_KINDS = {"hit": "hit_record", "summary": "summary_record", "error": "error_record"}


def validate_lines(contract, records, where):
    for n, rec in enumerate(records, 1):
        kind = RECORD_KINDS.get(rec.get("type"))
        if check(kind, f"{where}: line {n} has no known type: {rec}"):
            contract.validate(rec, kind, f"{where}, line {n}")


def write(path, data, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


# --- the outputs ----------------------------------------------------------------------------

def corpus(tmp, source):
    """The sample articles and the seed transcript, plus a file that fails (binary), one with
    a warning (an impossible date), a symlink out of the folder (skipped), a photo (skipped
    for its extension) and a Latin-1 file (converted)."""
    src = os.path.join(tmp, "in")
    shutil.copytree(os.path.join(source, "corpora/samples"), os.path.join(src, "samples"))
    shutil.copytree(os.path.join(source, "corpora/seed"), os.path.join(src, "seed"))
    write(os.path.join(src, "binary.txt"), b"Title\n\n\x00\x01\x02\n", "wb")
    write(os.path.join(src, "latin1.txt"), b"Title\n\nCaf\xe9\n", "wb")
    write(os.path.join(src, "photo.jpg"), b"\xff\xd8\xff\xe0", "wb")
    write(os.path.join(src, "baddate.md"), "---\ntitle: Dated\ndate: 2024-02-30\n---\n\nBody words.\n")
    write(os.path.join(tmp, "outside.txt"), "Outside\n\nnot in the folder\n")
    os.symlink(os.path.join(tmp, "outside.txt"), os.path.join(src, "link.txt"))
    return src


def index_outputs(contract, a, tmp, src):
    db = os.path.join(tmp, "db")
    base = [a.index, "--db", db, "--speakers", os.path.join(a.source, "corpora/speakers.yaml"),
            "--topics", os.path.join(a.source, "corpora/topics.yaml"), "--format", "json"]

    doc = one_document(run(base + ["--dry-run", src], 3, "index --dry-run"), "index --dry-run")
    if doc is not None:
        contract.validate(doc, "index_summary", "index --dry-run")
        check(doc.get("dry_run") is True and len(doc.get("planned", [])) > 10,
              f"index --dry-run plans every file: {doc.get('planned')}")

    doc = one_document(run(base + [src], 3, "index"), "index")
    if doc is not None:
        contract.validate(doc, "index_summary", "index")
        check(doc["failed"] and doc["warnings"] and doc["skipped"] and "planned" not in doc,
              f"index reports the failed, warned and skipped files: {doc}")
        check(doc["skipped_by_extension"] == {".jpg": 1} and doc["charsets"] == {"windows-1252": 1},
              f"index counts the files skipped by extension and converted: {doc}")

    doc = one_document(run(base + [src], 0, "index again"), "index again")
    if doc is not None:
        contract.validate(doc, "index_summary", "index again")
        check(doc["failed_unchanged"] == 1, f"index again: failed_unchanged {doc}")

    # A moved file: the plan's `move` has a `from`.
    os.rename(os.path.join(src, "seed"), os.path.join(src, "seed-moved"))
    doc = one_document(run(base + ["--dry-run", src], 0, "index --dry-run, moved"), "moved")
    if doc is not None:
        contract.validate(doc, "index_summary", "index --dry-run, moved")
        check(any("from" in p for p in doc.get("planned", [])), f"a move has its from: {doc}")

    doc = one_document(run(base + ["--failed"], 0, "index --failed"), "index --failed")
    if doc is not None:
        contract.validate(doc, "failed_files", "index --failed")
        check(len(doc["failed"]) == 1, f"index --failed lists the binary file: {doc}")

    seed = os.path.join(src, "seed-moved", "azerbaijan-ukraine-expanded-meeting.md")
    for file in (seed, os.path.join(src, "samples", "maren-solvek-river-boundary-press-conference.md")):
        where = "index --explain-speakers " + os.path.basename(file)
        doc = one_document(run(base + ["--explain-speakers", file], 0, where), where)
        if doc is not None:
            contract.validate(doc, "speaker_explanation", where)
            check(any(p["speaker"] is not None for p in doc["passages"]),
                  f"{where}: some passage has a speaker")
            check(doc["charset"] is None, f"{where}: a UTF-8 file has no charset")
    where = "index --explain-speakers latin1.txt"
    doc = one_document(run(base + ["--explain-speakers", os.path.join(src, "latin1.txt")], 0,
                           where), where)
    if doc is not None:
        contract.validate(doc, "speaker_explanation", where)
        check(doc["charset"] == "windows-1252" and doc["passages"][0]["text"] == "Caf\u00e9",
              f"{where}: converted, and says from what: {doc}")
    return db


def search_outputs(contract, a, tmp, db):
    base = [a.search, "--db", db]

    def json_doc(args, expect_exit, where):
        doc = one_document(run(base + args + ["--format", "json"], expect_exit, where), where)
        if doc is not None:
            contract.validate(doc, "search_response", where)
        return doc

    doc = json_doc(["energy", "--facets", "speaker,topic,year,source", "--explain"], 0,
                   "search json, facets, explain")
    if doc:
        check(doc["results"] and "explanation" in doc["results"][0] and "facets" in doc,
              "search json: results explained, facets counted")
    doc = json_doc(["--speaker", "zelensky"], 0, "search json, a filter alone")
    doc = json_doc(["energy", "--per-article", "1", "--sort", "-date"], 0,
                   "search json, per article")
    doc = json_doc(["interconector"], 1, "search json, nothing found")
    if doc:
        check(doc["results"] == [] and doc["suggestion"] == "interconnector",
              f"search json, nothing found: {doc}")
    json_doc(["energy", "-n", "0", "--facets", "speaker", "--facet-limit", "1"], 0,
             "search json, facets only")

    where = "search jsonl, facets, explain"
    recs = json_lines(run(base + ["energy", "-n", "3", "--facets", "topic", "--explain",
                                  "--format", "jsonl"], 0, where), where)
    validate_lines(contract, recs, where)
    check([r.get("type") for r in recs] == ["hit"] * 3 + ["summary"], f"{where}: {recs}")

    where = "search jsonl, nothing found"
    recs = json_lines(run(base + ["zzzqqq", "--format", "jsonl"], 1, where), where)
    validate_lines(contract, recs, where)
    check([r.get("type") for r in recs] == ["summary"], f"{where}: {recs}")

    # A batch: answered, unmatched, a broken query, a line without a tab, a comment.
    batch = "q1\tenergy security\nq2\tzzzqqq\nq3\tenergy \"black sea\n# comment\nno tab\n"
    where = "search --queries jsonl"
    recs = json_lines(run(base + ["--queries", "-", "-n", "2", "--format", "jsonl"], 2, where,
                          stdin=batch), where)
    validate_lines(contract, recs, where)
    errors = [r for r in recs if r.get("type") == "error"]
    check([e.get("qid") for e in errors] == ["q3", None] and
          [e.get("line") for e in errors] == [3, 5], f"{where}: error records {errors}")
    check(all("qid" in r for r in recs), f"{where}: every record has its qid")

    where = "search --queries json"
    out = run(base + ["--queries", "-", "-n", "2", "--format", "json"], 2, where, stdin=batch)
    docs = json_stream(out)
    check([d.get("qid") for d in docs] == ["q1", "q2"], f"{where}: one object per good query")
    for d in docs:
        contract.validate(d, "search_response", where)

    for fmt in ("json", "jsonl"):
        where = "search --stats --format " + fmt
        out = run(base + ["--stats", "--format", fmt], 0, where)
        check(fmt == "json" or out.count("\n") == 1, f"{where}: one line")
        doc = one_document(out, where)
        if doc is not None:
            contract.validate(doc, "database_stats", where)
            check("last_run" in doc, f"{where}: last_run")

    # A database of one undated article: nulls where nothing is known.
    empty_db = os.path.join(tmp, "empty-db")
    empty = os.path.join(tmp, "empty")
    write(os.path.join(empty, "a.txt"), "Only\n\nwords\n")
    run([a.index, "--db", empty_db, "--format", "json", empty], 0, "index, one undated")
    doc = one_document(run([a.search, "--db", empty_db, "--stats", "--format", "json"], 0,
                           "stats, undated"), "stats, undated")
    if doc is not None:
        contract.validate(doc, "database_stats", "stats, undated")
        check(doc["first_date"] is None, f"stats, undated: first_date null: {doc}")


def eval_outputs(contract, a, tmp):
    fixture = os.path.join(a.source, "tests/data/eval_fixture")
    where = "eval --format json"
    doc = one_document(run([a.eval, "--format", "json", fixture], 0, where), where)
    if doc is not None:
        contract.validate(doc, "eval_report", where)
    copies = []
    for name in ("one", "two"):
        copies.append(os.path.join(tmp, name))
        shutil.copytree(fixture, copies[-1])
    grid = os.path.join(tmp, "grid.txt")
    write(grid, "--b 0\n--b 1\n")
    where = "eval --cv --format json"
    doc = one_document(run([a.eval, "--cv", "--cv-grid", grid, "--format", "json"] + copies, 0,
                           where), where)
    if doc is not None:
        contract.validate(doc, "eval_cv_report", where)


# --- the schema fails what it should --------------------------------------------------------

def broken_documents(contract):
    hit = {"type": "hit", "json_schema_version": 1, "rank": 1, "score": 2.5,
           "passage_id": "a#1", "article_id": "a", "title": "T", "date": "2024-05-01",
           "source": "", "path": "a.md", "kind": "quote", "paragraph": 0, "speaker": None,
           "topics": ["energy"], "text": "x", "snippet": "x", "more_in_article": 0}
    summary = {"type": "summary", "json_schema_version": 1, "query": "q", "total_estimate": 0,
               "shown": 0, "suggestion": None, "elapsed_ms": 0.5}
    response = {"json_schema_version": 1, "query": "q", "total_estimate": 1, "suggestion": None,
                "results": [{k: v for k, v in hit.items() if k not in ("type", "json_schema_version")}]}
    index = {"json_schema_version": 1, "added": 1, "updated": 0, "deleted": 0, "unchanged": 0,
             "failed": [], "failed_unchanged": 0, "skipped": [], "warnings": [], "seconds": 0.1,
             "passages": 3, "dry_run": False}
    for doc, kind in ((hit, "hit_record"), (summary, "summary_record"),
                      (response, "search_response"), (index, "index_summary")):
        check(not contract.errors(doc, kind), f"the valid {kind} fixture is valid: "
              f"{contract.errors(doc, kind)}")

    def changed(doc, edit):
        d = copy.deepcopy(doc)
        edit(d)
        return d

    broken = [
        ("a rank as text", changed(hit, lambda d: d.update(rank="1")), "hit_record"),
        ("no score", changed(hit, lambda d: d.pop("score")), "hit_record"),
        ("an unknown kind", changed(hit, lambda d: d.update(kind="tweet")), "hit_record"),
        ("topics not a list", changed(hit, lambda d: d.update(topics="energy")), "hit_record"),
        ("another version", changed(hit, lambda d: d.update(json_schema_version=2)), "hit_record"),
        ("no version", changed(summary, lambda d: d.pop("json_schema_version")), "summary_record"),
        ("no shown", changed(summary, lambda d: d.pop("shown")), "summary_record"),
        ("a null query", changed(summary, lambda d: d.update(query=None)), "summary_record"),
        ("a result without path", changed(response, lambda d: d["results"][0].pop("path")),
         "search_response"),
        ("a negative total", changed(response, lambda d: d.update(total_estimate=-1)),
         "search_response"),
        ("a failure without its error", changed(index, lambda d: d["failed"].append({"path": "x"})),
         "index_summary"),
        ("dry_run as text", changed(index, lambda d: d.update(dry_run="false")), "index_summary"),
        ("a plan without a dry run", changed(index, lambda d: d.update(planned=[])), "index_summary"),
    ]
    for what, doc, kind in broken:
        check(contract.errors(doc, kind), f"{what}: a broken {kind} was accepted")
        check(contract.errors(doc, kind, strict=False),
              f"{what}: the published schema accepted a broken {kind}")

    # A field the contract does not describe: refused by the test's strict reading (the docs
    # must describe every field) but accepted by the published schema (fields may be added).
    for doc, kind, where in ((changed(hit, lambda d: d.update(extra=1)), "hit_record", "hit"),
                             (changed(response, lambda d: d["results"][0].update(extra=1)),
                              "search_response", "result")):
        check(contract.errors(doc, kind), f"an undescribed field in a {where} passed strictly")
        check(not contract.errors(doc, kind, strict=False),
              f"an added field in a {where} fails the published schema")


def serve_outputs(contract, a, tmp, db):
    """newsdex-serve's answers on a loopback port, writes allowed."""
    token_file = os.path.join(tmp, "serve-token")
    with open(token_file, "w") as f:
        f.write("contract-token\n")
    server = subprocess.Popen([a.serve, "--db", db, "--listen", "127.0.0.1:0",
                               "--allow-writes", "--token-file", token_file],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    match = re.fullmatch(r"listening on (127\.0\.0\.1:\d+)\n", server.stdout.readline())
    if not check(match, "newsdex-serve did not start"):
        server.kill()
        return

    def answer(method, path, kind, status=200, body=None, headers=None):
        req = urllib.request.Request("http://" + match.group(1) + path, data=body,
                                     method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=120) as res:
                got, text = res.status, res.read()
        except urllib.error.HTTPError as e:
            got, text = e.code, e.read()
        where = f"newsdex-serve {method} {path}"
        check(got == status, f"{where}: status {got}, expected {status}")
        doc = one_document(text.decode(), where)
        if doc is not None:
            contract.validate(doc, kind, where)
        return doc

    try:
        found = answer("GET", "/search?q=energy&facets=speaker,year&explain=1", "search_response")
        if found and check(found["results"], "newsdex-serve: the search found nothing"):
            pid = urllib.parse.quote(found["results"][0]["passage_id"], safe="")
            answer("GET", "/passages/" + pid, "passage")
        answer("GET", "/stats", "database_stats")
        answer("GET", "/health", "serve_health")
        token = {"Authorization": "Bearer contract-token", "Content-Type": "application/json"}
        article = {"id": "posted-1", "title": "Posted", "text": "A posted article on energy."}
        answer("POST", "/articles", "articles_written", 200, json.dumps(article).encode(), token)
        answer("DELETE", "/articles/posted-1", "article_deleted", 200, None, token)
        answer("GET", "/search?q=energy&limit=1001", "http_error", 400)
        answer("GET", "/nowhere", "http_error", 404)
        answer("POST", "/articles", "http_error", 401, b"{}")
    finally:
        server.terminate()
        server.communicate(timeout=120)
    check(server.returncode == 0, f"newsdex-serve: exit {server.returncode} after SIGTERM")


def main():
    p = argparse.ArgumentParser()
    for name in ("index", "search", "eval", "serve", "source"):
        p.add_argument("--" + name, required=True)
    a = p.parse_args()
    contract = Contract(os.path.join(a.source, "docs/newsdex.schema.json"))
    broken_documents(contract)
    with tempfile.TemporaryDirectory(prefix="newsdex-json-") as tmp:
        src = corpus(tmp, a.source)
        db = index_outputs(contract, a, tmp, src)
        search_outputs(contract, a, tmp, db)
        serve_outputs(contract, a, tmp, db)
        eval_outputs(contract, a, tmp)
    unseen = set(contract.published["anyOf"][i]["$ref"].split("/")[-1]
                 for i in range(len(contract.published["anyOf"]))) - contract.seen
    check(not unseen, f"document kinds no run produced: {sorted(unseen)}")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(contract.seen)} document kinds validated; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
