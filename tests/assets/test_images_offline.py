import io
from typing import get_args

import numpy as np
import pytest
from PIL import Image

from domain.aspect import ASPECTS, FRAME_SIZES, Aspect
from domain.script import ColorPalette, Mood
from video.assets.asset_store import LocalAssetStore
from video.assets.image_types import ImageRequest
from video.assets.images import make_images
from video.assets.images_offline import OfflineImageGenerator, render_offline_image

MOODS: tuple[Mood, ...] = get_args(Mood)
WARM = ColorPalette(primary="#F97316", secondary="#EF4444", accent="#FACC15", background="#120804")


def pixels(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        return np.asarray(image)


@pytest.mark.parametrize("aspect", ASPECTS)
def test_the_image_has_the_frame_size_of_its_aspect(aspect: Aspect, palette: ColorPalette) -> None:
    data = render_offline_image(ImageRequest("studio", aspect, palette, "proof"))

    height, width, _ = pixels(data).shape
    assert (width, height) == FRAME_SIZES[aspect]


@pytest.mark.parametrize("mood", MOODS)
def test_every_mood_gives_a_dark_image_that_is_not_blank(mood: Mood, palette: ColorPalette) -> None:
    image = pixels(render_offline_image(ImageRequest("a producer at night", "1:1", palette, mood))).astype(
        float
    )

    assert 6 < image.mean() < 120
    assert image.std() > 8
    assert image.max() > 120
    assert len(np.unique(image.reshape(-1, 3)[::97], axis=0)) > 500


def test_the_same_request_gives_the_same_bytes_and_others_differ(palette: ColorPalette) -> None:
    request = ImageRequest("tape saturation", "9:16", palette, "solution")

    same = render_offline_image(request)

    assert render_offline_image(request) == same
    assert render_offline_image(ImageRequest("tape saturation!", "9:16", palette, "solution")) != same
    assert render_offline_image(ImageRequest("tape saturation", "9:16", palette, "urgency")) != same


def test_the_palette_colours_the_image(palette: ColorPalette) -> None:
    cool = pixels(render_offline_image(ImageRequest("x", "1:1", palette, "excitement"))).astype(float)
    warm = pixels(render_offline_image(ImageRequest("x", "1:1", WARM, "excitement"))).astype(float)

    cool_red, _, cool_blue = cool.reshape(-1, 3).mean(axis=0)
    warm_red, _, warm_blue = warm.reshape(-1, 3).mean(axis=0)
    assert warm_red - warm_blue > 10 and cool_blue - cool_red > 5


async def test_make_images_offline_stores_each_image_once(
    store: LocalAssetStore, palette: ColorPalette
) -> None:
    prompts = ["hook", "problem", "fix"]
    moods: list[Mood] = ["intrigue", "frustration", "solution"]

    first = await make_images(prompts, "16:9", palette, moods, store, generator=OfflineImageGenerator())
    again = await make_images(prompts, "16:9", palette, moods, store, generator=OfflineImageGenerator())

    assert first.provider == "offline"
    assert [work.outcome for work in first.work] == ["generated"] * 3
    assert [work.outcome for work in again.work] == ["cache_hit"] * 3
    assert again.assets == first.assets
    assert len({asset.key for asset in first.assets if asset}) == 3
    assert len(list(store.root.iterdir())) == 3


async def test_a_mood_for_every_prompt_is_required(store: LocalAssetStore, palette: ColorPalette) -> None:
    with pytest.raises(ValueError, match="2 prompts but 1 moods"):
        await make_images(["a", "b"], "1:1", palette, ["proof"], store, generator=OfflineImageGenerator())
