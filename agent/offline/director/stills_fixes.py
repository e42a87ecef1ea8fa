"""Which still-check issues the offline director can fix, and the DESIGN knobs it turns for each."""

import re

from agent.offline.director.design import Design

ISSUE_LINE = re.compile(r"^- \[error\] frame \d+(?: \([^)]*\))?, (\w+):", re.MULTILINE)
SHRINKING = {"overflow", "clipped", "overlap", "safe_area"}


def error_kinds(stills_text: str) -> set[str]:
    return set(ISSUE_LINE.findall(stills_text))


def fixes_for(kinds: set[str], design: Design) -> dict[str, float]:
    """New knob values for the issues, or {} when none of them is something the director can fix."""
    changes: dict[str, float] = {}
    if kinds & SHRINKING and design.text_scale > 0.6:
        changes["text_scale"] = round(design.text_scale * 0.85, 3)
    if "safe_area" in kinds and design.safe_margin < 0.06:
        changes["safe_margin"] = round(design.safe_margin + 0.02, 3)
    if "small_text" in kinds and not kinds & SHRINKING and design.text_scale < 1.2:
        changes["text_scale"] = round(min(1.2, design.text_scale * 1.1), 3)
    if "contrast" in kinds and design.darken < 0.85:
        changes["darken"] = round(min(0.85, design.darken + 0.15), 2)
    return changes
