"""Footnote texts, markers and their links, in each convention."""
from __future__ import annotations

import pytest

from citex.footnotes import find_notes
from citex.models import Document
from citex.sections import find_layout


def notes_of(text: str):
    doc = Document.from_text(text)
    notes = find_notes(doc, find_layout(doc))
    linked = sorted((notes.markers[m].label, notes.markers[m].line, notes.footnotes[f].line)
                    for m, f in notes.links.items())
    return notes, linked


SUPERSCRIPT = """Teks pertama manusia.¹ Lalu kedua² dan ketiga.³

¹ Haris, Gelombang, 2005.

² Ibid., hlm. 3.
"""


def test_superscript_markers_link_to_page_bottom_notes():
    notes, linked = notes_of(SUPERSCRIPT)
    assert [n.label for n in notes.footnotes] == ["1", "2"]
    assert ("1", 1, 3) in linked and ("2", 1, 5) in linked
    # ³ has no note, but follows the sequence: it is reported as a marker without one
    assert "3" in [m.label for m in notes.markers]


def test_markdown_labels_and_missing_definition():
    notes, linked = notes_of("Teks.[^a] Lagi.[^2]\n\n[^a]: Haris, Gelombang, 2005.\n    lanjutan baris.\n")
    assert [(n.label, n.text) for n in notes.footnotes] == [("a", "Haris, Gelombang, 2005. lanjutan baris.")]
    assert [m.label for m in notes.markers] == ["a", "2"]
    assert linked == [("a", 1, 3)]


PLAIN = """Judul Berjalan Bab Dua
    Teori ini penting.1 Pada 2019.2 Nilai 62,4 dan 1.2 bukan penanda.
Lihat juga 100 negara.

1 A. Penulis, Buku Satu (Jakarta: Penerbit, 2010), 5.
2 B. Penulis, Buku Dua (Bandung: Penerbit, 2011), 7.
                                      17
"""


def test_plain_digit_markers_need_a_backing_note():
    notes, linked = notes_of(PLAIN)
    assert [(m.label, m.line) for m in notes.markers] == [("1", 2), ("2", 2)]
    assert [n.line for n in notes.footnotes] == [5, 6]


def test_numbering_restarts_per_chapter_and_links_to_the_nearest_marker():
    text = "BAB I\n\nSatu.¹ Dua.²\n\n¹ A, Buku, 2001.\n\n² B, Buku, 2002.\n\nBAB II\n\nTiga.¹\n\n¹ C, Buku, 2003.\n"
    notes, linked = notes_of(text)
    assert linked == [("1", 3, 5), ("1", 11, 13), ("2", 3, 7)]
    assert [n.chapter for n in notes.footnotes] == [1, 1, 2]


def test_note_cut_by_a_page_break_continues_on_the_next_page():
    text = ("Isi.1\n\n1 Komentar panjang. Lihat A. Penulis dan\n   18\nJudul Berjalan Bab\nIsi lagi.2\n\n"
            "B. Penulis, Buku Bersama (Jakarta: X, 2001), 9.\n2 C. Penulis, Buku (Bandung: Y, 2002), 3.\n")
    notes, _ = notes_of(text)
    assert notes.footnotes[0].text.endswith("Buku Bersama (Jakarta: X, 2001), 9.")


@pytest.mark.parametrize("line", [
    "Dewi Lestari¹, Agus Salim²",
    "¹Universitas Negeri Malang, ²Universitas Brawijaya",
])
def test_author_and_affiliation_superscripts_are_not_notes(line):
    notes, _ = notes_of(f"{line}\n\nTeks.¹\n\n¹ Haris, Gelombang, 2005.\n")
    assert [n.line for n in notes.footnotes] == [5]
    assert [m.line for m in notes.markers] == [3]


def test_exponents_are_not_markers():
    notes, _ = notes_of("Luas 20 m² dan teks.¹\n\n¹ Haris, Gelombang, 2005.\n")
    assert [m.label for m in notes.markers] == ["1"]


