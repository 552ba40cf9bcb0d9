"""Language data, per language (``id`` Indonesian, ``en`` English), kept small and tested.

Every word list here is matched case-insensitively unless its name says otherwise.
"""
from __future__ import annotations

# Headings that open a reference list. "Literature Cited" before "Literature" etc. is not
# needed: headings are compared whole, after numbering and emphasis are stripped.
BIBLIOGRAPHY_HEADINGS = {
    "id": ("daftar pustaka", "daftar rujukan", "daftar referensi", "kepustakaan", "referensi",
           "bibliografi", "pustaka acuan", "sumber rujukan", "daftar bacaan", "daftar kepustakaan",
           "rujukan", "literatur", "daftar literatur", "daftar acuan", "daftar sumber", "sumber bacaan",
           "bahan bacaan", "sumber pustaka"),
    "en": ("references", "reference", "bibliography", "works cited", "literature cited",
           "reference list", "sources", "cited references", "literature", "works consulted",
           "selected bibliography", "references and notes", "sources cited"),
}

# Headings of an endnotes section.
ENDNOTE_HEADINGS = {
    "id": ("catatan akhir", "catatan kaki", "catatan"),
    "en": ("endnotes", "notes"),
}

# Headings after which the reference list is over.
AFTER_BIBLIOGRAPHY_HEADINGS = {
    "id": ("lampiran", "lampiran-lampiran", "biodata penulis", "riwayat hidup",
           "daftar riwayat hidup", "tentang penulis", "biografi penulis", "indeks", "glosarium"),
    "en": ("appendix", "appendices", "about the author", "author biography", "index",
           "curriculum vitae", "glossary", "acknowledgments", "acknowledgements"),
}

# Sub-headings that group a reference list ("A. Buku", "Jurnal:", "Internet").
BIBLIOGRAPHY_SUBHEADINGS = {
    "id": ("buku", "buku-buku", "jurnal", "jurnal ilmiah", "artikel", "artikel jurnal",
           "internet", "website", "situs", "situs internet", "sumber internet", "media online",
           "peraturan perundang-undangan", "perundang-undangan", "peraturan", "undang-undang",
           "skripsi", "tesis", "disertasi", "skripsi, tesis, dan disertasi", "sumber lain",
           "sumber lainnya", "lain-lain", "dokumen", "dokumen resmi", "majalah", "surat kabar",
           "koran", "makalah", "laporan", "wawancara", "kitab", "al-qur'an", "hadis",
           "putusan pengadilan", "karya ilmiah",
           # history theses group their sources by kind: archives, the press, primary and secondary
           "arsip", "sumber arsip", "arsip dan dokumen", "dokumen dan arsip", "sumber primer", "sumber sekunder",
           "sumber tersier", "sumber tertulis", "sumber lisan", "informan", "daftar informan",
           "surat kabar dan majalah", "majalah dan surat kabar", "koran dan majalah", "terbitan berkala",
           "terbitan resmi", "buku dan jurnal", "jurnal dan artikel", "artikel dan jurnal", "buku dan artikel",
           "sumber online", "jurnal online", "jurnal nasional", "jurnal internasional", "prosiding",
           "skripsi dan tesis", "internet dan website", "website dan internet", "peraturan perundangan",
           "perundangan"),
    "en": ("books", "book", "journals", "journal articles", "articles", "online sources",
           "websites", "web sources", "internet sources", "laws", "legislation", "reports",
           "theses", "dissertations", "newspapers", "other sources", "primary sources",
           "secondary sources", "cases", "statutes", "archives", "archival sources", "unpublished sources",
           "published sources", "manuscripts", "periodicals", "newspapers and magazines",
           "newspapers and periodicals", "government documents", "official publications", "interviews",
           "books and articles", "conference papers", "online resources"),
}


# Months, full and abbreviated, Indonesian, Malay and English (Malay "Mac", "Julai", "Ogos",
# "Disember"; its other months are spelt as Indonesian or English spells them), and the Dutch
# "Maart" and "Augustus" of colonial sources, and the old spelling's "Djanuari", "Djuni", "Djuli".
MONTHS = {
    "januari": 1, "djanuari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "mac": 3, "maart": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "djuni": 6, "june": 6, "jun": 6,
    "juli": 7, "djuli": 7, "julai": 7, "july": 7, "jul": 7,
    "agustus": 8, "ogos": 8, "augustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8, "agst": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "disember": 12, "december": 12, "des": 12, "dec": 12,
}

