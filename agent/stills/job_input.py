"""What a stored job gives a still check: its generated composition, script, facts and frame size."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from store.context import gather_context
from store.errors import UserError
from store.facts import facts_from_context
from store.jobs import get_job
from store.script_records import load_script
from store.users import local_creator

_FRAME_SIZES = {"9:16": (1080, 1920), "16:9": (1920, 1080), "1:1": (1080, 1080)}


@dataclass(frozen=True)
class JobStillInput:
    tsx: str
    props: dict[str, Any]
    note: str


def job_still_input(session: Session, job_id: int) -> JobStillInput:
    """The local creator's job `job_id` as a still check's input. UserError when it has nothing to check.

    Images are not restored: they live in the job's asset snapshot, which the agent owns; the check shows
    the composition's own fallbacks (gradients) where the images would be.
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
    width, height = _FRAME_SIZES[job.aspect]
    facts = facts_from_context(gather_context(session, job))
    props = {
        "script": script.to_json_dict(),
        "facts": facts.to_json_dict(),
        "images": [None] * len(script.scenes),
        "durationInFrames": script.total_frames(),
        "width": width,
        "height": height,
    }
    return JobStillInput(
        tsx=job.generated_code, props=props, note="the job's images are not loaded: gradients stand in"
    )
