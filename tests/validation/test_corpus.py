"""Every hostile sample is rejected with a diagnostic naming its technique; every legitimate one passes."""

from pathlib import Path

import pytest
from _pytest.mark import ParameterSet

from domain.script import VideoScript
from tests.validation.corpus import ASSETS, EXAMPLES, HOSTILE, LEGIT, expected_code
from video.engine import EngineClient
from video.validation import validate_composition


def test_the_corpora_are_large_enough() -> None:
    assert len(HOSTILE) >= 40
    assert len(LEGIT) >= 20
    assert (
        len({expected_code(sample.read_text()) for sample in HOSTILE}) >= 30
    )  # many distinct techniques, not one


def sources(paths: list[Path]) -> list[ParameterSet]:
    return [pytest.param(path.read_text(), id=path.stem) for path in paths]


@pytest.mark.parametrize("tsx", sources(HOSTILE))
async def test_hostile_sample_is_rejected_naming_its_technique(
    engine: EngineClient, script: VideoScript, tsx: str
) -> None:
    result = await validate_composition(engine, tsx, script, ASSETS)
    expected = expected_code(tsx)
    assert not result.ok
    assert result.js is None
    named = [item for item in result.errors if item.code == expected]
    assert named, f"no error with code {expected}: {[item.render() for item in result.diagnostics]}"


@pytest.mark.parametrize("tsx", sources(LEGIT))
async def test_legit_sample_passes(engine: EngineClient, script: VideoScript, tsx: str) -> None:
    result = await validate_composition(engine, tsx, script, ASSETS)
    assert result.errors == [], [item.render() for item in result.errors]
    assert result.ok
    assert result.js and "exports" in result.js
    assert not [item for item in result.diagnostics if item.check == "security"]


@pytest.mark.parametrize("tsx", sources(EXAMPLES))
async def test_example_composition_passes(engine: EngineClient, tsx: str) -> None:
    result = await validate_composition(engine, tsx)
    assert result.errors == [], [item.render() for item in result.errors]
    assert not [item for item in result.diagnostics if item.check == "security"]
