"""What the colour observer finds in a frame: a brand accent that covers little of a frame whose ground is
another vivid hue is still found, and a hue that is not on screen is not."""

from PIL import Image, ImageDraw

from evals.evaluators.brand import NEAR
from evals.evaluators.colour_distance import nearest_distances
from evals.observe.video_colours import accent_colours

DARK_PURPLE, BRIGHT_PURPLE = (0x2A, 0x1B, 0x40), (0x84, 0x47, 0xED)
GREEN, ORANGE = "#22C55E", "#F97316"


def purple_frame(green_share: float) -> Image.Image:
    """A 160x90 frame whose ground shades from dark to bright purple (all of it vivid, as in a cinematic
    spotlight), with a green button of `green_share` of its area."""
    picture = Image.new("RGB", (160, 90))
    draw = ImageDraw.Draw(picture)
    for x in range(160):
        shade = tuple(
            round(dark + (bright - dark) * x / 159)
            for dark, bright in zip(DARK_PURPLE, BRIGHT_PURPLE, strict=True)
        )
        draw.line((x, 0, x, 89), fill=shade)
    side = round((green_share * 160 * 90) ** 0.5)
    if side:
        draw.rectangle((70, 40, 70 + side - 1, 40 + side - 1), fill=GREEN)
    return picture


def nearest(colour: str, picture: Image.Image) -> float:
    found = [accent.hex for accent in accent_colours(picture)]
    return nearest_distances([colour], found)[0] if found else float("inf")


def test_a_small_accent_on_a_vivid_ground_is_found() -> None:
    picture = purple_frame(0.01)
    assert nearest(GREEN, picture) <= NEAR
    assert nearest("#7C3AED", picture) <= NEAR


def test_a_hue_that_is_not_on_screen_is_not_found() -> None:
    assert nearest(GREEN, purple_frame(0)) > NEAR
    assert nearest(ORANGE, purple_frame(0.01)) > NEAR


def test_a_patch_below_the_accent_share_is_left_out() -> None:
    assert nearest(GREEN, purple_frame(0.0004)) > NEAR
