"""The message history a new version replays to the model, bounded: earlier turns keep their reasoning and
small results, but not their still frames, their full compositions or their long tool outputs. The current
composition is sent once, in the new version's prompt.

`bound_earlier_turns` is a pydantic-ai history processor: it runs before every model request of a run and
rewrites only the replayed prefix (the earlier versions' turns), never the current run's messages."""

import re
from dataclasses import replace

from pydantic_ai import BinaryContent, ModelMessage, ModelResponse, RunContext
from pydantic_ai.messages import (
    ModelRequestPart,
    ModelResponsePart,
    ToolCallPart,
    ToolReturnPart,
    UserPromptPart,
)

from agent.deps import VideoDeps

TSX_MARKER = "[an earlier version's full composition, omitted: the current one is in the latest prompt]"
FRAME_MARKER = "[an earlier still frame, omitted]"
# Earlier tool outputs longer than this (catalog context, still reports, validation findings) are cut.
MAX_EARLIER_TOOL_OUTPUT = 600
FULL_TSX_TOOLS = ("write_composition",)
TSX_BLOCK = re.compile(r"```tsx\n.*?```", re.DOTALL)


def history_for_iteration(turns: list[list[ModelMessage]]) -> list[ModelMessage]:
    """The earlier turns of the thread, oldest first, as one history."""
    return [message for turn in turns for message in turn]


def bound_earlier_turns(ctx: RunContext[VideoDeps], messages: list[ModelMessage]) -> list[ModelMessage]:
    replayed = ctx.deps.state.replayed_messages
    if replayed == 0:
        return messages
    return [_bounded(message) for message in messages[:replayed]] + messages[replayed:]


def _bounded(message: ModelMessage) -> ModelMessage:
    if isinstance(message, ModelResponse):
        return replace(message, parts=[_response_part(part) for part in message.parts])
    return replace(message, parts=[_request_part(part) for part in message.parts])


def _response_part(part: ModelResponsePart) -> ModelResponsePart:
    if isinstance(part, ToolCallPart) and part.tool_name in FULL_TSX_TOOLS:
        return ToolCallPart(
            tool_name=part.tool_name, args={"tsx": TSX_MARKER}, tool_call_id=part.tool_call_id
        )
    return part


def _request_part(part: ModelRequestPart) -> ModelRequestPart:
    if isinstance(part, UserPromptPart):
        if isinstance(part.content, str):
            return replace(part, content=TSX_BLOCK.sub(TSX_MARKER, part.content))
        return replace(
            part,
            content=[FRAME_MARKER if isinstance(item, BinaryContent) else item for item in part.content],
        )
    if isinstance(part, ToolReturnPart):
        text = part.model_response_str()
        if len(text) > MAX_EARLIER_TOOL_OUTPUT:
            cut = text[:MAX_EARLIER_TOOL_OUTPUT].rstrip()
            return ToolReturnPart(
                tool_name=part.tool_name,
                content=f"{cut}\n[... the rest of this earlier result is omitted]",
                tool_call_id=part.tool_call_id,
                timestamp=part.timestamp,
            )
    return part