def test_document_without_notes():
    notes, linked = notes_of("Tahun 2015 – 2017 dan 1.2.1 bagian.\n1. Butir daftar.\n")
    assert notes.footnotes == () and notes.markers == () and linked == []


def test_endnotes_section():
    text = ("Isi pertama.¹ Isi kedua.²\n\nCATATAN AKHIR\n\n1. Haris, Gelombang Migrasi, 2005, hlm. 3.\n"
            "2. Ibid., hlm. 4.\n\nDAFTAR PUSTAKA\n\nHaris, A. 2005. Gelombang Migrasi. Yogyakarta: Pustaka.\n")
    notes, linked = notes_of(text)
    assert [(n.label, n.line, n.endnote) for n in notes.footnotes] == [("1", 5, True), ("2", 6, True)]
    assert linked == [("1", 1, 5), ("2", 1, 6)]


def test_body_resumes_after_a_note_without_a_blank_line():
    text = ("Perdagangan manusia meningkat.¹\n¹ O. Sinaga, Implementasi Kebijakan, Bandung: Lepsindo, 2010, Hal. 3-4\n"
            "kawasan Asia Tenggara.² Menurut data IOM.\n² Verona. R, *Conquering Human Trafficking*, 2008\n")
    notes, linked = notes_of(text)
    assert linked == [("1", 1, 2), ("2", 3, 4)]
    assert notes.footnotes[0].text.endswith("Hal. 3-4")


# PDF text of a proposal: the marker before the sentence's stop ("organisasi2."), after the
# stop and a space at a line's end ("terstruktur. 3"), and note numbers glued to the author
# ("4Rini Astuti") where the superscript lost its space
PLAIN_BEFORE_STOPS = """7
Sistem informasi mendukung keputusan organisasi2.Menurut Wibowo, data
diolah menjadi informasi yang berguna1. Proses bisnis berjalan lebih terstruktur. 3
Teknologi ini menghemat waktu pencatatan.4
1 Budi Wibowo, Dasar Sistem Informasi (Malang: Media Nusa, 2019), hlm. 4.
2 Wibowo, Dasar Sistem Informasi, hlm. 9.
3 Sari Lestari, "Pencatatan Stok Digital," Jurnal Teknik 2, no. 1 (2021): 10-18.
4Rini Astuti dan Dewi Kurnia, "Aplikasi Kasir Berbasis Web," Jurnal Informatika 5, no. 2 (2022).

8
"""


def test_plain_markers_before_a_stop_after_a_spaced_stop_and_glued_note_numbers():
    notes, linked = notes_of(PLAIN_BEFORE_STOPS)
    assert [n.label for n in notes.footnotes] == ["1", "2", "3", "4"]
    assert notes.footnotes[3].text.startswith("Rini Astuti dan Dewi Kurnia")
    assert [label for label, _, _ in linked] == ["1", "2", "3", "4"]


def test_decimals_and_money_after_letters_are_not_markers():
    notes, _ = notes_of("Harga Rp1.500 naik menjadi Rp2.750 pada tahun itu.1\n1 A. Penulis, Buku (2010).\n")
    assert [m.label for m in notes.markers] == ["1"]


def test_a_note_number_glued_to_an_initial_only_as_the_next_note():
    text = ("Teks satu.1 Teks dua.2\n"
            "1 Budi Wibowo, Dasar Sistem Informasi (Malang: Media Nusa, 2019), hlm. 4.\n"
            "2R Bagus Santoso, Basis Data (Bandung: Informatika, 2018), hlm. 9.\n\n"
            "3D Printing merupakan teknologi baru.3 Lalu lagi.\n")
    notes, linked = notes_of(text)
    assert [(n.label, n.text[:14]) for n in notes.footnotes] == [("1", "Budi Wibowo, D"), ("2", "R Bagus Santos")]


