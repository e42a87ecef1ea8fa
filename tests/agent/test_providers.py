"""Anthropic and OpenRouter through their real pydantic-ai model classes, against a fake server on 127.0.0.1
that answers in each provider's wire format, including rate limits, server errors and timeouts."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pydantic_ai import models
from sqlmodel import Session

from agent.agent import video_agent
from agent.models import ModelChoice, resolve_model
from agent.runner import JobRunner
from store.jobs import generate
from store.models import User, VideoJob
from store.requests import video_request
from tests.agent.conftest import TEST_SETTINGS
from tests.agent.fake_provider import (
    FakeProvider,
    Reply,
    anthropic_text,
    anthropic_tool_use,
    openai_text,
    openai_tool_call,
)
from video.services import Services

TOOLS = {
    "gather_context",
    "write_script",
    "make_images",
    "make_voice",
    "write_composition",
    "edit_composition",
    "validate",
    "check_stills",
    "render_video",
    "publish",
}
INSTRUCTIONS = "You direct promo videos. (The static rules, reference and examples go here.)"


@pytest.fixture(autouse=True)
def allow_local_model_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests talk to the fake provider on 127.0.0.1 only.
    monkeypatch.setattr(models, "ALLOW_MODEL_REQUESTS", True)


def queued(db: Session, creator: User) -> VideoJob:
    return generate(db, creator, video_request(course="saturation-secrets", duration=15))


async def run_two_turns(
    choice: ModelChoice, db: Session, creator: User, services: Services, tmp_path: Path
) -> str:
    runner = JobRunner(services, model=choice, settings=TEST_SETTINGS, out_dir=tmp_path)
    deps = runner.make_deps(db, creator, queued(db, creator))
    result = await video_agent.run(
        "Make a video.",
        deps=deps,
        model=choice.model,
        model_settings=choice.settings,
        instructions=INSTRUCTIONS,
    )
    return result.output


async def test_anthropic_wire_format_with_retries_and_prompt_caching(
    db: Session, creator: User, services: Services, tmp_path: Path
) -> None:
    provider = FakeProvider(
        [
            Reply(
                429,
                {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}},
                headers={"retry-after": "0"},
            ),
            Reply(200, anthropic_tool_use("gather_context", {})),
            Reply(500, {"type": "error", "error": {"type": "api_error", "message": "overloaded"}}),
            Reply(200, anthropic_text("Here is your video plan.")),
        ]
    )
    with provider.serve() as url:
        choice = resolve_model("anthropic", {"ANTHROPIC_API_KEY": "sk-test", "ANTHROPIC_BASE_URL": url})
        output = await run_two_turns(choice, db, creator, services, tmp_path)

    assert output == "Here is your video plan."
    assert choice.name == "anthropic:claude-opus-4-6"
    assert [request.path for request in provider.requests] == ["/v1/messages"] * 4
    first = provider.requests[1]
    assert first.headers["authorization"] == "Bearer sk-test"
    assert first.body["model"] == "claude-opus-4-6"
    assert {tool["name"] for tool in first.body["tools"]} == TOOLS
    # The static instructions are sent as a cached prefix.
    system = first.body["system"]
    assert system[-1]["text"] == INSTRUCTIONS and system[-1]["cache_control"]["type"] == "ephemeral"
    # The tool ran for real and its result went back in Anthropic's tool_result block.
    last_turn = provider.requests[3].body["messages"][-1]
    tool_result = next(block for block in last_turn["content"] if block["type"] == "tool_result")
    assert tool_result["tool_use_id"] == "toolu_1"
    assert "Saturation Secrets" in json.dumps(tool_result["content"])


async def test_openrouter_wire_format_with_attribution_headers_and_a_server_error(
    db: Session, creator: User, services: Services, tmp_path: Path
) -> None:
    provider = FakeProvider(
        [
            Reply(200, openai_tool_call("gather_context", {})),
            Reply(500, {"error": {"message": "upstream error", "code": 500}}),
            Reply(200, openai_text("Plan ready.")),
        ]
    )
    with provider.serve() as url:
        choice = resolve_model("openrouter", {"OPENROUTER_API_KEY": "or-test", "OPENROUTER_BASE_URL": url})
        output = await run_two_turns(choice, db, creator, services, tmp_path)

    assert output == "Plan ready."
    assert choice.name == "openrouter:anthropic/claude-opus-4.6"
    first = provider.requests[0]
    assert first.path == "/chat/completions"
    assert first.headers["authorization"] == "Bearer or-test"
    assert first.headers["http-referer"] == "https://pauseplayrepeat.com"
    assert first.headers["x-title"] == "PPR Video Studio"
    assert first.body["model"] == "anthropic/claude-opus-4.6"
    assert {tool["function"]["name"] for tool in first.body["tools"]} == TOOLS
    tool_message = next(m for m in provider.requests[2].body["messages"] if m["role"] == "tool")
    assert tool_message["tool_call_id"] == "call_1" and "Saturation Secrets" in tool_message["content"]


async def test_a_provider_that_times_out_fails_the_job_with_a_clear_error_after_its_retries(
    db: Session, creator: User, services: Services, tmp_path: Path
) -> None:
    hanging = [Reply(200, anthropic_text("too late"), delay_s=3) for _ in range(12)]
    provider = FakeProvider(hanging)
    with provider.serve() as url:
        choice = resolve_model("anthropic", {"ANTHROPIC_API_KEY": "sk-test", "ANTHROPIC_BASE_URL": url})
        choice = replace(choice, settings={**(choice.settings or {}), "timeout": 0.5})
        job = queued(db, creator)
        runner = JobRunner(services, model=choice, settings=TEST_SETTINGS, out_dir=tmp_path)
        outcome = await runner.run_with_retries(db, creator, job, retry_delay_s=0)

    assert outcome.job.status == "failed" and outcome.entry is None
    assert job.retry_count == 3
    assert job.error is not None and "timed out" in job.error.lower()
    assert len(provider.requests) >= 3
