"""The validators' findings as text for the model, in Aider's style: what to do, what is wrong, where."""

from video.validation.result import ValidationResult

FILE_NAME = "composition.tsx"
MAX_LISTED = 40
CONTEXT_LINES = 1
MARK = "█"


def _marked_lines(tsx: str, marked: set[int]) -> list[str]:
    lines = tsx.splitlines()
    shown = sorted(
        {
            number
            for line in marked
            for number in range(line - CONTEXT_LINES, line + CONTEXT_LINES + 1)
            if 1 <= number <= len(lines)
        }
    )
    width = len(str(shown[-1])) if shown else 1
    out: list[str] = []
    previous = 0
    for number in shown:
        if number != previous + 1:
            out.append("⋮")
        gutter = MARK if number in marked else "│"
        out.append(f"{number:>{width}}{gutter} {lines[number - 1]}")
        previous = number
    if shown and shown[-1] < len(lines):
        out.append("⋮")
    return out


def format_for_model(result: ValidationResult, tsx: str) -> str:
    """One instruction line, the diagnostics verbatim, then the offending lines of the TSX marked with █."""
    if not result.diagnostics:
        return f"{FILE_NAME} passed every check."
    listed = sorted(result.diagnostics, key=lambda item: (item.severity != "error", item.line, item.column))
    if result.ok:
        instruction = (
            f"{FILE_NAME} passed with warnings: fix them if you can, then send the whole file again."
        )
    else:
        instruction = (
            f"Fix the errors below (and the warnings if you can), then send the whole corrected {FILE_NAME}."
        )
    parts = [instruction, ""]
    parts += [item.render(FILE_NAME) for item in listed[:MAX_LISTED]]
    if len(listed) > MAX_LISTED:
        parts.append(f"... and {len(listed) - MAX_LISTED} more like these.")
    parts += ["", f"{FILE_NAME}:"]
    parts += _marked_lines(tsx, {item.line for item in listed[:MAX_LISTED]})
    return "\n".join(parts)
