"""Diagnostics point at the offending token: 1-based lines, and columns counted in characters."""

import pytest

from video.engine import EngineClient
from video.validation import Diagnostic, validate_composition

HEADER = """import React from 'react';
import { AbsoluteFill, Img } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';
"""


def position(code: str, needle: str) -> tuple[int, int]:
    """Line and column (1-based, in characters) of the first occurrence of `needle`."""
    offset = code.index(needle)
    line = code.count("\n", 0, offset) + 1
    column = offset - (code.rfind("\n", 0, offset) + 1) + 1
    return line, column


def at(diagnostics: list[Diagnostic], code: str) -> tuple[int, int]:
    found = [(item.line, item.column) for item in diagnostics if item.code == code]
    assert len(found) == 1, f"{code}: {[item.render() for item in diagnostics]}"
    return found[0]


COMPOSITION = (
    HEADER
    + """
export default function Video({ facts }: GeneratedVideoProps) {
  const label = '🎵 Warm ✨ ' + facts.title; const leak = window.location;
  const F = (() => 0).constructor;
  const table: Record<string, () => void> = {};
  table[facts.title]?.();
  let n = 0;
  while (true) {
    n += 1;
  }
  return (
    <AbsoluteFill>
      {label}{String(leak)}{String(F)}
      <Img src="http://127.0.0.1:9/x.png" />
    </AbsoluteFill>
  );
}
"""
)


@pytest.mark.parametrize(
    ("code", "needle"),
    [
        ("forbidden-global", "window.location"),  # after emoji and other wide characters on the same line
        ("constructor-access", "constructor;"),
        ("computed-member", "facts.title]?.()"),
        ("endless-loop", "while (true)"),
        ("external-url", '"http://127.0.0.1:9/x.png"'),
    ],
)
async def test_security_diagnostic_points_at_the_token(engine: EngineClient, code: str, needle: str) -> None:
    result = await validate_composition(engine, COMPOSITION)
    assert at(result.diagnostics, code) == position(COMPOSITION, needle)


async def test_type_error_position(engine: EngineClient) -> None:
    tsx = (
        HEADER
        + """
export default function Video() {
  const n: number = 'text';
  return <AbsoluteFill>{n}</AbsoluteFill>;
}
"""
    )
    result = await validate_composition(engine, tsx)
    assert at(result.diagnostics, "TS2322") == position(tsx, "n: number")


async def test_syntax_error_position_after_multibyte_text(engine: EngineClient) -> None:
    tsx = "const s = '🎵é'; const x = ;\n"
    compiled = await engine.compile(tsx)
    assert not compiled["ok"]
    [diagnostic] = compiled["diagnostics"]
    assert (diagnostic["line"], diagnostic["column"]) == position(tsx, ";\n")
    result = await validate_composition(engine, tsx)
    assert position(tsx, ";\n") in {(item.line, item.column) for item in result.errors}


async def test_structure_diagnostic_points_at_the_scene(engine: EngineClient) -> None:
    tsx = (
        HEADER
        + "import { Sequence } from 'remotion';\n"
        + "\nexport default function Video() {\n  return (\n    <AbsoluteFill>\n"
        + "      <Sequence durationInFrames={30}>\n        <div>no exit here</div>\n      </Sequence>\n"
        + "    </AbsoluteFill>\n  );\n}\n"
    )
    result = await validate_composition(engine, tsx)
    assert at(result.diagnostics, "missing-exit") == position(tsx, "<Sequence durationInFrames")
