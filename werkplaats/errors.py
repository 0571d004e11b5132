"""Errors a person can act on: each carries one sentence that says what and where."""


class WerkplaatsError(Exception):
    """A user-facing error; the command line prints its message and exits non-zero."""


class SessionNotFound(WerkplaatsError):
    pass


class SessionBusy(WerkplaatsError):
    """Another process already writes this session."""


class StoreError(WerkplaatsError):
    """The session could not be read or saved; what was saved before is intact."""


class ImportFileError(WerkplaatsError):
    """A bundle or CSV file is wrong; nothing from it was added."""