# Words that make an author an institution ("Badan Pusat Statistik", "US Department of State").
INSTITUTION_WORDS = frozenset("""
badan kementerian kementrian departemen direktorat dinas lembaga komisi dewan majelis
pemerintah pemerintahan sekretariat biro pusat balai kantor kepolisian mahkamah pengadilan
universitas institut fakultas sekolah akademi politeknik yayasan perkumpulan asosiasi ikatan
persatuan organisasi perserikatan bank otoritas tim panitia redaksi provinsi kabupaten kota
republik negara
jabatan universiti majlis kolej perbadanan jawatankuasa pertubuhan
department ministry office bureau agency organization organisation association institute
institution university college school council commission committee board bank fund
foundation society government group team unit center centre programme program nations
union federation corporation company inc ltd press publishing network service services
administration authority court parliament congress senate
""".split())
# More words only a group's name holds, in title case, known to the name reader but not among the
# labeller's features (the shipped model was trained with the set above): "DAMA International",
# "PT Telkom Indonesia (Persero)", "PT Bank Rakyat Indonesia Tbk" ("PT" only first: "Jackson PT"
# is a name and its initials)
MORE_INSTITUTION_WORDS = frozenset({"International", "Persero", "Tbk", "Centers", "Centres", "Institutes", "Laboratories",
                                    "Academies", "Ministries", "Agencies", "Electronics", "Semiconductor",
                                    "Semiconductors", "Microsystems", "Observatory",
                                    "Consortium", "Alliance", "Coalition", "Initiative", "Partnership", "Forum",
                                    "Watch", "Collaboration", "Collaborations"})
COMPANY_PREFIXES = frozenset({"PT", "PT."})
# The short names groups are cited by, first in a group author's name: Indonesian bodies' syllabic
# abbreviations ("Kemenkes RI", "Bappeda Sleman", "Pemkab Banyumas", "Dinkes Kota Semarang") and
# organisations' acronyms ("UNICEF Indonesia", "WHO Indonesia", "BPS Kabupaten Sleman"), which a
# name reader would take for a given name before a family name. (Only the name reader knows
# them, as MORE_INSTITUTION_WORDS; acronyms count only written in capitals: "Who", "Fao" do not.)
GROUP_SHORT_NAMES = frozenset("""
kemenkes kemendikbud kemendikbudristek kemenag kemenkeu kemendagri kemenlu kemensos kemnaker
kemenaker kemenristekdikti kemenristek kemendes kemendesa kemenpan kemenperin kemendag kementan
kemenhub kemenhan kemenkumham kemenpora kemenparekraf kemenkop kemenkominfo kominfo kemen-pppa
kemenpppa kemenpupr kemenko kemenkopukm kemenlhk klhk bappenas bappeda bapeda bappedalitbang
dinkes disdik disdikbud diknas depkes depdiknas depag depkeu depdagri pemkab pemkot pemprov pemda
setjen setneg sekjen ditjen dirjen polri polda polres bawaslu bulog basarnas bnpb bpbd bmkg bkkbn
bpom bpjs bpk bpkp bps brin lipi ojk kpk kpu kpai komnas mui dpr dprd mpr
unicef undp usaid unesco unfpa unhcr unaids unep unodc wfp fao ilo imf oecd who wto adb jica ausaid
""".split())


# Academic degrees and honorifics stripped from names ("Drs. Alif Oktavian, M.Si").
DEGREES = frozenset("""
drs dra dr prof ir h hj kh s.ip s.sos s.h s.e s.pd s.ag s.hi s.kom s.t s.si s.psi s.kep
m.si m.a m.m m.h m.pd m.ag m.hum m.kom m.t m.sc m.ed m.phil mba ph.d phd lc ma msc
se sh sag spd mpd msi mm mh
""".split())


# Thesis genres.
GENRES = {
    "skripsi": "Skripsi", "tesis": "Tesis", "disertasi": "Disertasi",
    "thesis": "Thesis", "dissertation": "Dissertation", "tugas akhir": "Tugas Akhir",
    "phd thesis": "PhD thesis", "master's thesis": "Master's thesis",
    "doctoral dissertation": "Doctoral dissertation",
}

