"""The dominant colours of chosen frames of the MP4 itself (what a viewer sees), decoded small with the
ffmpeg that ships with Remotion's compositor."""

import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from evals.seen import DominantColour, FrameColours
from video.engine.media import MediaInfo, compositor_tool

# Enough pixels for a button of 1 % of the frame, few enough to decode a 90 s video in a few seconds.
THUMB_LONG_SIDE = 160
PALETTE_SIZE = 16
MIN_SHARE = 0.005
# Accents (buttons, gradient text, glows) are small and vivid: quantised apart from the dark or pale ground,
# which would otherwise swallow them, and kept down to a smaller share of the frame; each hue band (30
# degrees) apart from the others, so that a hue filling most of the frame cannot swallow another's patch.
ACCENT_SATURATION = 0.35
ACCENT_VALUE = 0.25
HUE_BANDS = 12
ACCENTS_PER_BAND = 3
MIN_ACCENT_SHARE = 0.001


def thumbnail_size(width: int, height: int) -> tuple[int, int]:
    scale = THUMB_LONG_SIDE / max(width, height)
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def decode_frames(video: Path, media: MediaInfo, frames: Sequence[int]) -> dict[int, Image.Image]:
    """Small RGB pictures of `frames` (0-based); frames past the video's end are left out. Every frame goes
    through a small PNG: the compositor's ffmpeg has neither `select` nor raw video output."""
    width, height = thumbnail_size(media.width, media.height)
    ffmpeg, env = compositor_tool("ffmpeg")
    with tempfile.TemporaryDirectory(prefix="eval-colours-") as folder:
        pattern = str(Path(folder) / "%05d.png")
        command = [str(ffmpeg), "-v", "error", "-i", str(video), "-map", "0:v:0", "-vf"]
        subprocess.run([*command, f"scale={width}:{height}", "-c:v", "png", pattern], check=True, env=env)
        pictures = {}
        for frame in sorted(set(frames)):
            path = Path(folder) / f"{frame + 1:05d}.png"
            if path.is_file():
                with Image.open(path) as picture:
                    pictures[frame] = picture.convert("RGB")
        return pictures


def _palette(picture: Image.Image, size: int, total: int, min_share: float) -> list[DominantColour]:
    quantised = picture.quantize(colors=size, method=Image.Quantize.MEDIANCUT)
    palette = quantised.getpalette() or []
    colours = []
    for count, index in sorted(quantised.getcolors() or [], reverse=True):
        share = count / total
        if share < min_share or not isinstance(index, int):
            continue
        red, green, blue = palette[index * 3 : index * 3 + 3]
        colours.append(DominantColour(hex=f"#{red:02X}{green:02X}{blue:02X}", share=round(share, 4)))
    return colours


def dominant_colours(picture: Image.Image) -> list[DominantColour]:
    """The frame's colours after median-cut quantisation, largest share first, tiny ones left out."""
    rgb = picture.convert("RGB")
    return _palette(rgb, PALETTE_SIZE, rgb.width * rgb.height, MIN_SHARE)


def accent_colours(picture: Image.Image) -> list[DominantColour]:
    """The vivid pixels' own colours, as shares of the whole frame, quantised one hue band at a time: a small
    green button on a purple frame stays green instead of being averaged into the purples around it."""
    rgb = picture.convert("RGB")
    hsv = np.asarray(rgb.convert("HSV"), dtype=np.float64) / 255
    pixels = np.asarray(rgb, dtype=np.uint8)
    vivid = (hsv[..., 1] >= ACCENT_SATURATION) & (hsv[..., 2] >= ACCENT_VALUE)
    bands = np.minimum((hsv[..., 0] * HUE_BANDS).astype(np.int64), HUE_BANDS - 1)
    total = rgb.width * rgb.height
    colours = []
    for band in range(HUE_BANDS):
        chosen = pixels[vivid & (bands == band)]
        if len(chosen) < max(1, MIN_ACCENT_SHARE * total):
            continue
        strip = Image.fromarray(chosen.reshape(1, -1, 3), "RGB")
        colours.extend(_palette(strip, ACCENTS_PER_BAND, total, MIN_ACCENT_SHARE))
    return sorted(colours, key=lambda colour: colour.share, reverse=True)


def video_colours(video: Path, media: MediaInfo, frames: Sequence[int]) -> list[FrameColours]:
    return [
        FrameColours(frame=frame, colours=dominant_colours(picture), accents=accent_colours(picture))
        for frame, picture in decode_frames(video, media, frames).items()
    ]
