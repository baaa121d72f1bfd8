"""A learned labeller for references the GOST grammar does not read well.

A linear-chain CRF (python-crfsuite, as AnyStyle and GROBID use) labels each token of a
reference with the CSL variable it belongs to; `decode` turns the labels into fields.
The model is data shipped in `biblio/data/`; `python -m biblio.parse.labeller.train`
rebuilds it from `corpora/` reproducibly. Feature functions live in `features`, the
alignment of gold items to tokens (how training labels are made) in `align`.
"""
