"""In-text citations and short-form resolution, through the whole pipeline."""
from __future__ import annotations

import pytest

from citex.extract import extract
from citex.models import Document
from citex.report import build_report


def report_of(text: str) -> dict:
    return build_report(extract(Document.from_text(text), today_year=2026))


APA = """Pendahuluan

Literasi penting (Hobbs, 2010). Data terbaru (Badan Pusat Statistik [BPS], 2020) dan (BPS, 2021, hlm. 4).
Menurut Sugiyono (2019), desain tepat (Pratama dkk., 2021; Lim, 2017). Lihat Tabel 1 (n = 32) dan (2015 – 2017).
Sumber lain (Bank Indonesia, t.t.).

DAFTAR PUSTAKA

Badan Pusat Statistik. (2020). Statistik Indonesia 2020. BPS.
Badan Pusat Statistik. (2021). Statistik Indonesia 2021. BPS.
Bank Indonesia. (t.t.). Laporan tahunan. Bank Indonesia.
Hobbs, R. (2010). Digital and media literacy. The Aspen Institute.
Lim, M. (2017). Freedom to hate. Critical Asian Studies, 49(3), 411–427.
Pratama, A., & Sari, C. (2021). Literasi digital. Jurnal Pendidikan, 10(2), 201–215.
Sugiyono. (2019). Metode penelitian. Alfabeta.
"""


def test_author_date_citations_link_to_entries():
    report = report_of(APA)
    by_text = {c["text"]: c["ids"] for c in report["intext"]}
    assert by_text["(Hobbs, 2010)"] == ["hobbs2010digital"]
    assert by_text["Sugiyono (2019)"] == ["sugiyono2019metode"]
    assert len(by_text["(Pratama dkk., 2021; Lim, 2017)"]) == 2
    assert by_text["(BPS, 2021, hlm. 4)"] == [report["bibliography"][1]["id"]]
    assert by_text["(Bank Indonesia, t.t.)"] == [report["bibliography"][2]["id"]]
    assert not any("Tabel" in t or "2015" in t or "n = 32" in t for t in by_text)


def test_numeric_citations_only_with_a_numbered_list():
    text = ("Teks [1] dan [2]–[3], juga [1, 3]. Selang [0, 1] dan [x, y].\n\nREFERENCES\n\n"
            "[1] A. One, \"First,\" J. A, vol. 1, 2001.\n[2] B. Two, \"Second,\" J. B, vol. 2, 2002.\n"
            "[3] C. Three, \"Third,\" J. C, vol. 3, 2003.\n")
    report = report_of(text)
    ids = [b["id"] for b in report["bibliography"]]
    assert [c["ids"] for c in report["intext"]] == [[ids[0]], ids[1:3], [ids[0], ids[2]]]


def test_ieee_pinpoints_in_the_brackets():
    text = ("Sensor DHT22 mengukur suhu [2, hlm. 12]. Lihat pula [1, p. 4] dan [3, Fig. 2].\n\nDAFTAR PUSTAKA\n\n"
            "[1] A. One, \"First,\" J. A, vol. 1, 2001.\n[2] B. Two, \"Second,\" J. B, vol. 2, 2002.\n"
            "[3] C. Three, \"Third,\" J. C, vol. 3, 2003.\n")
    report = report_of(text)
    ids = [b["id"] for b in report["bibliography"]]
    assert [(c["ids"], c.get("locator")) for c in report["intext"]] == [
        ([ids[1]], "12"), ([ids[0]], "4"), ([ids[2]], "Fig. 2")]
    assert report["problems"] == []


NOTES = """BAB I

Satu.¹ Dua.² Tiga.³ Empat.⁴ Lima.⁵ Enam.⁶ Tujuh.⁷

¹ Abdul Haris, Gelombang Migrasi dan Jaringan Perdagangan Manusia (Yogyakarta: Pustaka Pelajar, 2005), hlm. 94.

² Ibid., hlm. 95.

³ C. Kagley dan E. R. Wittkopf, The Global Agenda (New York: St. Martin's Press, 2004), hlm. 138.

⁴ C. Kagle, hlm. 139.

⁵ Haris, op. cit., hlm. 12.

⁶ B. Winarno, hlm. 19.

⁷ A. Satu, Buku A (Jakarta: X, 2001); B. Dua, Buku B (Bandung: Y, 2002).

BAB II

Delapan.¹

¹ Ibid.
"""


def test_short_forms_resolve_to_earlier_full_citations():
    report = report_of(NOTES)
    cites = [(n["number"], [(c["form"], c["id"], c.get("locator")) for c in n["cites"]]) for n in report["footnotes"]]
    haris, kagley = cites[0][1][0][1], cites[2][1][0][1]
    assert cites[1] == (2, [("ibid", haris, "95")])
    assert cites[3] == (4, [("short", kagley, "139")])          # "Kagle" misspelt
    assert cites[4] == (5, [("opcit", haris, "12")])
    assert cites[5] == (6, [("short", None, "19")])             # nothing to resolve to
    assert len(cites[6][1]) == 2
    assert cites[7] == (1, [("ibid", None, None)])              # after a note citing two works
    codes = [(p["code"], p.get("footnote")) for p in report["problems"]]
    assert ("unresolved-short-cite", 6) in codes and ("unresolved-short-cite", 1) in codes


def test_document_without_citations_reports_nothing():
    report = report_of("BAB I\n\nTahun 2015 – 2017 (sekitar 27 %) dan 1.2.1 bagian.\n\n1. Butir.\n")
    assert all(report[k] == [] for k in ("items", "footnotes", "markers", "intext", "bibliography", "problems"))


def test_acronym_of_an_institution_in_the_list():
    report = report_of("Data dari Badan Pusat Statistik (BPS, 2021) dan (DJPK, 2022).\n\nDAFTAR PUSTAKA\n\n"
                       "Badan Pusat Statistik. 2021. Statistik Keuangan Daerah. Jakarta: BPS.\n")
    by_text = {c["text"]: c["ids"] for c in report["intext"]}
    assert by_text["(BPS, 2021)"] == [report["bibliography"][0]["id"]]
    assert [p["code"] for p in report["problems"]] == ["missing-entry"]     # DJPK is not listed


def test_chicago_short_forms_with_quoted_or_plain_short_titles():
    text = """BAB I

Teks pertama.¹ Teks kedua.² Teks ketiga.³

¹ M. Hashem Pesaran, Yongcheol Shin, dan Richard J. Smith, “Bounds Testing Approaches to the Analysis of Level Relationships,” Journal of Applied Econometrics 16, no. 3 (2001): 290.
² Paul R. Krugman, International Economics (Boston: Pearson, 2015), 55–57.
³ Pesaran, Shin, dan Smith, “Bounds Testing Approaches,” 301.
⁴ Krugman, International Economics, 482–84.
"""
    text = text.replace("Teks ketiga.³", "Teks ketiga.³ Teks keempat.⁴")
    report = report_of(text)
    cites = [(c["form"], c.get("id"), c.get("locator")) for n in report["footnotes"] for c in n["cites"]]
    pesaran, krugman = cites[0][1], cites[1][1]
    assert cites[2] == ("short", pesaran, "301")
    assert cites[3] == ("short", krugman, "482-84")
    assert len(report["items"]) == 2


def test_a_full_note_without_a_year_or_publisher_is_no_short_form():
    # "(t.t.: t.p., t.th.)" and a translator: a full citation whose facts are all missing
    from citex.cites import read_cite
    from citex.models import FullCite, ShortCite
    full = read_cite("Muhammad bin Shalih al-Utsaimin, Syarah Ushul Tsalatsah, terj. Abu Hanan (t.t.: t.p., t.th.), h. 41.")
    assert isinstance(full, FullCite) and full.locator == "41"
    assert isinstance(read_cite("Shihab, Tafsir Al-Misbah, h. 50."), ShortCite)


