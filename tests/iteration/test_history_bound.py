"""The history a version replays to the model stays bounded as a thread grows: earlier still frames are
dropped, earlier full compositions become a marker, and the current composition is sent once."""

import shutil

from pydantic_ai import BinaryContent, ModelMessage, ModelMessagesTypeAdapter, ModelResponse
from pydantic_ai.messages import ToolCallPart, ToolReturnPart, UserPromptPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from sqlmodel import select

from agent.history import TSX_MARKER
from agent.models import ModelChoice
from agent.runner import JobOutcome
from domain.paths import job_dir
from domain.script import VideoScript
from store.chat import save_chat_turn
from store.jobs import iterate
from store.models import ChatTurn, VideoJob
from store.script_records import get_script_record, save_script
from store.status import update_job_status
from tests.agent.scripted import text
from tests.iteration.conftest import Studio
from video.snapshot import SNAPSHOT_FILE


class FirstRequest:
    """A model that keeps what it was sent first and ends the run: the version keeps its parent's code."""

    def __init__(self) -> None:
        self.messages: list[ModelMessage] = []

    def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        if not self.messages:
            self.messages = list(messages)
        return text("Kept the composition as it is.")

    def size(self) -> int:
        return len(ModelMessagesTypeAdapter.dump_json(self.messages))


def continue_thread(studio: Studio, parent: VideoJob, turn: ChatTurn) -> VideoJob:
    """A finished version after `parent` whose run said what `turn` says (a real iteration's messages)."""
    assert parent.id is not None
    job = iterate(studio.db, studio.creator, parent.id, "make it faster")
    assert job.id is not None
    save_chat_turn(studio.db, job, turn.messages_json, turn.tsx_snapshot)
    record = get_script_record(studio.db, parent.id)
    assert record is not None
    script = VideoScript.model_validate(record.script)
    save_script(studio.db, job, script, record.voiceover_text, record.image_prompts)
    job_dir(job.id).mkdir(parents=True)
    shutil.copyfile(job_dir(parent.id) / SNAPSHOT_FILE, job_dir(job.id) / SNAPSHOT_FILE)
    for status in ("generating_code", "rendering", "completed"):
        update_job_status(studio.db, job, status)
    return job


async def first_request_of_next_version(studio: Studio, parent: VideoJob) -> FirstRequest:
    assert parent.id is not None
    model = FirstRequest()
    job = iterate(studio.db, studio.creator, parent.id, "keep it as it is")
    outcome = await studio.runner(job, ModelChoice(FunctionModel(model), "recorder")).run(
        studio.db, studio.creator, job
    )
    assert outcome.job.status == "completed"
    return model


def texts(messages: list[ModelMessage]) -> str:
    """Every text the model was sent, as the model reads it."""
    found: list[str] = []
    for message in messages:
        for part in message.parts:
            if isinstance(part, UserPromptPart):
                found.extend(
                    [part.content] if isinstance(part.content, str) else [str(item) for item in part.content]
                )
            elif isinstance(part, ToolReturnPart):
                found.append(part.model_response_str())
            elif isinstance(part, ToolCallPart):
                found.append(str(part.args_as_dict().get("tsx", "")))
    return "\n".join(found)


def replayed_images(messages: list[ModelMessage], replayed: int) -> int:
    return sum(
        isinstance(item, BinaryContent)
        for message in messages[:replayed]
        for part in message.parts
        if isinstance(part, UserPromptPart) and not isinstance(part.content, str)
        for item in part.content
    )


async def test_the_history_of_version_5_is_at_most_one_and_a_half_times_version_2s(
    studio: Studio, parent: VideoJob, faster_blue: JobOutcome
) -> None:
    second = faster_blue.job
    turn = studio.db.exec(select(ChatTurn).where(ChatTurn.job_id == second.id)).one()
    third = continue_thread(studio, second, turn)
    fourth = continue_thread(studio, third, turn)

    for_version_2 = await first_request_of_next_version(studio, parent)
    for_version_5 = await first_request_of_next_version(studio, fourth)

    assert for_version_5.size() <= 1.5 * for_version_2.size(), (for_version_5.size(), for_version_2.size())
    sent = texts(for_version_5.messages)
    assert TSX_MARKER in sent
    current_tsx = (turn.tsx_snapshot or "").strip()
    assert current_tsx and sent.count(current_tsx) == 1, "the current composition is sent once"
    assert replayed_images(for_version_5.messages, len(for_version_5.messages) - 1) == 0
