"""What the preview page reports about a frame (remotion/preview/frameReport.ts, field for field)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class _PageModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class Box(_PageModel):
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def area(self) -> float:
        return max(0.0, self.width) * max(0.0, self.height)

    def intersection(self, other: "Box") -> "Box":
        left, top = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        return Box(x=left, y=top, width=max(0.0, right - left), height=max(0.0, bottom - top))


class TextElement(_PageModel):
    index: int
    text: str
    lines: list[Box]
    rect: Box
    font_size: float
    font_weight: int
    scale: float
    color: tuple[float, float, float, float] | None
    opacity: float
    families: list[str]
    used_family: str | None
    missing_families: list[str]
    clip_rect: Box | None
    truncated: bool
    box_rect: Box | None
    occluded_fraction: float
    occluded_by: str | None

    @property
    def text_area(self) -> float:
        return sum(line.area for line in self.lines)


class ImageElement(_PageModel):
    src: str
    rect: Box
    loaded: bool
    opacity: float


class BackgroundImage(_PageModel):
    src: str
    rect: Box


class PageError(_PageModel):
    source: Literal["render", "exception", "console"]
    message: str
    frame: int | None


class FrameReport(_PageModel):
    frame: int
    width: int
    height: int
    texts: list[TextElement]
    images: list[ImageElement]
    background_images: list[BackgroundImage]
    failed_font_faces: list[str]
    errors: list[PageError]
    settle_ms: int
    inspect_ms: int
