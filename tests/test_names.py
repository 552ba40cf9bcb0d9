from __future__ import annotations

import pytest
from helpers import literal, name

from citex.names import is_institution, looks_like_names, parse_names

CASES = [
    ("C. Kagley, dan E.R.Wittkopf", False, [name("Kagley", "C."), name("Wittkopf", "E. R.")]),
    ("Columbis.T, dan W.H. James", True, [name("Columbis", "T."), name("James", "W. H.")]),
    ("Kagley.C. , dan E.R.Wittkopf", True, [name("Kagley", "C."), name("Wittkopf", "E. R.")]),
    ("Haris. A", True, [name("Haris", "A.")]),
    ("Synder. A. C", True, [name("Synder", "A. C.")]),
    ("Krugman, Paul R., Maurice Obstfeld, dan Marc J. Melitz", True,
     [name("Krugman", "Paul R."), name("Obstfeld", "Maurice"), name("Melitz", "Marc J.")]),
    ("Deunk, M. I., Smale-Jacobse, A. E., de Boer, H., & Bosker, R. J.", True,
     [name("Deunk", "M. I."), name("Smale-Jacobse", "A. E."), name("de Boer", "H."), name("Bosker", "R. J.")]),
    ("Ryan, R. M., & Deci, E. L.", True, [name("Ryan", "R. M."), name("Deci", "E. L.")]),
    ("Ng, W.", True, [name("Ng", "W.")]),
    ("Shihab, M. Quraish", True, [name("Shihab", "M. Quraish")]),
    ("Zuhaili, Wahbah al-", True, [name("al-Zuhaili", "Wahbah")]),
    ("Muhammad bin Isma'il al-Bukhari", False, [name("al-Bukhari", "Muhammad bin Isma'il")]),
    ("H.J. de Graaf dan Th.G.Th. Pigeaud", False, [name("de Graaf", "H. J."), name("Pigeaud", "Th. G. Th.")]),
    ("Koentjaraningrat", False, [name("Koentjaraningrat")]),
    # a family name with its capitals, inverted; not Vancouver's "Family II" list
    ("Mahfud MD, Moh., dan Amien Rais", True, [name("Mahfud MD", "Moh."), name("Rais", "Amien")]),
    ("Lestari D, Wahyuni S.", True, [name("Lestari", "D."), name("Wahyuni", "S.")]),
    ("Moh. Mahfud MD", False, [name("Mahfud MD", "Moh.")]),
    # Vancouver's family names of more than one word, then the initials
    ("De Rosa SC, McElrath MJ, van den Hout JH, Gonzalez Garcia JR", False,
     [name("De Rosa", "SC"), name("McElrath", "MJ"), name("van den Hout", "JH"), name("Gonzalez Garcia", "JR")]),
    ("Stewart III, Charles and Jonathan Woon", True,
     [{"family": "Stewart", "given": "Charles", "suffix": "III"}, name("Woon", "Jonathan")]),
    ("Drs. Alif Oktavian., M.Si", False, [name("Oktavian", "Alif")]),
    ("Pratama dkk.", False, [name("Pratama")]),
    ("Smith et al.", False, [name("Smith")]),
    # French "et" joins names; "et al." stays the others
    ("M. J. GUNTER et L. N. MANDER", False, [name("GUNTER", "M. J."), name("MANDER", "L. N.")]),
    ("T. D. Tennent, E. O. Pearse, et D. M. Eastwood", False,
     [name("Tennent", "T. D."), name("Pearse", "E. O."), name("Eastwood", "D. M.")]),
    ("Xu, S., Belopolski, I. et al.", True, [name("Xu", "S."), name("Belopolski", "I.")]),
    ("Badan Pusat Statistik", False, [literal("Badan Pusat Statistik")]),
    ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", True,
     [literal("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi")]),
    ("OECD", True, [literal("OECD")]),
    ("Anonim", False, [literal("Anonim")]),
    # Vancouver / CSE: family name, then the initials run together
    ("Mills KT, Stefanescu A, He J", True, [name("Mills", "KT"), name("Stefanescu", "A."), name("He", "J.")]),
    # "H." beside another initial, or in a list of initial-led names, is an initial, not Haji
    ("Reis, H. T., & Gosling, S. D.", True, [name("Reis", "H. T."), name("Gosling", "S. D.")]),
    ("F. S. Hover, R. M. Eustice, and H. Johannsson", False,
     [name("Hover", "F. S."), name("Eustice", "R. M."), name("Johannsson", "H.")]),
    ("B. L. Miller and H. M. Wagner", False, [name("Miller", "B. L."), name("Wagner", "H. M.")]),
    ("Prof. Dr. H. Muhammad Amin", False, [name("Amin", "Muhammad")]),
    ("Ansoff, H. Igor", True, [name("Ansoff", "H. Igor")]),
    # Arabic names run longer than five words
    ("Abu Zakariya Yahya bin Syaraf an-Nawawi", False, [name("an-Nawawi", "Abu Zakariya Yahya bin Syaraf")]),
    # initials alone after a family name in an inverted list are initials, not the degree M.A. ...
    ("Bolam, J.P., and Ungless, M.A.", True, [name("Bolam", "J. P."), name("Ungless", "M. A.")]),
    # ... but a degree after a given name is a degree
    ("Santoso, Budi, S.E.", True, [name("Santoso", "Budi")]),
    # Vancouver initials that spell an Indonesian degree (M.M., S.E., M.H.) or Dr. are initials
    ("Lerch MM, Plevy SE, Tattersall MH, Bangsberg DR", True,
     [name("Lerch", "MM"), name("Plevy", "SE"), name("Tattersall", "MH"), name("Bangsberg", "DR")]),
    ("Afrianto I.", False, [name("Afrianto", "I.")]),
    ("Bucy EP, Tao C-C", True, [name("Bucy", "EP"), name("Tao", "C-C")]),
    ("Akoglu H.", False, [name("Akoglu", "H.")]),
    ("C. K. Shih, W. Ma, and G. J. Salamo", False,                 # "Ma" after initials: a name, not MA
     [name("Shih", "C. K."), name("Ma", "W."), name("Salamo", "G. J.")]),
    ("Carilli C.L., Taylor G.B.", False, [name("Carilli", "C. L."), name("Taylor", "G. B.")]),   # astronomy
    ("Bykov A. M., Bloemen H.", False, [name("Bykov", "A. M."), name("Bloemen", "H.")]),            # an initial, not the title Haji
    ("Drs. H. Ahmad, M.Si", False, [name("Ahmad")]),           # the titles Drs. and H., the degree M.Si
    ("B. Gentili - G. Paioni", False, [name("Gentili", "B."), name("Paioni", "G.")]),    # Italian: a dash joins names
    ("E.J. Bakker – F. Fabbricotti", False, [name("Bakker", "E. J."), name("Fabbricotti", "F.")]),
    ("M. Carlisle-O. Levaniouk", False, [name("Carlisle", "M."), name("Levaniouk", "O.")]),
    ("Preuss-Lausitz, U.", True, [name("Preuss-Lausitz", "U.")]),                    # a hyphenated name stays
    ("Dimyati dan Mudjiono", True, [name("Dimyati"), name("Mudjiono")]),    # two one-word names, not Family, Given
    # a single name first, then "Family, Initials" names (not "Nurhadi, Yasin" and a family "B.")
    ("Nurhadi, Yasin, B. & Senduk, A.G.", True, [name("Nurhadi"), name("Yasin", "B."), name("Senduk", "A. G.")]),
    ("Mulyasa, Rahman, A. D., dan Hadi, S.", True, [name("Mulyasa"), name("Rahman", "A. D."), name("Hadi", "S.")]),
    ("H. Erbse", False, [name("Erbse", "H.")]),                 # no other title: an initial
    # a later name of an inverted list is given name first: its "H." is an initial too
    ("Eynon, R. dan H. Margetts", True, [name("Eynon", "R."), name("Margetts", "H.")]),
    ("Hamid, H. Abdul", True, [name("Hamid", "H. Abdul")]),    # the first name's given names keep it
    # inverted names a stop separates, each "Family, Given"
    ("Jiang, Min. Jong, Chu J. Poppell, Paul. Hull, Ryan", True,
     [name("Jiang", "Min"), name("Jong", "Chu J."), name("Poppell", "Paul"), name("Hull", "Ryan")]),
    ("Sasayama, D. Hattori, K. Teraishi, T.", True, [name("Sasayama", "D."), name("Hattori", "K."), name("Teraishi", "T.")]),
    ("Ali, Moh. Daud, dan Habibah Daud", True, [name("Ali", "Moh. Daud"), name("Daud", "Habibah")]),  # "Moh." abbreviates
    ("Dolgopolova A., R. Seltmann, R. Armstrong", True,
     [name("Dolgopolova", "A."), name("Seltmann", "R."), name("Armstrong", "R.")]),
    ("H. Muhammad Amin", False, [name("Amin", "Muhammad")]),    # before a longer name: Haji
    ("Sri Sultan Hamengkubuwono IX", False, [name("IX", "Sri Sultan Hamengkubuwono")]),
    # after an inverted first name, a name the "&" joins with a comma inside is inverted too
    ("Koentjoro, Budi & Wardani, Sekar", True, [name("Koentjoro", "Budi"), name("Wardani", "Sekar")]),
    ("Flajolet, Philippe; Sedgewick, Robert", True, [name("Flajolet", "Philippe"), name("Sedgewick", "Robert")]),
    # two words before initials, among "Family, Initials" names, are one family name
    ("Dewi Lestari, R. A., & Nugroho, B.", True, [name("Dewi Lestari", "R. A."), name("Nugroho", "B.")]),
    # "Jr." is a suffix, not another author, wherever it stands
    ("Larson, J. R., Jr., & Mitchell, T. R.", True,
     [{**name("Larson", "J. R."), "suffix": "Jr."}, name("Mitchell", "T. R.")]),
    ("Guerney, Jr., B. G.", True, [{**name("Guerney", "B. G."), "suffix": "Jr."}]),
    # a Balinese given name runs to five words ("I Wayan Gede Adi Putra")
    ("Mahendra, I Wayan Gede Adi Putra, dan Ni Luh Sari", True,
     [name("Mahendra", "I. Wayan Gede Adi Putra"), name("Sari", "Ni Luh")]),
    # a family name of two whole words, inverted: initials alone are nobody's name, and one given
    # name after an inverted compound family is that family's (not Vancouver's "Gupta S, Chen K")
    ("Snouck Hurgronje, C.", True, [name("Snouck Hurgronje", "C.")]),
    ("BARRÓN CRUZ, M.G.", True, [name("BARRÓN CRUZ", "M. G.")]),
    ("Schulte Nordholt, Henk", True, [name("Schulte Nordholt", "Henk")]),
    ("Gupta S, Chen K.", True, [name("Gupta", "S."), name("Chen", "K.")]),
    ("Koshland Jr., D. E.", True, [{**name("Koshland", "D. E."), "suffix": "Jr."}]),
    # Vancouver's short family names: "Dan" is no "and" before its initials, "Ma" no degree
    ("Chattopadhyay M, Dan PK, Mazumdar S", False, [name("Chattopadhyay", "M."), name("Dan", "PK"), name("Mazumdar", "S.")]),
    ("Ding K, Ma K, Wang S", False, [name("Ding", "K."), name("Ma", "K."), name("Wang", "S.")]),
    ("Sugiyono Dan Arikunto", False, [name("Sugiyono"), name("Arikunto")]),
    # ISO 690's family name in capitals before given names is inverted wherever it stands
    ("RAHAYU, Sri", False, [name("RAHAYU", "Sri")]),
    ("FUCHS, Christian, SEVIGNANI, Sebastian", False, [name("FUCHS", "Christian"), name("SEVIGNANI", "Sebastian")]),
    ("BPS, Jakarta", False, [name("BPS"), name("Jakarta")]),
    # given names that end with the family's particle come after an inverted family name
    ("Certeau, Michel de, Luce Giard, and Pierre Mayol", False,
     [name("Certeau", "Michel de"), name("Giard", "Luce"), name("Mayol", "Pierre")]),
    ("Saussure, F. de", False, [name("Saussure", "F. de")]),
]

