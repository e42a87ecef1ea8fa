"""Checks on the geometry the page reported: text leaving the frame, the safe area or its box; clipped,
overlapping, hidden or too small text; fonts that are not installed."""

from itertools import combinations

from video.stills.context import FrameContext
from video.stills.dom import Box, FrameReport, TextElement
from video.stills.models import LayoutIssue, Severity
from video.stills.rules import is_portrait, safe_insets

# Copies of the same text stacked on purpose (glow layers, shadows) overlap by design.
_LAYERED_COPY_IOU = 0.6
_GENERIC = frozenset({"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "emoji", "math"})


def _sides_outside(inner: Box, outer: Box) -> dict[str, float]:
    return {
        "left": outer.x - inner.x,
        "top": outer.y - inner.y,
        "right": inner.right - outer.right,
        "bottom": inner.bottom - outer.bottom,
    }


def _worst_side(inner: Box, outer: Box) -> tuple[str, float]:
    side, distance = max(_sides_outside(inner, outer).items(), key=lambda item: item[1])
    return side, distance


def _visible_share(element: TextElement, region: Box) -> float:
    area = element.text_area
    if area <= 0:
        return 1.0
    return sum(line.intersection(region).area for line in element.lines) / area


def _grown(box: Box, by: float) -> Box:
    return Box(x=box.x - by, y=box.y - by, width=box.width + 2 * by, height=box.height + 2 * by)


def check_overflow(ctx: FrameContext, element: TextElement) -> LayoutIssue | None:
    """Text past the frame edge, or spilling out of the card or pill drawn around it."""
    outside = {
        side: d for side, d in _sides_outside(element.rect, ctx.frame_box).items() if d > ctx.tolerance
    }
    if outside:
        sides = " and ".join(outside) + (" edges" if len(outside) > 1 else " edge")
        distance = max(outside.values())
        return ctx.issue(
            "overflow",
            "error",
            element.text,
            f"text runs up to {distance:.0f} px past the {sides} of the frame; shrink, wrap or shorten",
            box=element.rect,
            measured=f"{distance:.0f} px past the {sides}",
            required=f"inside the {ctx.width}x{ctx.height} frame",
        )
    if element.box_rect is None or element.clip_rect is not None:
        return None
    side, distance = _worst_side(element.rect, element.box_rect)
    if distance > max(ctx.tolerance, 0.1 * element.font_size):
        return ctx.issue(
            "overflow",
            "error",
            element.text,
            f"text spills {distance:.0f} px out of the {side} of the box drawn around it; "
            "make the text smaller or the box bigger",
            box=element.rect,
            measured=f"{distance:.0f} px outside its box",
            required="inside its box",
        )
    return None


def check_safe_area(ctx: FrameContext, element: TextElement) -> LayoutIssue | None:
    insets = safe_insets(ctx.width, ctx.height)
    safe = insets.area(ctx.width, ctx.height)
    visible = element.rect.intersection(ctx.frame_box)
    intrusions = {side: d for side, d in _sides_outside(visible, safe).items() if d > ctx.tolerance}
    if not intrusions:
        return None
    portrait = is_portrait(ctx.width, ctx.height)
    in_ui_band = portrait and any(side in ("top", "bottom") for side in intrusions)
    side = max(intrusions, key=lambda name: intrusions[name])
    if portrait and side in ("top", "bottom"):
        share = insets.top if side == "top" else insets.bottom
        where = f"the {side} {share:.0%} of a 9:16 frame, where TikTok, Reels and Shorts draw their UI"
    else:
        share = getattr(insets, side)
        where = f"the {side} {share:.0%} margin" + ("" if portrait else " (title-safe area)")
    edge = {"top": safe.y, "bottom": safe.bottom, "left": safe.x, "right": safe.right}[side]
    return ctx.issue(
        "safe_area",
        "error" if in_ui_band else "warning",
        element.text,
        f"text reaches {intrusions[side]:.0f} px into {where}; move it towards the centre",
        box=element.rect,
        measured=f"{intrusions[side]:.0f} px past the safe {side} edge",
        required=f"{side} edge within {edge:.0f} px",
    )


def check_clipped(ctx: FrameContext, element: TextElement) -> LayoutIssue | None:
    if element.truncated:
        return ctx.issue(
            "clipped",
            "warning",
            element.text,
            "text is cut short with an ellipsis or a line clamp; shorten it or give it more room",
            box=element.rect,
        )
    if element.clip_rect is None:
        return None
    share = _visible_share(element, _grown(element.clip_rect, ctx.tolerance))
    if share <= 0 or share >= 0.999:
        # Entirely hidden by its container is a reveal that has not started; that is not a cut.
        return None
    return ctx.issue(
        "clipped",
        "error",
        element.text,
        f"only {share:.0%} of the text shows: its container cuts it off; make the text smaller or the "
        "container bigger",
        box=element.rect,
        measured=round(share, 3),
        required=1.0,
    )


def check_small_text(ctx: FrameContext, element: TextElement) -> LayoutIssue | None:
    rules = ctx.rules
    error_px = rules.small_text_error_share * ctx.short_side
    warning_px = rules.small_text_warning_share * ctx.short_side
    if element.font_size >= warning_px:
        return None
    severity: Severity = "error" if element.font_size < error_px else "warning"
    return ctx.issue(
        "small_text",
        severity,
        element.text,
        f"{element.font_size:.0f} px text is too small to read on a phone at {ctx.width}x{ctx.height}; "
        f"use at least {warning_px:.0f} px",
        box=element.rect,
        measured=round(element.font_size, 1),
        required=round(warning_px, 1),
    )


def _iou(a: Box, b: Box) -> float:
    shared = a.intersection(b).area
    union = a.area + b.area - shared
    return shared / union if union > 0 else 0.0


def check_overlaps(ctx: FrameContext, elements: list[TextElement]) -> list[LayoutIssue]:
    """Texts drawn over each other, and texts hidden under an opaque element that is not part of them."""
    issues: list[LayoutIssue] = []
    overlapping: set[int] = set()
    for a, b in combinations(elements, 2):
        if a.text == b.text and _iou(a.rect, b.rect) > _LAYERED_COPY_IOU:
            continue
        shared = sum(la.intersection(lb).area for la in a.lines for lb in b.lines)
        smaller = min(a.text_area, b.text_area)
        if smaller <= 0 or shared / smaller < ctx.rules.overlap_share:
            continue
        overlapping.update((a.index, b.index))
        issues.append(
            ctx.issue(
                "overlap",
                "error",
                a.text,
                f'text overlaps "{b.text[:60]}" ({shared / smaller:.0%} of the smaller one); '
                "move one of them or give them separate rows",
                box=a.rect.intersection(b.rect),
                measured=round(shared / smaller, 2),
                required=f"below {ctx.rules.overlap_share:.2f}",
            )
        )
    for element in elements:
        if element.index in overlapping or element.occluded_fraction < ctx.rules.occluded_share:
            continue
        issues.append(
            ctx.issue(
                "overlap",
                "error",
                element.text,
                f"text is hidden under {element.occluded_by or 'another element'} "
                f"({element.occluded_fraction:.0%} of it); move one of them",
                box=element.rect,
                measured=element.occluded_fraction,
                required=f"below {ctx.rules.occluded_share:.2f}",
            )
        )
    return issues


def check_fonts(ctx: FrameContext, report: FrameReport) -> list[LayoutIssue]:
    """Font families that are not installed, so the browser drew the text in another one."""
    issues: list[LayoutIssue] = []
    seen: set[tuple[str, ...]] = set()
    for element in report.texts:
        key = tuple(element.missing_families)
        if not key or key in seen:
            continue
        seen.add(key)
        named_fallback = element.used_family is not None and element.used_family.lower() not in _GENERIC
        used = element.used_family or "the browser default"
        issues.append(
            ctx.issue(
                "font_fallback",
                "warning" if named_fallback else "error",
                element.text,
                f"font {', '.join(element.missing_families)} is not installed, so the text is drawn in "
                f"{used}; use the theme font F (Inter)",
                box=element.rect,
                measured=used,
                required=element.missing_families[0],
            )
        )
    for family in dict.fromkeys(report.failed_font_faces):
        issues.append(
            ctx.issue(
                "font_fallback",
                "error",
                family,
                f"font face {family} could not be loaded (renders have no network); use the theme font F",
                required=family,
            )
        )
    return issues


def layout_issues(ctx: FrameContext, report: FrameReport) -> list[LayoutIssue]:
    # Text parked entirely off-frame is waiting to slide in; nobody sees it at this frame.
    settled = [
        element
        for element in report.texts
        if ctx.is_settled(element) and element.rect.intersection(ctx.frame_box).area > 0
    ]
    issues: list[LayoutIssue] = []
    for element in settled:
        overflow = check_overflow(ctx, element)
        issues.extend(
            issue
            for issue in (
                overflow,
                None if overflow else check_safe_area(ctx, element),
                check_clipped(ctx, element),
                check_small_text(ctx, element),
            )
            if issue is not None
        )
    issues.extend(check_overlaps(ctx, settled))
    issues.extend(check_fonts(ctx, report))
    return issues
