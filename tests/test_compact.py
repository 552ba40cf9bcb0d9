from __future__ import annotations

import pytest
from helpers import literal, name

from citex.compact import read_compact_article
from citex.parse import parse_reference


@pytest.mark.parametrize("text,journal,volume,page,year,authors", [
    # a journal's town in brackets after its name
    ("A. Einstein, Ann. Phys. (Leipzig) 17, 891 (1905).", "Ann. Phys. (Leipzig)", "17", "891", 1905,
     [name("Einstein", "A.")]),
    ("T. Sterling, J. Greensite, Nucl. Phys. B 220 (1983) 327.", "Nucl. Phys. B", "220", "327", 1983,
     [name("Sterling", "T."), name("Greensite", "J.")]),
    ("N. Majumdar, et al., Nucl. Instrum. Methods A 566 (2006) 489.", "Nucl. Instrum. Methods A", "566", "489", 2006,
     [name("Majumdar", "N.")]),
    ("P. Gasik, J. Instrum. 9 (2013) C04035.", "J. Instrum", "9", "C04035", 2013, [name("Gasik", "P.")]),
    ("S. Dürr, Phys. Rev. D 85 (2012) 114503 [arXiv:1203.2560 [hep-lat]];", "Phys. Rev. D", "85", "114503", 2012,
     [name("Dürr", "S.")]),
    ("Petric, A. O., & Rupen, M. P. 2007, AJ, 134, 1952", "AJ", "134", "1952", 2007,
     [name("Petric", "A. O."), name("Rupen", "M. P.")]),
    ("Cannon, J. M., Giovanelli, R., Haynes, M. P., et al. 2011, ApJL, 739, L22", "ApJL", "739", "L22", 2011,
     [name("Cannon", "J. M."), name("Giovanelli", "R."), name("Haynes", "M. P.")]),
    ("Carilli C.L., Taylor G.B., 2002, ARA&A, 40, 319", "ARA&A", "40", "319", 2002,
     [name("Carilli", "C. L."), name("Taylor", "G. B.")]),
    ("Rafelski J. and Muller B., Phys. Rev. Lett., 48 (1982) 1066;", "Phys. Rev. Lett", "48", "1066", 1982,
     [name("Rafelski", "J."), name("Muller", "B.")]),
    ("Cleymans J., J. Phys. G: Nucl. Part. Phys., 35 (2008) 044017;", "J. Phys. G: Nucl. Part. Phys", "35", "044017",
     2008, [name("Cleymans", "J.")]),
    ("Rafelski J., Nucl. Phys. A, 418 (1984) 215c;", "Nucl. Phys. A", "418", "215c", 1984, [name("Rafelski", "J.")]),
    ("O. F. Hagena, W. Obert, Chem. Phys., 56: 1793 (1972)", "Chem. Phys", "56", "1793", 1972,
     [name("Hagena", "O. F."), name("Obert", "W.")]),
    ("I. Yamada, J. Matsuo, N. Toyoda et al, Mater Sci. Eng. R, 34: 231 (2001)", "Mater Sci. Eng. R", "34", "231", 2001,
     [name("Yamada", "I."), name("Matsuo", "J."), name("Toyoda", "N.")]),
    ("G. Clemens, B. Bird, M. Weida, J. Rowletteb and M. J. Bakera, Spectroscopy Europe, 2014, 26, 14-19.",
     "Spectroscopy Europe", "26", "14-19", 2014, [name("Clemens", "G."), name("Bird", "B."), name("Weida", "M."),
                                                 name("Rowletteb", "J."), name("Bakera", "M. J.")]),
    ("T. Tiedje, E. Yablonovitch, G. D. Cody, B. G. Brooks, IEEE Trans. Electron Devices 1984, 31, 711.",
     "IEEE Trans. Electron Devices", "31", "711", 1984,
     [name("Tiedje", "T."), name("Yablonovitch", "E."), name("Cody", "G. D."), name("Brooks", "B. G.")]),
    # chemistry: names (French "et" between them), a stop, the journal, volume, page, year
    ("J. P. COLLMAN. Acc. Chem. Res. 10, 265 (1977);", "Acc. Chem. Res", "10", "265", 1977, [name("COLLMAN", "J. P.")]),
    ("E. DEMOLE et D. BERTHET. Helv. Chem. Acta, 55, 1866 (1972).", "Helv. Chem. Acta", "55", "1866", 1972,
     [name("DEMOLE", "E."), name("BERTHET", "D.")]),
    ("A. Smith, J. Jones. J. Am. Chem. Soc. 103, 2450 (1981).", "J. Am. Chem. Soc", "103", "2450", 1981,
     [name("Smith", "A."), name("Jones", "J.")]),
    ("J. P. Collman, J. P. Brauman and T. J. Collins, J. Am. Chem. Soc. 103, 2450 (1981).", "J. Am. Chem. Soc",
     "103", "2450", 1981, [name("Collman", "J. P."), name("Brauman", "J. P."), name("Collins", "T. J.")]),
    ("J. P. Ibbetson, J. S. Speck, and U. K. Mishra, Appl. Phys. Lett. 77, pp. 250–2 (2000)", "Appl. Phys. Lett", "77",
     "250-2", 2000, [name("Ibbetson", "J. P."), name("Speck", "J. S."), name("Mishra", "U. K.")]),
    ("Jorsater, S., & van Moorsel, G. A. 1995, AJ, 110, 2037", "AJ", "110", "2037", 1995,
     [name("Jorsater", "S."), name("van Moorsel", "G. A.")]),
    # an initial of two letters; a rapid communication's "(R)"
    ("J. Ph. Karr, A. Baas, R. Houdre, and E. Giacobino, Phys. Rev. A, 69, 031802(R)(2004).", "Phys. Rev. A", "69",
     "031802(R)", 2004, [name("Karr", "J. Ph."), name("Baas", "A."), name("Houdre", "R."), name("Giacobino", "E.")]),
    # inverted names ending on their initials; the year in brackets between volume and pages
    ("Skolnick, M. S., Fisher, T. A. & Whittaker, D. M. Semicond. Sci. Technol. 13, (1998) pp645-669.",
     "Semicond. Sci. Technol", "13", "645-669", 1998,
     [name("Skolnick", "M. S."), name("Fisher", "T. A."), name("Whittaker", "D. M.")]),
    ("Litinskaya, M., Reineker, P., & Agranovich, V. M.. J. Lumin. 119-120, (2006), pp 277-282.", "J. Lumin",
     "119-120", "277-282", 2006, [name("Litinskaya", "M."), name("Reineker", "P."), name("Agranovich", "V. M.")]),
    # a comma between the bracketed year and the page
    ("C. D. Lu, Y. L. Shen and W. Wang, Phys. Rev. D 73 (2006), 034005.", "Phys. Rev. D", "73", "034005", 2006,
     [name("Lu", "C. D."), name("Shen", "Y. L."), name("Wang", "W.")]),
    # a journal's lower-case words; the issue after the volume; "pp." after the year
    ("G. Czajkowski, F. Bassani, and L. Silvestri, Rivista del Nuovo Cimento, 26(5-6) (2003), pp. 1-150.",
     "Rivista del Nuovo Cimento", "26", "1-150", 2003,
     [name("Czajkowski", "G."), name("Bassani", "F."), name("Silvestri", "L.")]),
    # the journal, its year, volume and "pp." page
    ("K. V. Kavokin et al, Appl. Phys. Lett 2010, 97, pp. 201111", "Appl. Phys. Lett", "97", "201111", 2010,
     [name("Kavokin", "K. V.")]),
    # a collaboration first among the names; an article number; the DOI after the numbers
    ("Gaia Collaboration, Brown, A. G. A., Vallenari, A., et al. 2018, A&A, 616, A1", "A&A", "616", "A1", 2018,
     [literal("Gaia Collaboration"), name("Brown", "A. G. A."), name("Vallenari", "A.")]),
    ("Moran, E. C., & Lehnert, M. D. 2012, ApJ, 757, 55, doi: 10.1088/0004-637X/757/1/55", "ApJ", "757", "55", 2012,
     [name("Moran", "E. C."), name("Lehnert", "M. D.")]),
    # a suffix after the initials
    ("Gunn J. E., Jr., 1985, MNRAS, 212, 41", "MNRAS", "212", "41", 1985,
     [{"family": "Gunn", "given": "J. E.", "suffix": "Jr."}]),
])
def test_untitled_articles_are_read_whole(text, journal, volume, page, year, authors):
    fields = read_compact_article(text)
    assert fields is not None, text
    assert fields is not None
    assert (fields["container-title"], fields["volume"], fields["page"]) == (journal, volume, page)
    assert fields["issued"] == {"date-parts": [[year]]}
    assert fields["author"] == authors
    assert parse_reference(text).fields["container-title"] == journal


