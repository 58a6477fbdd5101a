# The two commands of the README: `make run` and `make test`. Only Python 3.11 is needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
WORKERS ?= 3
# Absolute URLs (canonical, hreflang, sitemap, feeds) name the address actually served (core/site.py).
export BASE_URL ?= http://$(HOST):$(PORT)
LANGUAGE_FLAGS = $(shell $(BIN)/python -c "from languages.codes import LANGUAGE_CODES; print(' '.join('-l ' + c for c in LANGUAGE_CODES))")

export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.PHONY: run dev test install install-dev setup lint messages requirements clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Database, translations and demo content; every step is idempotent.
setup: install
	$(BIN)/python manage.py compile_translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_languages
	$(BIN)/python manage.py setup_editorial_teams
	$(BIN)/python manage.py load_demo_data
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

# The background worker (e-mails, digests, reminders: docs/background.md) runs beside the web server
# and stops with it: a background job of a script ignores Ctrl-C, so the trap stops it.
WITH_WORKER = $(BIN)/python manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM;

## make run: set up and serve with gunicorn + whitenoise, DEBUG off, as deployed, and the worker.
run: setup
	@echo "Serving on http://$(HOST):$(PORT)/ (demo accounts: see README)"
	export DEBUG=false; $(WITH_WORKER) \
	$(BIN)/gunicorn portal.wsgi:application --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--access-logfile - --env DJANGO_SETTINGS_MODULE=$(DJANGO_SETTINGS_MODULE)

## make dev: Django's autoreloading development server, DEBUG on, and the worker.
dev: setup
	export DEBUG=true; $(WITH_WORKER) $(BIN)/python manage.py runserver $(HOST):$(PORT)

## make test: the whole suite (browser tests skip, saying why, where /usr/bin/chromium is missing).
test: install-dev
	$(BIN)/python manage.py compile_translations
	$(BIN)/pytest --ds=portal.settings.test --numprocesses 2 $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## make messages: refresh the .po catalogues from the code (needs GNU gettext, developers only).
messages: install
	$(BIN)/python manage.py makemessages $(LANGUAGE_FLAGS) --no-location --no-obsolete \
		--ignore=.venv --ignore=staticfiles --ignore=media --ignore=bench
	$(BIN)/python manage.py compile_translations --fill-source

clean:
	rm -rf $(VENV) staticfiles .pytest_cache var

## make requirements: re-pin requirements*.txt from requirements*.in (pip-tools).
requirements: $(BIN)/python
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras requirements.in -o requirements.txt
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras requirements-dev.in -o requirements-dev.txt