@pytest.mark.parametrize("text", ["Ingold, Tim", "Dean, Tim and Alan Cole"])
def test_a_given_name_that_is_also_an_institution_word(text):
    # "Tim" is Indonesian for a team ("Tim Penyusun"), and an English given name after a family
    assert not is_institution(text)
    assert all("family" in n for n in parse_names(text, inverted_first=True))


# Title Case titles that read like names but hold words no name has: "pe-...-an" nouns and the
# prepositions a title capitalizes ("Setiawan", "Budiman" end in -wan, -man)
TITLES_NOT_NAMES = ["Pembaharuan dan Pengembangan Pendidikan Islam", "Pesantren Dalam Perubahan Sosial",
                    "Pemikiran Modern", "Belajar Untuk Hidup"]
NAMES_STILL = ["Kurniawan Setiawan", "Agus Permana dan Kemal Hartawan", "Pertiwi, A.",
               "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"]


@pytest.mark.parametrize("text", TITLES_NOT_NAMES)
def test_title_words_no_name_holds(text):
    assert not looks_like_names(text)


@pytest.mark.parametrize("text", NAMES_STILL)
def test_names_with_similar_words_stay_names(text):
    assert looks_like_names(text)


@pytest.mark.parametrize("text,inverted,expected", CASES, ids=[c[0] for c in CASES])
def test_parse_names(text, inverted, expected):
    assert parse_names(text, inverted_first=inverted) == expected


