"""Scripted models for agent tests: each turn is a function of the messages so far, like a real model's."""

from collections.abc import Callable
from typing import Any

from pydantic_ai import ModelMessage, ModelResponse
from pydantic_ai.messages import TextPart, ToolCallPart, ToolReturnPart
from pydantic_ai.models.function import AgentInfo, FunctionModel

Turn = Callable[[list[ModelMessage]], ModelResponse]

PALETTE = {"primary": "#F97316", "secondary": "#FACC15", "accent": "#EF4444", "background": "#0B0604"}

SCRIPT_15S = {
    "totalDuration": 15,
    "scenes": [
        {"id": "hook", "duration": 4, "headline": "Warm mixes, fast", "emphasis": "fast", "mood": "intrigue"},
        {
            "id": "solution",
            "duration": 6,
            "headline": "Saturation Secrets",
            "bulletPoints": ["Tape", "Tubes"],
            "mood": "solution",
        },
        {
            "id": "cta",
            "duration": 5,
            "headline": "Start today",
            "emphasis": "Enroll now",
            "mood": "excitement",
        },
    ],
    "colorPalette": PALETTE,
}
IMAGE_PROMPTS = ["warm analog console", "tape machine close-up", "glowing studio at night"]
VOICEOVER = "Warm mixes, fast. Saturation Secrets shows you how. Enroll now."

VALID_TSX = """
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, CinematicBG, Headline, SceneExit } from '@ppr/components';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene, index) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit variant="fade">
              <CinematicBG imageUrl={images[index] ?? null} palette={script.colorPalette} darken={0.6} />
              <CenterScene>
                <Headline text={scene.headline ?? facts.title} highlight={scene.emphasis} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
"""

BROKEN_TSX = VALID_TSX.replace(
    "<Headline text={scene.headline ?? facts.title}", "<Headline text={scene.duration}"
)


def call(tool: str, **args: Any) -> ModelResponse:
    return ModelResponse(parts=[ToolCallPart(tool, args)])


def calls(*pairs: tuple[str, dict[str, Any]]) -> ModelResponse:
    return ModelResponse(parts=[ToolCallPart(tool, args) for tool, args in pairs])


def text(content: str) -> ModelResponse:
    return ModelResponse(parts=[TextPart(content)])


def last_tool_results(messages: list[ModelMessage]) -> list[ToolReturnPart]:
    """The tool results the model is answering now."""
    return [part for part in messages[-1].parts if isinstance(part, ToolReturnPart)]


class ScriptedModel:
    """Plays `turns` in order; `seen` keeps the messages each turn received, for assertions."""

    def __init__(self, turns: list[Turn]) -> None:
        self.turns = list(turns)
        self.seen: list[list[ModelMessage]] = []

    def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        self.seen.append(list(messages))
        if not self.turns:
            raise AssertionError("the agent asked for more turns than the script has")
        return self.turns.pop(0)(messages)

    def model(self) -> FunctionModel:
        return FunctionModel(self, model_name="scripted")


def script_turn(script: dict[str, Any] = SCRIPT_15S) -> Turn:
    return lambda _: call("write_script", script=script, voiceover=VOICEOVER, image_prompts=IMAGE_PROMPTS)


def happy_turns(tsx: str = VALID_TSX) -> list[Turn]:
    return [
        lambda _: call("gather_context"),
        script_turn(),
        lambda _: calls(("make_images", {}), ("make_voice", {})),
        lambda _: call("write_composition", tsx=tsx),
        lambda _: call("validate"),
        lambda _: call("render_video"),
        lambda _: call("publish"),
        lambda _: text("Made a 15 s video."),
    ]
