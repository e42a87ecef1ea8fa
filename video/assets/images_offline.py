"""Offline images: procedural dark studio artwork from the palette and the scene mood, fixed per prompt."""

import asyncio
import hashlib
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from domain.aspect import FRAME_SIZES
from domain.script import ColorPalette, Mood
from video.assets.image_types import ImageRequest

RENDER_VERSION = 1
# Light and shapes are drawn at a quarter of the frame size and scaled up: glows are smooth, nothing is lost.
_SCALE = 4
_JPEG_QUALITY = 88

Color = tuple[float, float, float]
Layer = np.ndarray


def _rgb(hex_color: str) -> Color:
    return (int(hex_color[1:3], 16) / 255, int(hex_color[3:5], 16) / 255, int(hex_color[5:7], 16) / 255)


def _seed(request: ImageRequest) -> int:
    text = "|".join([request.prompt, request.aspect, request.palette.model_dump_json(), request.mood])
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _background(width: int, height: int, palette: ColorPalette, rng: np.random.Generator) -> Layer:
    angle = rng.uniform(0, math.tau)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    t = (xs / width - 0.5) * math.cos(angle) + (ys / height - 0.5) * math.sin(angle) + 0.5
    t = np.clip(t, 0, 1)[..., None]
    dark = np.array(_rgb(palette.background), np.float32) * 0.6
    tint = np.array(_rgb(palette.primary), np.float32) * 0.18 + dark * 0.7
    return dark * (1 - t) + tint * t


def _add_orbs(canvas: Layer, colors: list[Color], count: int, rng: np.random.Generator) -> None:
    height, width = canvas.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    for _ in range(count):
        cx, cy = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height
        radius = rng.uniform(0.18, 0.45) * min(width, height)
        strength = rng.uniform(0.35, 0.8)
        color = np.array(colors[int(rng.integers(len(colors)))], np.float32)
        falloff = np.exp(-(((xs - cx) ** 2 + (ys - cy) ** 2) / (radius * radius)) * 2.2)
        canvas += falloff[..., None] * color * strength


def _waveform(width: int, height: int, rng: np.random.Generator, jagged: bool) -> list[tuple[float, float]]:
    centre = height * rng.uniform(0.45, 0.62)
    amplitude = height * rng.uniform(0.05, 0.11)
    phases = rng.uniform(0, math.tau, 3)
    points = []
    for x in range(0, width + 1, 2):
        u = x / width
        envelope = math.sin(math.pi * u) ** 1.5
        y = sum(math.sin(u * math.tau * f + p) / f for f, p in zip((3, 7, 13), phases, strict=True))
        if jagged:
            y = max(-0.9, min(0.9, y * 1.8 + rng.uniform(-0.5, 0.5)))
        points.append((float(x), centre + y * amplitude * envelope))
    return points


def _draw_shapes(width: int, height: int, mood: Mood, colors: list[Color], rng: np.random.Generator) -> Layer:
    """The mood's studio motif, drawn as light on black at the reduced size."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)

    def paint(color: Color, level: float) -> tuple[int, int, int]:
        return (int(color[0] * 255 * level), int(color[1] * 255 * level), int(color[2] * 255 * level))

    accent, secondary, primary = colors
    if mood in ("solution", "excitement", "frustration"):
        line = _waveform(width, height, rng, jagged=mood == "frustration")
        draw.line(line, fill=paint(accent, 1.0), width=max(2, width // 160))
    if mood in ("proof", "solution"):
        bars, base = 24, height * 0.86
        step = width * 0.8 / bars
        for index in range(bars):
            level = rng.uniform(0.15, 1.0) * math.sin(math.pi * (index + 0.5) / bars) ** 0.6
            left = width * 0.1 + index * step
            draw.rectangle(
                (left, base - level * height * 0.22, left + step * 0.6, base), fill=paint(secondary, 0.8)
            )
    if mood in ("urgency", "excitement"):
        cx, cy = width * rng.uniform(0.35, 0.65), height * rng.uniform(0.35, 0.6)
        for ring in range(1, 6):
            radius = ring * min(width, height) * 0.09
            draw.ellipse(
                (cx - radius, cy - radius, cx + radius, cy + radius),
                outline=paint(primary if ring % 2 else accent, 1.0 - ring * 0.12),
                width=max(1, width // 220),
            )
    if mood in ("intrigue", "frustration", "urgency"):
        top = width * rng.uniform(0.3, 0.7)
        spread = width * rng.uniform(0.35, 0.6)
        draw.polygon(
            [
                (top - width * 0.03, 0),
                (top + width * 0.03, 0),
                (top + spread, height),
                (top - spread, height),
            ],
            fill=paint(secondary, 0.1),
        )
    sharp = np.asarray(image, np.float32) / 255
    glow = np.asarray(image.filter(ImageFilter.GaussianBlur(max(2, width // 60))), np.float32) / 255
    return sharp * 0.8 + glow * 1.6


def _vignette(width: int, height: int) -> Layer:
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    distance = np.sqrt(((xs / width - 0.5) * 2) ** 2 + ((ys / height - 0.5) * 2) ** 2)
    return np.clip(1.15 - 0.45 * distance**2, 0.25, 1.0)[..., None]


def render_offline_image(request: ImageRequest) -> bytes:
    """A JPEG of the frame size for the request's aspect ratio; the same request gives the same bytes."""
    width, height = FRAME_SIZES[request.aspect]
    small_width, small_height = width // _SCALE, height // _SCALE
    rng = np.random.default_rng(_seed(request))
    palette = request.palette
    colors = [_rgb(palette.accent), _rgb(palette.secondary), _rgb(palette.primary)]

    canvas = _background(small_width, small_height, palette, rng)
    orb_count = {"intrigue": 2, "frustration": 2, "solution": 3, "proof": 3, "urgency": 3, "excitement": 5}
    _add_orbs(canvas, colors, orb_count[request.mood], rng)
    canvas += _draw_shapes(small_width, small_height, request.mood, colors, rng)
    canvas *= _vignette(small_width, small_height)
    # Soft tone mapping keeps bright overlaps from clipping into flat white.
    canvas = 1 - np.exp(-canvas * 1.4)

    small = Image.fromarray((np.clip(canvas, 0, 1) * 255).astype(np.uint8))
    frame = np.asarray(small.resize((width, height), Image.Resampling.BICUBIC), np.int16)
    grain = rng.integers(-9, 10, size=((height + 1) // 2, (width + 1) // 2), dtype=np.int16)
    frame = frame + np.repeat(np.repeat(grain, 2, axis=0), 2, axis=1)[:height, :width, None]
    output = io.BytesIO()
    Image.fromarray(np.clip(frame, 0, 255).astype(np.uint8)).save(output, "JPEG", quality=_JPEG_QUALITY)
    return output.getvalue()


class OfflineImageGenerator:
    """The default image provider when no FAL_KEY is set."""

    name = "offline"
    extension = "jpg"
    concurrency = 2

    def cache_inputs(self, request: ImageRequest) -> dict[str, object]:
        return {
            "provider": self.name,
            "version": RENDER_VERSION,
            "prompt": request.prompt,
            "aspect": request.aspect,
            "palette": request.palette.to_json_dict(),
            "mood": request.mood,
        }

    async def generate(self, request: ImageRequest) -> bytes:
        return await asyncio.to_thread(render_offline_image, request)
