"""Where the graphs live: one interface, two backends.

``backend`` (the ``KgStore`` protocol and choosing a backend from a location), ``embedded`` (the
on-disk pyoxigraph store), ``remote`` (any SPARQL 1.1 server) over ``client`` (its HTTP
requests), ``results`` (terms, bound parameters and answers, shared by both), ``lock``
(readers, writers and the bulk loader on one folder) and ``sparql_text``
(reading a query's text without parsing it).
"""
