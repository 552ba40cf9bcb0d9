"""Benchmarks, run on demand; figures go to stdout and nothing here runs in the tests.

    python -m citex.bench parse [FILE]              the reference parser alone (FILE: one reference
                                                    a line; default: the samples' and 2,000
                                                    generated references)
    python -m citex.bench thesis [--pages 300]      one thesis-sized document, end to end
    python -m citex.bench corpus [--docs 2000] [--jobs 1,2]   a generated repository, in batch
    python -m citex.bench pdf [--pages 300]         reading a PDF thesis (needs reportlab)

Documents are generated (see ``make_thesis``): five chapters of paragraphs with superscript
markers, 150 footnotes and an 80-entry reference list each. The list holds the works the notes
cite, as in a real thesis: each work's first note cites it in full, later notes by "Ibid." or
family name and short title (about half the notes), and a few listed works are never cited.
Rates are references (footnotes plus list entries) per second of wall time.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _sample_references() -> list[str]:
    from .bibliography import split_entries
    from .footnotes import find_notes
    from .readers import read_document
    from .sections import find_layout

    refs = []
    for path in sorted(SAMPLES.glob("*.*")):
        doc = read_document(str(path))
        layout = find_layout(doc)
        refs += [e.text for e in split_entries(doc, layout)]
        refs += [n.text for n in find_notes(doc, layout).footnotes]
    return refs


def _default_references(count: int = 2000) -> list[str]:
    """The samples' references and ``count`` generated ones, each once: a repeated string
    would be read from the parser's caches and flatter the figure."""
    import random

    from .labeller.synthetic import generate

    generated = [" ".join(t for t, _ in chunks) for chunks in generate(count, random.Random(7))]
    return list(dict.fromkeys(_sample_references() + generated))


def bench_parse(lines: list[str], rounds: int = 5) -> dict:
    """References per second: the best and the median of ``rounds`` passes over ``lines``,
    each pass with the parser's caches emptied (a shared machine only ever slows a pass down)."""
    from .parse import parse_reference

    parse_reference(lines[0])  # load the model outside the timing
    rates = []
    for _ in range(rounds):
        _forget_parsed_strings()
        started = time.perf_counter()
        for line in lines:
            parse_reference(line)
        rates.append(len(lines) / (time.perf_counter() - started))
    return {"references": len(lines), "refs_per_second": round(max(rates)),
            "median_refs_per_second": round(statistics.median(rates))}