@pytest.mark.parametrize("text,expected", [
    ("T. Columbis, dan W.H. James", True),
    ("Badan Pusat Statistik", True),
    ("Pengantar Ilmu Hubungan Internasional :Keadilan", False),
    ("Statistik Kopi Indonesia 2020", False),
    ("the river itself is never named", False),
])
def test_looks_like_names(text, expected):
    assert looks_like_names(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("US Department of State", True), ("Bank Indonesia", True), ("Abdul Haris", False), ("BPS", True),
    ("DAMA International", True), ("PT Telkom Indonesia", True), ("PT Bank Rakyat Indonesia Tbk", True),
    ("Jackson PT", False),                                   # a name and its initials
    ("International Journal of Systems Science", False),     # a journal, no author
    # a group's short name before the rest of its name: an acronym in capitals, an Indonesian
    # body's syllabic abbreviation in title case
    ("UNICEF Indonesia", True), ("WHO Indonesia", True), ("Kemenkes RI", True), ("Bappeda Sleman", True),
    ("Pemkab Banyumas", True), ("Bappenas", True),
    # alliances, forums, initiatives and watches are groups; a system is left to the title it may be in
    ("Resilience Alliance", True), ("Chernobyl Forum", True), ("Sustainable Forestry Initiative", True),
    ("Forest Watch Indonesia", True), ("Alliance for Excellent Education", True),
    ("Leftwich, Richard H. The Price System", False),
    ("Who Moved", False), ("UNHCR, 2014", False),            # not "Who"; not before a comma
])
def test_is_institution(text, expected):
    assert is_institution(text) is expected
