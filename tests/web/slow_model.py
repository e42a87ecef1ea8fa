"""A slow local model: the offline director, answering each request only after `delay_s` (the issue's 90 s
per answer, scaled down together with the lease times so that the test takes seconds)."""

import asyncio
from dataclasses import dataclass, field

from pydantic_ai import ModelMessage, ModelResponse
from pydantic_ai.models.function import AgentInfo, FunctionModel

from agent.models import OFFLINE, ModelChoice
from agent.offline.director.model import direct


@dataclass
class SlowDirector:
    delay_s: float
    answers: int = 0
    waits: list[float] = field(default_factory=list)

    async def answer(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        await asyncio.sleep(self.delay_s)
        self.answers += 1
        return direct(messages, info)

    def choice(self) -> ModelChoice:
        return ModelChoice(FunctionModel(self.answer, model_name="slow-director"), OFFLINE)
