"""The synthetic article generator behind ``benchmarks.generate``.

Modules, in the order they build on each other:

- ``names``       fictional people, institutes, outlets and constituencies
- ``record``      the reference resolutions and votes, country surfaces, tally phrases
- ``article``     one article being written: its paragraphs and the facts it states
- ``cast``        speakers with roles (senators, ministers, ambassadors, analysts, ...)
- ``lines``       quote and narration templates, written for this generator
- ``paragraphs``  building blocks: vote statements, quotes, stances, boilerplate
- ``styles``      wire copy, op-ed, live blog, press release, transcript, British style

Everything is drawn from one ``random.Random`` per article, seeded from the corpus
seed and the article number, so article N is the same in every corpus size.
"""
