"""What the model reads, and how code-level issues repeated on every frame are merged."""

from pathlib import Path

from video.stills import LayoutIssue, StillsReport, format_issues_for_model
from video.stills.analysis import merge_repeats
from video.stills.models import CheckedFrame


def issue(frame: int, kind: str = "overflow", severity: str = "error", text: str = "Headline") -> LayoutIssue:
    return LayoutIssue.model_validate(
        {"frame": frame, "kind": kind, "severity": severity, "text": text, "message": f"{kind} at {frame}"}
    )


def report(issues: list[LayoutIssue]) -> StillsReport:
    frames = [CheckedFrame(frame=frame, png=Path(f"frame-{frame}.png")) for frame in (0, 45, 89)]
    return StillsReport(width=1080, height=1920, issues=issues, frames=frames, contact_sheet=None)


def test_errors_come_first_and_the_list_is_capped() -> None:
    issues = [issue(45, "small_text", "warning"), issue(89), *[issue(0, text=f"t{n}") for n in range(5)]]
    text = format_issues_for_model(report(issues), max_lines=4)
    lines = text.splitlines()
    assert lines[0].startswith("Still check of 3 frames at 1080x1920 (frames 0, 45, 89")
    assert "6 error(s), 1 warning(s)" in lines[0]
    assert lines[1] == "Errors (fix these):"
    assert lines[2].startswith('- frame 0, overflow: "t0"')
    assert "- ... and 2 more like these" in lines
    assert "Warnings (fix if you can):" not in text


def test_one_problem_on_several_frames_is_one_line() -> None:
    issues = [issue(frame, "small_text", "warning", "Pause") for frame in (0, 45, 89)]
    text = format_issues_for_model(report(issues))
    assert "0 error(s), 1 warning(s)" in text
    assert '- frames 0, 45, 89, small_text: "Pause": small_text at 0' in text


def test_a_clean_report_says_so() -> None:
    assert format_issues_for_model(report([])).endswith("no issues found.")


def test_code_level_issues_are_said_once_with_their_frames() -> None:
    merged = merge_repeats(
        [
            issue(89, "runtime_error", text="TypeError: x"),
            issue(40, "runtime_error", text="TypeError: x"),
            issue(45),
        ]
    )
    assert [(item.kind, item.frame) for item in merged] == [("runtime_error", 40), ("overflow", 45)]
    assert merged[0].message.endswith("(also at frames 89)")
