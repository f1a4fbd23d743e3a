import os
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Engine errors fail the tests instead of turning into a one-line warning for the user.
os.environ.setdefault("HYBRIDIZE_STRICT", "1")

LAB_TESTS = Path(__file__).parent / "lab"


def pytest_collection_modifyitems(items):
    """The browser tests run last: Playwright's sync API keeps an asyncio loop running in this
    thread until the session ends, and `asyncio.run` (nbclient's, say) cannot start beside it."""
    items.sort(key=lambda item: item.path.is_relative_to(LAB_TESTS))