@pytest.mark.parametrize("text,number,year,authors", [
    ("I. G. Savenko, E. B. Magnusson and I. A. Shelykh, arXiv:1101.3711, 2010.", "arXiv:1101.3711", 2010,
     [name("Savenko", "I. G."), name("Magnusson", "E. B."), name("Shelykh", "I. A.")]),
    ("I. G. Savenko, I. A. Shelykh and M. A. Kaliteevski arXiv:1103.1336, 2011.", "arXiv:1103.1336", 2011,
     [name("Savenko", "I. G."), name("Shelykh", "I. A."), name("Kaliteevski", "M. A.")]),
    ("E. Witten, arXiv:hep-th/9802150 (1998).", "arXiv:hep-th/9802150", 1998, [name("Witten", "E.")]),
    ("A. W. Schell and T. Aichele, arXiv:1103.2019.", "arXiv:1103.2019", None, [name("Schell", "A. W."), name("Aichele", "T.")]),
])
def test_preprints_cited_by_number_alone(text, number, year, authors):
    fields = parse_reference(text).fields
    assert (fields["number"], fields["author"], fields.get("title")) == (number, authors, None)
    assert fields.get("issued") == ({"date-parts": [[year]]} if year else None)


@pytest.mark.parametrize("text", [
    "V. Khachatryan et al. (CMS Collaboration), Phys. Rev. Lett. 116, 061801 (2016).",
    "T. Aaltonen et al. (CDF Collaboration), arXiv:1111.0485.",
    "R. Abbott et al. (LIGO Scientific Collaboration and KAGRA Collaboration), Phys. Rev. X 13, 011048 (2023).",
])
def test_a_collaboration_is_kept_as_a_note_not_an_author(text):
    fields = parse_reference(text).fields
    assert len(fields["author"]) == 1 and "Collaboration" in fields["note"]
    assert "title" not in fields


