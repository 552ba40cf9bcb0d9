"""Synthetic labelled references in Indonesian conventions, for training the labeller.

No labelled Indonesian reference strings exist anywhere, so this module writes them: it
fills the templates of the styles Indonesian theses use (Turabian-like footnotes, the UIN
"(Cet. II; Kota: Penerbit, Tahun), h. N" form, Chicago and APA lists in Indonesian, the
"Family. I, Title" lists of PDF papers, web pages with "diakses pada tanggal", laws, theses
and newspapers) with invented metadata drawn from the small word lists below. Every chunk
carries its label, so the strings come with exact token labels.
"""
from __future__ import annotations

import random

GIVEN = ("Abdul Ahmad Andi Ari Bambang Budi Dewi Dian Eko Fajar Hasan Indah Irwan Joko Kartika Lestari "
         "Lukman Made Muhammad Nur Putu Rahmat Ratna Rina Siti Sri Taufik Tri Wahyu Yusuf Zainal Agus "
         "Harun Deliar Sartono Quraish Azyumardi Zakiah Nurcholish Denys Thomas Richard Maria").split()
FAMILY = ("Haris Sinaga Nasution Siregar Lubis Harahap Wijaya Santoso Pratama Susanto Hidayat Rahman "
          "Kurniawan Setiawan Gunawan Hakim Ilyas Shihab Daradjat Nata Tafsir Rasjid Azra Madjid Noer "
          "Kartodirdjo Lombard Ricklefs Kuntowijoyo Mulyana Sugiyono Arikunto Moleong Soekanto Mardiasmo "
          "Subekti Hadjon Asshiddiqie Marzuki Raharjo Sumarsono Purba Tampubolon Simanjuntak Saragih").split()
MONONYMS = ("Koentjaraningrat Subekti Sugiyono Mardiasmo Nurhidayah Suharsimi Soedjatmoko Kuntowijoyo "
            "Mubyarto Hamka Nurkholis").split()
INSTITUTIONS = ("Badan Pusat Statistik", "Bank Indonesia", "Departemen Agama RI", "Kementerian Kesehatan Republik Indonesia",
                "Kementerian Pendidikan dan Kebudayaan", "Badan Perencanaan Pembangunan Nasional",
                "Direktorat Jenderal Pajak", "Pemerintah Provinsi Jawa Barat", "Lembaga Ilmu Pengetahuan Indonesia",
                "Tim Penyusun Kamus Pusat Bahasa", "Otoritas Jasa Keuangan", "Komisi Pemberantasan Korupsi")
TITLE_WORDS = ("Analisis Pengaruh Peran Implementasi Kebijakan Pendidikan Hukum Islam Ekonomi Sosial Budaya "
               "Politik Sejarah Masyarakat Indonesia Pembangunan Daerah Desa Kota Perempuan Anak Keluarga "
               "Pemikiran Tafsir Fiqih Akhlak Karakter Strategi Manajemen Keuangan Publik Teori Metode "
               "Penelitian Kualitatif Kuantitatif Perdagangan Migrasi Globalisasi Demokrasi Otonomi Agraria "
               "Pertanian Kesehatan Lingkungan Hidup Media Komunikasi Bahasa Sastra Jawa Nusantara Modern").split()
TITLE_LINKS = ("dan", "dalam", "terhadap", "di", "pada", "sebagai", "untuk", "bagi", "atas")
PUBLISHERS = ("Gramedia Pustaka Utama", "Rajawali Pers", "Kencana", "Pustaka Pelajar", "Bumi Aksara",
              "Remaja Rosdakarya", "Alfabeta", "Erlangga", "Mizan", "LP3ES", "Balai Pustaka", "UI Press",
              "Gadjah Mada University Press", "Prenadamedia Group", "Sinar Grafika", "Andi", "Deepublish",
              "Bulan Bintang", "Lentera Hati", "Pustaka Jaya", "Djambatan", "Intermasa", "Gema Insani",
              "Raja Grafindo Persada", "Refika Aditama", "Ombak", "LKiS", "Kanisius", "Sinar Baru Algensindo")
