"""Eval harness tests: no model request leaves the machine (the judge is a FunctionModel), and the render
tests share one real run of the CI subset of cases (offline director, 15 s, quarter size)."""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic_ai import models

from domain.paths import PROJECT_ROOT
from evals.dataset import CASES_DIR
from tests.providers import PROVIDER_KEYS

models.ALLOW_MODEL_REQUESTS = False

# The fast subset `make test` holds to the enforced thresholds: a free product (9:16, voice, a dark brand),
# the discount code, deadline and "the code big at the end" in a light, minimal brand (9:16, voice)
# and catalog text that tries injection (1:1, voice).
CI_CASES = ("product-free-midi", "product-discount-code", "product-injection-preset")
CI_SCALE = "0.25"


@dataclass
class EvalRun:
    out: Path
    data_dir: Path
    exit_code: int
    printed: dict[str, Any]

    def case(self, name: str) -> dict[str, Any]:
        return next(case for case in self.printed["cases"] if case["name"] == name)


def cli_env(data_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in PROVIDER_KEYS}
    env |= {
        "PPR_VIDEO_DATA_DIR": str(data_dir),
        "PPR_VIDEO_DATABASE_URL": f"sqlite:///{data_dir / 'store.db'}",
    }
    return env


def ppr_video(*args: str, env: dict[str, str], timeout: float = 540) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def ci_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EvalRun]:
    """`ppr-video eval` on the CI subset, once for the folder: a fresh data directory, no provider keys."""
    root = tmp_path_factory.mktemp("eval-run")
    cases = root / "cases"
    cases.mkdir()
    for name in CI_CASES:
        shutil.copyfile(CASES_DIR / f"{name}.yaml", cases / f"{name}.yaml")
    out = root / "out"
    done = ppr_video(
        "eval",
        "--cases",
        str(cases),
        "--scale",
        CI_SCALE,
        "--out",
        str(out),
        "--json",
        env=cli_env(root / "data"),
    )
    assert done.stdout.strip(), done.stderr[-3000:]
    yield EvalRun(out=out, data_dir=root / "data", exit_code=done.returncode, printed=json.loads(done.stdout))
