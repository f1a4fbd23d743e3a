import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Engine errors fail the tests instead of turning into a one-line warning for the user.
os.environ.setdefault("HYBRIDIZE_STRICT", "1")
