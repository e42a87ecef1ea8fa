"""What a video's frames show, as the evaluators read it: the texts the preview page lays out on each frame,
the still checks' issues, the contrast of the texts, and the dominant colours of the MP4's frames."""

from pathlib import Path

from pydantic import BaseModel, Field

from video.engine.media import MediaInfo
from video.stills.models import LayoutIssue
from video.validation.result import Diagnostic


class SeenFrame(BaseModel):
    frame: int
    scene: str | None = None
    checked: bool = Field(description="one of the frames the still checker looks at")
    texts: list[str] = Field(description="readable texts in document order")
    cut_texts: list[str] = Field(default_factory=list, description="texts cut by line-clamp or ellipsis")
    png: Path | None = None


class DominantColour(BaseModel):
    hex: str
    share: float = Field(ge=0, le=1, description="share of the frame's pixels")


class FrameColours(BaseModel):
    frame: int
    colours: list[DominantColour] = Field(description="the frame's dominant colours, by area")
    accents: list[DominantColour] = Field(default_factory=list, description="its small, vivid colours")


class SeenVideo(BaseModel):
    composition: str = Field(description="DynamicVideo, or the template of a fallback")
    media: MediaInfo | None = Field(description="the MP4 as ffprobe reads it; None without a video")
    diagnostics: list[Diagnostic] | None = Field(
        description="the validators' findings on the final generated code; None for a template fallback"
    )
    frames: list[SeenFrame]
    issues: list[LayoutIssue]
    min_contrast: float | None = None
    colours: list[FrameColours] = Field(default_factory=list)
    contact_sheet: Path | None = None
    notes: list[str] = Field(default_factory=list)

    def all_texts(self) -> list[str]:
        return [text for frame in self.frames for text in frame.texts]
