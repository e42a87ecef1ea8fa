"""What laid-out frames show: the still checks on the checker's frames, the lowest text contrast, the
readable texts of every frame, and the frames on disk with a contact sheet."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evals.observe.frame_reader import LaidOutFrame
from evals.seen import SeenFrame
from video.stills.analysis import analyse_frame, decode_png, merge_repeats
from video.stills.contact_sheet import make_thumbnail, write_contact_sheet
from video.stills.context import FrameContext
from video.stills.dom import Box, TextElement
from video.stills.frames import SceneSpan, scene_at
from video.stills.models import CheckedFrame, LayoutIssue
from video.stills.page_checks import has_render_failure
from video.stills.pixel_checks import measure_contrast, text_mask
from video.stills.rules import DEFAULT_RULES, CheckRules

# A text counts as shown when at least this share of it is inside the frame and inside its clipping box.
SHOWN_SHARE = 0.5


@dataclass
class FrameAnalysis:
    frames: list[SeenFrame]
    issues: list[LayoutIssue]
    min_contrast: float | None
    contact_sheet: Path | None


def _inside_share(element: TextElement, box: Box) -> float:
    area = element.rect.area
    return element.rect.intersection(box).area / area if area > 0 else 0.0


def is_readable(element: TextElement, width: int, height: int, rules: CheckRules = DEFAULT_RULES) -> bool:
    """On screen at this frame: opaque enough, inside the frame and its clip box, not covered."""
    frame = Box(x=0, y=0, width=width, height=height)
    return (
        bool(element.text.strip())
        and element.opacity >= rules.min_opacity
        and _inside_share(element, frame) >= SHOWN_SHARE
        and (element.clip_rect is None or _inside_share(element, element.clip_rect) >= SHOWN_SHARE)
        and element.occluded_fraction < rules.occluded_share
    )


def analyse_frames(
    laid_out: Sequence[LaidOutFrame],
    checked: Collection[int],
    spans: Sequence[SceneSpan],
    out_dir: Path,
    rules: CheckRules = DEFAULT_RULES,
) -> FrameAnalysis:
    """Writes each frame's PNG to `out_dir` and the contact sheet of the checked frames beside them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    last = max((frame.frame for frame in laid_out), default=0)
    seen: list[SeenFrame] = []
    issues: list[LayoutIssue] = []
    contrasts: list[float] = []
    thumbnails = []
    for item in laid_out:
        report, scene = item.report, scene_at(spans, item.frame)
        picture = decode_png(item.png)
        path = out_dir / f"frame-{item.frame:05d}.png"
        path.write_bytes(item.png)
        readable = [element for element in report.texts if is_readable(element, report.width, report.height)]
        seen.append(
            SeenFrame(
                frame=item.frame,
                scene=scene,
                checked=item.frame in checked,
                texts=[element.text for element in readable if not element.truncated],
                cut_texts=[element.text for element in readable if element.truncated],
                png=path,
            )
        )
        if item.frame not in checked:
            continue
        ctx = FrameContext(
            frame=item.frame,
            scene=scene,
            width=report.width,
            height=report.height,
            rules=rules,
            is_first_or_last=item.frame in (0, last),
        )
        image = np.asarray(picture, dtype=np.uint8)
        issues.extend(analyse_frame(ctx, report, image, item.failed_images, item.blocked))
        thumbnails.append((CheckedFrame(frame=item.frame, scene=scene, png=path), make_thumbnail(picture)))
        if has_render_failure(report):
            continue
        mask = text_mask(report)
        for element in report.texts:
            if ctx.is_settled(element) and element.opacity >= rules.contrast_min_opacity:
                ratio = measure_contrast(image, mask, element)
                if ratio is not None:
                    contrasts.append(ratio)
    issues = merge_repeats(issues)
    size = (laid_out[0].report.width, laid_out[0].report.height) if laid_out else (0, 0)
    sheet = write_contact_sheet(thumbnails, issues, size, out_dir / "contact-sheet.png")
    return FrameAnalysis(
        frames=seen,
        issues=issues,
        min_contrast=round(min(contrasts), 2) if contrasts else None,
        contact_sheet=sheet,
    )
