"""The video aspect ratios the studio renders, and the pixel size of a full-frame image for each."""

from typing import Literal, get_args

Aspect = Literal["9:16", "16:9", "1:1"]
ASPECTS: tuple[Aspect, ...] = get_args(Aspect)

FRAME_SIZES: dict[Aspect, tuple[int, int]] = {
    "9:16": (1080, 1920),
    "16:9": (1920, 1080),
    "1:1": (1080, 1080),
}
