#!/usr/bin/env python3
"""Times Python readers of BibTeX and DBLP XML on the files coauth read, beside coauth's times.

Called by scripts/bench-ingest. One-thread times are CPU time of the reading thread
(time.thread_time here, CLOCK_THREAD_CPUTIME_ID in coauth-ingest-bench), so that other processes
on a shared machine do not count; the Python readers use one thread. coauth reads DBLP XML on
two threads where the machine has two cores: those rows ("2 threads") are wall time, which
other processes on the machine do count in, with the CPU time of both threads in a note. coauth's times come from <work>/coauth-<format>.json, written
by coauth-ingest-bench: "load" reads the file through InputLoader (read, UTF-8 check, parse,
records with authors made, ids checked), "parse" runs the reader alone on bytes in memory. The
peers are timed on the same uncompressed files (fastest of --repeat runs), each doing the least
work that yields records with authors: pybtex parse_file, bibtexparser parse_file (2.x) or
load (1.x), lxml.etree.iterparse and xml.etree.ElementTree.iterparse (authors collected,
elements cleared as records end). The BibTeX readers make whole entries, as coauth does; the
two iterparse rows that only collect authors do less than coauth, so each also runs as
"records": it keeps what coauth's publication holds (key, element, title with its inline
markup flattened, year, venue by coauth's preference, authors), the fair measure of reading.
Ratios are against coauth's load time on one thread ("x 1 thr") and, for DBLP XML, on two
("x 2 thr").
"""
import argparse
import json
import os
import time

PUBLICATION_TAGS = {"article", "inproceedings", "proceedings", "incollection", "book",
                    "phdthesis", "mastersthesis"}
RECORD_TAGS = PUBLICATION_TAGS | {"www"}
# The fields coauth takes a publication's venue from, by preference (DBLPReader).
VENUE_TAGS = ("journal", "booktitle", "series", "school", "publisher")


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
        return json.load(f)


def pybtex_read(path):
    from pybtex.database import parse_file
    return len(parse_file(path, bib_format="bibtex").entries)


def bibtexparser_read(path):
    import bibtexparser
    if hasattr(bibtexparser, "parse_file"):  # 2.x
        return len(bibtexparser.parse_file(path).entries)
    with open(path, encoding="utf-8") as f:  # 1.x
        return len(bibtexparser.load(f).entries)


def iterparse_peer(path, library, collect, dblp_entities=False, keep=True):
    """DBLP XML read with `library`'s iterparse ("lxml" or "ElementTree"), elements cleared as
    records end. `collect` "authors" keeps the text of every <author> and nothing else (the
    least work that yields authors) and counts every record; "records" makes, for each
    publication, what coauth's holds (key, element, title with its inline markup flattened,
    year, venue by coauth's preference, authors), kept unless `keep` is false (dropped as it
    comes, as coauth's streamed pass does), and counts the publications. `dblp_entities`: for
    files that use dblp.dtd's entities without the DTD (as dblp.xml does), lxml recovers from
    the undefined entities and ElementTree is given them (HTML's, which dblp.dtd declares),
    instead of stopping at the first."""
    if library == "lxml":
        from lxml import etree as module
        options = {"recover": True} if dblp_entities else {}
    else:
        import xml.etree.ElementTree as module
        options = {"parser": entity_parser()} if dblp_entities else {}
    count, kept = 0, []
    for _, element in module.iterparse(path, events=("end",), **options):
        tag = element.tag
        if collect == "authors" and tag == "author":
            kept.append(element.text)
        elif tag in RECORD_TAGS:
            if collect == "authors":
                count += 1
            elif tag in PUBLICATION_TAGS:
                title = element.find("title")
                venue = next((text for text in map(element.findtext, VENUE_TAGS) if text), "")
                record = (element.get("key"), tag,
                          "".join(title.itertext()) if title is not None else "",
                          element.findtext("year"), venue,
                          [author.text for author in element.iterfind("author")])
                count += 1
                if keep:
                    kept.append(record)
            element.clear()
    return count


def entity_parser():
    """An ElementTree parser given the entities of HTML, which dblp.dtd declares."""
    import html.entities
    import xml.etree.ElementTree as ET
    parser = ET.XMLParser()
    for name, codepoint in html.entities.name2codepoint.items():
        parser.entity[name] = chr(codepoint)
    return parser


# The Python readers of each format: (name, kind, read(path) -> records). The kinds are
# compared apart, in this order, by `print_fastest_peers`.
KINDS = ["whole entries", "coauth's records", "authors only"]
PEERS = {
    "bib": [("pybtex", "whole entries", pybtex_read),
            ("bibtexparser", "whole entries", bibtexparser_read)],
    "xml": [("lxml iterparse", "authors only",
             lambda path: iterparse_peer(path, "lxml", "authors")),
            ("ElementTree iterparse", "authors only",
             lambda path: iterparse_peer(path, "ElementTree", "authors")),
            ("lxml iterparse, records", "coauth's records",
             lambda path: iterparse_peer(path, "lxml", "records")),
            ("ElementTree iterparse, records", "coauth's records",
             lambda path: iterparse_peer(path, "ElementTree", "records"))],
}