def test_short_forms_as_pdf_text_spaces_them():
    from citex.cites import read_note

    ibid, = read_note("Ibid ., hlm . 47 .")
    assert ibid.form == "ibid" and ibid.locator == "47"
    opcit, = read_note("Koentjaraningrat , op . cit ., hlm . 5 .")
    assert opcit.form == "opcit" and opcit.author == "Koentjaraningrat" and opcit.locator == "5"


def test_a_law_cited_in_a_note_is_its_list_entry_led_by_its_maker():
    report = report_of("BAB II\n\nZakat diatur undang-undang.¹\n\n"
                       "¹ Undang-Undang Nomor 23 Tahun 2011 tentang Pengelolaan Zakat, Pasal 27.\n\n"
                       "DAFTAR PUSTAKA\n\n"
                       "Republik Indonesia. Undang-Undang Nomor 23 Tahun 2011 tentang Pengelolaan Zakat.\n")
    entry = report["bibliography"][0]
    item = next(i for i in report["items"] if i["id"] == entry["id"])
    assert item["title"] == "Undang-Undang Nomor 23 Tahun 2011 tentang Pengelolaan Zakat"
    assert item["author"] == [{"literal": "Republik Indonesia"}] and item["type"] == "legislation"
    assert [c["id"] for c in report["footnotes"][0]["cites"]] == [entry["id"]]
    assert not [p for p in report["problems"] if p["code"] == "uncited-entry"]


def test_a_note_and_the_list_may_split_one_name_otherwise():
    # the note's "C. Snouck Hurgronje" (family Hurgronje) is the list's "Snouck Hurgronje, C."
    report = report_of("BAB II\n\nAceh dalam catatan kolonial.¹\n\n"
                       "¹ C. Snouck Hurgronje, De Atjehers, dl. I (Batavia: Landsdrukkerij, 1893), blz. 45.\n\n"
                       "DAFTAR PUSTAKA\n\n"
                       "Snouck Hurgronje, C. De Atjehers. Jilid I. Batavia: Landsdrukkerij, 1893.\n")
    entry = report["bibliography"][0]
    item = next(i for i in report["items"] if i["id"] == entry["id"])
    assert item["author"] == [{"family": "Snouck Hurgronje", "given": "C."}] and item["title"] == "De Atjehers"
    assert [c["id"] for c in report["footnotes"][0]["cites"]] == [entry["id"]]
    assert not [p for p in report["problems"] if p["code"] in ("uncited-entry", "missing-entry")]


def test_a_group_author_cited_by_the_abbreviation_its_entry_gives():
    report = report_of("Pendahuluan\n\nData Kemendikbud (2022) menunjukkan peningkatan (Hartono, 2018).\n\n"
                       "Daftar Rujukan\n\n"
                       "Hartono, B. (2018). Efektivitas e-learning. Jurnal Teknologi Pendidikan, 20(1), 15–27. "
                       "https://doi.org/10.21009/jtp.v20i1.1234\n"
                       "Kementerian Pendidikan dan Kebudayaan [Kemendikbud]. (2022). Statistik pendidikan 2022. "
                       "Kemendikbud.\n")
    # an APA entry ends with its link, no stop after it: the next line opens the next entry
    assert len(report["bibliography"]) == 2
    group = next(i for i in report["items"] if i["id"] == report["bibliography"][1]["id"])
    assert group["author"] == [{"literal": "Kementerian Pendidikan dan Kebudayaan"}]
    assert group["title"] == "Statistik pendidikan 2022" and group["publisher"] == "Kemendikbud"
    by_text = {c["text"]: c["ids"] for c in report["intext"]}
    assert by_text["Kemendikbud (2022)"] == [group["id"]]
    assert not [p for p in report["problems"] if p["code"] in ("missing-entry", "uncited-entry")]


def test_an_entry_after_one_that_ends_with_its_link_is_an_entry_of_its_own():
    report = report_of("Pendahuluan\n\nZakat (Hartono, 2018).\n\nDaftar Rujukan\n\n"
                       "Hartono, B. (2018). Efektivitas e-learning. Jurnal Teknologi Pendidikan, 20(1), 15–27. "
                       "https://doi.org/10.21009/jtp.v20i1.1234\n"
                       "Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan.\n")
    assert [b["text"][:10] for b in report["bibliography"]] == ["Hartono, B", "Peraturan "]


CHICAGO = """Colonial Archives

Historians have long debated Dutch rule.1 Ricklefs argues so,2 while Carey disagrees.3

1. M. C. Ricklefs, A History of Modern Indonesia since c. 1200, 4th ed. (Stanford: Stanford University Press, 2008), 45.
2. Ibid., 52–54.
3. Peter Carey, The Power of Prophecy (Leiden: KITLV Press, 2007), 112.

Later studies followed.4 Ricklefs returned to it.5

4. See, for example, Jean Gelman Taylor, "The Sewing-Machine in Colonial-Era Photographs," Modern Asian Studies 46, no. 1 (2012): 71–95.
5. Ricklefs, History of Modern Indonesia, 60.

Bibliography

Carey, Peter. The Power of Prophecy. Leiden: KITLV Press, 2007.
Ricklefs, M. C. A History of Modern Indonesia since c. 1200. 4th ed. Stanford: Stanford University Press, 2008.
Taylor, Jean Gelman. "The Sewing-Machine in Colonial-Era Photographs." Modern Asian Studies 46, no. 1 (2012): 71–95.
"""


def test_chicago_notes_numbered_with_a_period_short_notes_and_a_signal():
    report = report_of(CHICAGO)
    # "5. Ricklefs, History ..., 60." has no year yet is a note (a short note, not a list item);
    # "See, for example," is a signal, not an author
    cites = [[(c["form"], c["id"]) for c in n["cites"]] for n in report["footnotes"]]
    ids = {item["id"]: item for item in report["items"]}
    assert len(cites) == 5 and cites[4] == [("short", cites[0][0][1])]
    assert ids[cites[3][0][1]]["author"] == [{"family": "Taylor", "given": "Jean Gelman"}]
    assert report["problems"] == []


def test_a_narrative_citation_wrapped_over_two_lines():
    report = report_of("BAB I\n\nPendidikan karakter penting. Menurut Zubaedi\n(2011:15), karakter dibentuk melalui "
                       "pembiasaan.\n\nDAFTAR PUSTAKA\n\nZubaedi. 2011. Desain Pendidikan Karakter. Jakarta: Kencana.\n")
    assert [(c["text"], c["line"], c.get("locator")) for c in report["intext"]] == [("Zubaedi (2011:15)", 3, "15")]
    assert report["intext"][0]["ids"] == [report["bibliography"][0]["id"]]
    assert report["problems"] == []


def test_a_parenthetical_citation_cut_by_the_line_end():
    report = report_of("BAB I\n\nPendidikan karakter penting (Sari dan Utomo 2019; Wahyudi\net al. 2020). Hal lain (lihat\n"
                       "Tabel 1).\n\nDAFTAR PUSTAKA\n\nSari, N. dan Utomo, B. 2019. Implementasi. Jurnal X 9(2): 1-2.\n"
                       "Wahyudi, A., Lestari, D., dan Pratama, R. 2020. Model. Yogyakarta: Deepublish.\n")
    assert [(c["text"], c["line"]) for c in report["intext"]] == [("(Sari dan Utomo 2019; Wahyudi et al. 2020)", 3)]
    assert report["intext"][0]["ids"] == [b["id"] for b in report["bibliography"]]


def test_an_author_date_list_whose_entries_wrap_without_indent():
    # PDF text keeps no hanging indent: "Praktik. Jakarta: ..." and "Jakarta: Rineka Cipta."
    # continue the entry before, which the next "Name. Year." ends
    report = report_of("BAB I\n\nIni (Arikunto, 2013) dan Slameto (2010) serta Sugiyono (2019).\n\nDAFTAR PUSTAKA\n\n"
                       "Arikunto, Suharsimi. 2013. Prosedur Penelitian: Suatu Pendekatan\nPraktik. Jakarta: Rineka Cipta.\n"
                       "Slameto. 2010. Belajar dan Faktor-Faktor yang Mempengaruhinya.\nJakarta: Rineka Cipta.\n"
                       "Sugiyono. 2019. Metode Penelitian Kuantitatif, Kualitatif dan R&D.\nBandung: Alfabeta.\n")
    items = {i["id"]: i for i in report["items"]}
    entries = [items[b["id"]] for b in report["bibliography"]]
    assert [(e["title"], e.get("publisher")) for e in entries] == [
        ("Prosedur Penelitian: Suatu Pendekatan Praktik", "Rineka Cipta"),
        ("Belajar dan Faktor-Faktor yang Mempengaruhinya", "Rineka Cipta"),
        ("Metode Penelitian Kuantitatif, Kualitatif dan R&D", "Alfabeta")]
    assert report["problems"] == []


