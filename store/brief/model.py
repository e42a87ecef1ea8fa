"""The brief file's schema as strict pydantic models (unknown fields and wrong types are refused)."""

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from domain.vocab import Aspect, Duration, ProductType, Style
from store.field_types import Currency, Domain, HexColour, Name, Price, Prompt, Slug, VoiceId

LessonTitle = Annotated[str, Field(min_length=1, max_length=200)]


class BriefModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class BrandColours(BriefModel):
    primary: HexColour
    secondary: HexColour
    accent: HexColour
    background: HexColour


class BriefStore(BriefModel):
    name: Name
    slug: Slug
    domain: Domain
    brand: BrandColours
    logo: str | None = Field(default=None, description="Path to an image file, relative to the brief file")


class BriefModule(BriefModel):
    title: Name
    lessons: int | list[LessonTitle] = Field(description="How many lessons the module has, or their titles")

    @field_validator("lessons", mode="before")
    @classmethod
    def _count_or_titles(cls, value: Any) -> Any:
        is_count = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 200
        is_titles = (
            isinstance(value, list)
            and 1 <= len(value) <= 200
            and all(isinstance(title, str) and 1 <= len(title.strip()) <= 200 for title in value)
        )
        if not (is_count or is_titles):
            raise ValueError(
                f"must be a lesson count from 1 to 200 or a list of lesson titles (got {value!r:.40})"
            )
        return value

    def lesson_titles(self) -> list[str]:
        if isinstance(self.lessons, int):
            return [f"Lesson {number}" for number in range(1, self.lessons + 1)]
        return [title.strip() for title in self.lessons]


class BriefCourse(BriefModel):
    slug: Slug
    title: Name
    description: str = Field(default="", max_length=5000)
    price: Price
    currency: Currency = "USD"
    creator: Name | None = Field(default=None, description="The instructor; defaults to the store's name")
    modules: list[BriefModule] | None = Field(default=None, max_length=50, description="Replaces the modules")
    enrollments: int | None = Field(default=None, ge=0, le=100_000, description="Students enrolled")
    rating: float | None = Field(default=None, ge=1, le=5, description="Average review rating, 1 to 5")
    reviews: int | None = Field(default=None, ge=0, le=10_000, description="Number of reviews")

    @model_validator(mode="after")
    def _rating_needs_reviews(self) -> "BriefCourse":
        if self.rating is not None and not self.reviews:
            raise ValueError("rating needs reviews (the number of reviews, at least 1)")
        if self.reviews and self.rating is None:
            raise ValueError("reviews needs rating (the average rating, 1 to 5)")
        return self


class BriefProduct(BriefModel):
    slug: Slug
    name: Name
    type: ProductType
    price: Price
    currency: Currency = "USD"
    description: str = Field(default="", max_length=5000)
    features: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=20
    )


class Brief(BriefModel):
    """One video request and the catalog data it is about."""

    model_config = ConfigDict(title="PPR Video Studio brief")

    prompt: Prompt = Field(
        default="", description="What the video should do; optional with a course or product"
    )
    duration: Duration = Field(default=30, description="Seconds")
    aspect: Aspect = "9:16"
    style: Style = "hype"
    voice: bool = Field(default=True, description="Narrate the video with a voice-over")
    voice_id: VoiceId | None = None
    store: BriefStore
    course: BriefCourse | None = None
    product: BriefProduct | None = None

    @model_validator(mode="after")
    def _one_subject(self) -> "Brief":
        if self.course is not None and self.product is not None:
            raise ValueError("give a course or a product, not both")
        if self.course is None and self.product is None and not self.prompt.strip():
            raise ValueError("a brief without a course or a product needs a prompt")
        return self
