"""rasd (رصد): Arabic conflict news → structured, checkable event data.

``rasd.extract(text, published=..., outlet=...)`` runs the pipeline on one text;
``rasd.open_db(path)`` opens an event database for querying.
"""

__version__ = "0.1.0"

from rasd.api import extract, open_db

__all__ = ["__version__", "extract", "open_db"]
