"""The eval cases: valid brief files that together cover every kind of request, aspect, length, style and
voice setting, and the hard cases the issue lists."""

from collections.abc import Callable
from pathlib import Path

import pytest

from domain.vocab import ASPECTS, DURATIONS, STYLES
from evals.dataset import CASES_DIR, load_cases
from store.brief.load import load_brief
from store.brief.model import Brief

CASE_FILES = sorted(CASES_DIR.glob("*.yaml"))
BRIEFS = {path.stem: load_brief(path) for path in CASE_FILES}


@pytest.mark.parametrize("path", CASE_FILES, ids=[path.stem for path in CASE_FILES])
def test_every_case_is_a_valid_brief(path: Path) -> None:
    load_brief(path)


def test_there_are_enough_cases_and_they_load_as_a_dataset() -> None:
    cases = load_cases()
    assert len(cases) >= 16
    assert [case.name for case in cases] == sorted(BRIEFS)


def _catalog_text(brief: Brief) -> str:
    parts = [brief.prompt, brief.store.name]
    if brief.course:
        parts += [brief.course.title, brief.course.description, brief.course.creator or ""]
        parts += [module.title for module in brief.course.modules or []]
    if brief.product:
        parts += [brief.product.name, brief.product.description, *brief.product.features]
    return "\n".join(parts)


def _kind(brief: Brief) -> str:
    if brief.course:
        return "course"
    if brief.product:
        return "product"
    return "feature" if "feature" in brief.prompt.lower() else "prompt-only"


COVERAGE: dict[str, Callable[[list[Brief]], bool]] = {
    "every kind of request": lambda briefs: (
        {_kind(b) for b in briefs} == {"course", "product", "feature", "prompt-only"}
    ),
    "every aspect": lambda briefs: {b.aspect for b in briefs} == set(ASPECTS),
    "every duration": lambda briefs: {b.duration for b in briefs} == set(DURATIONS),
    "every style": lambda briefs: {b.style for b in briefs} == set(STYLES),
    "voice on and off": lambda briefs: {b.voice for b in briefs} == {True, False},
    "a very long title": lambda briefs: any(b.course and len(b.course.title) >= 150 for b in briefs),
    "a very long description": lambda briefs: any(
        b.course and len(b.course.description) >= 3000 for b in briefs
    ),
    "emoji": lambda briefs: any("🎹" in _catalog_text(b) for b in briefs),
    "accented text": lambda briefs: any("É" in _catalog_text(b) for b in briefs),
    "CJK text": lambda briefs: any("東京" in _catalog_text(b) for b in briefs),
    "a free product": lambda briefs: any(b.product and b.product.price == 0 for b in briefs),
    "30+ modules": lambda briefs: any(b.course and len(b.course.modules or []) >= 30 for b in briefs),
    "missing optional data": lambda briefs: any(
        b.course and not (b.prompt or b.course.description or b.course.modules or b.course.creator)
        for b in briefs
    ),
    "prompt injection": lambda briefs: any(
        "ignore previous instructions" in _catalog_text(b).lower() for b in briefs
    ),
    "a closing script tag": lambda briefs: any("</script>" in _catalog_text(b) for b in briefs),
    "code injection": lambda briefs: any('"; fetch("' in _catalog_text(b) for b in briefs),
    "Jinja braces": lambda briefs: any("{{" in _catalog_text(b) and "{%" in _catalog_text(b) for b in briefs),
}


@pytest.mark.parametrize("requirement", COVERAGE)
def test_the_cases_cover(requirement: str) -> None:
    assert COVERAGE[requirement](list(BRIEFS.values()))