# Known newspapers, news sites and magazines, one a line: a title "dalam"/in one of these is a
# newspaper article.
NEWSPAPERS = frozenset(line.strip() for line in """
kompas
kompas.com
kompas.id
tempo
tempo.co
koran tempo
republika
media indonesia
jawa pos
suara merdeka
pikiran rakyat
sindo
koran sindo
seputar indonesia
bisnis indonesia
kedaulatan rakyat
the jakarta post
jakarta post
gatra
detik
detikcom
detik.com
tribunnews
tribunnews.com
tribun
okezone
liputan6
liputan6.com
cnn indonesia
cnnindonesia.com
antara
antaranews
berita harian
berita minggu
utusan malaysia
mingguan malaysia
harian metro
sinar harian
new straits times
the star
the straits times
the new york times
new york times
the guardian
the washington post
washington post
the times
bbc news
time
newsweek
the economist
the atlantic
the new yorker
new yorker
the nation
wired
slate
""".splitlines() if line.strip())

# Words opening a legislation title.
LEGISLATION_WORDS = ("kitab undang-undang", "undang-undang", "peraturan", "keputusan presiden", "instruksi presiden",
                     "perpu", "perppu", "uu no", "uu nomor", "keputusan menteri", "surat edaran",
                     "peraturan pemerintah", "peraturan daerah", "putusan mahkamah",
                     "undang undang", "ketetapan mpr", "fatwa mui", "fatwa dsn", "fatwa dewan", "fatwa majelis")

# Words that never start an author in "(Word 12)" or "(Word, 2020)" parentheses.
NOT_AUTHOR_WORDS = frozenset("""
tabel table gambar figure fig grafik chart pasal ayat bab chapter lampiran appendix
qs q.s hal hlm halaman page p pp no nomor vol volume jilid jil juz ed edisi cet
rp usd us idr n p r t f sig mean sd df x y z see lihat cf contoh misalnya
january february march april may june july august september october november december
januari februari maret april mei juni juli agustus september oktober november desember
tahun year periode period sekitar about circa kurang lebih sampai hingga dan and the
senin selasa rabu kamis jumat sabtu minggu section bagian langkah tahap kelas kelompok
""".split())

# Indonesian prepositions that Title Case capitalizes inside a title ("Pesantren Dalam Perubahan
# Sosial"): words of titles that no name holds
TITLE_PREPOSITIONS = frozenset("""
dalam untuk pada terhadap dengan sebagai melalui tentang menuju tanpa antara bagi kepada
""".split())

# ... with the conjunctions and small words a title's wrapped line may open with ("Belajar Web
# Dasar untuk Pemula" as "... Untuk Pemula"): a list line opening with one is a wrapped title,
# never a name, which no family name is
TITLE_LINKING_WORDS = TITLE_PREPOSITIONS | frozenset("""
dan di ke dari yang atau serta oleh and of for in on with to from by at into through without
""".split())

# Particles that belong to the family name ("van", "de") or mark Arabic descent ("bin").
NAME_PARTICLES = ("van der", "van den", "van de", "von der", "de la", "van", "von", "de", "der",
                  "den", "du", "da", "di", "del", "della", "dos", "das", "le", "la", "ter",
                  "ten", "al", "el", "ibn", "bin", "binti", "abu")
# The European ones, which lists write in lower case before the name ("van Dijk", "de Vries"); not
# "di" (an Indonesian preposition too) nor the Arabic ones, which are hyphened or capitalized
LOWERCASE_NAME_PARTICLES = ("van", "von", "de", "der", "den", "du", "da", "del", "della", "dos", "das",
                            "ten", "ter", "le", "la")

# Given names Indonesian writers abbreviate with a stop, which ends no sentence: "Moh. Mahfud MD",
# "Muh. Yusuf", "Abd. Rahman", "Mahfud MD, Moh."
ABBREVIATED_GIVEN_NAMES = ("Moh", "Muh", "Mhd", "Abd", "Ach", "Ahm", "Moch", "Muhd", "Mochd")

# Anonymous author placeholders.
ANONYMOUS = ("anonim", "anonymous", "anon.", "anon", "tanpa nama", "n.n.")

