"""Structure rules: the default export, the remotion import, duration to the frame, palette, scene exits."""

from domain.script import VideoScript
from video.engine import EngineClient
from video.validation import ValidationResult, validate_composition

IMPORTS = """import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { SceneExit, type GeneratedVideoProps } from '@ppr/components';
"""


def series(*durations: str) -> str:
    """A Series of scenes with these durationInFrames expressions, each wrapped in SceneExit."""

    def scene(duration: str) -> str:
        content = "<SceneExit><div>scene</div></SceneExit>"
        return f"<Series.Sequence durationInFrames={{{duration}}}>{content}</Series.Sequence>"

    scenes = "\n        ".join(scene(duration) for duration in durations)
    return f"""{IMPORTS}
export default function Video({{ script }}: GeneratedVideoProps) {{
  const {{ fps }} = useVideoConfig();
  return (
    <AbsoluteFill style={{{{ backgroundColor: script.colorPalette.background }}}}>
      <Series>
        {scenes}
      </Series>
      <div>{{fps}}</div>
    </AbsoluteFill>
  );
}}
"""


def codes(result: ValidationResult, severity: str) -> list[str]:
    return [item.code for item in result.diagnostics if item.severity == severity]


async def test_durations_that_add_up_to_the_script_pass(engine: EngineClient, script: VideoScript) -> None:
    result = await validate_composition(engine, series("90", "120", "120", "120"), script)
    assert result.ok
    assert result.diagnostics == []


async def test_total_duration_off_by_one_frame_is_an_error(engine: EngineClient, script: VideoScript) -> None:
    result = await validate_composition(engine, series("90", "120", "120", "121"), script)
    assert not result.ok
    [mismatch] = [item for item in result.errors if item.code == "duration-mismatch"]
    assert "451 frames" in mismatch.message and "450 frames" in mismatch.message


async def test_durations_written_with_fps_are_folded(engine: EngineClient, script: VideoScript) -> None:
    result = await validate_composition(engine, series("3 * fps", "4 * fps", "4 * fps", "3 * fps"), script)
    assert codes(result, "error") == ["duration-mismatch"]
    assert "420 frames" in result.errors[0].message


async def test_right_total_with_scenes_in_the_wrong_order_warns_per_scene(
    engine: EngineClient, script: VideoScript
) -> None:
    result = await validate_composition(engine, series("120", "90", "120", "120"), script)
    assert result.ok
    assert codes(result, "warning") == ["scene-duration-mismatch", "scene-duration-mismatch"]


async def test_durations_from_props_are_accepted(engine: EngineClient, script: VideoScript) -> None:
    mapped = "{script.scenes.map((s) => <Series.Sequence key={s.id} durationInFrames={s.duration * fps}>"
    tsx = (
        series("90")
        .replace("<Series.Sequence durationInFrames={90}>", mapped)
        .replace("</Series.Sequence>", "</Series.Sequence>)}")
    )
    result = await validate_composition(engine, tsx, script)
    assert result.ok
    assert result.diagnostics == []


async def test_scene_without_exit_is_a_warning(engine: EngineClient, script: VideoScript) -> None:
    tsx = series("90", "120", "120", "120").replace(
        "<SceneExit><div>scene</div></SceneExit>", "<div>no exit</div>", 1
    )
    result = await validate_composition(engine, tsx, script)
    assert result.ok
    [warning] = result.warnings
    assert warning.code == "missing-exit" and "scene 1" in warning.message


async def test_colours_outside_the_palette_warn_once_each(engine: EngineClient, script: VideoScript) -> None:
    tsx = (
        series("90", "120", "120", "120")
        .replace("{ SceneExit,", "{ C, SceneExit,")
        .replace(
            "<div>{fps}</div>",
            """<div style={{
              color: '#FF0000', borderColor: '#ff0000', background: 'linear-gradient(#8b5cf6, #222)'
            }}>
              <span style={{ color: C.gold, backgroundColor: C.text, outlineColor: 'rgba(0, 200, 0, 0.5)' }}>
                {fps}
              </span>
            </div>""",
        )
    )
    result = await validate_composition(engine, tsx, script)
    assert result.ok
    messages = sorted(item.message for item in result.warnings)
    assert [item.code for item in result.warnings] == ["off-palette-colour"] * 3
    assert messages[0].startswith("#FF0000 (used 2 times)")
    assert messages[1].startswith("C.gold")
    assert messages[2].startswith("rgba(0, 200, 0)")


async def test_without_a_script_duration_and_palette_are_not_checked(engine: EngineClient) -> None:
    tsx = series("1", "2").replace("<div>{fps}</div>", "<div style={{ color: '#FF0000' }}>{fps}</div>")
    result = await validate_composition(engine, tsx)
    assert result.ok
    assert result.diagnostics == []


async def test_missing_default_export_and_remotion_import(engine: EngineClient) -> None:
    tsx = "import React from 'react';\nexport const Video = () => <div />;\n"
    result = await validate_composition(engine, tsx)
    assert codes(result, "error") == ["missing-default-export", "missing-remotion-import"]


async def test_default_export_must_render_with_the_generated_props(engine: EngineClient) -> None:
    not_a_component = (
        "import { AbsoluteFill } from 'remotion';\nexport default 42;\nexport const x = AbsoluteFill;\n"
    )
    wrong_props = """import React from 'react';
import { AbsoluteFill } from 'remotion';
export default function Video({ count }: { count: number }) {
  return <AbsoluteFill>{count}</AbsoluteFill>;
}
"""
    for tsx in (not_a_component, wrong_props):
        result = await validate_composition(engine, tsx)
        assert "default-export-not-component" in codes(result, "error"), result.diagnostics
