"""Scripted runs of the real pipeline: a queued 15 s course job, and a runner that drives it with a script."""

from pathlib import Path

from sqlmodel import Session

from agent.models import ModelChoice
from agent.runner import JobRunner
from store.jobs import generate
from store.models import User, VideoJob
from store.requests import video_request
from tests.agent.conftest import TEST_SETTINGS
from tests.agent.scripted import ScriptedModel
from video.services import Services


def queue(db: Session, creator: User) -> VideoJob:
    request = video_request(course="saturation-secrets", duration=15, aspect="9:16", style="hype", voice=True)
    return generate(db, creator, request)


def runner(services: Services, scripted: ScriptedModel, out_dir: Path) -> JobRunner:
    return JobRunner(
        services, model=ModelChoice(scripted.model(), "scripted"), settings=TEST_SETTINGS, out_dir=out_dir
    )
