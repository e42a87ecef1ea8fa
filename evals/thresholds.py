"""The bar every case must clear. `enforced` thresholds decide whether a case passes (and `make test`
asserts them on a fast subset); the others are reported as pending until the work they wait for lands.
Never loosen a threshold to make a case pass: fix the director, the templates or the captions."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Comparison = Literal[">=", "<="]


@dataclass(frozen=True)
class Threshold:
    key: str
    comparison: Comparison
    value: float
    enforced: bool
    # A completed video must have this number; when it is missing the case fails the threshold.
    required: bool = True
    waits_for: str = ""

    def met(self, value: float) -> bool:
        return value >= self.value if self.comparison == ">=" else value <= self.value

    def describe(self) -> str:
        return f"{self.key} {self.comparison} {self.value:g}"


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold("completed", ">=", 1, enforced=True),
    Threshold("duration_error_frames", "<=", 0, enforced=True),
    Threshold("security_violations", "<=", 0, enforced=True),
    Threshold("layout_errors", "<=", 0, enforced=True),
    Threshold("facts_present", ">=", 1, enforced=True),
    Threshold("caption_quality", ">=", 1, enforced=True),
    Threshold("brand_adherence", ">=", 0.8, enforced=True),
    # A prompt that asks for nothing specific has no number.
    Threshold("request_coverage", ">=", 0.8, enforced=True, required=False),
)
ENFORCED = tuple(threshold for threshold in THRESHOLDS if threshold.enforced)


def misses(scores: Mapping[str, float], thresholds: tuple[Threshold, ...] = THRESHOLDS) -> list[Threshold]:
    """The thresholds `scores` do not meet. Past `completed`, a missing required number is a miss only for
    a completed video (a failed one has already missed `completed`)."""
    completed = scores.get("completed") == 1
    missed = []
    for threshold in thresholds:
        value = scores.get(threshold.key)
        if value is None:
            if threshold.key == "completed" or (threshold.required and completed):
                missed.append(threshold)
        elif not threshold.met(value):
            missed.append(threshold)
    return missed
