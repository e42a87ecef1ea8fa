# The two commands of the README: `make demo` (a real video from the demo catalog, offline) and `make test`.
.PHONY: setup demo test lint bench

setup:
	@scripts/setup.sh

demo: setup
	@.venv/bin/ppr-video generate --brief briefs/saturation-course.yaml --out out/demo

test: setup
	@scripts/test.sh

lint: setup
	@.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/lint-imports && .venv/bin/mypy && (cd remotion && npm run --silent typecheck) && (cd web/ui && npm run --silent typecheck)

bench: setup
	@for b in bench/*.py; do .venv/bin/python "$$b"; done
