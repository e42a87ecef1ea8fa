"""What every check needs to know about the frame it looks at."""

from dataclasses import dataclass

from video.stills.dom import Box, TextElement
from video.stills.models import IssueKind, LayoutIssue, Rect, Severity
from video.stills.rules import CheckRules

_MAX_TEXT = 100


def short_text(text: str) -> str:
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def rect_of(box: Box) -> Rect:
    return Rect.of(box.x, box.y, box.width, box.height)


@dataclass(frozen=True)
class FrameContext:
    frame: int
    scene: str | None
    width: int
    height: int
    rules: CheckRules
    is_first_or_last: bool = False

    @property
    def tolerance(self) -> float:
        return self.rules.tolerance(self.width, self.height)

    @property
    def short_side(self) -> int:
        return min(self.width, self.height)

    @property
    def frame_box(self) -> Box:
        return Box(x=0, y=0, width=self.width, height=self.height)

    def is_settled(self, element: TextElement) -> bool:
        """Shown in full at this frame, not mid fade or scale (those frames show a transition)."""
        return element.opacity >= self.rules.min_opacity and element.scale >= self.rules.min_scale

    def issue(
        self,
        kind: IssueKind,
        severity: Severity,
        text: str,
        message: str,
        *,
        box: Box | None = None,
        measured: float | str | None = None,
        required: float | str | None = None,
        frame: int | None = None,
    ) -> LayoutIssue:
        return LayoutIssue(
            frame=self.frame if frame is None else frame,
            scene=self.scene,
            kind=kind,
            severity=severity,
            text=short_text(text),
            rect=rect_of(box) if box is not None else None,
            measured=measured,
            required=required,
            message=message,
        )
