"""Pydantic validation errors as one line that names the field path and says what to write instead."""

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

PATTERN_HINTS = {
    r"^#[0-9a-fA-F]{6}$": "must be a hex colour like #FF5A1F",
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": "must be a lowercase slug like saturation-secrets",
    r"^[A-Z]{3}$": "must be a three-letter currency code like USD",
    r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$": "must be a domain like pauseplayrepeat.com",
}
TYPE_NAMES = {
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}
MAX_ERRORS_SHOWN = 3


def one_line(error: ValidationError, root: str) -> str:
    """`brief.course.price: must be >= 0 (got -5)`, with the first few errors joined by '; '."""
    errors = error.errors()
    shown = "; ".join(f"{field_path(root, e['loc'])}: {describe(e)}" for e in errors[:MAX_ERRORS_SHOWN])
    hidden = len(errors) - MAX_ERRORS_SHOWN
    return shown + (f" (and {hidden} more)" if hidden > 0 else "")


def field_path(root: str, loc: tuple[int | str, ...]) -> str:
    path = root
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def describe(error: ErrorDetails) -> str:
    kind, ctx, given = error["type"], error.get("ctx", {}), error.get("input")
    got = f" (got {_shown(given)})"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "unknown field; remove it or fix its spelling"
    if kind == "literal_error":
        return f"must be one of {ctx['expected']}{got}"
    if kind in _BOUNDS:
        symbol, key = _BOUNDS[kind]
        return f"must be {symbol} {_number(ctx[key])}{got}"
    if kind == "string_too_short":
        return (
            "must not be empty"
            if ctx["min_length"] == 1
            else f"needs at least {ctx['min_length']} characters"
        )
    if kind == "string_too_long":
        return f"must be at most {ctx['max_length']} characters (got {len(given)})"
    if kind == "too_short":
        return f"needs at least {ctx['min_length']} items"
    if kind == "too_long":
        return f"must have at most {ctx['max_length']} items (got {ctx['actual_length']})"
    if kind == "string_pattern_mismatch":
        return PATTERN_HINTS.get(ctx["pattern"], f"must match {ctx['pattern']}") + got
    if kind in TYPE_NAMES:
        return f"must be {TYPE_NAMES[kind]}{got}"
    message = error["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return message[:1].lower() + message[1:]


_BOUNDS = {
    "greater_than_equal": (">=", "ge"),
    "greater_than": (">", "gt"),
    "less_than_equal": ("<=", "le"),
    "less_than": ("<", "lt"),
}


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
