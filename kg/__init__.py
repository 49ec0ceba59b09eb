"""kg: news articles about UN votes in; an RDF graph of actors, statements and votes out."""

__version__ = "0.1.0"
