"""The offline director as a pydantic-ai model: it reads the transcript and answers with tool calls or
text."""

from pydantic_ai import ModelMessage, ModelResponse
from pydantic_ai.messages import TextPart, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel

from agent.offline.director.plan import next_move
from agent.offline.director.transcript import read_transcript

MODEL_NAME = "offline-director"


def direct(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    move = next_move(read_transcript(messages))
    if isinstance(move, str):
        return ModelResponse(parts=[TextPart(move)], model_name=MODEL_NAME)
    return ModelResponse(
        parts=[ToolCallPart(call.tool, call.args) for call in move],
        model_name=MODEL_NAME,
    )


def director_model() -> FunctionModel:
    return FunctionModel(direct, model_name=MODEL_NAME)
