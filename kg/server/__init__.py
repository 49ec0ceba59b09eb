"""``kg serve``: the SPARQL endpoint and linked-data server (Starlette on uvicorn).

Layout: ``command`` (the click command), ``app`` (routes, middleware, errors),
``sparql`` / ``saved`` / ``pages`` (handlers), ``negotiation`` (formats),
``pool`` and ``jobs`` (queries run in worker processes the server can stop),
``html`` and ``chart`` (templates' helpers). This module imports nothing, so a
query worker that unpickles a job does not load the web stack.
"""
