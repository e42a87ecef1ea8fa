"""Runs every check on one captured frame, and merges issues that repeat on every frame into one."""

import io
from collections.abc import Mapping

from PIL import Image as PILImage

from video.stills.context import FrameContext
from video.stills.dom import FrameReport
from video.stills.layout_checks import layout_issues
from video.stills.models import LayoutIssue
from video.stills.page_checks import (
    blocked_request_issues,
    broken_image_issues,
    has_render_failure,
    runtime_issues,
)
from video.stills.pixel_checks import Image, pixel_issues

# Issues that come from the code, not the frame: said once, at the first frame showing them, others listed.
_ONCE_PER_CHECK = frozenset({"runtime_error", "font_fallback", "broken_image"})


def decode_png(png: bytes) -> PILImage.Image:
    with PILImage.open(io.BytesIO(png)) as picture:
        return picture.convert("RGB")


def analyse_frame(
    ctx: FrameContext,
    report: FrameReport,
    image: Image,
    failed_images: Mapping[str, str],
    blocked: Mapping[str, str],
) -> list[LayoutIssue]:
    """Every issue on one frame; a frame showing the 'Render Error' fallback gets only its runtime issues."""
    issues = runtime_issues(ctx, report) + blocked_request_issues(ctx, blocked)
    if has_render_failure(report):
        return issues
    issues += broken_image_issues(ctx, report, failed_images)
    issues += layout_issues(ctx, report)
    if image.shape[:2] != (report.height, report.width):
        raise ValueError(
            f"screenshot is {image.shape[1]}x{image.shape[0]}, frame is {report.width}x{report.height}"
        )
    issues += pixel_issues(ctx, image, report)
    return issues


def merge_repeats(issues: list[LayoutIssue]) -> list[LayoutIssue]:
    """Keeps the first of each code-level issue (same kind, severity and text) and notes the other frames."""
    result: list[LayoutIssue] = []
    repeats: dict[tuple[str, str, str], tuple[int, list[int]]] = {}
    for issue in sorted(issues, key=lambda item: item.frame):
        key = (issue.kind, issue.severity, issue.text)
        if issue.kind not in _ONCE_PER_CHECK:
            result.append(issue)
        elif key not in repeats:
            repeats[key] = (len(result), [])
            result.append(issue)
        elif issue.frame != result[repeats[key][0]].frame and issue.frame not in repeats[key][1]:
            repeats[key][1].append(issue.frame)
    for position, frames in repeats.values():
        if frames:
            also = f" (also at frames {', '.join(map(str, frames))})"
            result[position] = result[position].model_copy(
                update={"message": result[position].message + also}
            )
    return result