# Words of publishing houses' names, Indonesian and international: a name with one of them
# after an APA title is its publisher, not a journal ("Rineka Cipta", "Pustaka Pelajar",
# "Cambridge University Press")
PUBLISHER_NAME_WORDS = frozenset("""
press publishing publishers publisher verlag books penerbit pustaka gramedia rajawali kencana
prenada prenadamedia erlangga alfabeta grafindo rosdakarya mizan rineka aksara refika aditama
deepublish salemba ghalia grasindo lkis kanisius grafika ilmu andi elsevier springer wiley
routledge sage pearson mcgraw-hill norton blackwell cengage prentice mifflin macmillan penguin
harpercollins academic éditions editions vintage knopf verso picador anchor scribner bantam doubleday
riverhead faber bloomsbury polity beacon zondervan eerdmans brill
""".split())

# Cities that publishers name ("Bandung: Lepsindo", "New York: Pearson"): they tell a
# "Place: Publisher" pair from a title with a colon ("International Economics: Theory ...").
PUBLISHING_CITIES = frozenset(city.strip() for city in """
jakarta, bandung, yogyakarta, jogjakarta, surabaya, semarang, malang, solo, surakarta, bogor, depok,
bekasi, tangerang, medan, padang, palembang, pekanbaru, jambi, bengkulu, lampung, bandar lampung,
banda aceh, aceh, pontianak, banjarmasin, samarinda, balikpapan, palangkaraya, makassar,
ujung pandang, manado, palu, kendari, gorontalo, mamuju, ambon, ternate, jayapura, manokwari,
denpasar, mataram, kupang, serang, cirebon, tasikmalaya, purwokerto, kudus, salatiga, magelang,
klaten, sidoarjo, jember, kediri, madiun, banyuwangi, pasuruan, probolinggo, gresik, lamongan,
ponorogo, tulungagung, garut, sumedang, sukabumi, cimahi, karawang, batam, tanjungpinang,
pangkalpinang, sleman, bantul, ciputat,
new york, london, oxford, cambridge, boston, chicago, princeton, berkeley, los angeles,
san francisco, washington, philadelphia, baltimore, toronto, montreal, sydney, melbourne,
singapore, kuala lumpur, leiden, amsterdam, berlin, paris, beirut, cairo, riyadh, tehran, karachi,
delhi, new delhi, tokyo, beijing, hong kong, thousand oaks, hoboken, upper saddle river,
englewood cliffs, newbury park, basingstoke, abingdon, cheltenham, harlow, edinburgh, dordrecht,
heidelberg, cham, geneva, vienna, rome, madrid, leipzig, new haven, ithaca, stanford
""".replace("\n", " ").split(",")) - {""}

# Words of abbreviated journal names (ISO 4, as the sciences cite them: "J. Am. Chem. Soc.",
# "Nucl. Instrum. Methods A"): after an initial they open a journal, not a name ("J. Am." is
# the journal, "J. Jones." a person).
JOURNAL_ABBREVIATIONS = frozenset("""
acc acad acta adv am anal angew ann annu appl astron astrophys aust biochem biol bull can cell
chem chim clin commun comput curr electrochem eng environ eur exp fluid geophys helv heterocycl
ieee immunol ind inorg instrum int lett mater math mech med meteorol methods mod mol nat natl
neurosci nucl opt org pharm philos phys physiol polym proc psychol quant res rev sci soc stat
struct surf synth technol theor trans class grav cosmol astropart seismol geol ecol microbiol genet
endocrinol oncol neurol surg epidemiol infect dis nutr agric econ educ sociol syst softw electron
autom
""".split())

# Scriptures, cited by chapter and verse ("QS. Al-Baqarah (2): 183") and listed by title
# (each with the straight and the curly apostrophe)
SCRIPTURES = frozenset(form for word in """
al-qur'an al-quran alquran qur'an quran al-kitab alkitab bible injil
""".split() for form in (word, word.replace("'", "’")))

