"""An iteration driven by a scripted model: the thread's history and the previous TSX reach the model, an edit
whose `old` does not match comes back as a retry, and the matching edit is what the new version renders."""

import pytest
from pydantic_ai import ModelMessage, ModelRequest, ModelResponse
from pydantic_ai.messages import ToolCallPart, UserPromptPart

from agent.models import ModelChoice
from agent.offline.director.design import read_design
from store.chat import thread_history
from store.models import VideoJob
from tests.agent.scripted import ScriptedModel, Turn, call, last_tool_results, text
from tests.iteration.conftest import Studio

pytestmark = pytest.mark.render

FEEDBACK = "Darken the background images a little more"


def prompt_of(message: ModelMessage) -> str:
    assert isinstance(message, ModelRequest)
    return "".join(
        part.content
        for part in message.parts
        if isinstance(part, UserPromptPart) and isinstance(part.content, str)
    )


def earlier_calls(messages: list[ModelMessage]) -> list[ToolCallPart]:
    return [
        part
        for message in messages[:-1]
        if isinstance(message, ModelResponse)
        for part in message.parts
        if isinstance(part, ToolCallPart)
    ]


async def test_history_and_previous_code_reach_the_model_and_edits_apply(
    studio: Studio, parent: VideoJob
) -> None:
    previous = parent.generated_code
    design = read_design(previous or "")
    assert previous and design is not None
    darken_line = f"  darken: {design.darken:g},"

    def opening(messages: list[ModelMessage]) -> ModelResponse:
        # The parent's whole run comes first: its prompt, and its calls with the code it wrote.
        assert prompt_of(messages[0]).startswith("Make a 15 s hype promo video in 9:16 with a voice-over.")
        tools = [part.tool_name for part in earlier_calls(messages)]
        assert tools[0] == "gather_context" and "write_composition" in tools and tools[-1] == "publish"
        now = prompt_of(messages[-1])
        assert FEEDBACK in now and previous in now and "version 1" in now
        return call("gather_context")

    def bad_edit(messages: list[ModelMessage]) -> ModelResponse:
        context = last_tool_results(messages)[0]
        assert context.tool_name == "gather_context" and "<previous_version>" in str(context.content)
        return call("edit_composition", edits=[{"old": "  darken: 7,", "new": "  darken: 0.8,"}])

    def fixed_edit(messages: list[ModelMessage]) -> ModelResponse:
        retry = last_tool_results(messages)[0]
        assert retry.tool_name == "edit_composition" and retry.outcome == "retried"
        assert "does not occur in the current composition" in str(retry.content)
        return call("edit_composition", edits=[{"old": darken_line, "new": "  darken: 0.8,"}])

    turns: list[Turn] = [
        opening,
        bad_edit,
        fixed_edit,
        lambda _: call("validate"),
        lambda _: call("render_video"),
        lambda _: call("publish", notes=["Darkened the background images."]),
        lambda _: text("Version 2: darker backgrounds."),
    ]
    scripted = ScriptedModel(turns)
    outcome = await studio.iterate(parent, FEEDBACK, model=ModelChoice(scripted.model(), "scripted"))

    job = outcome.job
    assert not scripted.turns, "every scripted turn ran"
    assert job.status == "completed" and job.stop_reason == "the model finished", (job.error, job.stop_reason)
    assert outcome.summary == "Version 2: darker backgrounds."
    assert job.generated_code is not None
    assert set(job.generated_code.splitlines()) - set(previous.splitlines()) == {"  darken: 0.8,"}
    assert job.asset_work == {} and job.validation_passed is True
    assert "Darkened the background images." in job.notes
    # The next version continues this conversation: both runs are its history.
    assert [turn.job_id for turn in thread_history(studio.db, _child_of(job))] == [parent.id, job.id]


def _child_of(job: VideoJob) -> VideoJob:
    return VideoJob(
        owner_id=job.owner_id,
        store_id=job.store_id,
        style=job.style,
        duration_s=job.duration_s,
        aspect=job.aspect,
        thread_id=job.thread_id,
        version_label="",
        parent_id=job.id,
    )
