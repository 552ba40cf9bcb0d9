"""A conditional-random-field sequence labeller for reference strings.

``features`` turns a reference into tokens and features, ``train`` builds the model from
labelled data (``python -m citex.labeller.train``), ``tagger`` labels tokens with the model
that ships in ``citex/data``, and ``segments`` turns labelled tokens into CSL fields.
"""