# APA's descriptions in square brackets after a title, "[Blog post]", "[Video]", "[Siaran pers]":
# the work's form, not part of its title (a title's translation in brackets, "Pendidikan karakter
# [Character education]", is no description and stays)
# Preprint servers, which APA 7 names where a book's publisher goes ("... understanding. arXiv.")
PREPRINT_SERVERS = frozenset({
    "arxiv", "biorxiv", "medrxiv", "chemrxiv", "psyarxiv", "socarxiv", "edarxiv", "osf preprints", "ssrn",
    "research square", "preprints.org", "techrxiv", "engrxiv", "eartharxiv", "researchgate",
})
# APA's bracketed descriptions that name a report's kind (its genre, not its medium)
REPORT_DESCRIPTIONS = frozenset({
    "white paper", "technical report", "working paper", "policy brief", "research report", "discussion paper",
    "laporan penelitian", "laporan teknis", "kertas kerja", "kertas putih",
})
# ... and those that make a work software
SOFTWARE_DESCRIPTIONS = frozenset({"computer software", "software", "perangkat lunak", "mobile app", "computer program",
                                   "aplikasi", "aplikasi seluler"})
TITLE_DESCRIPTIONS = frozenset({
    "blog post", "video", "video file", "tweet", "infographic", "data set", "dataset", "podcast",
    "podcast episode", "audio podcast", "press release", "brochure", "powerpoint slides",
    "slides", "fact sheet", "lecture notes", "film", "motion picture", "television series", "tv series",
    "webinar", "video youtube", "youtube video", "online forum post", "facebook post", "instagram post",
    "siaran pers", "infografis", "unggahan blog", "postingan blog", "artikel blog", "berkas video",
    "video daring", "salindia powerpoint", "lembar fakta", "catatan kuliah", "kumpulan data",
    "audio podcast episode", "video podcast", "video podcast episode", "paper presentation", "conference presentation",
    "poster presentation", "conference session", "keynote address", "preprint", "status update", "audiobook",
    "photograph", "map", "presentasi makalah",
    # APA 7's other forms, and as Indonesian students write them ("[Foto]. Instagram.", "[Siaran
    # televisi]", "[Episode siniar]": siniar is the podcast), and the file's format ("[PDF]", APA
    # 6's "[Kindle version]")
    "television series episode", "tv series episode", "television broadcast", "radio broadcast", "song", "album",
    "audio recording", "music video", "documentary", "tiktok video", "instagram video", "instagram photo", "image",
    "siaran televisi", "siaran radio", "acara televisi", "episode serial televisi", "serial televisi", "film dokumenter",
    "film pendek", "video musik", "video tiktok", "video instagram", "foto", "foto instagram", "gambar", "peta", "lagu",
    "rekaman audio", "siniar", "episode siniar", "episode podcast", "unggahan instagram", "unggahan facebook",
    "status facebook", "cuitan", "pdf", "e-book", "ebook", "buku elektronik", "kindle version", "kindle edition",
}) | SOFTWARE_DESCRIPTIONS
# ... and the CSL type each of them makes a work (the others leave it to the other facts)
DESCRIBED_TYPES = {
    **dict.fromkeys(("video", "video file", "film", "motion picture", "video youtube", "youtube video", "berkas video",
                     "video daring", "video podcast", "video podcast episode"), "motion_picture"),
    **dict.fromkeys(("documentary", "music video", "tiktok video", "instagram video", "film dokumenter", "film pendek",
                     "video musik", "video tiktok", "video instagram"), "motion_picture"),
    **dict.fromkeys(("podcast", "podcast episode", "audio podcast", "audio podcast episode", "song", "album",
                     "audio recording", "lagu", "rekaman audio", "siniar", "episode siniar", "episode podcast"), "song"),
    **dict.fromkeys(("television series", "tv series", "television series episode", "tv series episode",
                     "television broadcast", "radio broadcast", "siaran televisi", "siaran radio", "acara televisi",
                     "episode serial televisi", "serial televisi"), "broadcast"),
    **dict.fromkeys(("data set", "dataset", "kumpulan data"), "dataset"),
    **dict.fromkeys(("paper presentation", "conference presentation", "poster presentation", "conference session",
                     "keynote address", "presentasi makalah"), "speech"),
    **dict.fromkeys(("tweet", "status update", "facebook post", "instagram post", "online forum post", "instagram photo",
                     "unggahan instagram", "unggahan facebook", "status facebook", "cuitan", "foto instagram"), "post"),
    **dict.fromkeys(("blog post", "unggahan blog", "postingan blog", "artikel blog"), "post-weblog"),
    **dict.fromkeys(("infographic", "infografis", "photograph", "image", "foto", "gambar"), "graphic"),
    **dict.fromkeys(SOFTWARE_DESCRIPTIONS, "software"),
    "preprint": "article", "audiobook": "book", "map": "map", "peta": "map",
}
