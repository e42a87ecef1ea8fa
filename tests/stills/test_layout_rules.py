"""The geometry rules on hand-built page reports: severities, thresholds and what is left alone."""

import pytest

from tests.stills.elements import box, context, frame_report, text
from video.stills import LayoutIssue
from video.stills.layout_checks import layout_issues


def kinds(issues: list[LayoutIssue]) -> list[tuple[str, str]]:
    return [(issue.kind, issue.severity) for issue in issues]


def test_portrait_ui_bands_are_errors_and_side_margins_warnings() -> None:
    in_bottom_band = text("Enroll now", box(200, 1700, 600, 60))
    near_the_side = text("Gain staging", box(20, 900, 400, 60))
    issues = layout_issues(context(1080, 1920), frame_report(1080, 1920, [in_bottom_band, near_the_side]))
    assert kinds(issues) == [("safe_area", "error"), ("safe_area", "warning")]
    assert "bottom 22%" in issues[0].message


def test_landscape_has_title_safe_margins_that_only_warn() -> None:
    low = text("Enroll now", box(600, 1035, 600, 40))
    issues = layout_issues(context(1920, 1080), frame_report(1920, 1080, [low]))
    assert kinds(issues) == [("safe_area", "warning")]


def test_text_leaving_the_frame_is_an_overflow_not_a_safe_area_issue() -> None:
    wide = text("Make your mixes warm", box(-100, 900, 1300, 100))
    issues = layout_issues(context(1080, 1920), frame_report(1080, 1920, [wide]))
    assert kinds(issues) == [("overflow", "error")]
    assert "left and right edges" in issues[0].message


def test_text_spilling_out_of_its_card() -> None:
    spilling = text("Parallel saturation", box(300, 900, 500, 60), box_rect=box(300, 880, 400, 100))
    issues = layout_issues(context(1080, 1920), frame_report(1080, 1920, [spilling]))
    assert kinds(issues) == [("overflow", "error")]
    assert "out of the right of the box" in issues[0].message


def test_clipping_partial_is_an_error_truncation_a_warning_hidden_nothing() -> None:
    cut = text("cut", box(300, 900, 400, 120), clip_rect=box(300, 900, 400, 60))
    clamped = text("clamped", box(300, 1100, 400, 60), clip_rect=box(300, 1100, 400, 60), truncated=True)
    not_yet_revealed = text("reveal", box(300, 1300, 400, 60), clip_rect=box(300, 1400, 400, 60))
    issues = layout_issues(context(1080, 1920), frame_report(1080, 1920, [cut, clamped, not_yet_revealed]))
    assert [(issue.kind, issue.severity, issue.text) for issue in issues] == [
        ("clipped", "error", "cut"),
        ("clipped", "warning", "clamped"),
    ]
    # Half the text shows; the clip edge gets the small geometry tolerance.
    assert issues[0].measured == pytest.approx(0.54, abs=0.01)


def test_small_text_thresholds_scale_with_the_frame() -> None:
    at_half_size = [
        text("a", box(200, 400, 100, 11), font_size=11),
        text("b", box(200, 500, 100, 8), font_size=8),
    ]
    issues = layout_issues(context(540, 960), frame_report(540, 960, at_half_size))
    assert kinds(issues) == [("small_text", "warning"), ("small_text", "error")]
    assert issues[0].required == 12.0
    full_size = [
        text("a", box(200, 900, 200, 22), font_size=22),
        text("b", box(200, 1000, 200, 24), font_size=24),
    ]
    assert kinds(layout_issues(context(1080, 1920), frame_report(1080, 1920, full_size))) == [
        ("small_text", "warning")
    ]


def test_overlapping_texts_but_not_layered_copies() -> None:
    first = text("Gain staging", box(200, 900, 500, 60))
    second = text("Parallel saturation", box(300, 910, 500, 60))
    glow_copy = text("Gain staging", box(200, 900, 500, 60))
    issues = layout_issues(context(1080, 1920), frame_report(1080, 1920, [first, glow_copy, second]))
    assert [(issue.kind, issue.text) for issue in issues] == [
        ("overlap", "Gain staging"),
        ("overlap", "Gain staging"),
    ]
    assert all("Parallel saturation" in issue.message for issue in issues)


def test_text_hidden_under_an_opaque_element() -> None:
    covered = text(
        "Twelve lessons", box(200, 900, 500, 60), occluded_fraction=0.67, occluded_by="Gain staging"
    )
    issues = layout_issues(context(1080, 1920), frame_report(1080, 1920, [covered]))
    assert kinds(issues) == [("overlap", "error")]
    assert "hidden under Gain staging" in issues[0].message


def test_fading_scaling_and_offscreen_text_is_left_alone() -> None:
    elements = [
        text("fading in", box(200, 1800, 500, 60), opacity=0.3),
        text("popping in", box(200, 1800, 500, 60), scale=0.5),
        text("parked", box(-900, 900, 500, 60)),
    ]
    assert layout_issues(context(1080, 1920), frame_report(1080, 1920, elements)) == []


def test_missing_fonts_once_per_family_list() -> None:
    fell_to_generic = text(
        "Headline",
        box(200, 900, 500, 60),
        families=["Montserrat", "serif"],
        used_family="serif",
        missing_families=["Montserrat"],
    )
    same_again = text(
        "Subhead",
        box(200, 1100, 500, 60),
        families=["Montserrat", "serif"],
        used_family="serif",
        missing_families=["Montserrat"],
    )
    fell_to_inter = text(
        "Body",
        box(200, 1000, 500, 60),
        families=["Poppins", "Inter"],
        used_family="Inter",
        missing_families=["Poppins"],
    )
    issues = layout_issues(
        context(1080, 1920), frame_report(1080, 1920, [fell_to_generic, same_again, fell_to_inter])
    )
    assert [(issue.kind, issue.severity, issue.required) for issue in issues] == [
        ("font_fallback", "error", "Montserrat"),
        ("font_fallback", "warning", "Poppins"),
    ]
