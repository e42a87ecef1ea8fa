"""The committed baseline (evals/baseline.json, a run's results.json) and what got better or worse."""

import json
from pathlib import Path

from domain.paths import PROJECT_ROOT
from evals.keys import SCORE_KEYS
from evals.results import KeyChange, RunResults

BASELINE_FILE = PROJECT_ROOT / "evals" / "baseline.json"
# Changes smaller than this share of the baseline (or than SAME_ABSOLUTE) are noise, not news.
SAME_RELATIVE = 0.01
SAME_ABSOLUTE = 1e-6


def load_baseline(path: Path = BASELINE_FILE) -> RunResults | None:
    if not path.is_file():
        return None
    return RunResults.model_validate(json.loads(path.read_text()))


def change(key: str, before: float, now: float) -> str:
    if abs(now - before) <= max(SAME_ABSOLUTE, SAME_RELATIVE * abs(before)):
        return "same"
    higher_is_better = SCORE_KEYS.get(key, "higher") == "higher"
    return "better" if (now > before) == higher_is_better else "worse"


def against_baseline(results: RunResults, baseline: RunResults) -> list[KeyChange]:
    """Per key both runs measured: the means of the cases both runs have (so a subset compares fairly)."""
    names = {case.name for case in results.cases} & {case.name for case in baseline.cases}
    before = {case.name: case.scores for case in baseline.cases if case.name in names}
    now = {case.name: case.scores for case in results.cases if case.name in names}
    changes = []
    for key in SCORE_KEYS:
        shared = [name for name in names if key in before[name] and key in now[name]]
        if not shared:
            continue
        old = sum(before[name][key] for name in shared) / len(shared)
        new = sum(now[name][key] for name in shared) / len(shared)
        changes.append(
            KeyChange(key=key, baseline=round(old, 4), now=round(new, 4), change=change(key, old, new))
        )
    return changes