def test_a_doi_the_line_end_cut_is_joined_whole():
    report = report_of("Intro (Ng, 2012).\n\nReferences\n\n"
                       "Ng, W. (2012). Can we teach digital natives digital literacy? Computers & Education, 59(3),\n"
                       "1065–1078. https://doi.org/10.1016/\nj.compedu.2012.04.016\n"
                       "Pratama, A. (2021). Literasi digital. Jurnal Pendidikan Indonesia, 10(2), 201–215.\n")
    assert report["items"][0]["DOI"] == "10.1016/j.compedu.2012.04.016"
    assert [p["code"] for p in report["problems"]] == ["uncited-entry"]      # Pratama only


def test_vancouver_numbers_in_parentheses_and_a_group_author_ending_in_capitals():
    report = report_of("BAB I\n\nHipertensi penyebab kematian (1). Prevalensinya 34,1% (2). Faktor risikonya "
                       "(1,2) dan tujuan penelitian ini: (1) mengetahui faktor risiko.\n\nDAFTAR PUSTAKA\n\n"
                       "1. World Health Organization. Hypertension. Geneva: WHO; 2021.\n"
                       "2. Kementerian Kesehatan RI. Hasil Utama Riskesdas 2018. Jakarta: Balitbangkes; 2018.\n")
    # "(1) mengetahui": an enumeration, a word after it
    assert [(c["text"], len(c["ids"])) for c in report["intext"]] == [("(1)", 1), ("(2)", 1), ("(1,2)", 2)]
    second = next(i for i in report["items"] if i["id"] == report["bibliography"][1]["id"])
    assert second["author"] == [{"literal": "Kementerian Kesehatan RI"}]
    assert second["title"] == "Hasil Utama Riskesdas 2018"
    assert report["problems"] == []


def test_vancouver_numbers_right_after_the_stop_that_ends_the_sentence():
    # a superscript number the PDF text gave in brackets after the stop: "... 2018.(1) Angka"
    report = report_of("BAB I\n\nPrevalensi stunting 30,8% pada tahun 2018.(1) Angka ini di atas batas WHO, 20%.(2)\n"
                       "Dampaknya pada kognisi.(1,2) Tujuan penelitian ini sebagai berikut. (1) Mengetahui faktor "
                       "risiko.\n\nDAFTAR PUSTAKA\n\n"
                       "1. Kementerian Kesehatan RI. Hasil Utama Riskesdas 2018. Jakarta: Balitbangkes; 2018.\n"
                       "2. World Health Organization. Global nutrition targets 2025. Geneva: WHO; 2014.\n")
    # ". (1) Mengetahui": an enumeration, a space after the stop and a word after it
    assert [(c["text"], len(c["ids"])) for c in report["intext"]] == [("(1)", 1), ("(2)", 1), ("(1,2)", 2)]
    assert report["problems"] == []


def test_a_note_quoting_an_author_from_another_work_cites_that_work():
    report = report_of("BAB II\n\nHukum adalah gejala sosial.¹ Kapitalisme lahir dari etika.²\n\n"
                       "¹ Soerjono Soekanto, sebagaimana dikutip oleh Ahmad Fauzi, Metode Penelitian Hukum "
                       "(Jakarta: Kencana, 2010), hlm. 5.\n\n"
                       "² Max Weber dalam Anthony Giddens, Kapitalisme dan Teori Sosial Modern (Jakarta: UI Press, "
                       "1986), hlm. 12.\n\nDAFTAR PUSTAKA\n\n"
                       "Fauzi, Ahmad. Metode Penelitian Hukum. Jakarta: Kencana, 2010.\n"
                       "Giddens, Anthony. Kapitalisme dan Teori Sosial Modern. Jakarta: UI Press, 1986.\n")
    assert [n["cites"][0]["id"] for n in report["footnotes"]] == [b["id"] for b in report["bibliography"]]
    assert report["problems"] == []


def test_a_source_cited_in_another_is_the_other():
    report = report_of("Bab 2\n\nPerkembangan kognitif bertahap (Piaget, 1952, as cited in Santrock, 2011) dan "
                       "sosial (Vygotsky dalam Slavin, 2018). Data daerah (Kabupaten Sleman Dalam Angka, 2019).\n\n"
                       "References\n\nSantrock, J. W. (2011). Educational psychology. McGraw-Hill.\n"
                       "Slavin, R. E. (2018). Educational psychology: Theory and practice. Pearson.\n"
                       "Badan Pusat Statistik. (2019). Kabupaten Sleman Dalam Angka 2019. BPS.\n")
    cited = [c["ids"] for c in report["intext"]]
    assert cited[:2] == [[report["bibliography"][0]["id"]], [report["bibliography"][1]["id"]]]
    assert "missing-entry" not in [p["code"] for p in report["problems"] if "Piaget" in p["message"]]


def test_a_narrative_citation_naming_three_authors():
    report = report_of("BAB I\n\nPenelitian oleh Lestari, Nugroho, dan Wibowo (2021) membahas gudang.\n\n"
                       "DAFTAR PUSTAKA\n\nLestari, S., Nugroho, A., dan Wibowo, B. 2021. Gudang Digital. "
                       "Jurnal Teknik 2(1): 10-18.\n")
    assert [(c["text"], c["ids"]) for c in report["intext"]] == [
        ("Lestari, Nugroho, dan Wibowo (2021)", [report["bibliography"][0]["id"]])]
    assert report["problems"] == []


def test_a_note_and_an_entry_of_one_article_whose_authors_disagree():
    # a reference manager put the department and university in the note's author field: the
    # long title in the same year, volume and issue is still the entry's article
    report = report_of(
        "BAB I\n\nSistem ini penting.¹\n\n"
        "¹ Teknik Informatika and Universitas Nusa Jaya, “Rancang Bangun Sistem Informasi Gudang Beras "
        "Berbasis Web Pada Koperasi Tani Makmur” 3, no. 2 (2022): 15–20.\n\n"
        "DAFTAR PUSTAKA\n\nTim Penulis Universitas Nusa Jaya. \"Rancang Bangun Sistem Informasi Gudang Beras "
        "Berbasis Web Pada Koperasi Tani Makmur.\" 3, no. 2 (2022): 11–24.\n")
    assert report["footnotes"][0]["cites"][0]["id"] == report["bibliography"][0]["id"]
    assert not [p for p in report["problems"] if p["code"] == "uncited-entry"]


# A word processor's endnotes saved as text: "[1]" markers, the list, then "[1] ..." notes with no
# heading; notes that are commentary closed by their cite, and sources joined by a signal or "atau"
WORD_ENDNOTES = """KAJIAN PESANTREN

Pesantren tumbuh di desa.[1] Pengajarannya khas.[2] Istilahnya tua.[3] Lembaganya berubah.[4]
Metodenya beragam.[5] Perannya besar.[6]

DAFTAR PUSTAKA

Hasyim, Umar, Sejarah Pesantren Jawa, Yogyakarta: Pustaka Santri, 2010
Rahmat, Iwan, Pendidikan Surau, Padang: Minang Press, 2015

[1]Umar Hasyim, Sejarah Pesantren Jawa, (Yogyakarta: Pustaka Santri, 2010), hlm. 12
[2] Kata santri dipakai untuk murid yang belajar kitab kepada kyai. Ibid., hlm. 15
[3] Surau adalah bangunan kecil tempat mengaji anak-anak kampung (Iwan Rahmat, Pendidikan Surau, (Padang: Minang Press, 2015), hlm. 40)
[4] Ibid., hlm. 41 atau lihat Umar Hasyim, Sejarah Pesantren…, hlm. 20
[5] Iwan Rahmat, Pendidikan Surau, hlm. 44. Lihat, Dewi Sartika, Madrasah Minang, (Bukittinggi: Agam Press, 2001), hlm. 9
[6] Hasil diskusi bersama dengan Ahmad Syafii saat seminar pada 3 Maret 2014 di Padang.
"""


