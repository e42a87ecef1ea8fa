"""What a still check returns: the issues found on each frame, the frames themselves and a contact sheet."""

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

IssueKind = Literal[
    "overflow",
    "safe_area",
    "clipped",
    "overlap",
    "small_text",
    "contrast",
    "blank",
    "broken_image",
    "runtime_error",
    "font_fallback",
]
Severity = Literal["error", "warning"]


class Rect(BaseModel):
    """A box in frame pixels (origin top left)."""

    x: int
    y: int
    width: int
    height: int

    @classmethod
    def of(cls, x: float, y: float, width: float, height: float) -> "Rect":
        return cls(x=round(x), y=round(y), width=round(width), height=round(height))


class LayoutIssue(BaseModel):
    """One problem a viewer would see on one frame."""

    frame: int
    scene: str | None = None
    kind: IssueKind
    severity: Severity
    text: str = Field(description="the text of the element concerned, or what the frame shows")
    rect: Rect | None = None
    measured: float | str | None = None
    required: float | str | None = None
    message: str = Field(description="one line saying what is wrong and what would fix it")


class CheckedFrame(BaseModel):
    frame: int
    scene: str | None = None
    png: Path
    preview: Path | None = Field(default=None, description="a small JPEG of the frame for a vision model")


class AbortedFrame(BaseModel):
    """A frame the watchdog stopped: it took longer than the frame time limit, or crashed its page."""

    frame: int
    kind: Literal["frame_timeout", "frame_crashed"]
    message: str


class StillsReport(BaseModel):
    width: int
    height: int
    issues: list[LayoutIssue]
    frames: list[CheckedFrame]
    contact_sheet: Path | None
    timings: dict[str, float] = Field(default_factory=dict, description="seconds per step")
    aborted: AbortedFrame | None = Field(
        default=None, description="the frame that hung or crashed its page; later frames were not checked"
    )

    @property
    def errors(self) -> list[LayoutIssue]:
        return [issue for issue in self.issues if issue.severity == "error"]

    @property
    def passed(self) -> bool:
        """True when nothing error-level was found."""
        return not self.errors

    def to_cli_json(self) -> dict[str, object]:
        """The documented `ppr-video stills --json` shape."""
        return {
            "issues": [issue.model_dump(mode="json") for issue in self.issues],
            "frames": [str(frame.png) for frame in self.frames],
            "contact_sheet": str(self.contact_sheet) if self.contact_sheet else None,
        }


class FrameFingerprints(BaseModel):
    """A hash per frame of what a render paints there (remotion/preview/fingerprint.ts), and the elements
    whose pixels or sound no hash can describe (canvas, audio, video, embedded documents)."""

    model_config = ConfigDict(populate_by_name=True)

    hashes: list[str]
    opaque_elements: list[str] = Field(alias="opaqueElements")
    browser: str
    ms: int
