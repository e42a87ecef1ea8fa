"""What a creator asks for when starting a video: the validated input of store.jobs.generate."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from domain.errors import UserError
from domain.vocab import Aspect, Duration, Style
from store.field_types import Prompt, Slug, VoiceId
from store.validation_messages import one_line


class VideoRequest(BaseModel):
    """A video about a course, a product, or (prompt only) the store, named by the creator's own slugs."""

    model_config = ConfigDict(extra="forbid")

    prompt: Prompt = ""
    style: Style = "hype"
    duration: Duration = 30
    aspect: Aspect = "9:16"
    voice: bool = True
    voice_id: VoiceId | None = None
    store: Slug | None = Field(
        default=None, description="Which of the creator's stores; default: their first"
    )
    course: Slug | None = None
    product: Slug | None = None

    @model_validator(mode="after")
    def _one_subject(self) -> "VideoRequest":
        if self.course is not None and self.product is not None:
            raise ValueError("ask for a video about a course or a product, not both")
        if self.course is None and self.product is None and not self.prompt.strip():
            raise ValueError("give a prompt, a course or a product")
        return self


def video_request(**fields: Any) -> VideoRequest:
    """A VideoRequest, or a UserError like `request.duration: must be one of 15, 30, 60 or 90 (got 45)`."""
    try:
        return VideoRequest.model_validate(fields)
    except ValidationError as error:
        raise UserError(one_line(error, "request")) from None
