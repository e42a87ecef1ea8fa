"""make_images: one image per prompt from fal.ai or the offline renderer, cached in the asset store."""

import asyncio
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.aspect import Aspect
from domain.script import ColorPalette, Mood
from video.assets.asset_store import AssetStore, StoredAsset, content_key
from video.assets.image_types import (
    ImageGenerationError,
    ImageGenerator,
    ImageProviderAuthError,
    ImageRequest,
)
from video.assets.images_fal import FalImageGenerator
from video.assets.images_offline import OfflineImageGenerator
from video.assets.work import AssetWork


@dataclass(frozen=True)
class ImageBatch:
    """One slot per prompt (None where that image failed) and what work each slot took."""

    provider: str
    assets: list[StoredAsset | None]
    work: list[AssetWork]

    @property
    def failed(self) -> int:
        return sum(asset is None for asset in self.assets)


def choose_image_generator(environ: Mapping[str, str] = os.environ) -> ImageGenerator:
    """fal.ai when FAL_KEY is set, else the offline renderer."""
    key = environ.get("FAL_KEY", "").strip()
    return FalImageGenerator(key) if key else OfflineImageGenerator()


async def _make_one(
    request: ImageRequest, generator: ImageGenerator, store: AssetStore, limit: asyncio.Semaphore
) -> tuple[StoredAsset | None, AssetWork]:
    key = content_key(generator.cache_inputs(request), generator.extension)
    cached = store.find(key)
    if cached is not None:
        return cached, AssetWork("image", generator.name, "cache_hit", key=key)
    started = time.perf_counter()
    async with limit:
        try:
            data = await generator.generate(request)
        except ImageGenerationError as error:
            elapsed = time.perf_counter() - started
            return None, AssetWork(
                "image", generator.name, "failed", key=key, seconds=elapsed, detail=str(error)
            )
    asset = store.put(key, data)
    return asset, AssetWork(
        "image", generator.name, "generated", key=key, seconds=time.perf_counter() - started
    )


async def make_images(
    prompts: Sequence[str],
    aspect: Aspect,
    palette: ColorPalette,
    moods: Sequence[Mood],
    store: AssetStore,
    *,
    generator: ImageGenerator | None = None,
) -> ImageBatch:
    """One image per prompt, in parallel within the provider's concurrency; `moods[i]` goes with `prompts[i]`.

    A failed image leaves None in its slot and the rest go on. A refused key raises ImageProviderAuthError.
    """
    if len(moods) != len(prompts):
        raise ValueError(f"{len(prompts)} prompts but {len(moods)} moods; give one mood per prompt")
    generator = generator or choose_image_generator()
    limit = asyncio.Semaphore(generator.concurrency)
    requests = [
        ImageRequest(prompt, aspect, palette, mood) for prompt, mood in zip(prompts, moods, strict=True)
    ]
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(_make_one(request, generator, store, limit)) for request in requests]
    except* ImageProviderAuthError as refused:
        raise refused.exceptions[0] from None
    results = [task.result() for task in tasks]
    return ImageBatch(
        provider=generator.name,
        assets=[asset for asset, _ in results],
        work=[work for _, work in results],
    )
