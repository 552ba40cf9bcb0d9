"""citex check: each problem code on a planted document, output formats, settings, links."""
from __future__ import annotations

import http.server
import json
import threading
import time

import pytest
from click.testing import CliRunner

from citex.cli import main
from citex.extract import extract
from citex.links import LinkChecker
from citex.models import Document

CLEAN = """BAB I

Teks pertama.¹ Teks kedua.² Teks ketiga.³

¹ Abdul Haris, Gelombang Migrasi (Yogyakarta: Pustaka Pelajar, 2005), hlm. 94.

² Ibid., hlm. 95.

³ Siti Rahmawati, "Belanja Modal Daerah," Jurnal Ekonomi 14, no. 2 (2013): 45.

DAFTAR PUSTAKA

Haris, Abdul. Gelombang Migrasi. Yogyakarta: Pustaka Pelajar, 2005.
Rahmawati, Siti. "Belanja Modal Daerah." Jurnal Ekonomi 14, no. 2 (2013): 40-52.
"""

# (planted text replacing part of CLEAN, expected code)
PLANTED = [
    (("Teks ketiga.³", "Teks ketiga.³ Keempat.⁴"), "marker-without-footnote"),
    (("² Ibid., hlm. 95.", "² Ibid., hlm. 95.\n\n⁴ Catatan tanpa penanda."), "footnote-without-marker"),
    (("Teks ketiga.³", "Teks ketiga.⁴"), None),
    (("² Ibid., hlm. 95.", "² Winarno, op. cit., hlm. 95."), "unresolved-short-cite"),
    (("Rahmawati, Siti. \"Belanja", "Zaini, Ahmad. Buku Lain. Bandung: Mizan, 2001.\nRahmawati, Siti. \"Belanja"), "uncited-entry"),
    (("Rahmawati, Siti. \"Belanja Modal Daerah.\" Jurnal Ekonomi 14, no. 2 (2013): 40-52.\n", ""), "missing-entry"),
    (("Pustaka Pelajar, 2005.\n", "Pustaka Pelajar, 2005.\nHaris, Abdul. Gelombang Migrasi. Yogyakarta: Pustaka Pelajar, 2005.\n"), "duplicate-entry"),
    (("(Yogyakarta: Pustaka Pelajar, 2005), hlm. 94.", "(Yogyakarta: Pustaka Pelajar, 2005), hlm. 94, htp://contoh.id/buku."), "malformed-url"),
    (("Pustaka Pelajar, 2005", "Pustaka Pelajar, t.t."), "missing-year"),
    (("(2013)", "(2031)"), "future-year"),
    (("Haris, Abdul. Gelombang Migrasi. Yogyakarta: Pustaka Pelajar, 2005.\nRahmawati", "Rahmawati"), "missing-entry"),
    (("Rahmawati, Siti. \"Belanja", "Abdullah, A. Satu. Bandung: X, 2001.\nRahmawati, Siti. \"Belanja"), None),
]


def codes(text: str) -> list[str]:
    return [p.code for p in extract(Document.from_text(text), today_year=2026).problems]


def test_clean_document_has_no_problems():
    assert codes(CLEAN) == []


@pytest.mark.parametrize("note,kind", [
    ("Wawancara dengan Bapak Ahmad, Kepala Desa Sukamaju, pada tanggal 12 Maret 2021.", "interview"),
    ("Hasan Basri, komunikasi pribadi, 12 Maret 2021.", "personal_communication"),
])
def test_a_personal_communication_cited_in_a_note_needs_no_list_entry(note, kind):
    # an interview or what a person told the author: APA and most guides cite it in the text only
    text = CLEAN.replace("Teks ketiga.³", "Teks ketiga.³ Kata kepala desa.⁴").replace(
        "DAFTAR PUSTAKA", f"⁴ {note}\n\nDAFTAR PUSTAKA")
    report = extract(Document.from_text(text), today_year=2026)
    assert [p.code for p in report.problems] == []
    assert kind in {work.fields.get("type") for work in report.registry.works}


@pytest.mark.parametrize("change,code", PLANTED, ids=[f"{c or 'order'}-{i}" for i, (_, c) in enumerate(PLANTED)])
def test_planted_problem_is_found(change, code):
    old, new = change
    assert old in CLEAN
    if code is None and "³" in old:   # numbering: notes 1, 2, 4 with their markers
        text = CLEAN.replace(old, new, 1).replace("³ Siti", "⁴ Siti")
        assert codes(text) == ["footnote-numbering"]
        return
    if code is None:   # order: one entry out of place in an alphabetical list
        text = CLEAN.replace(old, new) + "Wahid, B. Dua. Bandung: X, 2002.\nZaini, C. Tiga. Bandung: X, 2003.\n"
        assert "bibliography-order" in codes(text)
        return
    assert code in codes(CLEAN.replace(old, new))


