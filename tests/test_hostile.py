"""Hostile and broken input: no hang, no traceback, never a broken output file."""
from __future__ import annotations

import contextlib
import json
import os
import signal

import pytest
from click.testing import CliRunner
from helpers import assert_bibtex_valid, assert_csl_valid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citex.cli import main
from citex.extract import extract
from citex.models import Document
from citex.parse import parse_reference
from citex.report import build_report
from citex.writers import to_bibtex, to_csl_json

# A hang guard, not a speed test: far above what any of these inputs needs (they take well
# under a second each; the benchmark reports real figures).
HANG_LIMIT_SECONDS = 60


@contextlib.contextmanager
def no_hang(seconds: int = HANG_LIMIT_SECONDS):
    def alarm(signum, frame):
        raise AssertionError(f"still running after {seconds} s: a pattern backtracks or a loop is quadratic")
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _name(i: int) -> str:
    """A distinct capitalised name for a number: 0 -> "Paaa"."""
    letters = ""
    for _ in range(3):
        letters += chr(97 + i % 26)
        i //= 26
    return "P" + letters


PATHOLOGICAL = {
    "100k dots": "." * 100_000,
    "100k dashes": "-" * 100_000,
    "line without spaces": "a" * 300_000,
    "nested brackets": "(" * 5000 + "[" * 5000 + "x" + "]" * 5000 + ")" * 5000,
    "nested quotes": "“" * 20000 + '"' * 20000 + "”" * 20000,
    "quotations inside straight quotes": '"' + "“a” b " * 20000 + '"ab ' * 20000,
    "editors and theses": "DAFTAR PUSTAKA\n" + "Haris, A., eds. Skripsi pada Jurusan X: Tidak Diterbitkan. " * 5000,
    "one giant bibliography": "DAFTAR PUSTAKA\n" + "\n".join(
        f"- Penulis{i}. A, *Judul {i}*, Jakarta: Penerbit, {1950 + i % 70}," for i in range(1500)),
    "bibliography on one line": "DAFTAR PUSTAKA\n" + "Haris. A, " * 30000,
    "superscripts everywhere": "kata¹ " * 30000,
    "footnote lines only": "\n".join(f"¹ Haris, Gelombang, {i}" for i in range(5000)),
    "markdown markers": "[^1]" * 30000,
    "url without end": "http://" + "a/" * 100_000,
    "repeated years": "(2001) " * 30000,
    "names and commas": "Haris, A., " * 30000 + "(2001).",
    "italic stars": "*a " * 40000,
    "digits and dots": "1.2.3.4." * 30000,
    "access dates": "diakses pada tanggal " * 20000,
    "page labels": "hlm. hal. h. pp. " * 20000,
    # each period once asked whether the whole piece before it ended in an initial: quadratic
    "entries of initials only": "DAFTAR PUSTAKA\n\n" + "\n\n".join(["- " + "H. " * 1300] * 60),
    "2 MB single line": "Haris, A. (2005). Judul, Jakarta: Pustaka, hlm. 3; " * 40000,
    "thousands of notes with one number": "\n\n".join(["Teks.¹", "¹ Haris, Buku Satu, Jakarta: X, 2001."] * 3000),
    "narrative citations on one line": "Menurut Sugiyono (2013) dan Kementerian Agama [Kemenag] (2020) " * 8000,
    "an entry of 30,000 lines": "DAFTAR PUSTAKA\n\nHaris, A. Judul\n" + "lanjutan baris tanpa tahun\n" * 30000,
    "a Markdown note of 20,000 lines": "Teks.[^1]\n\n[^1]: Haris, Buku.\n" + "    lanjutan catatan\n" * 20000,
    "10,000 author-date citations, 2,000 entries": " ".join(
        f"(Pen{_name(i % 2000)}, {1950 + i % 2000 % 70})" for i in range(10000)) + "\n\nDAFTAR PUSTAKA\n\n" + "\n".join(
        f"Pen{_name(i)}, A. {1950 + i % 70}. Judul Buku. Jakarta: X." for i in range(2000)),
    # every work titled alike: matching a new work against all of them was quadratic
    "2,500 entries with one title and year": "DAFTAR PUSTAKA\n\n" + "".join(
        f"{_name(i).title()}, J. 2020. Judul. Kota: Penerbit.\n" for i in range(2500)),
    "notes after each of 1,500 sections": "\n".join(
        f"Teks bagian {i}. [1]\n\n**Catatan:**\n\n[1] Haris, Buku {i}, Jakarta: X, 2001.\n" for i in range(1500)),
    "this release's forms, repeated": "Brown (2017a, 2017b) [Kemendikbud] (2020). Dalam Prosiding X (hlm. 1–2). "
    "[Blog post]. Terjemahan Juma. Putusan Nomor 46/PUU-VIII/2010 Observasi di X pada tanggal 3 Mei 2020. Sebagaimana "
    "dikutip oleh " * 4000 + "\n\nDAFTAR PUSTAKA\n\n" + "Putri RS, Agustin H, Wulan S. Judul. Nurs J. 2010;1(2):1-6. " * 3000,
    # each bracketed year or page asked the whole stop-less line before it for an author: quadratic
    "bracketed years and pages on one line without a stop": "Anderson " + "kata (2006) (67) " * 40000
    + "(Anderson 5)\n\nREFERENCES\n\nAnderson, B. 2006. T. London: Verso.\n",
    "this session's forms, repeated": ("\uf0b7 Acharya, Amitav. T. London: Routledge, 2014.Nguitragool, Paruedee. “N.” "
                                       "A 51, no. 2 (2011): 356-378. (Morrison, *Beloved* 43) (qtd. in Gates 12) "
                                       "2018.(1) ") * 3000,
    "the seventeenth session's forms, repeated": "DAFTAR PUSTAKA\n\n" + (
        "Smith, J.; Kumar, R.; Len, C. J. Org. Chem. 2014, 79 (2), 493–500. U.S. Patent 3 624 125, ASME A112.19.2-2008/"
        "CSA B45.1-08. Schmidt, Peter/Weber, Anna (Hrsg.) y Thèse de doctorat, Third. (NCES 2019-144) D. Prasetyo,\"T "
        "In press. Ann. Phys. (Leipzig) 17, 891 (1905). 95(suppl 1):S144-S150 Fatwa MUI Nomor 14 Tahun 2020 ﬁ ") * 2000,
    "short cites by the hundred": "\n\n".join(
        f"Teks.¹\n\n¹ Penulis{i % 300}, Judul {i % 300}, Jakarta: X, 2001." if i % 2 else "Teks.¹\n\n¹ Penulis7, hlm. 3."
        for i in range(2000)),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_text_finishes_with_valid_outputs(name, csl_schema):
    with no_hang():
        extraction = extract(Document.from_text(PATHOLOGICAL[name]))
        bibtex = to_bibtex(extraction.items)
        csl = json.loads(to_csl_json(extraction.items))
        json.dumps(build_report(extraction))
    assert_bibtex_valid(bibtex, expected_entries=len(extraction.items))
    assert_csl_valid(csl, csl_schema)


def _run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("content", [
    b"", b"no newline at the end", b"\x00\x00\x00\x00", b"PK\x03\x04\x00\x00binary zip",
    "truncated ¹".encode("utf-8")[:-1], "Haris ¹".encode("utf-16-le"), b"\xff\xfe\x00",
    "mixed “é” ".encode("utf-8") + "and ‘cp1252’".encode("cp1252"),
])
def test_odd_bytes_never_give_a_traceback(tmp_path, content):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    for command in ("extract", "check"):
        result = CliRunner().invoke(main, [command, str(path), "-q"])
        assert result.exit_code in (0, 1, 2), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        if result.exit_code == 2:
            assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    result = _run("extract", str(path))
    assert result.exit_code == 2 and "permission denied" in result.stderr


def test_output_is_written_atomically(tmp_path, monkeypatch):
    import citex.outputs as outputs

    target = tmp_path / "out.bib"
    target.write_text("old", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("Teks.¹\n\n¹ Haris, Gelombang, Jakarta: X, 2005.\n", encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(outputs.os, "replace", crash)
    with pytest.raises(OSError):
        outputs.write_atomically(str(target), "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".citex-")] == []


# --- property-based: whatever the text, the outputs stay valid ---------------------------

REFERENCE_ALPHABET = st.sampled_from(list("abcXYZ  ,.;:()[]{}<>\"'“”‘’*_%#&$^~@\\/-–—0123456789¹²³") +
                                     ["\\input{x}", "\\write18{y}", "http://", "doi:10.1/", "hlm. ", "dkk.",
                                      "(2001)", "Haris, A.", "Jakarta: ", "diakses 3 Mei 2020", "t.t.", "\n"])
hostile_text = st.lists(REFERENCE_ALPHABET, max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, context=st.sampled_from(["note", "entry"]))
def test_any_reference_gives_valid_bibtex_and_csl(text, context, csl_schema):
    reference = parse_reference(text, context)
    item = {"id": "x", **{k: v for k, v in reference.fields.items() if not k.startswith("_")}}
    bibtex = to_bibtex([item])
    assert_bibtex_valid(bibtex, expected_entries=1)
    assert_csl_valid(json.loads(to_csl_json([item])), csl_schema)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(hostile_text, st.sampled_from(
    ["DAFTAR PUSTAKA", "BAB II", "¹ Ibid.", "² op. cit.", "Teks.¹", "[^1]: x", "- Haris. A, *T*, 2005", ""])),
    max_size=25))
def test_any_document_gives_valid_outputs(lines, csl_schema):
    extraction = extract(Document.from_text("\n".join(lines)))
    assert_bibtex_valid(to_bibtex(extraction.items), expected_entries=len(extraction.items))
    assert_csl_valid(json.loads(to_csl_json(extraction.items)), csl_schema)
    report = build_report(extraction)
    ids = {item["id"] for item in report["items"]}
    assert all(entry["id"] in ids for entry in report["bibliography"])   # nothing listed is lost


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(max_size=400))
def test_fuzz_whole_pipeline(text, csl_schema):
    """Bounded fuzzing of the pipeline on arbitrary Unicode (run with ``pytest -m slow``)."""
    extraction = extract(Document.from_text(text))
    assert_bibtex_valid(to_bibtex(extraction.items), expected_entries=len(extraction.items))
    assert_csl_valid(json.loads(to_csl_json(extraction.items)), csl_schema)
