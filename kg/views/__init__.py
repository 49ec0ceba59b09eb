"""Answers shaped for people: the data of pages and terminal views.

``queries`` (the saved SPARQL queries), ``profile``, ``entity``, ``breakdown`` and
``statements`` (what entity and resolution pages show), ``statistics``, ``output`` (tables,
JSON, CSV), ``render`` (plain-text profiles) and ``explain`` (what ``kg extract`` prints).
"""