def run(*args, **kw):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kw)


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "bab.txt"
    path.write_text(CLEAN.replace("² Ibid., hlm. 95.", "² Winarno, op. cit., hlm. 95."), encoding="utf-8")
    return path


def test_github_and_sarif_formats(broken):
    github = run("check", str(broken), "--format", "github")
    assert github.exit_code == 1
    assert github.stdout.startswith(f"::error file={broken},line=7,title=unresolved-short-cite::")
    sarif = json.loads(run("check", str(broken), "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "unresolved-short-cite" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 7


def test_settings_file_changes_severity(broken, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.citex]\nignore = ["unresolved-short-cite"]\n', encoding="utf-8")
    assert run("check", str(broken)).exit_code == 0
    (tmp_path / "citex.toml").write_text('error-on = "uncited-entry"\nignore = []\n', encoding="utf-8")
    assert run("check", str(broken)).exit_code == 1
    (tmp_path / "citex.toml").write_text('colour = "red"\n', encoding="utf-8")
    result = run("check", str(broken))
    assert result.exit_code == 2 and "unknown setting" in result.stderr


class _Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self, head: bool) -> None:
        _Handler.hits.append(f"{self.command} {self.path}")
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/nohead" and head:
            self.send_response(405)
        elif self.path == "/nohead":
            self.send_response(200)
        elif self.path == "/slow":
            time.sleep(1.0)
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):  # noqa: N802
        self._answer(head=True)

    def do_GET(self):  # noqa: N802
        self._answer(head=False)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.hits = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_link_checker_statuses_and_cache(server, tmp_path):
    cache = tmp_path / "links.json"
    checker = LinkChecker(cache_path=str(cache), timeout=0.3, retries=1, backoff=0.01)
    urls = [f"{server}/ok", f"{server}/moved", f"{server}/gone", f"{server}/nohead", f"{server}/slow",
            "ftp://example.invalid/x"]
    statuses = checker.check_all(urls)
    assert {u.rsplit("/", 1)[-1]: s.status for u, s in statuses.items()} == {
        "ok": "ok", "moved": "redirected", "gone": "dead", "nohead": "ok", "slow": "dead", "x": "skipped"}
    assert "GET /nohead" in _Handler.hits
    again = LinkChecker(cache_path=str(cache), timeout=0.3, retries=0)
    before = len(_Handler.hits)
    assert again.check_all(urls[:4])[f"{server}/gone"].status == "dead"
    assert len(_Handler.hits) == before and again.requests_made == 0


def test_check_links_reports_dead_and_moved(server, tmp_path):
    doc = tmp_path / "web.txt"
    doc.write_text(f"Teks.¹ Lagi.²\n\n¹ \"Satu\" dalam <{server}/gone> diakses pada tanggal 3 Agustus 2017\n\n"
                   f"² \"Dua\" dalam <{server}/moved> diakses pada tanggal 3 Agustus 2017\n", encoding="utf-8")
    result = run("check", str(doc), "--check-links", "--link-cache", str(tmp_path / "c.json"),
                 "--link-timeout", "2", "--format", "json")
    found = {row["code"] for row in json.loads(result.stdout)}
    assert found == {"dead-link", "redirected-link"} and result.exit_code == 1


FIQH = """BAB II

Puasa adalah rukun Islam.¹ Kewajibannya dalam Al-Qur'an.² Hikmahnya sosial.³ Demikian pula.⁴

¹ Wahbah az-Zuhaili, Al-Fiqh al-Islami wa Adillatuhu, Juz 3 (Damaskus: Dar al-Fikr, 1989), h. 1620; lihat juga Sayyid Sabiq, Fiqih Sunnah, Jilid 3 (Bandung: Al-Ma'arif, 1996), h. 165.

² QS. Al-Baqarah (2): 183.

³ Ibid, h. 1625.

⁴ Sulaiman Rasjid, Fiqh Islam (Bandung: Sinar Baru Algensindo, 2012), h. 220.

DAFTAR PUSTAKA

Al-Qur'an dan Terjemahannya. Jakarta: Departemen Agama RI, 2009.
Rasjid, Sulaiman. Fiqh Islam. Bandung: Sinar Baru Algensindo, 2012.
Sabiq, Sayyid. Fiqih Sunnah. Jilid 3. Bandung: Al-Ma'arif, 1996.
Az-Zuhaili, Wahbah. Al-Fiqh al-Islami wa Adillatuhu. Juz 3. Damaskus: Dar al-Fikr, 1989.
"""


def test_an_islamic_studies_chapter_has_no_false_problems():
    report = extract(Document.from_text(FIQH), today_year=2026)
    # the Qur'an, cited by surah and verse, is listed by its title: not "uncited"; Az-Zuhaili
    # sorts under Z (the article set aside) or A: in order; "Ibid." after "X; lihat juga Y" is X
    assert [p.code for p in report.problems] == []
    ibid = report.note_resolutions[2].cites[0]
    assert report.registry.works[int(ibid.id)].fields["author"][0]["family"].casefold() == "az-zuhaili"
    quran = report.registry.works[report.entry_works[0]].fields
    assert quran["title"] == "Al-Qur'an dan Terjemahannya" and "author" not in quran


