"""Constrained field types shared by briefs and requests (store.validation_messages has their hints)."""

from typing import Annotated

from pydantic import Field

HexColour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", examples=["#FF5A1F"])]
Slug = Annotated[
    str,
    Field(
        min_length=1, max_length=64, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", examples=["saturation-secrets"]
    ),
]
Domain = Annotated[
    str, Field(max_length=253, pattern=r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$", examples=["pauseplayrepeat.com"])
]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", examples=["USD"])]
Price = Annotated[float, Field(ge=0, le=100_000, description="In the currency's main unit, e.g. 79 or 49.99")]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Prompt = Annotated[str, Field(max_length=2000)]
VoiceId = Annotated[str, Field(min_length=1, max_length=128)]
