"""The fixed score keys that reports and CI read, and which way is better for each."""

from typing import Literal

Direction = Literal["higher", "lower"]

SCORE_KEYS: dict[str, Direction] = {
    "completed": "higher",
    "duration_error_frames": "lower",
    "first_try_validation": "higher",
    "validation_attempts": "lower",
    "security_violations": "lower",
    "fallback_used": "lower",
    "layout_errors": "lower",
    "layout_warnings": "lower",
    "min_contrast": "higher",
    "facts_present": "higher",
    "brand_adherence": "higher",
    "request_coverage": "higher",
    "subtitle_sync_ms": "lower",
    "steps": "lower",
    "tokens": "lower",
    "cost_usd": "lower",
    "seconds_per_step": "lower",
    "caption_quality": "higher",
    "judge_hook": "higher",
    "judge_clarity": "higher",
    "judge_hierarchy": "higher",
    "judge_motion": "higher",
    "judge_brand_finish": "higher",
}
