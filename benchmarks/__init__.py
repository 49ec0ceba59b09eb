"""Reproducible performance runs for kg, with their own synthetic data.

``benchmarks.generate`` writes a seeded corpus of synthetic article texts with a
manifest of the facts each one states; ``benchmarks.bench_extract`` measures the
extractor on such a corpus and on adversarial text. See benchmarks/README.md.
"""
