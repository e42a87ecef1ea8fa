#!/usr/bin/env bash
# The whole test suite: lint, layers, types (Python and TSX), then pytest against real Chromium, Remotion and
# databases.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/mypy
(cd remotion && npm run --silent typecheck)
(cd web/ui && npm run --silent typecheck)
.venv/bin/pytest "$@"