def print_fastest_peers(rows, coauth_by_format):
    """One line per format and kind of Python reader: the fastest one's time over coauth's."""
    for fmt, peers in PEERS.items():
        coauth = coauth_by_format[fmt]
        times = [("load", coauth["load_seconds"]), ("parse", coauth["parse_seconds"])]
        if "two_thread_load_wall_seconds" in coauth:
            times += [("load, 2 thr", coauth["two_thread_load_wall_seconds"]),
                      ("parse, 2 thr", coauth["two_thread_parse_wall_seconds"])]
        for kind in KINDS:
            names = {name for name, peer_kind, _ in peers if peer_kind == kind}
            timed = [(seconds, name) for f, name, seconds, *_ in rows if f == fmt and name in names]
            if not timed:
                continue
            best, name = min(timed)
            ratios = ", ".join(f"{label} {best / seconds:.1f}x" for label, seconds in times)
            print(f"acl.{fmt}: fastest Python reader, {kind} ({name}, {best:.3f} s) over "
                  f"coauth: {ratios}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    notes = []
    coauth_by_format = {}
    for fmt, peers in PEERS.items():
        path = os.path.join(args.work, f"acl.{fmt}")
        megabytes = os.path.getsize(path) / 1e6
        coauth = coauth_by_format[fmt] = coauth_times(args.work, fmt)
        seconds, records = coauth["load_seconds"], coauth["records"]
        two = coauth.get("two_thread_load_wall_seconds")
        rows.append((fmt, "coauth (load)", seconds, records, megabytes, seconds, two))
        if two is not None:
            rows.append((fmt, "coauth (load, 2 threads)", two, records, megabytes, seconds, two))
            notes.append(f"coauth on acl.{fmt}, 2 threads: load {two:.3f} s wall, "
                         f"{coauth['two_thread_load_cpu_seconds']:.3f} s CPU of both threads; "
                         f"parse only {coauth['two_thread_parse_wall_seconds']:.3f} s wall, "
                         f"{coauth['two_thread_parse_cpu_seconds']:.3f} s CPU")
        rows.append((fmt, "coauth (parse only)", coauth["parse_seconds"], records, megabytes,
                     seconds, two))
        if two is not None:
            rows.append((fmt, "coauth (parse, 2 thr)", coauth["two_thread_parse_wall_seconds"],
                         records, megabytes, seconds, two))
        for name, _, reader in peers:
            try:
                peer_seconds, peer_records = fastest(lambda: reader(path), args.repeat)
            except Exception as error:  # a missing or failing peer is reported, not fatal
                print(f"{name}: {type(error).__name__}: {error}")
                continue
            rows.append((fmt, name, peer_seconds, peer_records, megabytes, seconds, two))
    print(f"{'file':<8} {'reader':<30} {'seconds':>9} {'records':>8} {'records/s':>11} {'MB/s':>8} "
          f"{'x 1 thr':>8} {'x 2 thr':>8}")
    for fmt, name, seconds, records, megabytes, one, two in rows:
        ratio_two = f"{seconds / two:>8.1f}" if two else f"{'':>8}"
        print(f"acl.{fmt:<4} {name:<30} {seconds:>9.3f} {records:>8} {records / seconds:>11,.0f} "
              f"{megabytes / seconds:>8.1f} {seconds / one:>8.1f} {ratio_two}")
    print("x 1 thr, x 2 thr: the reader's time over coauth's load time on one thread (CPU time of")
    print("the thread) and on two (wall time); above 1: coauth is faster. The Python readers use")
    print("one thread (CPU time of the thread).")
    for note in notes:
        print(note)
    print_fastest_peers(rows, coauth_by_format)
    with open(os.path.join(args.work, "coauth-xml.json"), encoding="utf-8") as f:
        xml = json.load(f)
    if "memchr_seconds" in xml:
        print(f"memory floor: memchr over the {xml['bytes'] / 1e6:.1f} MB of acl.xml takes "
              f"{xml['memchr_seconds'] * 1e3:.2f} ms ({xml['bytes'] / xml['memchr_seconds'] / 1e9:.1f} GB/s); "
              f"a Publication is {xml['publication_bytes']} bytes, an AuthorMention "
              f"{xml['mention_bytes']} bytes")
    print(f"coauth's allocator: {xml.get('allocator', 'unknown')}")


if __name__ == "__main__":
    main()
