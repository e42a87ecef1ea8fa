"""Images from fal.ai's FLUX.1 [dev] through fal-client: one queued request per prompt, downloaded as JPEG."""

import functools
import io
import ssl
from typing import Any

import fal_client
import httpx
from PIL import Image, UnidentifiedImageError

from domain.aspect import Aspect
from video.assets.image_types import ImageGenerationError, ImageProviderAuthError, ImageRequest

FAL_MODEL = "fal-ai/flux/dev"
PROMPT_STYLE = ", high quality, cinematic lighting, dark moody atmosphere, professional, 8k"
INFERENCE_STEPS = 28
# fal's presets (docs.fal.ai, model arguments): portrait_16_9 576x1024, landscape_16_9 1024x576,
# square_hd 1024x1024.
FAL_IMAGE_SIZES: dict[Aspect, str] = {"9:16": "portrait_16_9", "16:9": "landscape_16_9", "1:1": "square_hd"}
MAX_IMAGE_BYTES = 25 * 1024 * 1024


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Built once: loading the CA bundle costs about 50 ms, more than a small download."""
    return httpx.create_ssl_context()


def enhance_prompt(prompt: str) -> str:
    base = prompt.strip().rstrip(".,;: ")
    return base if base.endswith(PROMPT_STYLE) else base + PROMPT_STYLE


def _short(text: object, limit: int = 160) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _image_url(result: Any) -> str:
    images = result.get("images") if isinstance(result, dict) else None
    if not isinstance(images, list) or not images or not isinstance(images[0], dict):
        raise ImageGenerationError(f"fal.ai answered without an image: {_short(result)}")
    nsfw = result.get("has_nsfw_concepts")
    if isinstance(nsfw, list) and nsfw and nsfw[0] is True:
        raise ImageGenerationError("fal.ai's safety checker blanked the image; rephrase the prompt")
    url = images[0].get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise ImageGenerationError(f"fal.ai answered with an unusable image url: {_short(url)}")
    return url


def _as_jpeg(data: bytes) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            if image.format == "JPEG":
                return data
            output = io.BytesIO()
            image.convert("RGB").save(output, "JPEG", quality=92)
            return output.getvalue()
    except (UnidentifiedImageError, OSError) as error:
        raise ImageGenerationError(
            f"fal.ai's image file is not a readable image ({_short(error)})"
        ) from error


class FalImageGenerator:
    """The image provider when FAL_KEY is set."""

    name = "fal"
    extension = "jpg"

    def __init__(
        self,
        key: str,
        *,
        concurrency: int = 4,
        timeout_s: float = 120.0,
        download_timeout_s: float = 30.0,
        poll_interval_s: float = 0.5,
    ) -> None:
        if timeout_s <= 1:
            raise ValueError(
                "timeout_s must be more than 1 second (fal's request timeout header requires it)"
            )
        self.concurrency = concurrency
        self.timeout_s = timeout_s
        self.download_timeout_s = download_timeout_s
        self.poll_interval_s = poll_interval_s
        self._client = fal_client.AsyncClient(key=key)

    def arguments(self, request: ImageRequest) -> dict[str, object]:
        return {
            "prompt": enhance_prompt(request.prompt),
            "image_size": FAL_IMAGE_SIZES[request.aspect],
            "num_inference_steps": INFERENCE_STEPS,
            "num_images": 1,
            "output_format": "jpeg",
            "enable_safety_checker": True,
        }

    def cache_inputs(self, request: ImageRequest) -> dict[str, object]:
        return {"provider": self.name, "model": FAL_MODEL, **self.arguments(request)}

    async def generate(self, request: ImageRequest) -> bytes:
        try:
            result = await self._client.subscribe(
                FAL_MODEL,
                arguments=self.arguments(request),
                interval=self.poll_interval_s,
                client_timeout=self.timeout_s,
            )
        except fal_client.FalClientHTTPError as error:
            if error.status_code in (401, 403):
                raise ImageProviderAuthError(
                    f"FAL_KEY: fal.ai refused the key (HTTP {error.status_code}); "
                    "set a valid FAL_KEY, or unset it to use offline images"
                ) from error
            raise ImageGenerationError(
                f"fal.ai answered HTTP {error.status_code}: {_short(error.message)}"
            ) from error
        except fal_client.FalClientTimeoutError as error:
            raise ImageGenerationError(f"fal.ai gave no image within {self.timeout_s:g} s") from error
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as error:
            raise ImageGenerationError(f"fal.ai request failed: {_short(repr(error))}") from error
        return _as_jpeg(await self._download(_image_url(result)))

    async def _download(self, url: str) -> bytes:
        try:
            async with (
                httpx.AsyncClient(
                    timeout=self.download_timeout_s, follow_redirects=True, verify=_tls_context()
                ) as client,
                client.stream("GET", url) as response,
            ):
                response.raise_for_status()
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) > MAX_IMAGE_BYTES:
                        raise ImageGenerationError(f"fal.ai's image is larger than {MAX_IMAGE_BYTES} bytes")
                return bytes(data)
        except httpx.HTTPStatusError as error:
            raise ImageGenerationError(
                f"image download answered HTTP {error.response.status_code}"
            ) from error
        except httpx.TimeoutException as error:
            raise ImageGenerationError(
                f"image download took longer than {self.download_timeout_s:g} s"
            ) from error
        except httpx.HTTPError as error:
            raise ImageGenerationError(f"image download failed: {_short(repr(error))}") from error