def test_an_arxiv_number_opens_with_no_year():
    fields = parse_reference("A. Smith, Deep learning for things, arXiv:1901.00001 (2019).").fields
    assert (fields["title"], fields["issued"]) == ("Deep learning for things", {"date-parts": [[2019]]})


def test_a_quoted_title_may_come_before_the_names():
    fields = parse_reference('"Fiber-Integrated Diamond-Based Single Photon Source", T. Schröder, A. W. Schell, '
                             'G. Kewes, T. Aichele, and O. Benson, Nano. Lett. 11, 198 (2011).').fields
    assert fields["title"] == "Fiber-Integrated Diamond-Based Single Photon Source"
    assert (fields["container-title"], fields["volume"], fields["page"]) == ("Nano. Lett", "11", "198")
    assert [n["family"] for n in fields["author"]] == ["Schröder", "Schell", "Kewes", "Aichele", "Benson"]


@pytest.mark.parametrize("text", [
    "A. Smith, Deep learning for things, arXiv:1901.00001 (2019).",   # a title before the preprint number
    '"Deep learning for things", Nature 5, 3 (2019).',                # no names after the quoted title
    "A. Author, Quantum gravity and world topology, Nucl. Phys. B 220 (1983) 327.",   # a title before the journal
    "A. Author, Quantum Gravity and World Topology, Nucl. Phys. B 220 (1983) 327.",   # title case: no initials
    "T. Eguchi, P. Freund. Quantum Gravity and World Topology. Phys. Rev. Lett. 37, 1251 (1976).",
    "Benda, Harry J. Snouck Hurgronje. Journal of Modern History 30, 321 (1958).",
    "Smith, J. 2000, A Study of Things, Science, 3, 4",
    "Koentjaraningrat. Manusia dan Kebudayaan di Indonesia. Jakarta: Djambatan, 1971.",
    "Ryan, R. M., & Deci, E. L. (2000). Self-determination theory. American Psychologist, 55(1), 68-78.",
])
def test_titled_references_are_left_to_the_parser(text):
    assert read_compact_article(text) is None