def _forget_parsed_strings() -> None:
    """Empty the parser's string caches, so that every round reads the lines as new text
    (only the model stays loaded): a repeated round must not be faster for having seen them."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("citex."):
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and value.__name__ != "load_tagger":
                value.cache_clear()


def _invent_works(count: int, rng) -> list[dict]:
    """Books and journal articles with invented metadata from the synthetic word lists."""
    from .labeller import synthetic as words

    maker = words._Maker(rng)
    works = []
    for _ in range(count):
        given, family = rng.choice(words.GIVEN), rng.choice(words.FAMILY + words.MONONYMS)
        work = {"given": "" if family in words.MONONYMS else given, "family": family,
                "title": maker.title(), "year": maker.year()}
        if rng.random() < 0.7:
            work.update(kind="book", place=rng.choice(words.CITIES), publisher=rng.choice(words.PUBLISHERS))
        else:
            first = rng.randint(1, 300)
            work.update(kind="article", journal=rng.choice(words.JOURNALS), volume=rng.randint(1, 40),
                        issue=rng.randint(1, 4), pages=f"{first}-{first + rng.randint(5, 25)}")
        works.append(work)
    return works


def _full_note(work: dict, page: int) -> str:
    """A first citation, Turabian as Indonesian theses write it."""
    author = f"{work['given']} {work['family']}".strip()
    if work["kind"] == "book":
        return f"{author}, {work['title']} ({work['place']}: {work['publisher']}, {work['year']}), hlm. {page}."
    return (f"{author}, \u201c{work['title']},\u201d {work['journal']} {work['volume']}, no. {work['issue']} "
            f"({work['year']}): {page}.")


def _short_note(work: dict, page: int) -> str:
    """A later citation of the same work: family name, a short title, the page."""
    short = " ".join(work["title"].split(":")[0].split()[:3])
    return f"{work['family']}, {short}, hlm. {page}."


def _list_entry(work: dict) -> str:
    author = f"{work['family']}, {work['given']}" if work["given"] else work["family"]
    if work["kind"] == "book":
        return f"{author}. {work['title']}. {work['place']}: {work['publisher']}, {work['year']}."
    return (f"{author}. \u201c{work['title']}.\u201d {work['journal']} {work['volume']}, no. {work['issue']} "
            f"({work['year']}): {work['pages']}.")


def make_thesis(seed: int, notes: int = 150, entries: int = 80, filler_paragraphs: int = 0) -> str:
    """A thesis-like text: five chapters of paragraphs with superscript markers and their
    notes at the page bottoms, then the reference list.

    As in a real thesis, the list holds the works the notes cite: each work's first note
    cites it in full, later ones by "Ibid." (right after) or by family name and a short
    title; some listed works are never cited in a note.
    """
    import random

    from .works import alnum

    rng = random.Random(seed)
    works = _invent_works(entries, rng)
    words = ("analisis kebijakan daerah masyarakat pembangunan ekonomi pendidikan hukum penelitian "
             "menunjukkan bahwa pengaruh terhadap dalam dengan yang dan ini tersebut").split()
    cited: list[int] = []
    previous = None
    lines = []
    per_chapter = notes // 5
    for chapter in range(5):
        lines += [f"BAB {['I', 'II', 'III', 'IV', 'V'][chapter]}", ""]
        previous = None            # notes are numbered afresh in each chapter
        for k in range(per_chapter):
            page = rng.randint(1, 400)
            if cited and (len(cited) >= len(works) * 0.9 or rng.random() < 0.35):
                index = rng.choice(cited)
                note = f"Ibid., hlm. {page}." if index == previous else _short_note(works[index], page)
            else:
                index = len(cited)
                cited.append(index)
                note = _full_note(works[index], page)
            previous = index
            sentence = " ".join(rng.choice(words) for _ in range(60))
            marker = str(k + 1).translate(str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"))
            lines += [sentence.capitalize() + "." + marker, "", f"{marker} {note}", ""]
            for _ in range(filler_paragraphs):
                lines += [" ".join(rng.choice(words) for _ in range(120)).capitalize() + ".", ""]
    lines += ["DAFTAR PUSTAKA", ""]
    # alphabetical as a reader sorts: by the letters, not by quotation marks
    lines += sorted((_list_entry(work) for work in works), key=lambda entry: alnum(entry))
    return "\n".join(lines) + "\n"


def bench_thesis(pages: int) -> dict:
    from .extract import extract
    from .models import Document

    # about 3.3 KB of text a page: 150 notes and their paragraphs, then filler to the size
    text = make_thesis(1, filler_paragraphs=max(0, (pages * 3300 - 60000) // (150 * 900)))
    started = time.perf_counter()
    ex = extract(Document.from_text(text))
    seconds = time.perf_counter() - started
    return {"bytes": len(text.encode()), "seconds": round(seconds, 2), "works": len(ex.items),
            "footnotes": len(ex.notes.footnotes), "entries": len(ex.entries)}


def bench_corpus(docs: int, jobs: list[int]) -> list[dict]:
    import resource
    import tempfile

    from .batch import collect_inputs, plan, run_batch

    out = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(docs):
            Path(folder, f"thesis{i:05d}.txt").write_text(make_thesis(i), encoding="utf-8")
        inputs = collect_inputs([folder])
        for workers in jobs:
            target = tempfile.mkdtemp(dir=folder)
            batch = plan(inputs, target, "bibtex", 100 * 1024 * 1024, force=True)
            started = time.perf_counter()
            references = sum(r.references for r in run_batch(batch, workers))
            seconds = time.perf_counter() - started
            peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                       resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            out.append({"workers": workers, "documents": docs, "seconds": round(seconds, 1),
                        "documents_per_second": round(docs / seconds, 2),
                        "references_per_second": round(references / seconds),
                        "peak_rss_mb_per_process": round(peak)})
    return out


def bench_pdf(pages: int) -> dict:
    """Write a PDF of ``pages`` pages (45 lines of body text with superscript markers and
    notes at the bottom), then time reading it."""
    import tempfile

    from reportlab.pdfgen import canvas

    from .readers import read_document

    text = make_thesis(7, filler_paragraphs=4)
    words = text.split()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "thesis.pdf")
        pdf = canvas.Canvas(str(path))
        k = 0
        for page in range(1, pages + 1):
            pdf.setFont("Times-Roman", 9)
            pdf.drawString(60, 800, "Judul Skripsi yang Berjalan di Setiap Halaman")
            y = 770
            for line in range(40):
                chunk = " ".join(words[k % len(words): k % len(words) + 14])
                k += 14
                pdf.setFont("Times-Roman", 11)
                pdf.drawString(60, y, chunk)
                if line % 10 == 9:
                    pdf.setFont("Times-Roman", 7)
                    pdf.drawString(60 + pdf.stringWidth(chunk, "Times-Roman", 11), y + 4, str(line // 10 + 1))
                y -= 15
            for note in range(4):
                pdf.setFont("Times-Roman", 7)
                pdf.drawString(60, 110 - note * 12 + 3, str(note + 1))
                pdf.setFont("Times-Roman", 9)
                pdf.drawString(66, 110 - note * 12, "Penulis, Judul Buku (Jakarta: Penerbit, 2010), hlm. 5.")
            pdf.drawCentredString(297, 40, str(page))
            pdf.showPage()
        pdf.save()
        started = time.perf_counter()
        document = read_document(str(path))
        seconds = time.perf_counter() - started
    return {"pages": pages, "seconds": round(seconds, 2), "characters": len(document.text)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("parse", "thesis", "corpus", "pdf"))
    parser.add_argument("file", nargs="?", help="parse: one reference per line (default: the samples' references)")
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--jobs", default="1,2", help="worker counts to compare, e.g. 1,2")
    args = parser.parse_args(argv)
    if args.what == "thesis":
        print(bench_thesis(args.pages))
        return 0
    if args.what == "pdf":
        print(bench_pdf(args.pages))
        return 0
    if args.what == "corpus":
        for row in bench_corpus(args.docs, [int(j) for j in args.jobs.split(",")]):
            print(row)
        return 0
    if args.file:
        lines = [l.strip() for l in Path(args.file).read_text(encoding="utf-8").splitlines() if l.strip()]
    else:
        lines = _default_references()
    result = bench_parse(lines)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
