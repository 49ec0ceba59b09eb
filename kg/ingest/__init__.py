"""Articles into the store.

``ingester`` reads one file, extracts, mints quads and writes one graph; ``bulk`` does many at
once with extraction in ``workers`` (processes that ``orphans`` stops with their parent).
"""
