"""Extraction: plain article text in, ``Facts`` out. Pure: no I/O, no RDF, no store.

The passes run in a fixed order, high-precision rules first (docs/architecture.md):

1. ``text``         normalise without losing offsets; paragraphs, sentences, tokens
2. ``mentions``     countries, organizations, parties, regions (``gazetteer``)
   ``persons``      people from name shape and context; coreference
3. ``roles``        titles, appositives and party-state tags
4. ``quotes``       quotation marks paired, then the attribution sieve
5. ``resolutions``  which vote each sentence is about, from the article's own evidence
6. ``votes``, ``tallies``   claims about how countries voted and the counts
7. ``stances``      who criticized or supported which country's vote

``Extractor(reference).extract(text)`` runs them all.
"""

from kg.extract.pipeline import Extractor, extract

__all__ = ["Extractor", "extract"]
