# The two commands of the README: `make demo` and `make test`. Each sets up .venv on its own.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: setup demo test docs bench boundary-plan realworld tutorial-recall generated-safety clean

# The lab extension is built and copied into the environment by the install, so its sources count.
LABEXTENSION_SOURCES := $(wildcard labextension/src/*.ts labextension/style/* labextension/schema/*.json) \
	labextension/package.json

$(STAMP): pyproject.toml $(LABEXTENSION_SOURCES)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Debian's Chromium for the browser tests (tests/lab): Playwright drives it and downloads no browser.
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# The static advisor over every demo, then each demo run in fresh kernels, original against rewritten
# (one run of each, about 10 minutes; without --runs 1, medians of three runs of each).
demo: setup
	$(VENV)/bin/hybridize-check demo_notebooks/
	$(VENV)/bin/hybridize-report --compare --runs 1 demo_notebooks/*.ipynb

test: setup $(CHROMIUM)
	$(PY) -m pytest
	cd labextension && ../$(VENV)/bin/jlpm test

docs: setup
	$(PY) -m hybridize_analysis.rules.docs

bench: setup
	$(PY) benchmarks/analysis_throughput.py
	$(PY) benchmarks/verify_overhead.py
	$(PY) benchmarks/graph_call_threshold.py

# The boundary plan on the execution-checked programs: decorators and end-to-end time, original,
# rewritten without the plan and with it (a few minutes).
boundary-plan: setup
	$(PY) benchmarks/boundary_plan.py

# Accuracy on five TensorFlow libraries: downloads their pinned wheels once (pip download --no-deps,
# into benchmarks/.cache/realworld/), then strips the authors' tf.function decorators and measures
# how many the advisor recommends back (a few minutes on 2 cores).
realworld: setup
	$(PY) benchmarks/realworld.py --fetch

# The same on programs modelled on TensorFlow's tutorials (benchmarks/tutorials/, a few seconds).
tutorial-recall: setup
	$(PY) benchmarks/tutorial_recall.py

# 500 seeded generated programs, each run eagerly and with every recommendation applied (fresh
# processes, parallel over the cores): unsafe / recommended / functions, and the programs found.
generated-safety: setup
	$(PY) benchmarks/generated_safety.py --programs 500

clean:
	rm -rf $(VENV) build dist .pytest_cache