CITIES = ("Jakarta", "Bandung", "Yogyakarta", "Surabaya", "Semarang", "Malang", "Makassar", "Medan",
          "Padang", "Bogor", "Depok", "Solo", "Palembang", "Banda Aceh", "Denpasar", "Ciputat")
JOURNALS = ("Jurnal Ekonomi Pembangunan", "Jurnal Pendidikan Islam", "Al-Ibrah", "Jurnal Ilmu Hukum",
            "Jurnal Studi Pemerintahan", "Jurnal Sosiologi Pedesaan", "Humaniora", "Jurnal Kesehatan Masyarakat",
            "Jurnal Hukum dan Pembangunan", "Studia Islamika", "Jurnal Ilmiah Ekonomi Islam", "Mimbar Hukum",
            "Jurnal Pendidikan dan Kebudayaan", "Masyarakat Indonesia", "Jurnal Penelitian Pendidikan")
UNIVERSITIES = ("Universitas Indonesia", "Universitas Gadjah Mada", "UIN Alauddin Makassar", "UIN Syarif Hidayatullah Jakarta",
                "Universitas Negeri Yogyakarta", "Institut Pertanian Bogor", "Universitas Airlangga",
                "Universitas Sumatera Utara", "Universitas Pasundan", "IAIN Surakarta", "Universitas Brawijaya")
NEWSPAPERS = ("Kompas", "Tempo", "Republika", "Media Indonesia", "Jawa Pos", "Suara Merdeka", "Pikiran Rakyat")
SITES = ("www.bps.go.id", "kemenag.go.id", "www.kompas.com/read", "indonesia.iom.int/id", "jdih.kemenkeu.go.id",
         "www.bi.go.id/id/publikasi", "repository.ui.ac.id/handle", "ojs.unud.ac.id/index.php")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XII", "XVII", "XXXI")
LAWS = ("Undang-Undang Republik Indonesia", "Undang-Undang", "Peraturan Pemerintah", "Peraturan Presiden",
        "Peraturan Menteri Kesehatan", "Peraturan Daerah Provinsi Jawa Barat", "Keputusan Presiden")
LAW_TOPICS = ("Ketenagakerjaan", "Pemerintahan Daerah", "Perlindungan Anak", "Sistem Pendidikan Nasional",
              "Pemberantasan Tindak Pidana Perdagangan Orang", "Perkawinan", "Desa", "Cipta Kerja")

Chunks = list[tuple[str, str]]


