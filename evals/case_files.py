"""What a case folder holds besides the copies `generate --out` writes, so that `eval score` can look at the
video again from the folder alone: the facts it was made with, its asset snapshot and files, its events
and the model run's usage."""

import json
import shutil
from pathlib import Path

from pydantic_ai.messages import ModelMessagesTypeAdapter, ModelResponse
from sqlmodel import Session, select

from evals.output import ASSETS_FOLDER, EVENTS_FILE, FACTS_FILE, USAGE_FILE, RunUsage
from service import VideoResult, events_of
from store.context import gather_context
from store.db import session_scope
from store.facts import facts_from_context
from store.models import ChatTurn, User, VideoJob
from video.assets.asset_store import LocalAssetStore
from video.publishing.report import REPORT_FILE, write_report
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot


def write_case_files(result: VideoResult, folder: Path) -> None:
    job = result.job
    assert job.id is not None
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / REPORT_FILE).is_file():
        write_report(job, result.entry, folder)
    _copy_assets(Path(job.out_dir) if job.out_dir else None, folder)
    with session_scope() as session:
        (folder / FACTS_FILE).write_text(_facts_json(session, job))
        user = session.get_one(User, job.owner_id)
        events = [event.model_dump(mode="json") for event in events_of(session, user, job.id)]
        (folder / EVENTS_FILE).write_text(json.dumps(events, indent=1, ensure_ascii=False))
        usage = run_usage(session, job)
    if usage is not None:
        (folder / USAGE_FILE).write_text(usage.model_dump_json(indent=1))


def _facts_json(session: Session, job: VideoJob) -> str:
    facts = facts_from_context(gather_context(session, job))
    return json.dumps(facts.to_json_dict(), indent=2, ensure_ascii=False)


def _copy_assets(job_folder: Path | None, folder: Path) -> None:
    """assets.json and the images and narration it names, from the data directory."""
    if job_folder is None or not (job_folder / SNAPSHOT_FILE).is_file():
        return
    shutil.copyfile(job_folder / SNAPSHOT_FILE, folder / SNAPSHOT_FILE)
    snapshot = AssetSnapshot.model_validate_json((job_folder / SNAPSHOT_FILE).read_text())
    keys = [key for key in snapshot.images if key] + ([snapshot.voice.audio_key] if snapshot.voice else [])
    store = LocalAssetStore()
    target = folder / ASSETS_FOLDER
    target.mkdir(exist_ok=True)
    for key in keys:
        source = store.root / key
        if source.is_file():
            shutil.copyfile(source, target / key)


def run_usage(session: Session, job: VideoJob) -> RunUsage | None:
    """Requests, tokens and cost of the job's model run, from the chat turn it stored."""
    turn = session.exec(select(ChatTurn).where(ChatTurn.job_id == job.id)).first()
    if turn is None:
        return None
    responses = [
        message
        for message in ModelMessagesTypeAdapter.validate_json(turn.messages_json)
        if isinstance(message, ModelResponse)
    ]
    return RunUsage(
        model=job.model,
        steps=len(responses),
        input_tokens=sum(response.usage.input_tokens for response in responses),
        output_tokens=sum(response.usage.output_tokens for response in responses),
        cost_usd=_cost(responses),
    )


def _cost(responses: list[ModelResponse]) -> float | None:
    """In US dollars from genai-prices; None when a response's model has no known price."""
    total = 0.0
    for response in responses:
        try:
            total += float(response.cost().total_price)
        except (AssertionError, LookupError, ValueError):
            return None
    return round(total, 6)