def test_word_endnotes_after_the_list_and_notes_of_commentary():
    report = report_of(WORD_ENDNOTES)
    assert len(report["bibliography"]) == 2 and len(report["footnotes"]) == 6
    assert [m["number"] for m in report["markers"]] == [1, 2, 3, 4, 5, 6]
    hasyim, rahmat = (b["id"] for b in report["bibliography"])
    cites = [[(c["id"], c.get("locator")) for c in n["cites"]] for n in report["footnotes"]]
    assert cites[:4] == [[(hasyim, "12")], [(hasyim, "15")], [(rahmat, "40")], [(rahmat, "41"), (hasyim, "20")]]
    assert cites[4][0] == (rahmat, "44") and cites[4][1][1] == "9"      # the note's own source, then "Lihat, ..."
    items = {i["id"]: i for i in report["items"]}
    assert items[cites[5][0][0]]["type"] == "interview"
    codes = {(p["code"], p["message"].split(" ")[0]) for p in report["problems"]}
    assert codes == {("missing-entry", "Sartika")}


def test_word_endnotes_without_ibid_after_an_unnumbered_list():
    report = report_of("BAB I\n\nTeori awal.[1] Teori kedua.[2] Teori ketiga.[3]\n\nDAFTAR PUSTAKA\n\n"
                       "Hasyim, Umar. Sejarah Pesantren Jawa. Yogyakarta: Pustaka Santri, 2010.\n"
                       "Rahmat, Iwan. Pendidikan Surau. Padang: Minang Press, 2015.\n\n"
                       "[1] Umar Hasyim, Sejarah Pesantren Jawa (Yogyakarta: Pustaka Santri, 2010), 12.\n"
                       "[2] Iwan Rahmat, Pendidikan Surau (Padang: Minang Press, 2015), 40.\n"
                       "[3] Hasyim, Sejarah Pesantren Jawa, 15.\n")
    hasyim, rahmat = (b["id"] for b in report["bibliography"])
    assert [[c["id"] for c in n["cites"]] for n in report["footnotes"]] == [[hasyim], [rahmat], [hasyim]]
    assert report["problems"] == []


def test_the_list_entry_names_a_work_whose_note_split_its_author_otherwise():
    # "Yoraeni, Ani, dkk." in a note reads as two names; the list's inverted head is one person
    report = report_of("BAB I\n\nTeks.¹\n\n¹ Lestari, Ani, dkk. Dasar Sistem Informasi. Bandung: Media Ilmu, 2023\n\n"
                       "DAFTAR PUSTAKA\n\nLestari, Ani, dkk. Dasar Sistem Informasi. Bandung: Media Ilmu, 2023.\n")
    item = next(i for i in report["items"] if i["id"] == report["bibliography"][0]["id"])
    assert item["author"] == [{"family": "Lestari", "given": "Ani"}]
    assert report["footnotes"][0]["cites"][0]["id"] == item["id"]


def test_sources_strung_with_commas_and_one_read_in_a_book_are_each_cited():
    from citex.cites import read_note
    cites = read_note("Ibid., hlm. 99 atau dibaca dalam bukunya C. Geertz, The Religion of Java, hlm. 178.")
    assert [(c.form, c.locator) for c in cites] == [("ibid", "99"), ("short", "178")]
    cites = read_note("Dewi mengutip dari Budi Santoso, Pembaharuan, hlm. 40, H. Rasyid, Tarikh Islam, hlm. 43, "
                      "Ahmad Tohari, Pendidikan, hlm. 13-21")
    # the sentence that opens the note is no work; the two sources after it are
    assert [(c.form, c.author, c.locator) for c in cites] == [("short", "Rasyid", "43"), ("short", "Tohari", "13-21")]


def test_a_work_cited_by_its_title_in_running_text():
    report = report_of("BAB II\n\nMenurut Scrum Guide (2020), sprint berlangsung satu bulan.\n\nDAFTAR PUSTAKA\n\n"
                       "Schwaber, Ken, dan Jeff Sutherland. The Scrum Guide. 2020.\n"
                       "Sutherland, Jeff. Scrum: The Art of Doing Twice the Work. New York: Crown, 2014.\n")
    assert report["intext"][0]["ids"] == [report["bibliography"][0]["id"]]
    assert "missing-entry" not in [p["code"] for p in report["problems"]]


def test_a_report_cited_by_the_words_of_its_title():
    # "Laporan Indeks SPBE Nasional (2022)" cites the report of that title, not another work of
    # 2022 whose title also ends in "Nasional"
    report = report_of("BAB I\n\nLaporan Indeks SPBE Nasional (2022) menegaskan hal ini.\n\nDAFTAR PUSTAKA\n\n"
                       "Kementerian PANRB. 2022. Laporan Indeks SPBE Nasional 2022. KemenPAN-RB. Jakarta.\n"
                       "Pemerintah Indonesia. 2022. Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur "
                       "Sistem Pemerintahan Berbasis Elektronik Nasional. Jakarta.\n")
    assert report["intext"][0]["ids"] == [report["bibliography"][0]["id"]]


def test_a_group_named_with_its_abbreviation_in_round_brackets():
    # "Badan Riset dan Inovasi Nasional (BRIN)": the text cites "BRIN (2023)", even to open a
    # sentence, and "(e-Estonia, 2025)" names a group whose name begins in lower case
    report = report_of("BAB I\n\nIntegrasi belum memadai. BRIN (2023) mengungkap hambatannya. Estonia "
                       "menghemat biaya (e-Estonia, 2025).\n\nDAFTAR PUSTAKA\n\n"
                       "Badan Riset dan Inovasi Nasional (BRIN). 2023. Masih Top-Down. URL: https://brin.go.id/n/1. "
                       "Diakses tanggal 8 Maret 2026.\n"
                       "e-Estonia. 2025. e-Estonia guide. https://e-estonia.com/guide.pdf. Diakses tanggal 8 Maret 2026.\n")
    ids = [entry["id"] for entry in report["bibliography"]]
    assert [c["ids"] for c in report["intext"]] == [[ids[0]], [ids[1]]]
    group = next(i for i in report["items"] if i["id"] == ids[0])
    assert group["author"] == [{"literal": "Badan Riset dan Inovasi Nasional (BRIN)"}]
    assert not [p for p in report["problems"] if p["code"] in ("missing-entry", "uncited-entry")]


def test_a_note_of_remarks_cites_nothing():
    from citex.cites import read_note
    assert read_note("Untuk lebih tepatnya, aplikasi penting dari skema kriptografi telah berhubungan dengan "
                     "kerahasiaan. Anak-anak sering menggunakan skema sederhana untuk \"kesenangan\".") == []
    assert [c.form for c in read_note("Lihat Jonathan Katz dan Yehuda Lindell, *Introduction to Modern "
                                      "Cryptography*, CRC Press (Boca Raton, FL: 2015), khususnya hlm. 16–23.")] == ["full"]


@pytest.mark.parametrize("signal", ["Lihat", "Lih.", "Periksa", "Periksa juga", "Bandingkan dengan", "Baca juga"])
def test_a_signal_before_a_cited_work_is_no_name(signal):
    from citex.cites import read_note
    cites = read_note(f"{signal} Koentjaraningrat, Manusia dan Kebudayaan di Indonesia (Jakarta: Djambatan, 1971), hlm. 5.")
    assert [(c.reference.fields["author"], c.reference.fields["title"], c.locator) for c in cites] == [
        ([{"family": "Koentjaraningrat"}], "Manusia dan Kebudayaan di Indonesia", "5")]