class _Maker:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def year(self) -> int:
        return self.r.randint(1950, 2024)

    def person_direct(self) -> str:
        if self.r.random() < 0.12:
            return self.pick(MONONYMS)
        given = self.pick(GIVEN)
        if self.r.random() < 0.2:
            given = f"{given[0]}."
        if self.r.random() < 0.15:
            given = f"{given} {self.pick(GIVEN)}"
        return f"{given} {self.pick(FAMILY)}"

    def person_inverted(self, initials: bool = False) -> str:
        if self.r.random() < 0.1:
            return self.pick(MONONYMS)
        family = self.pick(FAMILY)
        given = self.pick(GIVEN)
        if initials:
            given = " ".join(f"{g[0]}." for g in (given, self.pick(GIVEN))[: self.r.randint(1, 2)])
        return f"{family}, {given}"

    def authors_direct(self) -> str:
        n = self.r.choice((1, 1, 1, 2, 2, 3))
        people = [self.person_direct() for _ in range(n)]
        if self.r.random() < 0.12:
            return self.pick(INSTITUTIONS)
        if n == 1:
            return people[0] + (" dkk." if self.r.random() < 0.08 else "")
        return ", ".join(people[:-1]) + (", dan " if self.r.random() < 0.5 else " dan ") + people[-1]

    def authors_inverted(self, initials: bool = False, amp: str = "dan") -> str:
        if self.r.random() < 0.12:
            return self.pick(INSTITUTIONS)
        first = self.person_inverted(initials)
        n = self.r.choice((1, 1, 1, 2, 3))
        if n == 1:
            return first
        rest = [self.person_inverted(initials) if initials else self.person_direct() for _ in range(n - 1)]
        return ", ".join([first] + rest[:-1]) + f", {amp} " + rest[-1]

    def title(self) -> str:
        words = [self.pick(TITLE_WORDS) for _ in range(self.r.randint(2, 7))]
        for k in range(1, len(words) - 1):
            if self.r.random() < 0.3:
                words[k] = self.pick(TITLE_LINKS)
        title = " ".join(words)
        if self.r.random() < 0.25:
            title += ": " + " ".join(self.pick(TITLE_WORDS) for _ in range(self.r.randint(2, 4)))
        if self.r.random() < 0.15:
            title += f" {self.r.randint(1900, 2020)}"
        return title

    def page(self) -> str:
        start = self.r.randint(1, 400)
        return f"{start}-{start + self.r.randint(1, 25)}" if self.r.random() < 0.25 else str(start)

    def page_label(self) -> str:
        return self.pick(("hlm.", "hal.", "h.", "Hal.", "hlm", "p."))

    def edition(self) -> str:
        return self.pick((f"Cet. {self.pick(ROMAN)}", f"Cet. ke-{self.r.randint(2, 12)}",
                          f"Edisi ke-{self.r.randint(2, 10)}", "Edisi Revisi", f"Ed. {self.pick(('Revisi', 'II', 'III'))}"))

    def date_id(self) -> str:
        return f"{self.r.randint(1, 28):02d} {self.pick(MONTHS_ID)} {self.r.randint(2010, 2024)}"

    def url(self) -> str:
        return f"http{'s' if self.r.random() < 0.6 else ''}://{self.pick(SITES)}/{self.r.randint(100, 99999)}"


def _split(chunks: Chunks) -> Chunks:
    """Merge adjacent chunks of one label, drop empty ones."""
    out: Chunks = []
    for text, tag in chunks:
        if not text.strip():
            continue
        out.append((text.strip(), tag))
    return out


def _note_book(m: _Maker) -> Chunks:
    city, pub, year = m.pick(CITIES), m.pick(PUBLISHERS), m.year()
    chunks = [(m.authors_direct() + ",", "author"), (m.title() + ",", "title")]
    style = m.r.random()
    if style < 0.4:
        if m.r.random() < 0.4:
            chunks.append((m.edition(), "edition"))
        chunks += [(f"({city}:", "location"), (f"{pub},", "publisher"), (f"{year}),", "date")]
    elif style < 0.7:
        chunks += [(f"({m.edition()};", "edition"), (f"{city}:", "location"), (f"{pub},", "publisher"),
                   (f"{year}),", "date")]
    else:
        if m.r.random() < 0.3:
            chunks.append((m.edition() + ",", "edition"))
        chunks += [(f"{city}:", "location"), (f"{pub},", "publisher"), (f"{year},", "date")]
    chunks.append((f"{m.page_label()} {m.page()}.", "locator"))
    return chunks


def _note_translated(m: _Maker) -> Chunks:
    return [(m.authors_direct() + ",", "author"), (m.title() + ",", "title"),
            (f"{m.pick(('terj.', 'penerj.', 'Terj.'))} {m.person_direct()}", "translator"),
            (f"({m.pick(CITIES)}:", "location"), (f"{m.pick(PUBLISHERS)},", "publisher"), (f"{m.year()}),", "date"),
            (f"{m.page_label()} {m.page()}.", "locator")]


def _note_article(m: _Maker) -> Chunks:
    vol, no, year = m.r.randint(1, 40), m.r.randint(1, 4), m.year()
    quote = m.pick((("“", ",”"), ('"', ',"'), ("“", "”,"), ('"', '",')))
    chunks = [(m.authors_direct() + ",", "author"), (f"{quote[0]}{m.title()}{quote[1]}", "title")]
    if m.r.random() < 0.5:
        chunks += [(m.pick(JOURNALS), "journal"), (f"{vol}, no. {no}", "volume"), (f"({year}):", "date"),
                   (f"{m.page()}.", "locator")]
    else:
        chunks += [(m.pick(JOURNALS) + ",", "journal"), (f"Vol. {vol} No. {no}", "volume"), (f"({year}),", "date"),
                   (f"{m.page_label()} {m.page()}.", "locator")]
    return chunks


