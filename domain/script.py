"""The structured video script: pydantic models mirroring remotion/src/types.ts (camelCase JSON)."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

Mood = Literal["intrigue", "frustration", "solution", "proof", "urgency", "excitement"]
HexColor = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]

FPS = 30


class CamelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")

    def to_json_dict(self) -> dict[str, object]:
        """The camelCase dict that the TSX side reads."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class ColorPalette(CamelModel):
    primary: HexColor
    secondary: HexColor
    accent: HexColor
    background: HexColor


class VideoScene(CamelModel):
    id: str = Field(min_length=1, max_length=64)
    duration: float = Field(gt=0, le=90, description="seconds")
    headline: str | None = Field(default=None, max_length=200)
    subhead: str | None = Field(default=None, max_length=400)
    bullet_points: list[Annotated[str, Field(max_length=200)]] | None = Field(default=None, max_length=8)
    emphasis: str | None = Field(default=None, max_length=120)
    mood: Mood

    def duration_frames(self, fps: int = FPS) -> int:
        return round(self.duration * fps)


class VideoScript(CamelModel):
    total_duration: float = Field(gt=0, le=120, description="seconds")
    scenes: list[VideoScene] = Field(min_length=1, max_length=20)
    color_palette: ColorPalette

    @model_validator(mode="after")
    def _scenes_fill_the_video(self) -> "VideoScript":
        scene_frames = sum(scene.duration_frames() for scene in self.scenes)
        if scene_frames != self.total_frames():
            raise ValueError(
                f"scene durations add up to {scene_frames / FPS:.2f} s but totalDuration is "
                f"{self.total_duration} s; make them equal"
            )
        ids = [scene.id for scene in self.scenes]
        if len(set(ids)) != len(ids):
            raise ValueError("scene ids must be unique")
        return self

    def total_frames(self, fps: int = FPS) -> int:
        return round(self.total_duration * fps)

    def scene_starts(self, fps: int = FPS) -> list[int]:
        """The first frame of each scene."""
        starts, frame = [], 0
        for scene in self.scenes:
            starts.append(frame)
            frame += scene.duration_frames(fps)
        return starts


class VideoFacts(CamelModel):
    """Catalog facts a generated composition may show (remotion/src/types.ts VideoFacts). Data, never code."""

    kind: Literal["course", "product", "brand"]
    title: str
    description: str | None = None
    price: float | None = None
    currency: str | None = None
    price_label: str | None = None
    modules: list[str] | None = None
    module_count: int | None = None
    lesson_count: int | None = None
    enrollment_count: int | None = None
    average_rating: float | None = None
    review_count: int | None = None
    product_type: str | None = None
    features: list[str] | None = None
    creator_name: str | None = None
    store_name: str
    domain: str
    cta: str


class WordTiming(BaseModel):
    word: str
    start: float = Field(ge=0, description="seconds")
    end: float = Field(ge=0, description="seconds")
