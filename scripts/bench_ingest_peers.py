#!/usr/bin/env python3
"""Times Python readers of BibTeX and DBLP XML on the files coauth read, beside coauth's times.

Called by scripts/bench-ingest. All times are CPU time of the reading thread (time.thread_time
here, CLOCK_THREAD_CPUTIME_ID in coauth-ingest-bench), so that other processes on a shared
machine do not count. coauth's times come from <work>/coauth-<format>.json, written
by coauth-ingest-bench: "load" reads the file through InputLoader (read, UTF-8 check, parse,
records with authors made, ids checked), "parse" runs the reader alone on bytes in memory. The
peers are timed on the same uncompressed files (fastest of --repeat runs), each doing the least
work that yields records with authors: pybtex parse_file, bibtexparser parse_file (2.x) or
load (1.x), lxml.etree.iterparse and xml.etree.ElementTree.iterparse (authors collected,
elements cleared as records end). Ratios are against coauth's load time.
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
        start = time.thread_time()
        result = fn()
        elapsed = time.thread_time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def coauth_times(work, fmt):
    with open(os.path.join(work, f"coauth-{fmt}.json"), encoding="utf-8") as f:
        result = json.load(f)
    return result["load_seconds"], result["parse_seconds"], result["records"]


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


def lxml_lenient_read(path):
    """lxml on files that use dblp.dtd's entities without the DTD (as dblp.xml does): the
    parser recovers from the undefined entities instead of stopping at the first."""
    from lxml import etree
    records = 0
    authors = []
    for _, element in etree.iterparse(path, events=("end",), recover=True):
        if element.tag == "author":
            authors.append(element.text)
        elif element.tag in RECORD_TAGS:
            records += 1
            element.clear()
    return records


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
        seconds, parse_seconds, records = coauth_times(args.work, fmt)
        rows.append((fmt, "coauth (load)", seconds, records, megabytes, 1.0))
        rows.append((fmt, "coauth (parse only)", parse_seconds, records, megabytes,
                     parse_seconds / seconds))
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
    print("x coauth: the reader's time over coauth's load time (above 1: coauth is faster)")
    with open(os.path.join(args.work, "coauth-xml.json"), encoding="utf-8") as f:
        xml = json.load(f)
    if "memchr_seconds" in xml:
        print(f"memory floor: memchr over the {xml['bytes'] / 1e6:.1f} MB of acl.xml takes "
              f"{xml['memchr_seconds'] * 1e3:.2f} ms ({xml['bytes'] / xml['memchr_seconds'] / 1e9:.1f} GB/s); "
              f"a Publication is {xml['publication_bytes']} bytes, an AuthorMention "
              f"{xml['mention_bytes']} bytes")


if __name__ == "__main__":
    main()