def _note_thesis(m: _Maker) -> Chunks:
    genre = m.pick(("Skripsi", "Tesis", "Disertasi"))
    title = f"“{m.title()}”," if m.r.random() < 0.6 else f'"{m.title()}",'
    if m.r.random() < 0.5:
        return [(m.person_direct() + ",", "author"), (title, "title"), (genre, "genre"),
                (f"({m.pick(CITIES)}:", "location"), (f"{m.pick(UNIVERSITIES)},", "publisher"), (f"{m.year()}),", "date"),
                (f"{m.page_label()} {m.page()}.", "locator")]
    return [(m.person_direct() + ",", "author"), (title, "title"), (f"({genre},", "genre"),
            (f"{m.pick(UNIVERSITIES)},", "publisher"), (f"{m.year()}),", "date"), (f"{m.page()}.", "locator")]


def _web(m: _Maker) -> Chunks:
    title = m.title()
    access = m.pick(("diakses pada tanggal", "Diakses pada tanggal", "diakses", "Diakses", "diakses tanggal"))
    chunks = []
    if m.r.random() < 0.4:
        chunks.append((m.authors_direct() + ",", "author"))
    chunks.append((m.pick((f"“{title}”", f'"{title}"', f"*{title}*")), "title"))
    if m.r.random() < 0.6:
        chunks += [("dalam", "note"), (f"<{m.url()}>{m.pick(('.', ''))}", "url"), (f"{access} {m.date_id()}", "accessed")]
    else:
        chunks += [(f"{m.url()},", "url"), (f"{access} {m.date_id()}.", "accessed")]
    return chunks


def _entry_chicago(m: _Maker) -> Chunks:
    city, pub, year = m.pick(CITIES), m.pick(PUBLISHERS), m.year()
    authors = m.authors_inverted()
    if m.r.random() < 0.5:
        chunks = [(authors + ".", "author"), (m.title() + ".", "title")]
        if m.r.random() < 0.4:
            chunks.append((m.edition() + ";" if m.r.random() < 0.5 else m.edition() + ".", "edition"))
        chunks += [(f"{city}:", "location"), (f"{pub},", "publisher"), (f"{year}.", "date")]
    else:
        chunks = [(authors + ".", "author"), (f"{year}.", "date"), (m.title() + ".", "title")]
        if m.r.random() < 0.3:
            chunks.append((m.edition() + ".", "edition"))
        chunks += [(f"{city}:", "location"), (f"{pub}.", "publisher")]
    return chunks


def _entry_chicago_article(m: _Maker) -> Chunks:
    vol, no, year = m.r.randint(1, 40), m.r.randint(1, 4), m.year()
    start = m.r.randint(1, 300)
    return [(m.authors_inverted() + ".", "author"), (f"“{m.title()}.”", "title"), (m.pick(JOURNALS), "journal"),
            (f"{vol}, no. {no}", "volume"), (f"({year}):", "date"), (f"{start}-{start + m.r.randint(5, 30)}.", "pages")]


def _entry_apa(m: _Maker) -> Chunks:
    year = m.year()
    authors = m.authors_inverted(initials=True, amp="&")
    kind = m.r.random()
    chunks = [(authors, "author"), (f"({year}).", "date"), (m.title() + ".", "title")]
    if kind < 0.4:
        start = m.r.randint(1, 300)
        chunks += [(m.pick(JOURNALS) + ",", "journal"), (f"{m.r.randint(1, 40)}({m.r.randint(1, 4)}),", "volume"),
                   (f"{start}–{start + m.r.randint(5, 30)}.", "pages")]
        if m.r.random() < 0.4:
            chunks.append((f"https://doi.org/10.{m.r.randint(1000, 99999)}/jp.v{m.r.randint(1, 9)}i{m.r.randint(1, 4)}.{m.r.randint(10, 999)}", "doi"))
    elif kind < 0.55:
        chunks[-1] = (m.title(), "title")
        chunks += [(f"[{m.pick(('Skripsi', 'Tesis', 'Disertasi'))}].", "genre"), (m.pick(UNIVERSITIES) + ".", "publisher")]
    else:
        if m.r.random() < 0.3:
            chunks[-1] = (m.title(), "title")
            chunks.append((f"(Edisi ke-{m.r.randint(2, 9)}).", "edition"))
        if m.r.random() < 0.4:
            chunks.append((f"{m.pick(CITIES)}:", "location"))
        chunks.append((m.pick(PUBLISHERS) + ".", "publisher"))
    return chunks


