"""One image with every checked frame, labelled, with the issues outlined: for people, not for the model."""

from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from video.stills.models import CheckedFrame, LayoutIssue
from video.stills.rules import safe_insets

THUMB_LONG_SIDE = 480
MAX_COLUMNS = 6
GAP = 12
LABEL_HEIGHT = 44
BACKGROUND = (18, 18, 28)
ERROR = (239, 68, 68)
WARNING = (250, 204, 21)
SAFE_GUIDE = (6, 182, 212)
OK = (34, 197, 94)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def make_thumbnail(frame: Image.Image) -> Image.Image:
    """The frame shrunk to THUMB_LONG_SIDE on its long side (made while other frames are still captured)."""
    scale = THUMB_LONG_SIDE / max(frame.size)
    size = (max(1, round(frame.width * scale)), max(1, round(frame.height * scale)))
    return frame.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)


def _annotated(thumb: Image.Image, issues: Sequence[LayoutIssue], width: int, height: int) -> Image.Image:
    thumb = thumb.copy()
    scale_x, scale_y = thumb.width / width, thumb.height / height
    draw = ImageDraw.Draw(thumb)
    safe = safe_insets(width, height).area(width, height)
    guide = (safe.x * scale_x, safe.y * scale_y, safe.right * scale_x, safe.bottom * scale_y)
    draw.rectangle(guide, outline=SAFE_GUIDE, width=1)
    for issue in issues:
        if issue.rect is None:
            continue
        box = issue.rect
        outline = (
            box.x * scale_x,
            box.y * scale_y,
            (box.x + box.width) * scale_x,
            (box.y + box.height) * scale_y,
        )
        draw.rectangle(outline, outline=ERROR if issue.severity == "error" else WARNING, width=2)
    return thumb


def _summary(issues: Sequence[LayoutIssue]) -> tuple[str, tuple[int, int, int]]:
    if not issues:
        return "no issues", OK
    errors = sum(issue.severity == "error" for issue in issues)
    warnings = len(issues) - errors
    text = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    return text, ERROR if errors else WARNING


def write_contact_sheet(
    frames: Sequence[tuple[CheckedFrame, Image.Image]],
    issues: Sequence[LayoutIssue],
    size: tuple[int, int],
    out: Path,
) -> Path | None:
    """Writes the sheet of (frame, thumbnail) pairs, safe area and issues outlined; None without frames."""
    if not frames:
        return None
    width, height = size
    thumb_w, thumb_h = frames[0][1].size
    columns = min(len(frames), MAX_COLUMNS)
    rows = -(-len(frames) // columns)
    cell_w, cell_h = thumb_w, thumb_h + LABEL_HEIGHT
    sheet = Image.new("RGB", (GAP + columns * (cell_w + GAP), GAP + rows * (cell_h + GAP)), BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    title, detail = _font(16), _font(13)
    for position, (frame, thumb) in enumerate(frames):
        x = GAP + (position % columns) * (cell_w + GAP)
        y = GAP + (position // columns) * (cell_h + GAP)
        on_frame = [issue for issue in issues if issue.frame == frame.frame]
        sheet.paste(_annotated(thumb, on_frame, width, height), (x, y))
        label = f"frame {frame.frame}" + (f" · {frame.scene}" if frame.scene else "")
        draw.text((x + 2, y + thumb_h + 4), label, fill=(255, 255, 255), font=title)
        summary, colour = _summary(on_frame)
        draw.text((x + 2, y + thumb_h + 24), summary, fill=colour, font=detail)
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out, compress_level=1)
    return out
