"""The one exception tree of kg.

Library code raises these and never prints or exits; the CLI turns them into one
line on stderr and exit status 1, the server into an HTTP status with a body.
A dependency's own errors are translated where they cross into kg
(``raise QuerySyntaxError(...) from exc``).

    KgError
    ├── InputError                 an article file that cannot be read as text
    │   └── VoteImportError        a voting-record CSV with bad rows (each one named)
    ├── IngestError                kg ingest --jobs stopped before the end (says what is stored)
    ├── ReferenceDataError         data/reference is missing or malformed
    ├── StoreError                 the store cannot be opened, read or written
    │   ├── StoreLockedError       another process holds the on-disk store
    │   ├── RemoteStoreError       a remote SPARQL server cannot be reached or answers an error
    │   └── UnsupportedOperationError  something this kind of store cannot do
    ├── QueryError
    │   ├── UnknownQueryError      no saved query of that name
    │   ├── QuerySyntaxError       SPARQL that does not parse
    │   ├── ParameterError         a missing, unknown or malformed parameter
    │   ├── QueryTimeoutError      a query stopped at its time limit
    │   ├── UpdateRefusedError     a SPARQL update sent where only queries are run
    │   ├── RemoteCallError        a SERVICE or LOAD not allowed, or that failed
    │   └── ResultTooLargeError    an answer larger than the size limit
    ├── FormatError                no serialisation the client accepts for an answer
    ├── UnknownResourceError       an IRI the graph says nothing about
    ├── ExportError                unsupported format or unknown graph
    └── ValidationError            SHACL validation could not run
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class InputError(KgError):
    """An input file is empty, binary, not UTF-8 or unreadable."""


class VoteImportError(InputError):
    """A voting-record file to import has bad rows; ``errors`` names each one."""

    def __init__(self, errors: list[str]) -> None:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(errors[0] + more)
        self.errors = errors


class IngestError(KgError):
    """An ingest run stopped before its end (interrupted, a worker died, a write failed);
    the message says what state the store is in."""


class ReferenceDataError(KgError):
    """Reference data is missing or malformed."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the on-disk store open for writing."""


class RemoteStoreError(StoreError):
    """A remote SPARQL server cannot be reached, refuses a request or answers with an error."""


class UnsupportedOperationError(StoreError):
    """The store cannot do this: an operation one backend has and the other lacks."""


class QueryError(KgError):
    """A query cannot be run."""


class UnknownQueryError(QueryError):
    """No saved query has this name."""


class QuerySyntaxError(QueryError):
    """The SPARQL text does not parse."""


class ParameterError(QueryError):
    """A query parameter is missing, unknown or malformed."""


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was stopped."""


class UpdateRefusedError(QueryError):
    """A SPARQL update (INSERT, DELETE, LOAD, DROP ...) was sent to a read-only interface."""


class RemoteCallError(QueryError):
    """A query's SERVICE or an update's LOAD names an address the operator has not
    allowed, or an allowed one failed: kg fetches nothing from elsewhere unasked."""


class ResultTooLargeError(QueryError):
    """An answer grew past the size limit while it was being serialised."""


class FormatError(KgError):
    """None of the formats a client accepts can carry this kind of answer."""


class UnknownResourceError(KgError):
    """The graph holds no statement about this resource."""


class ExportError(KgError):
    """An export cannot be produced."""


class ValidationError(KgError):
    """SHACL validation could not be run."""
