"""Writers: nothing in a document can break the BibTeX or the CSL-JSON."""
from __future__ import annotations

import json

import pytest
from helpers import assert_bibtex_valid, assert_csl_valid, literal, name, year
from pybtex.database import parse_string

from citex.writers import to_bibtex, to_csl_json

HOSTILE_TITLES = [
    r"\input{/etc/passwd}", r"\write18{rm -rf /}", "unbalanced { brace", "closing } only", "}{",
    "100% # & $ _ ^ ~ @ chars", "quote \" inside", "@book{evil, title={x}}", "line\nbreak", "",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_stay_inside_their_field(title, csl_schema):
    items = [{"id": "a2020", "type": "book", "title": title, "author": [name("O'Brien {x}", "A. & B.")],
              "publisher": "P\\ress", "issued": year(2020), "URL": "http://x.id/a b{c}"}]
    text = to_bibtex(items)
    assert_bibtex_valid(text, expected_entries=1)
    assert "\\input{" not in text and "\\write18{" not in text
    entry = parse_string(text, "bibtex").entries["a2020"]
    assert entry.fields["year"] == "2020"
    assert_csl_valid(json.loads(to_csl_json(items)), csl_schema)


def test_institutions_and_single_names_are_braced():
    text = to_bibtex([{"id": "x", "type": "book", "title": "T",
                       "author": [literal("Badan Pusat Statistik"), name("Koentjaraningrat")]}])
    assert 'author = "{Badan Pusat Statistik} and {Koentjaraningrat}"' in text


def test_csl_json_drops_internal_fields_and_keeps_dates_as_parts(csl_schema):
    items = [{"id": "x", "type": "webpage", "title": "T", "_stub": True, "accessed": year(2017, 8, 3),
              "issued": {"date-parts": [["2014"]]}}]
    out = json.loads(to_csl_json(items))
    assert out == [{"id": "x", "type": "webpage", "title": "T", "issued": {"date-parts": [[2014]]},
                    "accessed": {"date-parts": [[2017, 8, 3]]}}]
    assert_csl_valid(out, csl_schema)


def test_an_arxiv_preprint_is_written_as_an_eprint(csl_schema):
    from citex.parse import parse_reference
    from citex.writers import to_biblatex

    fields = parse_reference("I. G. Savenko, E. B. Magnusson and I. A. Shelykh, arXiv:1101.3711, 2010.").fields
    assert (fields["type"], fields["number"]) == ("article", "arXiv:1101.3711")
    items = [{"id": "savenko2010", **fields}]
    bibtex = parse_string(to_bibtex(items), "bibtex").entries["savenko2010"]
    assert (bibtex.type, bibtex.fields["eprint"], bibtex.fields["archiveprefix"]) == ("misc", "1101.3711", "arXiv")
    biblatex_text = to_biblatex(items)
    assert_bibtex_valid(biblatex_text, expected_entries=1)
    biblatex = parse_string(biblatex_text, "bibtex").entries["savenko2010"]
    assert (biblatex.fields["eprint"], biblatex.fields["eprinttype"]) == ("1101.3711", "arxiv")
    assert "number" not in biblatex.fields
    assert_csl_valid(json.loads(to_csl_json(items)), csl_schema)


def test_a_generational_suffix_is_the_lineage_in_bibtex_and_a_third_part_in_ris(csl_schema):
    from citex.writers.ris import to_ris
    items = [{"id": "l2000", "type": "book", "title": "T", "issued": year(2000),
              "author": [{**name("Larson", "J. R."), "suffix": "Jr."}]}]
    entry = parse_string(to_bibtex(items), "bibtex").entries["l2000"]
    person = entry.persons["author"][0]
    assert (person.last_names, person.lineage_names, person.first_names) == (["Larson"], ["Jr."], ["J."])
    assert "AU  - Larson, J. R., Jr." in to_ris(items)
    assert_csl_valid(json.loads(to_csl_json(items)), csl_schema)


def test_a_hijri_year_is_kept_as_written_in_every_format(csl_schema, tmp_path):
    import shutil
    import subprocess

    from citex.parse import parse_reference
    from citex.writers import to_biblatex
    from citex.writers.ris import to_ris

    # "(Beirut: Dar al-Fikr, 1414 H)": a classical book's Hijri year, which no Gregorian year
    # replaces without a guess; with "1414 H/1994 M" the Gregorian year is given
    fields = parse_reference("Al-Syaukani. Nail al-Authar. Beirut: Dar al-Fikr, 1414 H.").fields
    assert fields["issued"] == {"literal": "1414 H"} and fields["publisher"] == "Dar al-Fikr"
    both = parse_reference("Al-Syaukani. Nail al-Authar. Beirut: Dar al-Fikr, 1414 H/1994 M.").fields
    assert both["issued"] == year(1994) and both["publisher"] == "Dar al-Fikr"
    items = [{"id": "syaukani", **fields}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["issued"] == {"literal": "1414 H"}
    assert_csl_valid(csl, csl_schema)
    assert parse_string(to_bibtex(items), "bibtex").entries["syaukani"].fields["year"] == "1414 H"
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=1)
    assert "PY  - 1414 H" in to_ris(items)
    if shutil.which("biber"):
        (tmp_path / "refs.bib").write_text(biblatex, encoding="utf-8")
        done = subprocess.run(["biber", "--tool", "--output-file", "out.bib", "refs.bib"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "ERROR" not in done.stdout + done.stderr


def test_the_original_year_is_written_where_the_format_has_a_field_for_it(csl_schema):
    from citex.parse import parse_reference
    from citex.writers import to_biblatex

    # APA's "(Karya asli diterbitkan 2009)" / "(Original work published 2009)"
    fields = parse_reference("Ali, M. (2014). Pendidikan untuk pembangunan nasional. Jakarta: Grasindo. "
                             "(Karya asli diterbitkan 2009)").fields
    items = [{"id": "ali2014", **fields}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["original-date"] == {"date-parts": [[2009]]} and csl[0]["issued"] == year(2014)
    assert_csl_valid(csl, csl_schema)
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=1)
    assert parse_string(biblatex, "bibtex").entries["ali2014"].fields["origdate"] == "2009"


def test_a_chapter_in_its_authors_book_names_the_book_s_author(csl_schema):
    from citex.parse import parse_reference
    from citex.writers import to_biblatex

    # APA's "In C. Geertz, The interpretation of cultures": CSL's container-author, biblatex's
    # bookauthor of an @inbook (BibTeX's styles pass the field over)
    fields = parse_reference("Geertz, C. (1973). Thick description: Toward an interpretive theory of culture. In C. "
                             "Geertz, The interpretation of cultures (pp. 3–30). Basic Books.").fields
    assert fields["container-title"] == "The interpretation of cultures"
    items = [{"id": "geertz1973", **fields}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["container-author"] == [name("Geertz", "C.")]
    assert_csl_valid(csl, csl_schema)
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=1)
    entry = parse_string(biblatex, "bibtex").entries["geertz1973"]
    assert entry.type == "inbook" and entry.fields["bookauthor"] == "Geertz, C."
    assert_bibtex_valid(to_bibtex(items), expected_entries=1)


def test_software_is_written_with_its_version(csl_schema):
    from citex.writers import to_biblatex, to_ris

    items = [{"id": "r2023", "type": "software", "author": [literal("R Core Team")], "title": "R", "version": "4.3.1",
              "publisher": "R Foundation for Statistical Computing", "issued": year(2023)}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["version"] == "4.3.1" and csl[0]["type"] == "software"
    assert_csl_valid(csl, csl_schema)
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=1)
    entry = parse_string(biblatex, "bibtex").entries["r2023"]
    # (biblatex's @software has an organization, no publisher)
    assert entry.type == "software" and entry.fields["version"] == "4.3.1"
    assert entry.fields["organization"] == "R Foundation for Statistical Computing"
    ris = to_ris(items)
    assert "TY  - COMP" in ris and "ET  - 4.3.1" in ris
    assert_bibtex_valid(to_bibtex(items), expected_entries=1)


@pytest.mark.parametrize("text,status,pubstate", [
    ("Nguyen, T., & Park, S. (in press). Social media and adolescent wellbeing. Journal of Youth Studies.",
     "in press", "inpress"),
    ('Miller, Sarah. Forthcoming. "The Politics of Water." American Political Science Review.',
     "forthcoming", "forthcoming"),
])
def test_a_work_not_yet_published_says_so_in_every_format(text, status, pubstate, csl_schema):
    from citex.parse import parse_reference
    from citex.writers import to_biblatex

    items = [{"id": "w", **{k: v for k, v in parse_reference(text).fields.items() if not k.startswith("_")}}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["status"] == status and "issued" not in csl[0]
    assert_csl_valid(csl, csl_schema)
    bibtex = to_bibtex(items)
    assert_bibtex_valid(bibtex, expected_entries=1)
    assert parse_string(bibtex, "bibtex").entries["w"].fields["note"] == status     # (BibTeX has no field of its own)
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=1)
    assert parse_string(biblatex, "bibtex").entries["w"].fields["pubstate"] == pubstate


def test_a_book_s_series_and_its_number_in_it(csl_schema):
    from citex.writers import to_biblatex, to_ris

    items = [{"id": "joachims1998", "type": "paper-conference", "author": [name("Joachims", "T.")],
              "title": "Text categorization", "container-title": "Proceedings of ECML-98",
              "collection-title": "Lecture Notes in Computer Science", "collection-number": "1398",
              "publisher": "Springer", "issued": year(1998), "page": "137-142"}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["collection-title"] == "Lecture Notes in Computer Science" and csl[0]["collection-number"] == "1398"
    assert_csl_valid(csl, csl_schema)
    for text in (to_bibtex(items), to_biblatex(items)):
        assert_bibtex_valid(text, expected_entries=1)
        fields = parse_string(text, "bibtex").entries["joachims1998"].fields
        assert fields["series"] == "Lecture Notes in Computer Science" and fields["number"] == "1398"
    assert "T3  - Lecture Notes in Computer Science" in to_ris(items)


def test_how_many_volumes_a_work_has(csl_schema):
    from citex.writers import to_biblatex, to_ris

    items = [{"id": "lombard1996", "type": "book", "author": [name("Lombard", "Denys")], "title": "Nusa Jawa",
              "number-of-volumes": "3", "publisher": "Gramedia", "issued": year(1996)}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["number-of-volumes"] == "3" and "volume" not in csl[0]
    assert_csl_valid(csl, csl_schema)
    assert_bibtex_valid(to_bibtex(items), expected_entries=1)
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=1)
    assert parse_string(biblatex, "bibtex").entries["lombard1996"].fields["volumes"] == "3"
    assert "NV  - 3" in to_ris(items)


def test_works_apa_describes_in_brackets_and_standards_are_written_as_their_kinds(csl_schema):
    from citex.writers import to_biblatex, to_ris

    items = [
        {"id": "lee2017", "type": "dataset", "title": "Household survey", "author": [name("Lee", "K.")],
         "medium": "Data set", "publisher": "ICPSR", "issued": year(2017)},
        {"id": "cuddy2012", "type": "motion_picture", "title": "Body language", "author": [name("Cuddy", "A.")],
         "medium": "Video", "publisher": "TED Conferences", "issued": year(2012, 6)},
        {"id": "obama2020", "type": "post", "title": "Congratulations", "author": [name("Obama", "B.")],
         "medium": "Tweet", "publisher": "Twitter", "issued": year(2020, 11, 7)},
        {"id": "bsn2015", "type": "standard", "title": "Kualitas udara ambien", "number": "SNI 7388:2015",
         "author": [{"literal": "Badan Standardisasi Nasional"}], "publisher": "BSN", "issued": year(2015)},
        {"id": "kowalski2022", "type": "speech", "title": "Cyberbullying", "author": [name("Kowalski", "R. M.")],
         "medium": "Paper presentation", "container-title": "SRA Biennial Meeting", "issued": year(2022, 3, 4)},
    ]
    assert_csl_valid(json.loads(to_csl_json(items)), csl_schema)
    assert_bibtex_valid(to_bibtex(items), expected_entries=5)
    biblatex = to_biblatex(items)
    assert_bibtex_valid(biblatex, expected_entries=5)
    assert parse_string(biblatex, "bibtex").entries["lee2017"].type == "dataset"
    assert [line for line in to_ris(items).splitlines() if line.startswith("TY")] == [
        "TY  - DATA", "TY  - VIDEO", "TY  - ELEC", "TY  - STAND", "TY  - CPAPER"]


def test_reports_manuscripts_and_patents_are_written_as_such(csl_schema):
    from citex.writers import to_biblatex, to_ris

    items = [
        {"id": "smith1994", "type": "report", "title": "Fast parsing", "author": [name("Smith", "J.")],
         "genre": "Technical Report TR 95-50", "publisher": "Carnegie Mellon University", "issued": year(1994)},
        {"id": "lin1995", "type": "manuscript", "title": "Merging databases", "author": [name("Lin", "Jinxin")],
         "genre": "Manuscript", "issued": year(1995)},
        {"id": "raab1977", "type": "patent", "title": "Remote object position locator", "author": [name("Raab", "F. H.")],
         "genre": "US patent 4 0054 881", "issued": year(1977)},
    ]
    bibtex_text = to_bibtex(items)
    assert_bibtex_valid(bibtex_text, expected_entries=3)
    entries = parse_string(bibtex_text, "bibtex").entries
    assert (entries["smith1994"].type, entries["smith1994"].fields["institution"], entries["smith1994"].fields["type"]) == (
        "techreport", "Carnegie Mellon University", "Technical Report TR 95-50")
    assert "number" not in entries["smith1994"].fields
    numbered = to_bibtex([{**items[0], "genre": "Report", "number": "2020-009"}])    # APA's "(Report No. 2020-009)"
    assert parse_string(numbered, "bibtex").entries["smith1994"].fields["number"] == "2020-009"
    assert (entries["lin1995"].type, entries["lin1995"].fields["note"]) == ("unpublished", "Manuscript")
    assert (entries["raab1977"].type, entries["raab1977"].fields["note"]) == ("misc", "US patent 4 0054 881")
    biblatex_text = to_biblatex(items)
    assert_bibtex_valid(biblatex_text, expected_entries=3)
    biblatex = parse_string(biblatex_text, "bibtex").entries
    assert [biblatex[key].type for key in ("smith1994", "lin1995", "raab1977")] == ["report", "unpublished", "patent"]
    assert (biblatex["raab1977"].fields["type"], biblatex["raab1977"].fields["number"]) == ("US patent", "4 0054 881")
    unnumbered = to_biblatex([{**items[2], "genre": "Patent"}])       # biblatex's @patent must have its number
    assert parse_string(unnumbered, "bibtex").entries["raab1977"].type == "misc"
    assert [line for line in to_ris(items).splitlines() if line.startswith("TY")] == ["TY  - RPRT", "TY  - UNPB", "TY  - PAT"]
    assert_csl_valid(json.loads(to_csl_json(items)), csl_schema)


def test_isbn_and_issn_are_written_in_every_format(csl_schema):
    from citex.writers import to_biblatex, to_ris

    items = [{"id": "p2014", "type": "book", "author": [name("Prastowo", "A.")], "title": "Pengembangan Bahan Ajar Tematik",
              "publisher": "Kencana", "issued": year(2014), "ISBN": "978-602-1186-12-8"},
             {"id": "k2015", "type": "article-journal", "author": [name("Kurniawan", "H.")], "title": "Peran Zakat",
              "container-title": "Ziswaf", "volume": "2", "issued": year(2015), "ISSN": "2356-0150"}]
    csl = json.loads(to_csl_json(items))
    assert csl[0]["ISBN"] == "978-602-1186-12-8" and csl[1]["ISSN"] == "2356-0150"
    assert_csl_valid(csl, csl_schema)
    for text in (to_bibtex(items), to_biblatex(items)):
        assert_bibtex_valid(text, expected_entries=2)
        entries = parse_string(text, "bibtex").entries
        assert entries["p2014"].fields["isbn"] == "978-602-1186-12-8" and entries["k2015"].fields["issn"] == "2356-0150"
    ris = to_ris(items)
    assert "SN  - 978-602-1186-12-8" in ris and "SN  - 2356-0150" in ris


def test_an_archival_document_keeps_its_archive_in_csl_json(csl_schema):
    from citex.parse import parse_reference

    fields = parse_reference("Arsip Nasional Republik Indonesia, Algemeene Secretarie, Besluit 12 Maart 1913 No. 23.").fields
    csl = json.loads(to_csl_json([{"id": "besluit1913", **fields}]))
    assert csl[0]["archive"] == "Arsip Nasional Republik Indonesia" and csl[0]["archive_collection"] == "Algemeene Secretarie"
    assert_csl_valid(csl, csl_schema)
    from citex.writers import to_biblatex, to_ris
    item = {"id": "besluit1913", **fields}
    for text in (to_bibtex([item]), to_biblatex([item])):
        assert_bibtex_valid(text, expected_entries=1)
        # (no field of BibTeX's or biblatex's holds the archive: @misc's howpublished says where it is kept)
        howpublished = parse_string(text, "bibtex").entries["besluit1913"].fields["howpublished"]
        assert howpublished == "Arsip Nasional Republik Indonesia, Algemeene Secretarie"
    assert "AV  - Arsip Nasional Republik Indonesia, Algemeene Secretarie" in to_ris([item])
