"""What a stored job gives a still check: its generated composition, script, facts and frame size."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from domain.aspect import FRAME_SIZES
from domain.errors import UserError
from store.context import gather_context
from store.facts import facts_from_context
from store.jobs import get_job
from store.script_records import load_script
from store.users import local_creator
from video.dynamic_props import dynamic_video_props
from video.snapshot import SNAPSHOT_FILE, AssetSnapshot


@dataclass(frozen=True)
class JobStillInput:
    tsx: str
    props: dict[str, Any]
    note: str | None
    image_keys: list[str | None]


def job_still_input(session: Session, job_id: int) -> JobStillInput:
    """The local creator's job `job_id` as a still check's input. UserError when it has nothing to check.

    The job's images come from the asset snapshot in its folder (their keys in the asset store); without one,
    the composition's own fallbacks (gradients) stand in.
    """
    job = get_job(session, local_creator(session), job_id)
    if job.fallback:
        raise UserError(f"job {job_id} was rendered from the {job.fallback} template, not generated code")
    if not job.generated_code:
        raise UserError(
            f"job {job_id} has no generated composition yet (status {job.status}); check it later"
        )
    script = load_script(session, job_id)
    if script is None:
        raise UserError(f"job {job_id} has no script yet (status {job.status}); check it later")
    facts = facts_from_context(gather_context(session, job))
    props = dynamic_video_props(
        script,
        facts,
        [None] * len(script.scenes),
        None,
        FRAME_SIZES[job.aspect],  # type: ignore[index]
    )
    keys = _image_keys(Path(job.out_dir)) if job.out_dir else None
    note = None if keys else "the job has no asset snapshot: gradients stand in for its images"
    return JobStillInput(tsx=job.generated_code, props=props, note=note, image_keys=keys or [])


def _image_keys(folder: Path) -> list[str | None] | None:
    snapshot = folder / SNAPSHOT_FILE
    if not snapshot.exists():
        return None
    return AssetSnapshot.model_validate_json(snapshot.read_text()).images
