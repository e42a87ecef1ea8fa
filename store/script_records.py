"""Saving and reading a job's structured script, its voice-over text and its image prompts."""

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, select

from domain.script import VideoScript
from store.clock import utc_now
from store.models import VideoJob, VideoScriptRecord, saved_id


def save_script(
    session: Session,
    job: VideoJob,
    script: VideoScript,
    voiceover_text: str = "",
    image_prompts: Sequence[str] = (),
) -> VideoScriptRecord:
    """Stores the job's script (replacing an earlier one of the same job)."""
    values: dict[str, Any] = {
        "script": script.to_json_dict(),
        "voiceover_text": voiceover_text,
        "image_prompts": list(image_prompts),
        "updated_at": utc_now(),
    }
    record = get_script_record(session, saved_id(job))
    if record is None:
        record = VideoScriptRecord(job_id=saved_id(job), **values)
    else:
        record.sqlmodel_update(values)
    session.add(record)
    session.commit()
    return record


def get_script_record(session: Session, job_id: int) -> VideoScriptRecord | None:
    return session.exec(select(VideoScriptRecord).where(VideoScriptRecord.job_id == job_id)).first()


def load_script(session: Session, job_id: int) -> VideoScript | None:
    """The job's script, validated again as a VideoScript, or None when it has none yet."""
    record = get_script_record(session, job_id)
    return None if record is None else VideoScript.model_validate(record.script)
