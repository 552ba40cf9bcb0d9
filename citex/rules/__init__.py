"""The stages of the rule-based parser, in the order :func:`citex.reference.parse_with_rules` runs them.

Each stage takes a :class:`~citex.rules.work.Work` — the reference with what earlier stages read
blanked out — finds its piece, records the field and blanks the piece in turn:

- :mod:`.links`         URLs, DOIs, access dates
- :mod:`.kinds`         what marks a kind of work: an original's date, laws, interviews, personal
                        communications, report numbers, genres (theses), hadith numbers
- :mod:`.contributors`  translators, editors, editions
- :mod:`.numbers`       volume and issue, pages (a note's pinpoint), the year
- :mod:`.titles`        the title and the authors before it
- :mod:`.publishers`    container, place and publisher: what is left
"""
