"""The RDF the store holds, and what is done with it as a whole.

``article`` (facts in, an article's quads out), ``reference`` (the reference graph's quads),
``identity`` (one node per person across articles), ``export``, ``void`` (a VoID description)
and ``validate`` (SHACL).
"""