def test_ibid_after_a_note_citing_two_works_on_an_equal_footing_stays_ambiguous():
    text = FIQH.replace("; lihat juga Sayyid Sabiq", "; Sayyid Sabiq")
    assert "unresolved-short-cite" in codes(text)


LAW_THESIS = """BAB II

Perlindungan konsumen menjamin kepastian hukum.¹ Konsumen berhak atas keselamatan.² Pengertian
perjanjian diatur dalam KUHPerdata.³ Menurut Subekti, perjanjian adalah suatu peristiwa.⁴

¹ Pasal 1 angka 1 Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen.

² Ibid., Pasal 4 huruf a.

³ Kitab Undang-Undang Hukum Perdata, Pasal 1313.

⁴ R. Subekti, Hukum Perjanjian, Cet. 21 (Jakarta: Intermasa, 2005), hlm. 1.

DAFTAR PUSTAKA

A. Buku
Subekti, R. Hukum Perjanjian. Cet. 21. Jakarta: Intermasa, 2005.
Wijaya, Gunawan. Hukum Perikatan. Jakarta: Kencana, 2010.

B. Peraturan Perundang-undangan
Kitab Undang-Undang Hukum Perdata.
Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen. Lembaran Negara Republik Indonesia Tahun 1999 Nomor 42.
"""


def test_a_law_chapter_with_list_sections_has_no_false_problems():
    report = extract(Document.from_text(LAW_THESIS), today_year=2026)
    # every law opens an entry of its own; "Ibid." follows the article-first law; the code of
    # law needs no year; each sub-list ("A. Buku", "B. Peraturan ...") is alphabetical alone
    assert [e.text[:12] for e in report.entries] == ["Subekti, R. ", "Wijaya, Guna", "Kitab Undang", "Undang-Undan"]
    assert report.note_resolutions[1].cites[0].id == report.note_resolutions[0].cites[0].id
    assert [(p.code, p.line) for p in report.problems] == [("uncited-entry", 18)]     # Wijaya, never cited


def test_dutch_particles_sort_with_or_without_the_name():
    # "de Vries" after "van Dijk" is in order under D and V (the particle left out), as
    # "Az-Zuhaili" is with its article or without
    text = ("Teks.\n\nDAFTAR PUSTAKA\n\n"
            "Abdullah, A. Satu. Bandung: X, 2001.\n"
            "van Dijk, J. Dua. Bandung: X, 2002.\n"
            "de Vries, B. Tiga. Bandung: X, 2003.\n"
            "Wahid, C. Empat. Bandung: X, 2004.\n"
            "Zaini, D. Lima. Bandung: X, 2005.\n")
    assert "bibliography-order" not in codes(text)


@pytest.mark.parametrize("entries", [
    # a number inside a sort key counts by its value: "Jilid 9" before "Jilid 10"
    ["Abdullah, A. Tafsir Jilid 9. Bandung: X, 2001.", "Abdullah, A. Tafsir Jilid 10. Bandung: X, 2002."],
    # laws are listed by their rank and number, not by letter: Nomor 8 before Nomor 19, UU before PP
    ["Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen.",
     "Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008."],
    ["Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008.",
     "Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik."],
])
def test_numbers_and_laws_in_their_own_order(entries):
    text = ("Teks.\n\nDAFTAR PUSTAKA\n\nAbbas, A. Satu. Bandung: X, 2000.\n" + "".join(f"{e}\n" for e in entries)
            + "Hasan, B. Dua. Bandung: X, 2003.\nWahid, C. Empat. Bandung: X, 2004.\nZaini, D. Lima. Bandung: X, 2005.\n")
    assert "bibliography-order" not in codes(text)
    # (an entry out of place among the rest is still found)
    assert "bibliography-order" in codes(text.replace("Hasan, B. Dua", "Yusuf, B. Dua"))


def test_a_problem_names_an_unsigned_work_by_its_title_cut_at_a_word():
    text = ("Teks (Haris, 2005).\n\nDAFTAR PUSTAKA\n\nHaris, A. (2005). Gelombang Migrasi. Yogyakarta: Pustaka.\n"
            "Undang-Undang Republik Indonesia Nomor 6 Tahun 2014 tentang Desa dan Pemerintahan Desa yang Baru.\n")
    report = extract(Document.from_text(text), today_year=2026)
    message = next(p.message for p in report.problems if p.code == "uncited-entry")
    assert message == "“Undang-Undang Republik Indonesia Nomor 6 Tahun 2014 tentang…” (2014) is listed but never cited"
