"""Which model drives the agent: Anthropic, OpenRouter, any OpenAI-compatible server, or the offline director.

`--model` / PPR_VIDEO_MODEL: `offline`, `anthropic[:name]`, `openrouter[:name]`, `openai-compatible:name`
(with PPR_VIDEO_OPENAI_BASE_URL). With neither set, a key picks: ANTHROPIC_API_KEY, then OPENROUTER_API_KEY,
else offline."""

import os
from collections.abc import Mapping
from dataclasses import dataclass

from openai import AsyncOpenAI
from pydantic_ai.models import Model
from pydantic_ai.models.anthropic import AnthropicModel, AnthropicModelSettings
from pydantic_ai.models.openai import OpenAIChatModel
from pydantic_ai.models.openrouter import OpenRouterModel
from pydantic_ai.providers.anthropic import AnthropicProvider
from pydantic_ai.providers.openai import OpenAIProvider
from pydantic_ai.providers.openrouter import OpenRouterProvider
from pydantic_ai.settings import ModelSettings

from agent.offline.director.model import director_model
from domain.errors import UserError

DEFAULT_ANTHROPIC_MODEL = "claude-opus-4-6"
DEFAULT_OPENROUTER_MODEL = "anthropic/claude-opus-4.6"
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
APP_URL = "https://pauseplayrepeat.com"
APP_TITLE = "PPR Video Studio"
OFFLINE = "offline"
# Seconds one model request may take before the SDK gives up (and retries, twice).
REQUEST_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class ModelChoice:
    model: Model
    name: str
    settings: ModelSettings | None = None

    @property
    def offline(self) -> bool:
        return self.name == OFFLINE


def _key(environ: Mapping[str, str], name: str) -> str:
    key = environ.get(name, "").strip()
    if not key:
        raise UserError(f"{name}: not set; set it or use --model offline")
    return key


def _anthropic(name: str, environ: Mapping[str, str]) -> ModelChoice:
    provider = AnthropicProvider(
        api_key=_key(environ, "ANTHROPIC_API_KEY"), base_url=environ.get("ANTHROPIC_BASE_URL") or None
    )
    # The instructions (rules, component reference, examples) are the same for every job: cache them.
    settings = AnthropicModelSettings(
        anthropic_cache_instructions=True, anthropic_cache_tool_definitions=True, timeout=REQUEST_TIMEOUT_S
    )
    return ModelChoice(AnthropicModel(name, provider=provider), f"anthropic:{name}", settings)


def _openrouter(name: str, environ: Mapping[str, str]) -> ModelChoice:
    client = AsyncOpenAI(
        base_url=environ.get("OPENROUTER_BASE_URL") or OPENROUTER_BASE_URL,
        api_key=_key(environ, "OPENROUTER_API_KEY"),
        default_headers={"HTTP-Referer": APP_URL, "X-Title": APP_TITLE},
    )
    model = OpenRouterModel(name, provider=OpenRouterProvider(openai_client=client))
    return ModelChoice(model, f"openrouter:{name}", ModelSettings(timeout=REQUEST_TIMEOUT_S))


def _openai_compatible(name: str, environ: Mapping[str, str]) -> ModelChoice:
    base_url = environ.get("PPR_VIDEO_OPENAI_BASE_URL", "").strip()
    if not base_url:
        raise UserError(
            "PPR_VIDEO_OPENAI_BASE_URL: set it to the server's URL, e.g. http://127.0.0.1:8000/v1"
        )
    provider = OpenAIProvider(base_url=base_url, api_key=environ.get("OPENAI_API_KEY") or "not-needed")
    model = OpenAIChatModel(name, provider=provider)
    return ModelChoice(model, f"openai-compatible:{name}", ModelSettings(timeout=REQUEST_TIMEOUT_S))


def default_model_spec(environ: Mapping[str, str] = os.environ) -> str:
    if spec := environ.get("PPR_VIDEO_MODEL", "").strip():
        return spec
    if environ.get("ANTHROPIC_API_KEY", "").strip():
        return "anthropic"
    if environ.get("OPENROUTER_API_KEY", "").strip():
        return "openrouter"
    return OFFLINE


def resolve_model(spec: str | None = None, environ: Mapping[str, str] = os.environ) -> ModelChoice:
    spec = (spec or default_model_spec(environ)).strip()
    provider, _, name = spec.partition(":")
    if provider == OFFLINE and not name:
        return ModelChoice(director_model(), OFFLINE)
    if provider == "anthropic":
        return _anthropic(name or DEFAULT_ANTHROPIC_MODEL, environ)
    if provider == "openrouter":
        return _openrouter(name or DEFAULT_OPENROUTER_MODEL, environ)
    if provider == "openai-compatible" and name:
        return _openai_compatible(name, environ)
    raise UserError(
        f"model: unknown '{spec}'; use offline, anthropic[:name], openrouter[:name] or openai-compatible:name"
    )
