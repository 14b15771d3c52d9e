#!/usr/bin/env python3
"""Times Python readers of BibTeX and DBLP XML on the files coauth read, beside coauth's times.

Called by scripts/bench-ingest. coauth's time is the "read" stage of its summary.json (fastest
of the runs in <work>/out-<format>-<n>); the peers are timed on the same uncompressed files
(fastest of --repeat runs), each doing the least work that yields records with authors:
pybtex parse_file, bibtexparser parse_file (2.x) or load (1.x), lxml.etree.iterparse and
xml.etree.ElementTree.iterparse (elements cleared as they end, authors collected).
"""
import argparse
import glob
import json
import os
import time

RECORD_TAGS = {"article", "inproceedings", "proceedings", "incollection", "book", "phdthesis",
               "mastersthesis", "www"}


def fastest(fn, repeat):
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def coauth_time(work, fmt):
    times, records = [], None
    for path in glob.glob(os.path.join(work, f"out-{fmt}-*", "summary.json")):
        with open(path, encoding="utf-8") as f:
            summary = json.load(f)
        times.append(summary["timings"]["stages"]["read"])
        records = summary["counts"]["records_read"]
    return min(times), records


def pybtex_read(path):
    from pybtex.database import parse_file
    return len(parse_file(path, bib_format="bibtex").entries)


def bibtexparser_read(path):
    import bibtexparser
    if hasattr(bibtexparser, "parse_file"):  # 2.x
        return len(bibtexparser.parse_file(path).entries)
    with open(path, encoding="utf-8") as f:  # 1.x
        return len(bibtexparser.load(f).entries)


def iterparse_read(module, path):
    records = 0
    authors = []
    for _, element in module.iterparse(path, events=("end",)):
        if element.tag == "author":
            authors.append(element.text)
        elif element.tag in RECORD_TAGS:
            records += 1
            element.clear()
    return records


def lxml_read(path):
    from lxml import etree
    return iterparse_read(etree, path)


def elementtree_read(path):
    import xml.etree.ElementTree as ET
    return iterparse_read(ET, path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for fmt, peers in [
        ("bib", [("pybtex", pybtex_read), ("bibtexparser", bibtexparser_read)]),
        ("xml", [("lxml iterparse", lxml_read), ("ElementTree iterparse", elementtree_read)]),
    ]:
        path = os.path.join(args.work, f"acl.{fmt}")
        megabytes = os.path.getsize(path) / 1e6
        seconds, records = coauth_time(args.work, fmt)
        rows.append((fmt, "coauth", seconds, records, megabytes, 1.0))
        for name, reader in peers:
            try:
                peer_seconds, peer_records = fastest(lambda: reader(path), args.repeat)
            except Exception as error:  # a missing or failing peer is reported, not fatal
                print(f"{name}: {type(error).__name__}: {error}")
                continue
            rows.append((fmt, name, peer_seconds, peer_records, megabytes, peer_seconds / seconds))
    print(f"{'file':<8} {'reader':<22} {'seconds':>9} {'records':>8} {'records/s':>11} {'MB/s':>8} {'x coauth':>9}")
    for fmt, name, seconds, records, megabytes, ratio in rows:
        print(f"acl.{fmt:<4} {name:<22} {seconds:>9.3f} {records:>8} {records / seconds:>11,.0f} "
              f"{megabytes / seconds:>8.1f} {ratio:>9.1f}")
    print("x coauth: the reader's time over coauth's (above 1: coauth is faster)")


if __name__ == "__main__":
    main()
