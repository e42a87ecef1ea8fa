"""The six examples (generated-code form, run through DynamicVideo) and the three templates pass the still
check with no error-level issue, at half size in 9:16 and in 16:9."""

from pathlib import Path

import pytest

from tests.stills.registered import EXAMPLES_DIR, Registered, registered_examples, registered_templates
from video.engine import EngineClient
from video.stills import StillChecker, StillsReport
from video.stills.frames import scene_spans

SIZES = {"9x16": (540, 960), "16x9": (960, 540)}


def describe(report: StillsReport) -> str:
    return "\n".join(f"{issue.frame} {issue.kind}: {issue.text!r} {issue.message}" for issue in report.errors)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> list[Registered]:
    return registered_examples(tmp_path_factory.mktemp("examples"))


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> list[Registered]:
    return registered_templates(tmp_path_factory.mktemp("templates"))


def test_every_example_file_is_registered(examples: list[Registered]) -> None:
    files = {path for path in EXAMPLES_DIR.glob("*.tsx") if path.name != "index.tsx"}
    assert {example.source for example in examples} == files


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
async def test_examples_pass(
    engine: EngineClient,
    checker: StillChecker,
    examples: list[Registered],
    size: tuple[int, int],
    tmp_path: Path,
) -> None:
    assert examples
    failures = {}
    for example in examples:
        compiled = await engine.compile(example.source.read_text())
        assert compiled["ok"], compiled
        duration = sum(span.length for span in scene_spans(example.props["script"]))
        props = {**example.props, "durationInFrames": duration, "width": size[0], "height": size[1]}
        report = await checker.check(js=compiled["js"], props=props, out_dir=tmp_path / example.id)
        if not report.passed:
            failures[example.id] = describe(report)
    assert not failures, "\n".join(f"{name}:\n{text}" for name, text in failures.items())


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
async def test_templates_pass(
    checker: StillChecker, templates: list[Registered], size: tuple[int, int], tmp_path: Path
) -> None:
    assert len(templates) == 3
    failures = {}
    for template in templates:
        duration = sum(span.length for span in scene_spans(template.props["script"]))
        report = await checker.check_composition(
            template.id,
            template.props,
            width=size[0],
            height=size[1],
            duration_in_frames=duration,
            out_dir=tmp_path / template.id,
        )
        if not report.passed:
            failures[template.id] = describe(report)
    assert not failures, "\n".join(f"{name}:\n{text}" for name, text in failures.items())