def test_a_note_that_gives_only_a_link_is_a_source_and_a_year_after_a_semicolon_stays():
    from citex.cites import read_note
    # a Markdown link's words and address; "Ibid." in the next note is that page
    cites = read_note("Quoted from [this interview](https://www.example.org/article/tao-interview/)")
    assert [c.form for c in cites] == ["full"]
    assert cites[0].reference.fields["URL"] == "https://www.example.org/article/tao-interview/"
    # ";" separates sources, but a year or a volume and pages after it go on with the one before
    cites = read_note("Economics Rules: The Rights and Wrongs of The Dismal Science. New York: W.W. Norton; 2015")
    assert len(cites) == 1 and cites[0].reference.fields["issued"] == {"date-parts": [[2015]]}
    assert cites[0].reference.fields["publisher"] == "W.W. Norton"


def test_short_forms_in_italics_and_an_arabic_name_with_its_ayn():
    from citex.cites import read_note
    # Word's "*Ibid.*" and "*op. cit.*" in Markdown
    assert [(c.form, c.locator) for c in read_note("*Ibid.*, hlm. 50.")] == [("ibid", "50")]
    assert [(c.form, c.locator) for c in read_note("Sda., hlm. 51.")] == [("ibid", "51")]   # sama dengan atas
    assert [(c.form, c.author) for c in read_note("Marzuki, *op. cit.*, hlm. 5.")] == [("opcit", "Marzuki")]
    # "al-'Asqalani": the apostrophe stands for the ayn; "jil." is jilid, the volume
    cites = read_note("Ibn Hajar al-'Asqalani, Fath al-Bari (Beirut: Dar al-Ma'rifah, 1959), jil. 1, hlm. 45.")
    fields = cites[0].reference.fields
    assert fields["author"] == [{"family": "al-'Asqalani", "given": "Ibn Hajar"}]
    assert fields["title"] == "Fath al-Bari" and fields["volume"] == "1" and cites[0].locator == "45"


def test_a_hadith_is_cited_by_its_number():
    from citex.cites import read_note
    # "no. 8" after a hadith collection is the hadith's number, the place cited (it was read as
    # a publisher "no"); the collection's book before it goes with it
    cite = read_note("Imam al-Bukhari, Sahih al-Bukhari, Kitab al-Iman, no. 8.")[0]
    assert (cite.form, cite.author, cite.title, cite.locator) == (
        "short", "al-Bukhari", "Sahih al-Bukhari", "Kitab al-Iman, no. 8")
    full = read_note("Imam al-Bukhari, Sahih al-Bukhari (Beirut: Dar Ibn Katsir, 2002), Kitab al-Iman, no. 8.")[0]
    assert full.reference.fields["publisher"] == "Dar Ibn Katsir" and full.locator == "Kitab al-Iman, no. 8"
    assert [(c.form, c.locator) for c in read_note("Muslim, Sahih Muslim, no. 2564.")] == [("short", "no. 2564")]
    # a journal's "no." stays its issue
    assert read_note("Santoso, Budi, Jurnal Ekonomi Syariah, vol. 3, no. 8, 2019, hlm. 4.")[0].locator == "4"


def test_op_cit_with_a_year_tells_an_authors_works_apart_and_titles_before_a_name_go():
    # a style guide's sequence: two books by Nitibaskara, the later op. cit. gives the year
    text = ("Satu.¹ Dua.² Tiga.³ Empat.⁴\n\n"
            "¹ Prof. Dr. T.R.R. Nitibaskara, Perangkap Penyimpangan dan Kejahatan, Jakarta: YPKIK, 2009, hlm. 22.\n"
            "² T.R.R. Nitibaskara, Catatan Kriminal, Jakarta: Jayabaya University Press, 1999, hlm 45.\n"
            "³ T.R.R. Nitibaskara, Op.cit., 2009, hlm 45.\n"
            "⁴ T.R.R. Nitibaskara, Op.cit., hlm 50.\n")
    report = report_of(text)
    ids = [[c["id"] for c in n["cites"]] for n in report["footnotes"]]
    assert ids[2] == ids[0] and ids[3] == ids[1]
    first = next(i for i in report["items"] if i["id"] == ids[0][0])
    assert first["author"] == [{"family": "Nitibaskara", "given": "T. R. R."}]
    # without a year the latest is taken and the cite reported ambiguous; with one, nothing to report
    assert [p["code"] for p in report["problems"]] == ["ambiguous-short-cite"]


def test_a_newspaper_article_cited_by_its_paper_and_day_and_id_at():
    from citex.cites import read_note
    cite = read_note("Bonor Simanjuntak, Kompas, 12 Maret 2001, hlm. 4.")[0]
    fields = cite.reference.fields
    assert (fields["type"], fields["container-title"], cite.locator) == ("article-newspaper", "Kompas", "4")
    assert "title" not in fields
    assert [(c.form, c.locator) for c in read_note("Id. at 29.")] == [("ibid", "29")]


def test_et_al_written_without_its_space_and_a_page_without_its_comma():
    report = report_of("BAB II\n\nPenelitian terdahulu (Putri dkk, 2021; Rahman et.al., 2022) dan (Hasibuan, 2016 p. 5).\n\n"
                       "DAFTAR PUSTAKA\n\n"
                       "Hasibuan, M. (2016). Manajemen SDM. Jakarta: Bumi Aksara.\n"
                       "Putri, A., Dewi, B., & Sari, C. (2021). Kinerja Guru. Jurnal B, 2(1), 5-9.\n"
                       "Rahman, F., Hakim, L., & Nur, M. (2022). Motivasi Siswa. Jurnal C, 3(2), 7-12.\n")
    ids = [entry["id"] for entry in report["bibliography"]]
    assert [c["ids"] for c in report["intext"]] == [[ids[1], ids[2]], [ids[0]]]
    assert report["intext"][1]["locator"] == "5"
    assert not [p for p in report["problems"] if p["code"] == "uncited-entry"]
    from citex.names import without_et_al
    assert without_et_al("Petal") == "Petal"      # a name ending in "etal" is no "et al."


def test_a_bare_year_after_a_semicolon_is_the_same_authors():
    from citex.intext import _author_date_parts
    parts = _author_date_parts("Sugiyono, 2017; 2019", {})
    assert [(p.author, p.year) for p in parts] == [("Sugiyono", "2017"), ("Sugiyono", "2019")]
    assert _author_date_parts("Tabel 3; 2019", {}) == []


def test_abbreviated_given_names_and_a_family_with_capitals_link_notes_to_entries():
    # "Moh. Mahfud MD" in a note and "Mahfud MD, Moh." in the list are one person: the stop after
    # "Moh." ends no name, and the capitals belong to the family name
    text = (
        "Hukum adalah produk politik.¹ Hal itu ditegaskan lagi.² Azra menulis tentang Islam.³ Lihat juga.⁴\n\n"
        "¹ Moh. Mahfud MD, Politik Hukum di Indonesia (Jakarta: LP3ES, 1998), hlm. 7.\n"
        "² Mahfud MD, Op. Cit., hlm. 9.\n"
        "³ Azyumardi Azra, “Islam Indonesia dan Tantangan Global”, dalam Komaruddin Hidayat (ed.), Islam,\n"
        "Negara dan Civil Society (Jakarta: Paramadina, 2005), hlm. 100.\n"
        "⁴ Ibid., hlm. 102.\n\n"
        "DAFTAR PUSTAKA\n\n"
        "Azra, Azyumardi. “Islam Indonesia dan Tantangan Global”. Dalam Komaruddin Hidayat (ed.). Islam,\n"
        "    Negara dan Civil Society. Jakarta: Paramadina, 2005.\n"
        "Mahfud MD, Moh. Politik Hukum di Indonesia. Jakarta: LP3ES, 1998.\n")
    report = report_of(text)
    cites = {note["number"]: note["cites"] for note in report["footnotes"]}
    mahfud = cites[1][0]["id"]
    assert cites[2][0]["id"] == mahfud and cites[2][0]["form"] == "opcit" and "note" not in cites[2][0]
    assert cites[4][0]["id"] == cites[3][0]["id"]
    items = {item["id"]: item for item in report["items"]}
    assert items[mahfud]["author"] == [{"family": "Mahfud MD", "given": "Moh."}]
    assert items[cites[3][0]["id"]]["container-title"] == "Islam, Negara dan Civil Society"
    assert len(report["items"]) == 2 and not report["problems"]


