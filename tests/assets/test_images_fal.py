"""make_images through the real fal-client against a fake fal queue API on 127.0.0.1.

fal-client builds its queue URL from the module constant `QUEUE_URL_FORMAT` ("https://queue.fal.run/");
the test points that constant at the fake server. Everything after the submit (status, result, cancel)
follows the URLs the server returns, as with the real service.
"""

import io
from collections.abc import Iterator

import fal_client.client
import pytest
from PIL import Image

from domain.aspect import Aspect
from domain.errors import UserError
from domain.script import ColorPalette
from tests.assets.fake_fal import GOOD_KEY, FakeFal
from video.assets.asset_store import LocalAssetStore
from video.assets.image_types import ImageProviderAuthError
from video.assets.images import choose_image_generator, make_images
from video.assets.images_fal import PROMPT_STYLE, FalImageGenerator
from video.assets.images_offline import OfflineImageGenerator


@pytest.fixture
def fal(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeFal]:
    with FakeFal() as fake:
        monkeypatch.setattr(fal_client.client, "QUEUE_URL_FORMAT", fake.queue_url)
        yield fake


def generator(
    key: str = GOOD_KEY, concurrency: int = 4, timeout_s: float = 5.0, download_timeout_s: float = 5.0
) -> FalImageGenerator:
    return FalImageGenerator(
        key,
        concurrency=concurrency,
        timeout_s=timeout_s,
        download_timeout_s=download_timeout_s,
        poll_interval_s=0.01,
    )


def image_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        return image.size


async def test_each_prompt_is_one_request_with_the_house_style(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    batch = await make_images(
        ["A producer at a mixing desk.", "Tape machine glowing"],
        "9:16",
        palette,
        ["intrigue", "solution"],
        store,
        generator=generator(),
    )

    assert batch.provider == "fal"
    assert [work.outcome for work in batch.work] == ["generated", "generated"]
    assert set(fal.state.authorizations) == {f"Key {GOOD_KEY}"}
    assert [submission["path"] for submission in fal.state.submissions] == ["/fal-ai/flux/dev"] * 2
    prompts = sorted(submission["arguments"]["prompt"] for submission in fal.state.submissions)
    assert prompts == ["A producer at a mixing desk" + PROMPT_STYLE, "Tape machine glowing" + PROMPT_STYLE]
    for submission in fal.state.submissions:
        assert submission["arguments"]["image_size"] == "portrait_16_9"
        assert submission["arguments"]["num_inference_steps"] == 28
    for asset in batch.assets:
        assert asset is not None and asset.key.endswith(".jpg")
        assert image_size(store.get(asset.key)) == (576, 1024)


@pytest.mark.parametrize(
    ("aspect", "preset", "size"),
    [("16:9", "landscape_16_9", (1024, 576)), ("1:1", "square_hd", (1024, 1024))],
)
async def test_image_size_follows_the_aspect_ratio(
    fal: FakeFal,
    store: LocalAssetStore,
    palette: ColorPalette,
    aspect: Aspect,
    preset: str,
    size: tuple[int, int],
) -> None:
    batch = await make_images(["Studio"], aspect, palette, ["proof"], store, generator=generator())

    assert fal.state.submissions[0]["arguments"]["image_size"] == preset
    asset = batch.assets[0]
    assert asset is not None and image_size(store.get(asset.key)) == size


async def test_identical_requests_are_not_generated_twice(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    first = await make_images(["Vinyl"], "1:1", palette, ["proof"], store, generator=generator())
    second = await make_images(["Vinyl"], "1:1", palette, ["proof"], store, generator=generator())

    assert len(fal.state.submissions) == 1
    assert second.work[0].outcome == "cache_hit"
    assert second.assets == first.assets


async def test_requests_run_in_parallel_within_the_concurrency_limit(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    fal.state.polls_before_done = 5
    prompts = [f"Scene {number}" for number in range(6)]

    batch = await make_images(
        prompts, "1:1", palette, ["proof"] * 6, store, generator=generator(concurrency=3)
    )

    assert batch.failed == 0
    assert fal.state.max_active == 3


async def test_one_failed_image_leaves_its_slot_empty_and_the_rest_continue(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    prompts = ["Good one", "FAIL please", "Another good one"]

    batch = await make_images(prompts, "9:16", palette, ["proof"] * 3, store, generator=generator())

    assert batch.assets[0] is not None and batch.assets[2] is not None
    assert batch.assets[1] is None
    assert [work.outcome for work in batch.work] == ["generated", "failed", "generated"]
    assert batch.work[1].detail == "fal.ai answered HTTP 500: Internal server error"


@pytest.mark.parametrize(
    ("prompt", "detail"),
    [
        ("MALFORMED result", "fal.ai answered without an image"),
        ("BROKENFILE result", "fal.ai's image file is not a readable image"),
        ("NSFW result", "fal.ai's safety checker blanked the image"),
    ],
)
async def test_malformed_answers_fail_only_their_slot(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette, prompt: str, detail: str
) -> None:
    batch = await make_images([prompt, "Fine"], "1:1", palette, ["proof"] * 2, store, generator=generator())

    assert batch.assets[0] is None and batch.assets[1] is not None
    assert batch.work[0].detail is not None and batch.work[0].detail.startswith(detail)


async def test_a_generation_that_never_finishes_times_out_and_is_cancelled(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    batch = await make_images(
        ["STALL forever", "Fine"], "1:1", palette, ["proof"] * 2, store, generator=generator(timeout_s=1.2)
    )

    assert batch.assets[0] is None and batch.assets[1] is not None
    assert batch.work[0].detail == "fal.ai gave no image within 1.2 s"
    assert len(fal.state.cancelled) == 1


async def test_a_stalled_download_times_out(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    batch = await make_images(
        ["SLOWFILE"], "1:1", palette, ["proof"], store, generator=generator(download_timeout_s=0.3)
    )

    assert batch.assets == [None]
    assert batch.work[0].detail == "image download took longer than 0.3 s"


async def test_a_refused_key_stops_the_batch_with_a_clear_error(
    fal: FakeFal, store: LocalAssetStore, palette: ColorPalette
) -> None:
    with pytest.raises(ImageProviderAuthError) as refused:
        await make_images(
            ["One", "Two"], "1:1", palette, ["proof"] * 2, store, generator=generator("wrong-key")
        )

    assert isinstance(refused.value, UserError)
    assert str(refused.value) == (
        "FAL_KEY: fal.ai refused the key (HTTP 401); set a valid FAL_KEY, or unset it to use offline images"
    )
    assert fal.state.submissions == []
    assert list(store.root.iterdir()) == []


def test_the_provider_follows_fal_key() -> None:
    assert isinstance(choose_image_generator({"FAL_KEY": "abc"}), FalImageGenerator)
    assert isinstance(choose_image_generator({"FAL_KEY": "  "}), OfflineImageGenerator)
    assert isinstance(choose_image_generator({}), OfflineImageGenerator)