def _entry_pdf_list(m: _Maker) -> Chunks:
    """"Haris. A, *Gelombang Migrasi*, Yogyakarta: PustakaPelajar, 2005" (PDF papers)."""
    family, initial = m.pick(FAMILY), m.pick(GIVEN)[0]
    sep = m.pick((". ", ".", ". "))
    title = m.title()
    chunks = [(f"{family}{sep}{initial},", "author"), (m.pick((f"*{title}*,", f"{title},")), "title")]
    if m.r.random() < 0.7:
        chunks += [(f"{m.pick(CITIES)}:", "location"), (f"{m.pick(PUBLISHERS)},", "publisher")]
    chunks.append((f"{m.year()}{m.pick(('', '.', ','))}", "date"))
    return chunks


def _law(m: _Maker) -> Chunks:
    law = f"{m.pick(LAWS)} Nomor {m.r.randint(1, 80)} Tahun {m.r.randint(1974, 2023)} tentang {m.pick(LAW_TOPICS)}"
    chunks = [(law + m.pick((".", ",", "")), "title")]
    if m.r.random() < 0.3:
        chunks += [(f"({m.pick(('Lembaran Negara Republik Indonesia', 'Berita Negara RI'))} Tahun {m.r.randint(1990, 2023)} Nomor {m.r.randint(1, 300)})", "note")]
    return chunks


def _newspaper(m: _Maker) -> Chunks:
    return [(m.person_direct() + ",", "author"), (f"“{m.title()}”,", "title"), (m.pick(NEWSPAPERS) + ",", "journal"),
            (m.date_id() + ",", "date"), (f"{m.page_label()} {m.r.randint(1, 20)}.", "locator")]


def _institution_report(m: _Maker) -> Chunks:
    inst = m.pick(INSTITUTIONS)
    year = m.year()
    title = f"{m.pick(('Statistik', 'Laporan Tahunan', 'Profil', 'Laporan Perekonomian'))} {m.pick(TITLE_WORDS)} {year - 1}"
    if m.r.random() < 0.5:
        return [(inst + ",", "author"), (title, "title"), (f"({m.pick(CITIES)}:", "location"), (f"{inst},", "publisher"),
                (f"{year}),", "date"), (f"{m.page_label()} {m.page()}.", "locator")]
    return [(inst + ".", "author"), (f"{year}.", "date"), (title + ".", "title"), (f"{m.pick(CITIES)}:", "location"),
            (f"{inst}.", "publisher")]


TEMPLATES = ((_note_book, 5), (_note_translated, 1), (_note_article, 2), (_note_thesis, 1), (_web, 2),
             (_entry_chicago, 3), (_entry_chicago_article, 1), (_entry_apa, 3), (_entry_pdf_list, 1),
             (_law, 1), (_newspaper, 1), (_institution_report, 1))


def generate(count: int, rng: random.Random) -> list[Chunks]:
    """``count`` labelled references: lists of (text, label) chunks."""
    maker = _Maker(rng)
    functions = [f for f, weight in TEMPLATES for _ in range(weight)]
    return [_split(rng.choice(functions)(maker)) for _ in range(count)]


def strings(count: int, seed: int = 1) -> list[str]:
    """Just the texts, for a look at what the generator writes."""
    return [" ".join(t for t, _ in chunks) for chunks in generate(count, random.Random(seed))]


__all__ = ["generate", "strings"]
