"""Each fixture composition has one known defect: the still check finds it, on the right frame and element,
and reports nothing else at error level. A clean composition passes in every aspect ratio."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.stills.conftest import FACTS, compile_fixture, fixture_props
from video.engine import EngineClient
from video.stills import LayoutIssue, StillChecker, StillsReport
from video.stills.static_server import StaticServer


@dataclass(frozen=True)
class Defect:
    fixture: str
    kind: str
    frame: int
    text: str
    frames: list[int] | None = None
    clean_frames: list[int] = field(default_factory=list)


DEFECTS = [
    Defect("overflowing_headline", "overflow", 45, "Make your mixes warm"),
    Defect("bottom_band_text", "safe_area", 45, "Enroll at pauseplayrepeat.com"),
    Defect("low_contrast", "contrast", 45, "Saturation & Warmth"),
    Defect("overlapping_cards", "overlap", 45, "Gain staging"),
    Defect("blank_middle", "blank", 45, "flat #07070D", clean_frames=[12, 89]),
    Defect("throws_at_40", "runtime_error", 40, "TypeError", frames=[30, 40, 50], clean_frames=[30]),
    Defect("missing_font", "font_fallback", 0, "Make your mixes warm"),
    Defect("clipped_text", "clipped", 45, "Twelve lessons on tape"),
    Defect("small_text", "small_text", 45, "pauseplayrepeat.com"),
    # The sandbox refuses the <style> element before the font is requested (issue 14, wall 3).
    Defect("web_font_import", "runtime_error", 0, "<style> is not allowed"),
    Defect("forbidden_import", "runtime_error", 0, 'import of "fs" is not allowed'),
]

COURSE_FACTS = {**FACTS, "modules": ["Gain staging", "Parallel saturation"]}


async def run_fixture(
    engine: EngineClient, checker: StillChecker, name: str, tmp_path: Path, **kwargs: Any
) -> StillsReport:
    js = await compile_fixture(engine, name)
    frames = kwargs.pop("frames", None)
    allowed = kwargs.pop("allowed_origins", ())
    return await checker.check(
        js=js, props=fixture_props(**kwargs), frames=frames, out_dir=tmp_path, allowed_origins=allowed
    )


def errors_of(report: StillsReport) -> list[LayoutIssue]:
    return [issue for issue in report.issues if issue.severity == "error"]


@pytest.mark.parametrize("defect", DEFECTS, ids=[defect.fixture for defect in DEFECTS])
async def test_finds_the_defect(
    engine: EngineClient, checker: StillChecker, defect: Defect, tmp_path: Path
) -> None:
    report = await run_fixture(
        engine, checker, defect.fixture, tmp_path, frames=defect.frames, facts=COURSE_FACTS
    )
    found = [
        issue for issue in errors_of(report) if issue.kind == defect.kind and issue.frame == defect.frame
    ]
    assert found, f"no {defect.kind} error at frame {defect.frame}: {report.issues}"
    assert defect.text in found[0].text
    assert {issue.kind for issue in errors_of(report)} == {defect.kind}
    assert not [issue for issue in errors_of(report) if issue.frame in defect.clean_frames]


async def test_overflow_and_overlap_point_at_the_elements(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    overflow = await run_fixture(engine, checker, "overflowing_headline", tmp_path / "a", frames=[45])
    (issue,) = overflow.issues
    assert issue.rect is not None and issue.rect.x < 0 and issue.rect.x + issue.rect.width > 540
    assert "left and right" in issue.message
    cards = await run_fixture(
        engine, checker, "overlapping_cards", tmp_path / "b", frames=[45], facts=COURSE_FACTS
    )
    (overlap,) = cards.issues
    assert "Parallel saturation" in overlap.message
    assert isinstance(overlap.measured, float) and overlap.measured > 0.15


async def test_bottom_band_is_an_error_only_in_portrait(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    # 16:9 has no platform UI bands; its title-safe margins only warn.
    landscape = await run_fixture(engine, checker, "bottom_band_text", tmp_path, frames=[45], size=(960, 540))
    assert errors_of(landscape) == []


async def test_contrast_is_measured_against_the_pixels(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    report = await run_fixture(engine, checker, "low_contrast", tmp_path, frames=[45])
    (issue,) = report.issues
    # #2A2A36 on #07070D is 1.42:1 by the WCAG formula.
    assert issue.measured == pytest.approx(1.42, abs=0.05)
    assert issue.required == 4.5


async def test_missing_font_names_the_family(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    report = await run_fixture(engine, checker, "missing_font", tmp_path)
    (issue,) = report.issues
    assert issue.required == "Montserrat"
    assert issue.measured == "serif"
    assert "also at frames 12, 45, 89" in issue.message


async def test_web_font_request_is_blocked_and_reported(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    report = await run_fixture(engine, checker, "web_font_import", tmp_path, frames=[45])
    # Refused in the page (the <style> element), so the browser never even asks for the font.
    assert [(issue.kind, issue.severity) for issue in report.issues] == [("runtime_error", "error")]
    assert "<style> is not allowed" in report.issues[0].text


async def test_exception_is_reported_once_with_its_frames(
    engine: EngineClient, checker: StillChecker, tmp_path: Path
) -> None:
    report = await run_fixture(engine, checker, "throws_at_40", tmp_path, frames=[30, 40, 41])
    (issue,) = report.issues
    assert issue.frame == 40
    assert "Cannot read properties of undefined" in issue.text
    assert "also at frames 41" in issue.message


async def test_broken_image_on_the_asset_server(
    engine: EngineClient, checker: StillChecker, fixture_server: StaticServer, tmp_path: Path
) -> None:
    missing = f"{fixture_server.origin}/missing.png"
    report = await run_fixture(
        engine,
        checker,
        "broken_image",
        tmp_path,
        frames=[0, 45],
        images=[missing],
        allowed_origins=[fixture_server.origin],
    )
    (issue,) = errors_of(report)
    assert (issue.kind, issue.frame, issue.text) == ("broken_image", 0, missing)
    assert issue.rect is not None and issue.rect.width == 300


async def test_image_from_an_origin_that_is_not_allowed_is_blocked(
    engine: EngineClient, checker: StillChecker, fixture_server: StaticServer, tmp_path: Path
) -> None:
    cover = f"{fixture_server.origin}/cover.png"
    allowed = await run_fixture(
        engine,
        checker,
        "broken_image",
        tmp_path / "a",
        frames=[45],
        images=[cover],
        allowed_origins=[fixture_server.origin],
    )
    assert allowed.issues == []
    blocked = await run_fixture(engine, checker, "broken_image", tmp_path / "b", frames=[45], images=[cover])
    (issue,) = blocked.issues
    assert issue.kind == "broken_image"
    assert "not on an allowed origin" in issue.message


@pytest.mark.parametrize(
    "size", [(540, 960), (960, 540), (540, 540), (270, 480)], ids=["9x16", "16x9", "1x1", "tiny"]
)
async def test_clean_composition_passes(
    engine: EngineClient, checker: StillChecker, size: tuple[int, int], tmp_path: Path
) -> None:
    report = await run_fixture(engine, checker, "clean", tmp_path, size=size)
    assert report.issues == []
    assert [frame.frame for frame in report.frames] == [0, 12, 45, 89]
    for frame in report.frames:
        with Image.open(frame.png) as png:
            assert png.size == size
    assert report.contact_sheet is not None and report.contact_sheet.exists()
