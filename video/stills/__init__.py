"""Still-frame checks: the agent looks at chosen frames of its composition in a browser before rendering."""

from video.stills.checker import StillChecker
from video.stills.frames import pick_frames, scene_spans
from video.stills.models import CheckedFrame, IssueKind, LayoutIssue, Rect, Severity, StillsReport
from video.stills.report_text import format_issues_for_model

__all__ = [
    "CheckedFrame",
    "IssueKind",
    "LayoutIssue",
    "Rect",
    "Severity",
    "StillChecker",
    "StillsReport",
    "format_issues_for_model",
    "pick_frames",
    "scene_spans",
]
