"""A small JPEG of a checked frame: enough for a vision model to judge the layout, cheap in tokens."""

from pathlib import Path

from PIL import Image

PREVIEW_WIDTH = 360


def write_model_preview(frame: Image.Image, path: Path) -> Path:
    preview = frame.convert("RGB")
    preview.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
    preview.save(path, format="JPEG", quality=80)
    return path
