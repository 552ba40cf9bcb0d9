"""Splitting reference lists into entries."""
from __future__ import annotations

import pytest

from citex.bibliography import split_entries
from citex.models import Document
from citex.sections import find_layout, heading_text


def entries_of(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [e.text for e in split_entries(doc, find_layout(doc))]


@pytest.mark.parametrize("line,expected", [
    ("DAFTAR PUSTAKA", "daftar pustaka"), ("## 5. Daftar Rujukan", "daftar rujukan"),
    ("**REFERENCES**", "references"), ("VI. Bibliography", "bibliography"), ("Works Cited", "works cited"),
    ("DAFTAR RUJUKAN ........ 12", None),
])
def test_heading_text(line, expected):
    assert heading_text(line) == expected


@pytest.mark.parametrize("heading", ["DAFTAR KEPUSTAKAAN", "RUJUKAN", "Daftar Literatur", "SUMBER BACAAN",
                                     "Works Consulted", "Selected Bibliography"])
def test_other_names_of_the_reference_list(heading):
    text = f"Isi teks.\n\n{heading}\n\nHaris, A. (2005). Gelombang. Pustaka.\n"
    assert entries_of(text) == ["Haris, A. (2005). Gelombang. Pustaka."]


def test_toc_line_is_not_the_heading():
    text = "DAFTAR ISI\nDAFTAR PUSTAKA ........ 40\n\nIsi.\n\nDAFTAR PUSTAKA\n\nHaris, A. (2005). Gelombang. Pustaka.\n"
    assert entries_of(text) == ["Haris, A. (2005). Gelombang. Pustaka."]


def test_hanging_indent_and_repeated_author_dash():
    text = ("DAFTAR PUSTAKA\n\nGujarati, Damodar N. 2003. Basic Econometrics. New York:\n"
            "     McGraw-Hill.\n———. 2015. Econometrics by Example. London: Palgrave.\n"
            "International Coffee Organization. t.t. \"Historical Data.\" Diakses\n     12 Maret 2021.\n")
    assert entries_of(text) == [
        "Gujarati, Damodar N. 2003. Basic Econometrics. New York: McGraw-Hill.",
        "———. 2015. Econometrics by Example. London: Palgrave.",
        "International Coffee Organization. t.t. \"Historical Data.\" Diakses 12 Maret 2021."]


def test_bullets_wrapped_urls_and_subheadings():
    text = ("DAFTAR PUSTAKA\n\nA. Buku\n\n- Haris. A, *Gelombang*, Yogyakarta: Pustaka, 2005\n\nB. Internet\n\n"
            "- “Peran Organisasi” dalam\n<http://contoh.id/a.html> diakses pada tanggal 28 April 2017\n")
    assert entries_of(text) == ["Haris. A, *Gelombang*, Yogyakarta: Pustaka, 2005",
                                "“Peran Organisasi” dalam <http://contoh.id/a.html> diakses pada tanggal 28 April 2017"]


@pytest.mark.parametrize("heading", ["A. Arsip", "B. Surat Kabar dan Majalah", "C. Sumber Primer", "II. Sumber Sekunder",
                                     "Archival Sources", "Newspapers and Periodicals"])
def test_a_history_thesis_groups_its_sources_under_subheadings(heading):
    text = (f"DAFTAR PUSTAKA\n\n{heading}\n\nBataviaasch Nieuwsblad, 12 Januari 1920.\n\n"
            "Kartodirdjo, Sartono. Pemberontakan Petani Banten 1888. Jakarta: Pustaka Jaya, 1984.\n")
    assert entries_of(text) == ["Bataviaasch Nieuwsblad, 12 Januari 1920.",
                                "Kartodirdjo, Sartono. Pemberontakan Petani Banten 1888. Jakarta: Pustaka Jaya, 1984."]


def test_glued_entries_are_separated():
    text = ("DAFTAR PUSTAKA\n\n- Rudy. T.M, Administrasi Internasional, Bandung: PT Eresco, 1998. "
            "Sinaga. O, Implementasi Kebijakan, Bandung: Lepsindo, 2010\n"
            "- Annual Report IOM 2009 Indonesia Archer. C, *International Organization*, London: Abenden, 1998,\n")
    assert entries_of(text) == ["Rudy. T.M, Administrasi Internasional, Bandung: PT Eresco, 1998.",
                                "Sinaga. O, Implementasi Kebijakan, Bandung: Lepsindo, 2010",
                                "Annual Report IOM 2009 Indonesia",
                                "Archer. C, *International Organization*, London: Abenden, 1998,"]


def test_numbered_list_keeps_numbers():
    doc = Document.from_text("REFERENCES\n\n[1] A. Author, \"One,\" 2001.\n[2] B. Author, \"Two,\" 2002.\n")
    entries = split_entries(doc, find_layout(doc))
    assert [(e.number, e.line) for e in entries] == [(1, 3), (2, 4)]


def test_one_entry_a_line_apa():
    text = ("Daftar Rujukan\n\nHobbs, R. (2010). Digital literacy. The Aspen Institute.\n"
            "Kementerian Komunikasi dan Informatika. (2021). Status literasi. Kominfo.\n")
    assert len(entries_of(text)) == 2


def test_each_chapter_may_close_with_its_own_list():
    from citex.extract import extract
    text = ("Contents\nChapter 1 Introduction\nReferences\nChapter 2 Methods\n\n"
            "Chapter 1 – Introduction\n\nText (Smith, 2001).\n\n1.5 References\n\n"
            "Smith, J. (2001). First book. Oxford: Press.\nJones, K. (1999). Second book. London: Press.\n\n"
            "Chapter 2 – Methods\n\nMore text (Smith, 2001; Lee, 2010).\n\n2.4 References\n\n"
            "Lee, A. (2010). Third book. Leeds: Press.\nSmith, J. (2001). First book. Oxford: Press.\n")
    doc = Document.from_text(text)
    layout = find_layout(doc)
    assert [heading for heading in layout.bibliography_headings] == [10, 19]
    entries = split_entries(doc, layout)
    assert [e.line for e in entries] == [12, 13, 21, 22]
    codes = [p.code for p in extract(doc, today_year=2026).problems]
    assert "duplicate-entry" not in codes and "bibliography-order" not in codes
    assert codes == ["uncited-entry"]          # Jones (1999) is cited nowhere


def test_chicago_list_wrapped_without_indent():
    # PDF text of a Chicago-style list: a quoted title running on into "PT. ...", a title's
    # "Untuk ..." and a publisher's "Education, 2014." open no entries
    text = ("DAFTAR RUJUKAN\n"
            'Lestari, Sari, dkk. "Sistem Informasi Gudang Beras\n'
            'PT. Sumber Pangan Berbasis Web." Jurnal Teknik 2, no. 1 (2021): 10-18.\n'
            "Nugroho, Adi. Belajar Basis Data Relasional\n"
            "Untuk Pemula. Malang: Media Nusa, 2019.\n"
            "Stallings, William. Computer Organization. United States: Pearson\n"
            "Education, 2014.\n"
            "Wibowo, Budi. Dasar Sistem Informasi. Bandung: Pustaka Karya\n"
            "Bandung, 2020.\n")
    entries = entries_of(text)
    assert [e.split(",")[0] for e in entries] == ["Lestari", "Nugroho", "Stallings", "Wibowo"]
    assert entries[2].endswith("Pearson Education, 2014.")


def test_an_entry_whose_author_is_followed_by_dkk_opens_a_line():
    text = ("DAFTAR PUSTAKA\n"
            "Dhofier, Zamakhsari, Tradisi Pesantren, Jakarta: LP3ES, 2011\n"
            "Haedari, dkk, Amin Masa Depan Pesantren, Jakarta: IRD Press, 2004\n"
            "Maunah, Binti, Tradisi Intelektual Santri, Yogyakarta: Teras, 2009\n")
    assert [e.split(",")[0] for e in entries_of(text)] == ["Dhofier", "Haedari", "Maunah"]


def test_a_numbered_entry_is_one_entry_even_with_a_name_like_container():
    text = ("REFERENCES\n\n[1] A. Smith, \"Deep nets,\" IEEE Trans. X, vol. 1, pp. 1-2, 2019.\n"
            "[2] B. Jones, \"Trees,\" in Proc. Y, 2018, pp. 3-4.\n")
    assert entries_of(text) == ['A. Smith, "Deep nets," IEEE Trans. X, vol. 1, pp. 1-2, 2019.',
                                'B. Jones, "Trees," in Proc. Y, 2018, pp. 3-4.']


def test_a_chicago_list_with_a_year_inside_a_quoted_title_is_no_author_date_list():
    # one quoted title ending with a year must not make the list "author-date", where lines
    # without a "Name. Year." head would continue the entry before
    text = ("DAFTAR PUSTAKA\n"
            "Hidayat, Richard. Kebijakan Otonomi. Makassar: Djambatan, 1955.\n"
            "Kartodirdjo, Nur. “Bahasa dan Daerah 1925.” Jurnal Sosiologi 29, no. 4 (1958): 279-294.\n"
            "Kuntowijoyo. Implementasi Otonomi. Bogor: Rajawali Pers, 1969.\n"
            "Kuntowijoyo. “Islam sebagai Sastra.” Jurnal Kebudayaan 18, no. 1 (1959): 216-233.\n")
    assert len(entries_of(text)) == 4


def test_entries_that_open_with_a_name_in_lower_case():
    # "van Dijk", "de Vries" and "e-Estonia" open entries; a lower-case word otherwise goes on
    # with the entry before
    text = ("DAFTAR PUSTAKA\n"
            "Dehghani, Z. 2020. The Data Mesh Shift. URL: https://example.org/mesh.pdf. Diakses tanggal 8 Maret 2026.\n"
            "e-Estonia. 2025. e-Estonia guide. https://e-estonia.com/guide.pdf. Diakses tanggal 8 Maret 2026.\n"
            "Eynon, R. dan H. Margetts. 2007. Organisational Solutions. European Journal of ePractice. 1 (1):72–85.\n"
            "van Dijk, J. 2020. The Digital Divide. Cambridge: Polity.\n"
            "de Vries, A. dan B. Smit. 2018. Sebuah Buku yang Panjang\n"
            "dan judulnya berlanjut. Amsterdam: Boom.\n")
    entries = entries_of(text)
    assert [e.split(".")[0].split(",")[0] for e in entries] == ["Dehghani", "e-Estonia", "Eynon", "van Dijk", "de Vries"]
    assert entries[-1].endswith("Amsterdam: Boom.")


def test_an_author_date_entry_glued_after_the_stop_that_ends_the_one_before():
    # PDF text lost the line break and the space: "... Sinar Grafika.Subekti, R. 2005. ..."
    text = ("DAFTAR PUSTAKA\n\n"
            "Salim H.S. 2008. Hukum Kontrak. Jakarta: Sinar Grafika.Subekti, R. 2005. Hukum Perjanjian. Jakarta: Intermasa.\n"
            "Soekanto, Soerjono. 2010. Pengantar Penelitian Hukum. Jakarta: UI Press.\n")
    assert entries_of(text) == ["Salim H.S. 2008. Hukum Kontrak. Jakarta: Sinar Grafika.",
                                "Subekti, R. 2005. Hukum Perjanjian. Jakarta: Intermasa.",
                                "Soekanto, Soerjono. 2010. Pengantar Penelitian Hukum. Jakarta: UI Press."]


def test_laws_one_a_line_in_an_author_date_list_are_each_an_entry():
    # a law has no author and year to open its line; the one before it, with no year, is finished
    text = ("DAFTAR PUSTAKA\n\n"
            "Soekanto, Soerjono. 2010. Pengantar Penelitian Hukum. Jakarta: UI Press.\n"
            "Kitab Undang-Undang Hukum Perdata.\n"
            "Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang\n"
            "     Informasi dan Transaksi Elektronik.\n")
    assert entries_of(text)[1:] == [
        "Kitab Undang-Undang Hukum Perdata.",
        "Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang "
        "Informasi dan Transaksi Elektronik."]


_CHICAGO_LIST = [
    "Acharya, Amitav. Constructing a Security Community in Southeast Asia. 3rd ed. London: Routledge, 2014.",
    "Elliott, Lorraine. The Global Politics of the Environment. 2nd ed. Basingstoke: Palgrave Macmillan, 2004.",
    "Hidayat, Herman. “Penegakan Hukum Kebakaran Hutan: Studi Kasus Riau.” Jurnal Hukum Lingkungan Indonesia 4, "
    "no. 1 (2017): 45-67.",
    "Undang-Undang Republik Indonesia Nomor 26 Tahun 2014 tentang Pengesahan ASEAN Agreement on Transboundary "
    "Haze Pollution.",
    "Varkkey, Helena. The Haze Problem in Southeast Asia: Palm Oil and Patronage. London: Routledge, 2016.",
]


@pytest.mark.parametrize("bullet", ["\uf0b7 ", "\uf0a7", "\uf076 ", "➢ ", "■ "])
def test_symbol_font_bullets_as_pdf_text_gives_them(bullet):
    # Word's Symbol and Wingdings bullets come out of a PDF as private-use characters
    wrapped = [entry[:entry.rfind(" ", 0, 60)] + "\n" + entry[entry.rfind(" ", 0, 60) + 1:] for entry in _CHICAGO_LIST]
    text = "DAFTAR PUSTAKA\n\n" + "".join(f"{bullet}{entry}\n" for entry in wrapped)
    assert entries_of(text) == _CHICAGO_LIST


def test_first_lines_indented_and_wrapped_lines_flush_left():
    # a bullet glyph the PDF text lost leaves its space before each entry's first line only
    text = ("DAFTAR PUSTAKA\n\n"
            " Acharya, Amitav. Constructing a Security Community in Southeast Asia. 3rd ed. London:\n"
            "Routledge, 2014.\n"
            " Elliott, Lorraine. The Global Politics of the Environment. 2nd ed. Basingstoke: Palgrave Macmillan, 2004.\n"
            " Hidayat, Herman. “Penegakan Hukum Kebakaran Hutan: Studi Kasus Riau.” Jurnal Hukum\n"
            "Lingkungan Indonesia 4, no. 1 (2017): 45-67.\n"
            " Undang-Undang Republik Indonesia Nomor 26 Tahun 2014 tentang Pengesahan ASEAN Agreement on\n"
            "Transboundary Haze Pollution.\n"
            " Varkkey, Helena. The Haze Problem in Southeast Asia: Palm Oil and Patronage. London: Routledge, 2016.\n")
    assert entries_of(text) == _CHICAGO_LIST


def test_a_hanging_list_keeps_its_flush_left_entries():
    # the mirror image: entries flush left, their wrapped lines indented (which open no entry)
    text = ("DAFTAR PUSTAKA\n\n"
            "Acharya, Amitav. Constructing a Security Community in Southeast Asia. 3rd ed. London:\n"
            "     Routledge, 2014.\n"
            "Hidayat, Herman. “Penegakan Hukum Kebakaran Hutan: Studi Kasus Riau.” Jurnal Hukum\n"
            "     Lingkungan Indonesia 4, no. 1 (2017): 45-67.\n"
            "Varkkey, Helena. The Haze Problem in Southeast Asia: Palm Oil and Patronage. London:\n"
            "     Routledge, 2016.\n")
    assert entries_of(text) == [_CHICAGO_LIST[0], _CHICAGO_LIST[2], _CHICAGO_LIST[4]]


@pytest.mark.parametrize("glue", ["", " "])
def test_a_chicago_entry_glued_after_the_year_or_pages_that_end_the_one_before(glue):
    text = "DAFTAR PUSTAKA\n\n" + f"{_CHICAGO_LIST[0]}{glue}{_CHICAGO_LIST[2]}\n{_CHICAGO_LIST[4]}\n"
    assert entries_of(text) == [_CHICAGO_LIST[0], _CHICAGO_LIST[2], _CHICAGO_LIST[4]]


def test_a_town_and_its_publisher_after_a_number_are_no_glued_entry():
    text = ("DAFTAR PUSTAKA\n\n"
            "Pane, Armijn. Habis Gelap Terbitlah Terang. Cet. 2. Jakarta, Balai Pustaka. Diterbitkan ulang 1968.\n"
            "Varkkey, Helena. The Haze Problem in Southeast Asia: Palm Oil and Patronage. London: Routledge, 2016.\n")
    assert len(entries_of(text)) == 2


def test_a_link_whose_last_piece_the_line_end_cut_off_is_one_again():
    # the piece on the next line has no stop or slash of its own, only digits: "view/" + "45678"
    text = ("DAFTAR PUSTAKA\n\n"
            "Putri, A., & Santoso, B. (2021). Efektivitas pembelajaran daring. Jurnal Pendidikan Indonesia, 10(2),\n"
            "     201–215. https://doi.org/10.23887/jpi-undiksha.v10i2.\n     12345\n"
            "Rahman, F. (2022). Literasi digital mahasiswa. Diakses 3 Maret 2023, dari https://\n"
            "     ejournal.unesa.ac.id/index.php/jurnal/article/view/\n     45678\n")
    entries = entries_of(text)
    assert entries[0].endswith("https://doi.org/10.23887/jpi-undiksha.v10i2.12345")
    assert entries[1].endswith("dari https://ejournal.unesa.ac.id/index.php/jurnal/article/view/45678")


def test_a_year_after_a_link_is_no_piece_of_it():
    from citex.sections import join_wrapped

    assert join_wrapped(["Judul. Jakarta: Gramedia. https://contoh.id/buku/", "2019."]) == (
        "Judul. Jakarta: Gramedia. https://contoh.id/buku/ 2019.")


def test_a_title_the_line_end_broke_before_a_capitalised_word_stays_in_its_entry():
    # PDF text of an MLA list keeps no hanging indent: "... in Colonial" | "Africa. Houghton
    # Mifflin, 1998." looks like a new entry ("Africa."), but the line before stopped on a word
    text = ("Works Cited\n"
            "Bhabha, Homi K. The Location of Culture. Routledge, 1994.\n"
            "Hochschild, Adam. King Leopold's Ghost: A Story of Greed, Terror, and Heroism in Colonial\n"
            "Africa. Houghton Mifflin, 1998.\n"
            "Said, Edward W. Culture and Imperialism. Alfred A. Knopf, 1993.\n")
    assert entries_of(text) == [
        "Bhabha, Homi K. The Location of Culture. Routledge, 1994.",
        "Hochschild, Adam. King Leopold's Ghost: A Story of Greed, Terror, and Heroism in Colonial Africa. "
        "Houghton Mifflin, 1998.",
        "Said, Edward W. Culture and Imperialism. Alfred A. Knopf, 1993."]
    # (laws stand without a stop or a year, one a line)
    laws = "DAFTAR PUSTAKA\n\nKitab Undang-Undang Hukum Perdata\nUndang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen\n"
    assert len(entries_of(laws)) == 2


def test_um_unsigned_news_opens_its_entry_and_a_link_cut_after_www_is_joined():
    # UM's list: an unsigned article opens with the paper's name and the day, not a name and
    # a year; a link the line's end cut after "www." goes on before the comma of its access date
    text = ("DAFTAR RUJUKAN\n"
            "Huberman, A.M. & Miles, M.B. 2002. The Qualitative Researcher's Companion. Thousand\n"
            "      Oaks: Sage Publications.\n"
            "Kompas. 3 Januari 2021. Banjir Bandang Landa Kota Batu, hlm. 1.\n"
            "Rosyid, M. 2021. Belajar dari Rumah, (Online), (https://www.\n"
            "      kompasiana.com/mrosyid/belajar-1, diakses 9 Juni 2022).\n"
            "Sudjana, N. 2009. Penilaian Hasil Proses Belajar Mengajar. Bandung: Remaja Rosdakarya.\n")
    assert entries_of(text) == [
        "Huberman, A.M. & Miles, M.B. 2002. The Qualitative Researcher's Companion. Thousand Oaks: Sage Publications.",
        "Kompas. 3 Januari 2021. Banjir Bandang Landa Kota Batu, hlm. 1.",
        "Rosyid, M. 2021. Belajar dari Rumah, (Online), (https://www.kompasiana.com/mrosyid/belajar-1, diakses "
        "9 Juni 2022).",
        "Sudjana, N. 2009. Penilaian Hasil Proses Belajar Mengajar. Bandung: Remaja Rosdakarya."]