CHAPTER_NOTES = """## Sandi Beale

Morriss menyimpan kotak itu. [1] Gambarnya ada di bawah ini. [2]

**Catatan:**

[1] Lihat Simon Singh, *The Code Book*, Fourth Estate (London, 1999), hal. 82-99.

[2] Gambar ini tersedia di halaman Wikipedia untuk sandi Beale.

## Kriptografi Modern

Kriptografi modern adalah sains yang ketat. [3] Data kita disadap di persimpangan Internet.[4]

**Catatan:**

[3] Bruce Schneier, *Applied Cryptography*, edisi ke-2, 2015 (Indianapolis, IN: John Wiley & Sons), hlm. 2.

[4] Cf. Schneier, ibid., hlm. 3.

# Bagian Berikutnya

Teks bab berikutnya [5] tanpa catatan.
"""


def test_notes_at_the_end_of_each_chapter():
    # a book's notes under "Catatan:" after each chapter, "[n]" markers after a space or glued;
    # the next chapter's text after the last notes is body again
    notes, linked = notes_of(CHAPTER_NOTES)
    assert [(n.label, n.endnote) for n in notes.footnotes] == [("1", True), ("2", True), ("3", True), ("4", True)]
    assert [label for label, _, _ in linked] == ["1", "2", "3", "4"]
    assert all(marker_line < note_line for _, marker_line, note_line in linked)


def test_a_markdown_reference_before_a_colon_is_a_marker():
    # "on these efforts[^10]:" introduces a quotation; the definition's own label opens its line
    text = ("Here is Terence Tao on these efforts[^1]:\n\n> One thing that changed.\n\n"
            "[^1]: Quoted from [this interview](https://www.example.org/tao-interview)\n")
    notes, linked = notes_of(text)
    assert [n.label for n in notes.footnotes] == ["1"]
    assert linked == [("1", 1, 5)]


def test_numbered_notes_whose_year_is_on_the_line_they_wrap_onto():
    # Chicago notes "1. Author, Title ..." in PDF text: a numbered line counts as a note when
    # its citation's year is on the line it wraps onto (a numbered list's item has none)
    text = ("The policy promised schooling.1 Historians disagree.2\n\n"
            "1. M. C. Ricklefs, A History of Modern Indonesia since c. 1200, 4th ed. (Stanford: Stanford University\n"
            "Press, 2008), 183.\n"
            "2. Benedict Anderson, Imagined Communities: Reflections on the Origin and Spread of Nationalism, rev. ed.\n"
            "(London: Verso, 2006), 120–22.\n")
    notes, linked = notes_of(text)
    assert [n.text for n in notes.footnotes] == [
        "M. C. Ricklefs, A History of Modern Indonesia since c. 1200, 4th ed. (Stanford: Stanford University "
        "Press, 2008), 183.",
        "Benedict Anderson, Imagined Communities: Reflections on the Origin and Spread of Nationalism, rev. ed. "
        "(London: Verso, 2006), 120–22."]
    assert [label for label, _, _ in linked] == ["1", "2"]


def test_plain_digit_notes_end_where_the_next_pages_body_carries_the_next_marker():
    # PDF text without blank lines: the note block, then the next page's body, whose sentence
    # carries the next note's glued marker, then that page's notes
    text = ("Transportasi daring berkembang pesat.1 Regulasinya belum lengkap.2\n"
            "1 Ahmad Fauzan, Sejarah Ojek (Jakarta: Kencana, 2019), hlm. 3.\n"
            "2 Sri Wahyuni, Hukum Konsumen (Jakarta: Kencana, 2020), hlm. 45.\n"
            "Konsumen sering dirugikan oleh pembatalan sepihak.3 Hal ini juga diberitakan media.4\n"
            "3 Subekti, Hukum Perjanjian (Jakarta: Intermasa, 2005), hlm. 13.\n"
            "4 Ibid.\n")
    doc = Document.from_text(text)
    notes = find_notes(doc, find_layout(doc))
    assert [n.label for n in notes.footnotes] == ["1", "2", "3", "4"]
    assert notes.footnotes[1].text == "Sri Wahyuni, Hukum Konsumen (Jakarta: Kencana, 2020), hlm. 45."
    assert len(notes.links) == 4
