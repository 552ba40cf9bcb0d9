"""The command line: outputs, exit codes, error messages, help."""
from __future__ import annotations

import json

import bibtexparser
from click.testing import CliRunner
from conftest import ROOT, SAMPLES

from citex import __version__
from citex.cli import main

SKRIPSI = str(SAMPLES / "skripsi_catatan_kaki.txt")


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_version_and_help():
    assert __version__ in run("--version").output
    for command in ("extract", "parse", "check"):
        result = run(command, "-h")
        assert result.exit_code == 0 and "Examples:" in result.output


def test_extract_bibtex_to_stdout():
    result = run("extract", SKRIPSI, "-q")
    assert result.exit_code == 0
    assert "@book{mardiasmo2009otonomi," in result.stdout
    assert not bibtexparser.parse_string(result.stdout).failed_blocks


def test_extract_formats(tmp_path):
    out = tmp_path / "pustaka.json"
    assert run("extract", SKRIPSI, "--format", "csljson", "-o", str(out), "-q").exit_code == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert {"id", "type"} <= set(items[0])
    report = json.loads(run("extract", SKRIPSI, "--format", "json", "-q").stdout)
    assert {"items", "footnotes", "markers", "intext", "bibliography", "problems"} <= set(report)


def test_extract_from_stdin():
    text = (SAMPLES / "artikel_apa.txt").read_text(encoding="utf-8")
    result = run("extract", "-", "--format", "json", "-q", input=text)
    assert json.loads(result.stdout)["document"] == "<stdin>"


def test_several_inputs_merged_or_one_per_file(tmp_path):
    a, b = str(SAMPLES / "artikel_apa.txt"), str(SAMPLES / "makalah_markdown.md")
    merged = run("extract", a, b, "--format", "csljson", "-q")
    assert len(json.loads(merged.stdout)) == 10
    folder = tmp_path / "out"
    assert run("extract", a, b, "-o", str(folder) + "/", "-q").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["artikel_apa.bib", "makalah_markdown.bib"]


def test_bad_inputs_give_one_line_and_exit_2(tmp_path):
    # a folder is a batch input; one without documents is the error here
    binary = tmp_path / "x.pdf"
    binary.write_bytes(b"%PDF\x00\x01\x02")
    empty = tmp_path / "empty"
    empty.mkdir()
    for path, words in ((str(tmp_path / "missing.txt"), "no such file"), (str(empty), "no documents"),
                        (str(binary), "binary")):
        result = run("extract", path)
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and path in lines[0]
        assert "Traceback" not in result.output


def test_never_overwrites_an_input(tmp_path):
    copy = tmp_path / "doc.txt"
    copy.write_text((SAMPLES / "artikel_apa.txt").read_text(encoding="utf-8"), encoding="utf-8")
    before = copy.read_bytes()
    result = run("extract", str(copy), "-o", str(copy))
    assert result.exit_code == 2 and copy.read_bytes() == before


def test_document_without_citations_is_empty_output(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Hanya teks biasa tanpa kutipan.\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "csljson", "-q")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_parse_strings_and_file(tmp_path):
    result = run("parse", "Haris. A, Gelombang Migrasi, Yogyakarta: Pustaka Pelajar, 2005")
    items = json.loads(result.stdout)
    assert items[0]["publisher"] == "Pustaka Pelajar"
    refs = tmp_path / "refs.txt"
    refs.write_text("Sugiyono. (2019). Metode penelitian. Alfabeta.\n\n%%%\n", encoding="utf-8")
    items = json.loads(run("parse", str(refs)).stdout)
    assert len(items) == 2      # one item per non-empty line, unparseable ones included


def test_parse_of_an_empty_file_is_an_empty_result_and_of_nothing_a_usage_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    for fmt, output in (("csljson", "[]"), ("json", "[]"), ("bibtex", "")):
        result = run("parse", str(empty), "--format", fmt)
        assert result.exit_code == 0 and result.stdout.strip() == output
    assert run("parse", "-", input="").stdout.strip() == "[]"
    assert run("parse").exit_code == 2