def test_narrative_citations_of_groups_and_of_names_ending_in_capitals():
    text = (
        "Pendahuluan\n\n"
        "Sejak itu Kementerian Pendidikan dan Kebudayaan (2020) menerbitkan pedoman. Lalu Kementerian\n"
        "Pendidikan dan Kebudayaan (2020: 4) menegaskannya. Mahfud MD (1998: 7) menyebut hukum produk politik.\n"
        "Menurut Hidayat dan Gaus AF (1998), dialog perlu tumbuh.\n\n"
        "DAFTAR PUSTAKA\n\n"
        "Hidayat, Komaruddin dan Ahmad Gaus AF (ed.). 1998. Passing Over: Melintasi Batas Agama. Jakarta:\n"
        "    Gramedia Pustaka Utama.\n"
        "Kementerian Pendidikan dan Kebudayaan. 2020. Pedoman Penyelenggaraan Pembelajaran. Jakarta: Kemendikbud.\n"
        "Mahfud MD, Moh. 1998. Politik Hukum di Indonesia. Jakarta: LP3ES.\n")
    report = report_of(text)
    by_text = {c["text"]: c for c in report["intext"]}
    group = report["bibliography"][1]["id"]
    assert by_text["Kementerian Pendidikan dan Kebudayaan (2020)"]["ids"] == [group]
    assert by_text["Kementerian Pendidikan dan Kebudayaan (2020: 4)"]["ids"] == [group]
    assert by_text["Mahfud MD (1998: 7)"]["ids"] == [report["bibliography"][2]["id"]]
    assert by_text["Hidayat dan Gaus AF (1998)"]["ids"] == [report["bibliography"][0]["id"]]
    assert len(report["intext"]) == 4 and not report["problems"]


def test_a_law_thesis_list_in_sections_with_codes_decisions_and_short_forms():
    # a law skripsi as PDF text: notes under the page's text, a list split into "A. Buku",
    # "B. Jurnal", "C. Peraturan Perundang-undangan", "D. Internet"; the code "Kompilasi Hukum
    # Islam" is cited by its article and listed without a year, the decision by its number
    text = (
        "BAB II\n\n"
        "Perkawinan adalah akad yang kuat.1 Ia sunnatullah.2 Tujuannya rumah tangga yang sakinah.3\n"
        "1 Amir Syarifuddin, Hukum Perkawinan Islam di Indonesia (Jakarta: Kencana, 2006), hlm. 40.\n"
        "2 Ibid., hlm. 41.\n"
        "3 Pasal 3 Kompilasi Hukum Islam.\n\n"
        "Batas usia diubah setelah putusan itu.4 Pembedaan usia adalah diskriminasi.5 Lihat juga.6\n"
        "4 Putusan Mahkamah Konstitusi Nomor 22/PUU-XV/2017.\n"
        "5 Ibid.\n"
        "6 Syarifuddin, Op. Cit., hlm. 66.\n\n"
        "DAFTAR PUSTAKA\n"
        "A. Buku\n"
        "Syarifuddin, Amir. Hukum Perkawinan Islam di Indonesia. Jakarta: Kencana, 2006.\n"
        "B. Peraturan Perundang-undangan\n"
        "Kompilasi Hukum Islam.\n"
        "Putusan Mahkamah Konstitusi Nomor 22/PUU-XV/2017.\n")
    report = report_of(text)
    cites = {note["number"]: note["cites"] for note in report["footnotes"]}
    book, code, decision = (entry["id"] for entry in report["bibliography"])
    assert [cites[n][0]["id"] for n in (1, 2, 3, 4, 5, 6)] == [book, book, code, decision, decision, book]
    items = {item["id"]: item for item in report["items"]}
    assert items[code]["type"] == "legislation" and items[decision]["number"] == "22/PUU-XV/2017"
    assert items[decision]["issued"] == {"date-parts": [[2017]]}
    assert len(report["bibliography"]) == 3 and not report["problems"]


def test_a_title_listed_in_two_years_is_two_editions_and_secondary_citations():
    # APA-ID: one group's guide listed for 2020 and for 2021 (revised); "Piaget (dalam Suparno,
    # 2001: 24)" and "(Piaget dalam Suparno, 2001)" cite the work read, Suparno's
    text = (
        "Kajian Pustaka\n\n"
        "Menurut Piaget (dalam Suparno, 2001: 24), anak membangun pengetahuannya sendiri. Teori ini\n"
        "(Piaget dalam Suparno, 2001) menekankan peran aktif siswa.\n"
        "Kementerian Pendidikan dan Kebudayaan [Kemendikbud] (2020) menerbitkan pedoman, yang kemudian\n"
        "diperbarui (Kemendikbud, 2021).\n\n"
        "DAFTAR RUJUKAN\n\n"
        "Kementerian Pendidikan dan Kebudayaan [Kemendikbud]. (2020). Pedoman belajar dari rumah. Kemendikbud.\n"
        "Kementerian Pendidikan dan Kebudayaan [Kemendikbud]. (2021). Pedoman belajar dari rumah edisi revisi.\n"
        "    Kemendikbud.\n"
        "Suparno, P. (2001). Teori perkembangan kognitif Jean Piaget. Kanisius.\n")
    report = report_of(text)
    first, revised, suparno = (entry["id"] for entry in report["bibliography"])
    assert first != revised
    assert [c["ids"] for c in report["intext"]] == [[suparno], [suparno], [first], [revised]]
    assert not report["problems"]


def test_a_vancouver_number_the_line_wrap_put_first():
    text = (
        "Pendahuluan\n\n"
        "Data Riskesdas menunjukkan prevalensi yang terus meningkat\n"
        "(2). Pola makan yang tidak teratur menjadi faktor risiko (1).\n\n"
        "DAFTAR PUSTAKA\n"
        "1. Sari DP, Lestari W. Hubungan pola makan dengan gastritis. J Kesehat Masy. 2020;8(2):112-9.\n"
        "2. Kementerian Kesehatan RI. Hasil Utama Riskesdas 2018. Jakarta: Kemenkes RI; 2018.\n")
    report = report_of(text)
    first, second = (entry["id"] for entry in report["bibliography"])
    assert [(c["text"], c["ids"]) for c in report["intext"]] == [("(2)", [second]), ("(1)", [first])]
    assert not report["problems"]


def test_a_narrative_citation_of_two_years_cites_both_works():
    text = (
        "Chapter 2\n\n"
        "Brown (2017a, 2017b) examined two cohorts, and Sari (2019; 2021) followed them up.\n\n"
        "References\n\n"
        "Brown, T. (2017a). Cohort one: School meals in rural areas. Journal of Nutrition Education, 49(3), 201–210.\n"
        "Brown, T. (2017b). Cohort two: School meals in urban areas. Journal of Nutrition Education, 49(7), 550–559.\n"
        "Sari, D. (2019). Makan siang sekolah. Jurnal Gizi, 3(1), 1–9.\n"
        "Sari, D. (2021). Makan siang sekolah: Tindak lanjut. Jurnal Gizi, 5(2), 10–19.\n")
    report = report_of(text)
    ids = [entry["id"] for entry in report["bibliography"]]
    assert [c["ids"] for c in report["intext"]] == [ids[:2], ids[2:]]
    assert not report["problems"]


