"""The DESIGN block at the top of a director-written composition: its knobs, and edits that turn them."""

import re
from dataclasses import dataclass, fields, replace

from agent.tools.write_composition import Edit

DESIGN_LINE = re.compile(r"^  (\w+): (.+),$", re.MULTILINE)
CAMEL = {
    "text_scale": "textScale",
    "safe_margin": "safeMargin",
    "show_price": "showPrice",
    "show_enrollment": "showEnrollment",
    "show_rating": "showRating",
    "show_modules": "showModules",
}


@dataclass(frozen=True)
class Design:
    text_scale: float = 1.0
    pace: float = 1.0
    energy: float = 0.6
    darken: float = 0.55
    safe_margin: float = 0.0
    show_price: bool = True
    show_enrollment: bool = True
    show_rating: bool = True
    show_modules: bool = True


STYLE_DESIGNS = {
    "hype": Design(pace=1.15, energy=0.8, darken=0.6),
    "educational": Design(pace=0.9, energy=0.35, darken=0.55),
    "cinematic": Design(pace=0.85, energy=0.4, darken=0.6),
    "minimalist": Design(pace=1.0, energy=0.2, darken=0.5),
}


def _ts_value(value: float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{round(value, 3):g}"


def _ts_name(name: str) -> str:
    return CAMEL.get(name, name)


def read_design(tsx: str) -> Design | None:
    """The knobs of a director-written composition; None when the code has no DESIGN block."""
    start = tsx.find("const DESIGN = {")
    if start == -1:
        return None
    block = tsx[start : tsx.find("};", start)]
    values = dict(DESIGN_LINE.findall(block))
    parsed: dict[str, float | bool] = {}
    for field in fields(Design):
        text = values.get(_ts_name(field.name))
        if text is None:
            return None
        parsed[field.name] = text == "true" if text in ("true", "false") else float(text)
    return Design(**parsed)  # type: ignore[arg-type]


def design_edits(tsx: str, **changes: float | bool) -> tuple[Design, list[Edit]]:
    """{old, new} edits that set the given knobs, and the design they lead to."""
    current = read_design(tsx)
    if current is None:
        raise ValueError("the composition has no DESIGN block")
    updated = replace(current, **changes)  # type: ignore[arg-type]
    edits = [
        Edit(
            old=f"  {_ts_name(name)}: {_ts_value(getattr(current, name))},",
            new=f"  {_ts_name(name)}: {_ts_value(value)},",
        )
        for name, value in changes.items()
        if getattr(current, name) != value
    ]
    return updated, edits
