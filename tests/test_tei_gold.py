from __future__ import annotations

from citex.labeller.tei_gold import main, read_tei

# Two invented references, labelled as GROBID's citation corpus labels them.
TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><back><listBibl>
<bibl><author>A. Wibowo, B. Santoso</author>, <title level="j">Phys. Rev. D</title>
 <biblScope unit="volume">12</biblScope> (<date>2001</date>) <biblScope unit="page">345</biblScope>.</bibl>
<bibl><author>Hartono, S.</author> <title level="a">Curah hujan di Jawa</title>. In
 <title level="m">Iklim Tropis</title>, <publisher>Gadjah Mada Press</publisher>,
 <pubPlace>Yogyakarta</pubPlace>, <date>2010</date>.</bibl>
</listBibl></back></text></TEI>"""


def test_tei_bibl_gives_text_and_csl_gold():
    rows = read_tei(TEI)
    assert rows[0]["text"] == "A. Wibowo, B. Santoso, Phys. Rev. D 12 (2001) 345."
    assert rows[0]["gold"] == {"author": "A. Wibowo, B. Santoso", "container-title": "Phys. Rev. D",
                               "volume": "12", "issued": "2001", "page": "345"}
    assert rows[1]["gold"]["title"] == "Curah hujan di Jawa"
    assert rows[1]["gold"]["container-title"] == "Iklim Tropis"
    assert rows[1]["gold"]["publisher-place"] == "Yogyakarta"


def test_bad_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.xml"
    bad.write_text("<listBibl><bibl>", encoding="utf-8")
    assert main([str(bad)]) == 2
    assert str(bad) in capsys.readouterr().err