def test_parse_tells_notes_from_entries_by_their_shape(tmp_path):
    note = "Koentjaraningrat, Manusia dan Kebudayaan di Indonesia (Jakarta: Djambatan, 1971), hlm. 23."
    entry = "Brodjonegoro, Bambang. Analisis Fiskal. Cheltenham: Edward Elgar, 2004, hlm. 159-198."
    refs = tmp_path / "mixed.txt"
    refs.write_text(f"{note}\n{entry}\n", encoding="utf-8")
    as_note, as_entry = (row["item"] for row in json.loads(run("parse", str(refs), "-f", "json").stdout))
    assert as_note["locator"] == "23" and "page" not in as_note      # the page a note cites
    assert as_entry["page"] == "159-198" and "locator" not in as_entry
    forced = json.loads(run("parse", str(refs), "--entry", "-f", "json").stdout)
    assert forced[0]["item"]["page"] == "23"
    assert json.loads(run("parse", str(refs), "--note", "-f", "json").stdout)[1]["item"]["locator"] == "159-198"
    assert run("parse", str(refs), "--note", "--entry").exit_code == 2
    # the same note as PDF text spaces it is still a note
    spaced = tmp_path / "spaced.txt"
    spaced.write_text("Koentjaraningrat , Manusia dan Kebudayaan di Indonesia ( Jakarta : Djambatan , 1971 ) , hlm . 23 .\n",
                      encoding="utf-8")
    assert json.loads(run("parse", str(spaced), "-f", "json").stdout)[0]["item"]["locator"] == "23"


def test_parse_resolves_short_forms_against_the_notes_before(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "M. Quraish Shihab, Tafsir Al-Misbah, Vol. 2 (Jakarta: Lentera Hati, 2002), h. 45.\n"
        "Ibid., h. 47.\n"
        "Azyumardi Azra, Jaringan Ulama (Jakarta: Kencana, 2013), hlm. 112.\n"
        "Shihab, op. cit., h. 50.\n"
        "Azra, loc. cit.\n"
        "Hamka, op. cit., h. 3.\n", encoding="utf-8")
    result = run("parse", str(notes), "-f", "json")
    assert result.exit_code == 0
    items = [row["item"] for row in json.loads(result.stdout)]
    assert len(items) == 6
    shihab, ibid, azra, opcit, loccit, hamka = items
    assert ibid["title"] == opcit["title"] == shihab["title"] == "Tafsir Al-Misbah"
    assert (ibid["locator"], opcit["locator"]) == ("47", "50")
    assert loccit["title"] == azra["title"] and loccit["locator"] == "112"   # loc. cit.: the same place
    assert hamka["author"] == [{"family": "Hamka"}] and "title" not in hamka   # nothing to refer to
    assert "line 6" in result.stderr and "Hamka" in result.stderr
    assert "Ibid" not in json.dumps(items)     # never "Ibid" as an author


def test_check_exit_codes(tmp_path):
    clean = run("check", str(SAMPLES / "makalah_markdown.md"))
    assert clean.exit_code == 0
    broken = tmp_path / "broken.txt"
    broken.write_text("Teks.¹\n\n¹ Ibid., hlm. 3.\n", encoding="utf-8")
    result = run("check", str(broken), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["code"] == "unresolved-short-cite"
    assert run("check", str(broken), "--ignore", "unresolved-short-cite").exit_code == 0
    assert run("check", str(broken), "--ignore", "no-such-code").exit_code == 2


def test_document_text_is_never_rich_markup(tmp_path):
    doc = tmp_path / "markup.txt"
    doc.write_text("Teks.¹\n\n¹ Ibid. [bold red]x[/bold red] [Online]\n", encoding="utf-8")
    result = run("check", str(doc))
    assert "[bold red]x[/bold red]" in result.output


def test_readme_documents_every_command_and_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert f"citex {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in readme, f"{name} {opt}"


def test_readme_shows_the_real_output_of_the_sample():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("prints (start of the output):\n\n```\n", 1)[1].split("\n```", 1)[0]
    actual = run("extract", SKRIPSI, "-q").stdout
    assert actual.startswith(shown)