def test_a_group_s_name_wrapped_before_its_abbreviation():
    for wrap in ("Kebudayaan\n[Kemendikbud] (2020)", "dan\nKebudayaan [Kemendikbud] (2020)"):
        name = "Kementerian Pendidikan dan Kebudayaan [Kemendikbud] (2020)".replace(
            wrap.replace("\n", " "), wrap)
        report = report_of(
            f"Kajian Pustaka\n\nTeori ini menekankan peran aktif siswa. {name} menerbitkan pedoman, yang\n"
            "kemudian diperbarui (Kemendikbud, 2021).\n\nDAFTAR RUJUKAN\n\n"
            "Kementerian Pendidikan dan Kebudayaan [Kemendikbud]. (2020). Pedoman belajar dari rumah. Kemendikbud.\n"
            "Kementerian Pendidikan dan Kebudayaan [Kemendikbud]. (2021). Pedoman belajar dari rumah edisi revisi.\n")
        first, revised = (entry["id"] for entry in report["bibliography"])
        assert [(c["text"], c["ids"]) for c in report["intext"]] == [
            ("Kementerian Pendidikan dan Kebudayaan [Kemendikbud] (2020)", [first]), ("(Kemendikbud, 2021)", [revised])]
        assert report["intext"][0]["line"] == 3 and not report["problems"]


def test_a_law_the_text_names_by_number_and_year_is_cited():
    # legal writing names the law it relies on; a listed law named so is no "never cited" entry,
    # and one the text does not name still is
    text = (
        "BAB II\n\n"
        "Standar proses diatur dalam Permendikbud Nomor 22 Tahun 2016. Guru wajib berkompetensi\n"
        "(UU RI No. 14 Th. 2005). Menurut Kemendikbud (2016), standar itu mencakup perencanaan.\n\n"
        "DAFTAR PUSTAKA\n"
        "Kemendikbud. 2016. Panduan Standar Proses. Jakarta: Kemendikbud.\n"
        "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 22 Tahun 2016 tentang Standar Proses.\n"
        "Undang-Undang Republik Indonesia Nomor 14 Tahun 2005 tentang Guru dan Dosen.\n"
        "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional.\n")
    report = report_of(text)
    uncited = [p["id"] for p in report["problems"] if p["code"] == "uncited-entry"]
    assert uncited == [report["bibliography"][3]["id"]]


def test_narrative_et_al_with_the_commas_and_spaces_students_put_around_it():
    report = report_of(
        "Bab 1\n\nMenurut Pratiwi, dkk. (2021) literasi penting, dan Sari et al., (2019) setuju. Sari ( 2019 ) pula.\n\n"
        "DAFTAR PUSTAKA\n"
        "Pratiwi, D. A., Wulandari, S., & Hakim, L. (2021). Pengaruh literasi keuangan. Jurnal Ilmu Manajemen, 9(3), 1-9.\n"
        "Sari, M., Putra, A., & Lestari, W. (2019). Literasi dan tabungan. Jurnal Ekonomi, 2(1), 5-12.\n")
    ids = [entry["id"] for entry in report["bibliography"]]
    assert [(c["text"], c["ids"]) for c in report["intext"]] == [
        ("Pratiwi, dkk. (2021)", [ids[0]]), ("Sari et al., (2019)", [ids[1]]), ("Sari ( 2019 )", [ids[1]])]
    assert not report["problems"]


def test_a_group_cited_by_its_syllabic_abbreviation_or_a_letter_s_name():
    # "(Kemenkes RI, 2018)" for the listed Kementerian Kesehatan Republik Indonesia; "(R Core Team,
    # 2023)" is a group's name, not a statistic's letter; a person's name spelt from a group's
    # initial letters ("Smith" from Sekolah Menengah Islam Terpadu Harapan) resolves to no group
    text = (
        "Stunting masih tinggi (Kemenkes RI, 2018). Data diolah dengan R (R Core Team, 2023). "
        "Hal ini dibahas pula oleh Smith (2019).\n\n"
        "DAFTAR PUSTAKA\n\n"
        "Kementerian Kesehatan Republik Indonesia. (2018). Hasil utama Riskesdas 2018. Badan Litbangkes.\n"
        "R Core Team. (2023). R: A language and environment for statistical computing. R Foundation.\n"
        "Sekolah Menengah Islam Terpadu Harapan. (2019). Profil sekolah. SMIT Harapan.\n")
    report = report_of(text)
    ids = {c["text"]: c["ids"] for c in report["intext"]}
    assert ids["(Kemenkes RI, 2018)"] == ["kkri2018hasil"]
    assert ids["(R Core Team, 2023)"] == ["rcoreteam2023r"]
    missing = [p["message"] for p in report["problems"] if p["code"] == "missing-entry"]
    assert len(missing) == 1 and "Smith" in missing[0]


MLA = """Morrison called her novels "literary archeology" (Morrison, "Site of Memory" 92). Sethe calls
the past "rememory" (Morrison, *Beloved* 43), and Milkman learns it from a song (Morrison, Song 303).
Christian finds the spiritual in the real (qtd. in Gates and Appiah 12). Both revise the record
(Henderson 64; Spillers 67). For Spillers, the captive body is "a territory" (67), a phrase the
scars recall. Spillers, Morrison wrote, is "a careful reader" (90). Such songs were common (Library of Congress). A folk song (“Go Down Moses” 2) and
a table of results (Tabel 3) close it.

## Works Cited

Gates, Henry Louis, Jr., and K. A. Appiah, editors. *Toni Morrison: Critical Perspectives*. Amistad, 1993.

Henderson, Mae G. "Re-Membering the Body." *Comparative American Identities*, edited by Hortense J. Spillers, Routledge, 1991, pp. 62–86.

Library of Congress. "Voices from the Days of Slavery." *American Folklife Center*, www.loc.gov/collections/voices/. Accessed 2 May 2023.

Morrison, Toni. *Beloved*. Vintage, 2004.

---. "The Site of Memory." *Inventing the Truth*, edited by William Zinsser, Houghton Mifflin, 1995, pp. 83–102.

---. *Song of Solomon*. Vintage, 2004.

Spillers, Hortense J. "Mama's Baby, Papa's Maybe." *Diacritics*, vol. 17, no. 2, 1987, pp. 64–81.

“Go Down Moses.” *Slave Songs of the United States*, edited by William Francis Allen, A. Simpson, 1867, pp. 1–3.
"""


def test_mla_short_titles_quoted_sources_signal_phrases_and_group_authors():
    report = report_of(MLA)
    by_text = {c["text"]: c["ids"] for c in report["intext"]}

    def ids(opening: str) -> list[str]:
        return [entry["id"] for entry in report["bibliography"] if entry["text"].startswith(opening)]

    # an author with several works is cited with a short title, quoted, in italics or plain
    assert by_text['(Morrison, "Site of Memory" 92)'] == ids('---. "The Site o')
    assert by_text["(Morrison, *Beloved* 43)"] == ids("Morrison, Toni. *")
    assert by_text["(Morrison, Song 303)"] == ids("---. *Song of Sol")
    # "qtd. in": the source the writer read; a listed group without a page; a title alone
    assert by_text["(qtd. in Gates and Appiah 12)"] == ids("Gates, Henry Lou")
    assert by_text["(Library of Congress)"] == ids("Library of Congre")
    assert by_text["(“Go Down Moses” 2)"] == ids("“Go Down Moses.”")
    # page 67 is in both Henderson's and Spillers's ranges: the sentence names Spillers
    assert by_text["(67)"] == ids("Spillers, Horten")
    # page 90 is in Morrison's essay alone: the page tells, not the name the sentence gives first
    assert by_text["(90)"] == ids('---. "The Site o')
    assert "(Tabel 3)" not in by_text
    # MLA leaves the scheme off its URLs: no malformed-url
    assert "malformed-url" not in {p["code"] for p in report["problems"]}


