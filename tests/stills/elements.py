"""Page reports built by hand, for testing the checks' rules without a browser."""

from typing import Any

from video.stills.context import FrameContext
from video.stills.dom import Box, FrameReport, TextElement
from video.stills.rules import DEFAULT_RULES


def box(x: float, y: float, width: float, height: float) -> Box:
    return Box(x=x, y=y, width=width, height=height)


def text(content: str, rect: Box, **fields: Any) -> TextElement:
    values: dict[str, Any] = {
        "index": 0,
        "text": content,
        "lines": [rect],
        "rect": rect,
        "font_size": rect.height / 1.2,
        "font_weight": 700,
        "scale": 1.0,
        "color": (255.0, 255.0, 255.0, 1.0),
        "opacity": 1.0,
        "families": ["Inter", "sans-serif"],
        "used_family": "Inter",
        "missing_families": [],
        "clip_rect": None,
        "truncated": False,
        "box_rect": None,
        "occluded_fraction": 0.0,
        "occluded_by": None,
    }
    values.update(fields)
    return TextElement(**values)


def frame_report(width: int, height: int, texts: list[TextElement], **fields: Any) -> FrameReport:
    numbered = [element.model_copy(update={"index": index}) for index, element in enumerate(texts)]
    values: dict[str, Any] = {
        "frame": 10,
        "width": width,
        "height": height,
        "texts": numbered,
        "images": [],
        "background_images": [],
        "failed_font_faces": [],
        "errors": [],
        "settle_ms": 0,
        "inspect_ms": 0,
    }
    values.update(fields)
    return FrameReport(**values)


def context(width: int, height: int, frame: int = 10, first_or_last: bool = False) -> FrameContext:
    return FrameContext(
        frame=frame,
        scene="hook",
        width=width,
        height=height,
        rules=DEFAULT_RULES,
        is_first_or_last=first_or_last,
    )
