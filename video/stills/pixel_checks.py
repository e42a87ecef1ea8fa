"""Checks on the screenshot's pixels: text contrast (WCAG) against what is really behind it, blank frames.

Contrast: the background is sampled in a band just outside each line of the text (other text masked out),
so cards, pills, gradients and photos behind the text count as they were painted. The text colour is the CSS
colour composited at the element's opacity over the median background; gradient or transparent fills have
no single CSS colour, so the text colour is read from the glyph pixels (the 90th percentile of contrast
inside the line boxes). The ratio is taken against the background's worst side (its 85th or 15th luminance
percentile), so a busy photo behind white text counts by its brightest parts.
"""

import numpy as np
from numpy.typing import NDArray

from video.stills.context import FrameContext
from video.stills.dom import Box, FrameReport, TextElement
from video.stills.models import LayoutIssue, Severity

Image = NDArray[np.uint8]

_SRGB_TO_LINEAR = np.array(
    [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in np.arange(256) / 255.0],
    dtype=np.float64,
)
_LUMA_WEIGHTS = np.array([0.2126, 0.7152, 0.0722])
_MIN_BACKGROUND_PIXELS = 16


def relative_luminance(rgb: NDArray[np.generic]) -> NDArray[np.float64]:
    """WCAG relative luminance of sRGB pixels (..., 3) with 0-255 channels."""
    linear = _SRGB_TO_LINEAR[np.clip(np.rint(rgb), 0, 255).astype(np.intp)]
    return np.asarray(linear @ _LUMA_WEIGHTS, dtype=np.float64)


def contrast_ratio(a: float, b: float) -> float:
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def _pixel_box(box: Box, width: int, height: int, grow: int = 0) -> tuple[int, int, int, int] | None:
    x0 = max(0, int(np.floor(box.x)) - grow)
    y0 = max(0, int(np.floor(box.y)) - grow)
    x1 = min(width, int(np.ceil(box.right)) + grow)
    y1 = min(height, int(np.ceil(box.bottom)) + grow)
    return (x0, y0, x1, y1) if x1 - x0 >= 2 and y1 - y0 >= 2 else None


def text_mask(report: FrameReport) -> NDArray[np.bool_]:
    """Every pixel covered by a line of visible text."""
    mask = np.zeros((report.height, report.width), dtype=np.bool_)
    for element in report.texts:
        for line in element.lines:
            box = _pixel_box(line, report.width, report.height)
            if box:
                x0, y0, x1, y1 = box
                mask[y0:y1, x0:x1] = True
    return mask


def _visible_lines(element: TextElement, width: int, height: int) -> list[tuple[int, int, int, int]]:
    boxes = []
    for line in element.lines:
        shown = line.intersection(element.clip_rect) if element.clip_rect else line
        box = _pixel_box(shown, width, height)
        if box:
            boxes.append(box)
    return boxes


def measure_contrast(image: Image, mask: NDArray[np.bool_], element: TextElement) -> float | None:
    """The element's contrast ratio against what is painted around it; None when too little shows."""
    height, width = mask.shape
    lines = _visible_lines(element, width, height)
    band = int(np.clip(round(0.15 * element.font_size), 2, 12)) + 1
    background_parts: list[Image] = []
    for x0, y0, x1, y1 in lines:
        ex0, ey0, ex1, ey1 = (
            max(0, x0 - band),
            max(0, y0 - band),
            min(width, x1 + band),
            min(height, y1 + band),
        )
        background_parts.append(image[ey0:ey1, ex0:ex1][~mask[ey0:ey1, ex0:ex1]])
    if not background_parts:
        return None
    background = np.concatenate(background_parts)
    if len(background) < _MIN_BACKGROUND_PIXELS:
        return None
    background_luminance = relative_luminance(background)
    median = float(np.median(background_luminance))
    if element.color is not None:
        red, green, blue, alpha = element.color
        coverage = alpha * element.opacity
        behind = np.median(background, axis=0)
        text_luminance = float(
            relative_luminance(coverage * np.array([red, green, blue]) + (1 - coverage) * behind)
        )
    else:
        glyphs = np.concatenate([image[y0:y1, x0:x1].reshape(-1, 3) for x0, y0, x1, y1 in lines])
        glyph_luminance = relative_luminance(glyphs)
        ratios = (np.maximum(glyph_luminance, median) + 0.05) / (np.minimum(glyph_luminance, median) + 0.05)
        text_luminance = float(glyph_luminance[np.argsort(ratios)[int(0.9 * (len(ratios) - 1))]])
    worst = float(np.percentile(background_luminance, 85 if text_luminance >= median else 15))
    return contrast_ratio(text_luminance, worst)


def _is_large(ctx: FrameContext, element: TextElement) -> bool:
    rules = ctx.rules
    if element.font_size >= rules.large_text_share * ctx.short_side:
        return True
    return element.font_weight >= 700 and element.font_size >= rules.large_bold_text_share * ctx.short_side


def contrast_issue(
    ctx: FrameContext, image: Image, mask: NDArray[np.bool_], element: TextElement
) -> LayoutIssue | None:
    ratio = measure_contrast(image, mask, element)
    if ratio is None:
        return None
    large = _is_large(ctx, element)
    required = ctx.rules.contrast_large if large else ctx.rules.contrast_normal
    if ratio >= required:
        return None
    severity: Severity = "error" if ratio < ctx.rules.contrast_large else "warning"
    return ctx.issue(
        "contrast",
        severity,
        element.text,
        f"contrast {ratio:.2f}:1 against what is behind the text is below WCAG AA {required:g}:1 for "
        f"{'large' if large else 'normal'} text; use a lighter or darker colour, or a darker card behind it",
        box=element.rect,
        measured=round(ratio, 2),
        required=required,
    )


def luminance_spread(image: Image) -> float:
    """Spread of the frame's luminance (0.5th to 99.5th percentile, 0-255), from every fourth pixel."""
    sample = image[::4, ::4].reshape(-1, 3).astype(np.float64) @ np.array([0.299, 0.587, 0.114])
    low, high = np.percentile(sample, [0.5, 99.5])
    return float(high - low)


def blank_issue(ctx: FrameContext, image: Image) -> LayoutIssue | None:
    spread = luminance_spread(image)
    if spread >= ctx.rules.blank_luminance_spread:
        return None
    red, green, blue = (int(v) for v in np.median(image[::8, ::8].reshape(-1, 3), axis=0))
    colour = f"#{red:02X}{green:02X}{blue:02X}"
    return ctx.issue(
        "blank",
        "warning" if ctx.is_first_or_last else "error",
        f"flat {colour}",
        f"frame {ctx.frame} is blank (flat {colour}): nothing is on screen here; bring the scene's content "
        "in earlier or keep it on screen longer",
        measured=round(spread, 1),
        required=ctx.rules.blank_luminance_spread,
    )


def pixel_issues(ctx: FrameContext, image: Image, report: FrameReport) -> list[LayoutIssue]:
    blank = blank_issue(ctx, image)
    if blank is not None:
        return [blank]
    mask = text_mask(report)
    issues = []
    for element in report.texts:
        if ctx.is_settled(element) and element.opacity >= ctx.rules.contrast_min_opacity:
            issue = contrast_issue(ctx, image, mask, element)
            if issue is not None:
                issues.append(issue)
    return issues
