"""Contrast and blank-frame rules on synthetic screenshots."""

import numpy as np

from tests.stills.elements import box, context, frame_report, text
from video.stills.pixel_checks import blank_issue, contrast_ratio, measure_contrast, pixel_issues, text_mask

BACKGROUND = (7, 7, 13)


def canvas(width: int = 200, height: int = 100, colour: tuple[int, int, int] = BACKGROUND) -> np.ndarray:
    image = np.zeros((height, width, 3), dtype=np.uint8)
    image[:, :] = colour
    return image


def test_wcag_ratio_of_white_on_black_is_21() -> None:
    assert contrast_ratio(1.0, 0.0) == 21.0
    assert contrast_ratio(0.0, 1.0) == 21.0


def test_solid_text_colour_against_the_sampled_background() -> None:
    image = canvas()
    line = box(50, 40, 100, 20)
    element = text("Warm", line, color=(42.0, 42.0, 54.0, 1.0))
    report = frame_report(200, 100, [element])
    ratio = measure_contrast(image, text_mask(report), report.texts[0])
    assert ratio is not None and abs(ratio - 1.42) < 0.02


def test_card_behind_the_text_counts_not_the_page() -> None:
    image = canvas()
    image[30:70, 30:170] = (109, 40, 217)
    element = text("Enroll", box(50, 40, 100, 20))
    report = frame_report(200, 100, [element])
    ratio = measure_contrast(image, text_mask(report), report.texts[0])
    assert ratio is not None and abs(ratio - 7.1) < 0.2


def test_gradient_text_is_measured_from_its_glyph_pixels() -> None:
    image = canvas()
    image[42:58:3, 52:148] = (240, 240, 240)
    element = text("Warm", box(50, 40, 100, 20), color=None)
    report = frame_report(200, 100, [element])
    ratio = measure_contrast(image, text_mask(report), report.texts[0])
    assert ratio is not None and ratio > 15


def with_glyphs(image: np.ndarray, x: int, y: int, colour: tuple[int, int, int]) -> np.ndarray:
    """Stripes of `colour` standing in for the glyphs of a 60x20 line of text at (x, y)."""
    image[y + 2 : y + 18 : 3, x + 2 : x + 58] = colour
    return image


def test_half_faded_text_is_not_judged_yet() -> None:
    element = text("Warm", box(50, 40, 60, 20), color=(42.0, 42.0, 54.0, 1.0), opacity=0.6)
    image = with_glyphs(canvas(), 50, 40, (26, 26, 34))
    image[80:, :] = (255, 255, 255)
    assert pixel_issues(context(200, 100), image, frame_report(200, 100, [element])) == []


def test_low_contrast_normal_text_is_an_error_below_3_and_a_warning_below_4_5() -> None:
    image = with_glyphs(with_glyphs(canvas(), 20, 20, (70, 70, 80)), 120, 20, (105, 105, 115))
    grey = text("grey", box(20, 20, 60, 20), color=(70.0, 70.0, 80.0, 1.0), font_size=4)
    mid = text("mid", box(120, 20, 60, 20), color=(105.0, 105.0, 115.0, 1.0), font_size=4)
    # 4 px is normal-size text in a 200x100 frame (large starts at 6.1 px there).
    issues = pixel_issues(context(200, 100), image, frame_report(200, 100, [grey, mid]))
    assert [(issue.text, issue.severity) for issue in issues] == [("grey", "error"), ("mid", "warning")]


def test_flat_frames_are_blank() -> None:
    assert blank_issue(context(200, 100), canvas()) is not None
    first_frame = blank_issue(context(200, 100, frame=0, first_or_last=True), canvas())
    assert first_frame is not None and first_frame.severity == "warning"
    busy = canvas()
    busy[40:60, 40:160] = (255, 255, 255)
    assert blank_issue(context(200, 100), busy) is None
