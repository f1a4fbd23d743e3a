"""Nothing inside the advisor may break the user's session (SPEC 7).

Any exception in a hook, a magic or a comm handler becomes one warning line under the cell; bad
input to a magic raises `UsageError`, which IPython shows as one line too. The exception is kept
on the session so that tests can see what a user would only see as a warning.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager

from IPython.core.error import UsageError


class AdvisorError(Exception):
    """A failure the advisor explains in one line (no type name, no traceback)."""


def warn(message: str) -> None:
    """One line on stderr, which notebooks show under the cell."""
    text = " ".join(str(message).split())
    print(f"hybridize: {text}", file=sys.stderr)


def describe(error: BaseException) -> str:
    if isinstance(error, AdvisorError):
        return str(error)
    return f"internal error ({type(error).__name__}: {error}); your cell ran normally"


@contextmanager
def guarded(session=None, what: str = ""):
    """Turn any exception except `UsageError` into one warning line."""
    try:
        yield
    except UsageError:
        raise
    except Exception as error:
        if session is not None and not isinstance(error, AdvisorError):
            session.errors.append(error)
        warn(f"{what}: {describe(error)}" if what else describe(error))
