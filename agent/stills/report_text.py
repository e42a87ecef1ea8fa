"""The still-check report as the text a model reads: errors first, one line each, capped."""

from agent.stills.models import LayoutIssue, StillsReport

MAX_LINES = 40


def _describe(issue: LayoutIssue) -> str:
    where = f"frame {issue.frame}" + (f' (scene "{issue.scene}")' if issue.scene else "")
    line = f'- {where}, {issue.kind}: "{issue.text}": {issue.message}'
    if issue.rect is not None:
        box = issue.rect
        line += f" [box x={box.x} y={box.y} w={box.width} h={box.height}]"
    return line


def format_issues_for_model(report: StillsReport, *, max_lines: int = MAX_LINES) -> str:
    frames = ", ".join(str(frame.frame) for frame in report.frames) or "none"
    errors = sorted(report.errors, key=lambda issue: issue.frame)
    warnings = sorted(
        (issue for issue in report.issues if issue.severity == "warning"), key=lambda i: i.frame
    )
    head = (
        f"Still check of {len(report.frames)} frames at {report.width}x{report.height} "
        f"(frames {frames}; the images follow in this order): "
    )
    if not report.issues:
        return head + "no issues found."
    lines = [head + f"{len(errors)} error(s), {len(warnings)} warning(s)."]
    budget = max_lines
    for title, group in (("Errors (fix these):", errors), ("Warnings (fix if you can):", warnings)):
        if not group or budget <= 0:
            continue
        lines.append(title)
        shown = group[:budget]
        lines.extend(_describe(issue) for issue in shown)
        if len(group) > len(shown):
            lines.append(f"- ... and {len(group) - len(shown)} more like these")
        budget -= len(shown)
    return "\n".join(lines)