def test_a_bracketed_year_after_a_listed_author_s_name_and_locators_that_are_no_pages():
    # "Anderson's account of nationalism (2006)": the sentence names the author, the bracket
    # gives the year (and page); a year no listed author of the sentence has is no citation
    text = ("Anderson's account of nationalism (2006) and Scott's of resistance (1985, 29) differ. The reform "
            "era (1998) changed much, as Scott saw it (2003). See Bowen (1993, chap. 2) and the figures "
            "(Badan Pusat Statistik 2021, table 3.1).\n\nREFERENCES\n\n"
            "Anderson, Benedict. 2006. Imagined Communities. London: Verso.\n"
            "Badan Pusat Statistik. 2021. Statistik Indonesia 2021. Jakarta: Badan Pusat Statistik.\n"
            "Bowen, John R. 1993. Muslims through Discourse. Princeton: Princeton University Press.\n"
            "Scott, James C. 1985. Weapons of the Weak. New Haven: Yale University Press.\n")
    report = report_of(text)
    cites = {c["text"]: (c["ids"], c.get("locator")) for c in report["intext"]}
    ids = [entry["id"] for entry in report["bibliography"]]
    assert cites["(2006)"] == ([ids[0]], None)
    assert cites["(1985, 29)"] == ([ids[3]], "29")
    assert cites["Bowen (1993, chap. 2)"] == ([ids[2]], "chap. 2")
    assert cites["(Badan Pusat Statistik 2021, table 3.1)"] == ([ids[1]], "table 3.1")
    assert "(1998)" not in cites and "(2003)" not in cites
    assert [p["code"] for p in report["problems"]] == []


def test_an_unsigned_article_cited_by_its_paper():
    report = report_of("Banjir melanda kota itu (Kompas, 2021) dan guru honorer menuntut (Jawa Pos, 2018).\n\n"
                       "DAFTAR RUJUKAN\n\n"
                       "Jawa Pos. 12 Mei 2018. Guru Honorer Tuntut Kepastian Status, hlm. 5.\n"
                       "Kompas. 3 Januari 2021. Banjir Bandang Landa Kota Batu, hlm. 1.\n")
    by_text = {c["text"]: c["ids"] for c in report["intext"]}
    assert by_text["(Kompas, 2021)"] == [report["bibliography"][1]["id"]]
    assert by_text["(Jawa Pos, 2018)"] == [report["bibliography"][0]["id"]]
    assert report["problems"] == []


def test_a_newspaper_listed_by_its_day_alone():
    # "Bataviaasch Nieuwsblad, 12 Januari 1920.": the paper of that day, no title: an article in
    # it, named by the paper in ids and messages, and no unreadable entry
    report = report_of("BAB II\n\nPers kolonial.¹\n\n¹ Bataviaasch Nieuwsblad, 12 Januari 1920.\n\n"
                       "DAFTAR PUSTAKA\n\nB. Surat Kabar\n\nBataviaasch Nieuwsblad, 12 Januari 1920.\n"
                       "Harian Rakjat, 3 Oktober 1965.\n")
    items = {i["id"]: i for i in report["items"]}
    assert items["bataviaasch1920"]["container-title"] == "Bataviaasch Nieuwsblad"
    assert items["bataviaasch1920"]["type"] == "article-newspaper"
    assert items["bataviaasch1920"]["issued"] == {"date-parts": [[1920, 1, 12]]}
    assert [c["id"] for c in report["footnotes"][0]["cites"]] == ["bataviaasch1920"]
    codes = {(p["code"], p["message"]) for p in report["problems"]}
    assert ("uncited-entry", "Harian Rakjat (1965) is listed but never cited") in codes
    assert not [p for p in report["problems"] if p["code"] in ("unparsed-entry", "missing-entry")]


def test_a_magazine_cited_by_its_number_alone():
    report = report_of("BAB III\n\nSikap Muhammadiyah.¹\n\n¹ Soeara Moehammadijah, No. 5, Mei 1925, hlm. 12.\n\n"
                       "DAFTAR PUSTAKA\n\nSoeara Moehammadijah, No. 5, Mei 1925.\n")
    item = report["items"][0]
    assert (item["container-title"], item["issue"], item["issued"], item["type"]) == (
        "Soeara Moehammadijah", "5", {"date-parts": [[1925, 5]]}, "article-magazine")
    assert len(report["items"]) == 1 and report["footnotes"][0]["cites"][0]["locator"] == "12"
    assert not report["problems"]


IPB = """BAB I PENDAHULUAN

Produksi padi nasional meningkat (BPS 2020). Pupuk organik cair meningkatkan hasil padi (Sutomo et al. 2018).
Rancangan percobaan mengikuti Mattjik dan
Sumertajaya (2013). Data diperoleh dari Kementan (2019) dan FAO (2018).

DAFTAR PUSTAKA

[BPS] Badan Pusat Statistik. 2020. Statistik Indonesia 2020. Jakarta (ID): Badan Pusat Statistik.
[FAO] Food and Agriculture Organization. 2018. The State of Food and Agriculture 2018. Rome (IT): FAO.
[Kementan] Kementerian Pertanian. 2019. Statistik Pertanian 2019 [internet]. [diunduh 2021 Mar 5]. Tersedia pada:
https://www.pertanian.go.id/statistik.
Mattjik AA, Sumertajaya IM. 2013. Perancangan Percobaan dengan Aplikasi SAS dan Minitab. Ed ke-4. Bogor (ID): IPB Press.
Sutomo T, Hartono A, Lestari D. 2018. Pengaruh pupuk organik cair terhadap hasil padi sawah. J Agron Indones.
46(2):123–130.
"""


def test_an_ipb_thesis_its_groups_abbreviations_first_and_a_citation_across_a_line_break():
    report = report_of(IPB)
    # each "[ABBR] Name. Year." opens an entry (a bracket continues one only where no group's name follows)
    assert len(report["bibliography"]) == 5
    texts = {cite["text"]: cite["ids"] for cite in report["intext"]}
    assert texts["Mattjik dan Sumertajaya (2013)"] == ["mattjik2013perancangan"]
    assert all(ids for ids in texts.values()) and len(texts) == 5
    assert report["problems"] == []


UM = """BAB II KAJIAN PUSTAKA

Hasil belajar meningkat bila kurikulum dijalankan, sebagaimana dilaporkan oleh
Kemendikbud (2013). Menurut Sudjana (2010:22), hasil belajar adalah kemampuan siswa.

DAFTAR RUJUKAN

Kementerian Pendidikan dan Kebudayaan. 2013. Kurikulum 2013: Kompetensi Dasar Sekolah Dasar. Jakarta: Kemendikbud.
Sudjana, N. 2010. Penilaian Hasil Proses Belajar Mengajar. Bandung: Remaja Rosdakarya.
"""


def test_a_ministry_cited_by_its_syllabic_abbreviation_at_a_line_s_start():
    # "Kemendikbud" takes a syllable from each word's root (Pen·dik·an, Ke·bud·ayaan), and a name
    # opening a line goes on the sentence of the line before (no sentence's first word)
    report = report_of(UM)
    texts = {cite["text"]: cite["ids"] for cite in report["intext"]}
    assert texts["Kemendikbud (2013)"] == ["kpdk2013kurikulum"]
    assert report["problems"] == []


def test_a_note_citing_an_unsigned_article_by_its_headline_finds_the_paper_s_day_in_the_list():
    text = """BAB III

Pemogokan itu diberitakan pers.1

1 "Pemogokan Buruh di Semarang," Sinar Hindia, 3 Mei 1920, hlm. 2.

DAFTAR PUSTAKA

Surat Kabar
Sinar Hindia, 3 Mei 1920.

Buku
Korver, A.P.E. Sarekat Islam 1912-1916. Jakarta: Grafiti Pers, 1985.
"""
    report = report_of(text)
    codes = [p["code"] for p in report["problems"]]
    # (the note and the list's day are one work: no missing entry, no uncited paper; Korver is uncited)
    assert "missing-entry" not in codes and codes.count("uncited-entry") == 1


def test_a_note_citing_an_archival_document_finds_it_in_the_list():
    text = """BAB III

Sumber arsip menunjukkan hal lain.1

1 Arsip Nasional Republik Indonesia, Algemeene Secretarie, Besluit 12 Maart 1913 No. 23.

DAFTAR PUSTAKA

Arsip
Arsip Nasional Republik Indonesia, Algemeene Secretarie, Besluit 12 Maart 1913 No. 23.
"""
    report = report_of(text)
    assert [c["id"] for n in report["footnotes"] for c in n["cites"]] == [report["bibliography"][0]["id"]]
    assert report["problems"] == []
