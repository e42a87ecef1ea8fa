"""What the offline director knows: read back from the run's messages, like any model would."""

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic_ai import ModelMessage, ModelRequest, ModelResponse
from pydantic_ai.messages import RetryPromptPart, ToolCallPart, ToolReturnPart, UserPromptPart

from domain.script import VideoFacts
from store.context import VideoContext

TAGGED = re.compile(r"<(catalog|facts|previous_version)>\n(.*?)\n</\1>", re.DOTALL)
TSX_BLOCK = re.compile(r"```tsx\n(.*?)```", re.DOTALL)


@dataclass(frozen=True)
class ToolEvent:
    """One tool call of this run and how it ended: `ok` with its result text, or a retry with the reason."""

    name: str
    args: dict[str, Any]
    ok: bool
    text: str


@dataclass
class Transcript:
    prompt: str
    events: list[ToolEvent] = field(default_factory=list)

    def last(self, name: str) -> ToolEvent | None:
        return next((event for event in reversed(self.events) if event.name == name), None)

    def last_ok(self, name: str) -> ToolEvent | None:
        return next((event for event in reversed(self.events) if event.name == name and event.ok), None)

    def index_of_last(self, *names: str) -> int:
        return max((i for i, event in enumerate(self.events) if event.name in names), default=-1)

    def count(self, name: str, *, ok: bool | None = None) -> int:
        return sum(1 for event in self.events if event.name == name and (ok is None or event.ok == ok))

    def context(self) -> tuple[VideoContext, VideoFacts, dict[str, Any] | None]:
        event = self.last_ok("gather_context")
        assert event is not None
        blocks = dict(TAGGED.findall(event.text))
        previous = json.loads(blocks["previous_version"]) if "previous_version" in blocks else None
        return (
            VideoContext.model_validate_json(blocks["catalog"]),
            VideoFacts.model_validate_json(blocks["facts"]),
            previous,
        )

    def prompt_tsx(self) -> str | None:
        match = TSX_BLOCK.search(self.prompt)
        return match.group(1) if match else None


def _args(part: ToolCallPart) -> dict[str, Any]:
    if isinstance(part.args, dict):
        return part.args
    return json.loads(part.args) if part.args else {}


def _text(content: object) -> str:
    return content if isinstance(content, str) else json.dumps(content, default=str)


def _run_start(messages: list[ModelMessage]) -> int:
    """Index of this run's opening request: the last one with a user prompt and no tool results."""
    for index in range(len(messages) - 1, -1, -1):
        message = messages[index]
        if not isinstance(message, ModelRequest):
            continue
        has_prompt = any(isinstance(p, UserPromptPart) for p in message.parts)
        if has_prompt and not any(isinstance(p, ToolReturnPart | RetryPromptPart) for p in message.parts):
            return index
    return 0


def read_transcript(messages: list[ModelMessage]) -> Transcript:
    start = _run_start(messages)
    opening = messages[start]
    prompt = "".join(
        part.content
        for part in getattr(opening, "parts", [])
        if isinstance(part, UserPromptPart) and isinstance(part.content, str)
    )
    transcript = Transcript(prompt=prompt)
    calls: dict[str, ToolCallPart] = {}
    for message in messages[start:]:
        if isinstance(message, ModelResponse):
            calls.update(
                {part.tool_call_id: part for part in message.parts if isinstance(part, ToolCallPart)}
            )
            continue
        for part in message.parts:
            if isinstance(part, ToolReturnPart) and part.tool_call_id in calls:
                args = _args(calls[part.tool_call_id])
                ok = part.outcome == "success"
                transcript.events.append(ToolEvent(part.tool_name, args, ok, _text(part.content)))
            elif isinstance(part, RetryPromptPart) and part.tool_name and part.tool_call_id in calls:
                args = _args(calls[part.tool_call_id])
                transcript.events.append(ToolEvent(part.tool_name, args, False, _text(part.content)))
    return transcript
