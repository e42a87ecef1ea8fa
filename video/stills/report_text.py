"""The still-check report as the text a model reads: errors first, one line per problem, capped.

The same problem on the same element at several frames is one line listing the frames."""

from video.stills.models import LayoutIssue, StillsReport

MAX_LINES = 40


def _grouped(issues: list[LayoutIssue]) -> list[tuple[LayoutIssue, list[int]]]:
    groups: dict[tuple[str, str, str], tuple[LayoutIssue, list[int]]] = {}
    for issue in sorted(issues, key=lambda item: item.frame):
        _, frames = groups.setdefault((issue.severity, issue.kind, issue.text), (issue, []))
        if issue.frame not in frames:
            frames.append(issue.frame)
    return list(groups.values())


def _describe(issue: LayoutIssue, frames: list[int]) -> str:
    if len(frames) == 1:
        where = f"frame {issue.frame}" + (f' (scene "{issue.scene}")' if issue.scene else "")
    else:
        where = f"frames {', '.join(map(str, frames))}"
    line = f'- {where}, {issue.kind}: "{issue.text}": {issue.message}'
    if issue.rect is not None:
        box = issue.rect
        line += f" [box x={box.x} y={box.y} w={box.width} h={box.height}]"
    return line


def format_issues_for_model(report: StillsReport, *, max_lines: int = MAX_LINES) -> str:
    frames = ", ".join(str(frame.frame) for frame in report.frames) or "none"
    head = (
        f"Still check of {len(report.frames)} frames at {report.width}x{report.height} "
        f"(frames {frames}; the images follow in this order): "
    )
    if not report.issues:
        return head + "no issues found."
    errors = _grouped([issue for issue in report.issues if issue.severity == "error"])
    warnings = _grouped([issue for issue in report.issues if issue.severity == "warning"])
    lines = [head + f"{len(errors)} error(s), {len(warnings)} warning(s)."]
    budget = max_lines
    for title, group in (("Errors (fix these):", errors), ("Warnings (fix if you can):", warnings)):
        if not group or budget <= 0:
            continue
        lines.append(title)
        shown = group[:budget]
        lines.extend(_describe(issue, frames) for issue, frames in shown)
        if len(group) > len(shown):
            lines.append(f"- ... and {len(group) - len(shown)} more like these")
        budget -= len(shown)
    return "\n".join(lines)
