"""What every image provider shares: the request for one image, the generator contract and its errors."""

from dataclasses import dataclass
from typing import Protocol

from domain.aspect import Aspect
from domain.errors import UserError
from domain.script import ColorPalette, Mood


@dataclass(frozen=True)
class ImageRequest:
    prompt: str
    aspect: Aspect
    palette: ColorPalette
    mood: Mood


class ImageGenerationError(Exception):
    """One image could not be made; its slot stays empty and the others go on."""


class ImageProviderAuthError(UserError):
    """The provider refused the key: no image can succeed, so the whole batch stops."""


class ImageGenerator(Protocol):
    """One image provider. `cache_inputs` lists all that changes the output; it keys the asset store."""

    name: str
    extension: str
    concurrency: int

    def cache_inputs(self, request: ImageRequest) -> dict[str, object]: ...

    async def generate(self, request: ImageRequest) -> bytes: ...
