"""What the model gets back: one instruction line, the diagnostics verbatim, the offending lines marked."""

from agent.validation_feedback import format_for_model
from video.engine import EngineClient
from video.validation import Diagnostic, ValidationResult, validate_composition

TSX = "\n".join(f"line {number}" for number in range(1, 21)) + "\n"


def diagnostic(
    line: int, severity: str = "error", check: str = "security", code: str = "forbidden-global"
) -> Diagnostic:
    return Diagnostic.model_validate(
        {
            "check": check,
            "severity": severity,
            "line": line,
            "column": 3,
            "code": code,
            "message": f"bad {line}",
        }
    )


def test_errors_then_marked_lines_with_context_and_gaps() -> None:
    result = ValidationResult(
        ok=False, diagnostics=[diagnostic(12, "warning", "structure", "missing-exit"), diagnostic(4)]
    )
    text = format_for_model(result, TSX)
    lines = text.splitlines()
    assert lines[0].startswith("Fix the errors below")
    assert lines[2] == "composition.tsx:4:3: error [security/forbidden-global] bad 4"
    assert lines[3] == "composition.tsx:12:3: warning [structure/missing-exit] bad 12"
    assert lines[5:] == [
        "composition.tsx:",
        "⋮",
        " 3│ line 3",
        " 4█ line 4",
        " 5│ line 5",
        "⋮",
        "11│ line 11",
        "12█ line 12",
        "13│ line 13",
        "⋮",
    ]


def test_a_clean_result_says_so() -> None:
    assert (
        format_for_model(ValidationResult(ok=True, diagnostics=[]), TSX)
        == "composition.tsx passed every check."
    )


def test_warnings_only_still_ask_for_a_fix() -> None:
    text = format_for_model(ValidationResult(ok=True, diagnostics=[diagnostic(1, "warning")]), TSX)
    assert text.splitlines()[0].startswith("composition.tsx passed with warnings")
    assert text.endswith("composition.tsx:\n1█ line 1\n2│ line 2\n⋮")


async def test_real_diagnostics_render_with_the_source(engine: EngineClient) -> None:
    tsx = """import React from 'react';
import { AbsoluteFill } from 'remotion';

export default function Video() {
  const t = Date.now();
  return <AbsoluteFill>{t}</AbsoluteFill>;
}
"""
    result = await validate_composition(engine, tsx)
    text = format_for_model(result, tsx)
    assert "composition.tsx:5:13: error [security/nondeterministic]" in text
    assert "5█   const t = Date.now();" in text
