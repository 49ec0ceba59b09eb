"""The ``kg`` command line: thin click commands over the library (``main`` is the entry point)."""
