"""Making a case's video through the video service, as `generate --brief FILE --out DIR` would."""

import asyncio
import shutil
from dataclasses import dataclass
from pathlib import Path

from evals.case_files import write_case_files
from evals.dataset import CaseInput
from evals.output import EvalOutput, read_output
from service import JobOptions, generate_from_brief, run_job
from store.db import session_scope
from store.users import local_creator


@dataclass(frozen=True)
class GenerationOptions:
    model: str | None = None
    scale: float | None = None


def queue_case(case: CaseInput, options: GenerationOptions) -> int:
    with session_scope() as session:
        job = generate_from_brief(
            session,
            local_creator(session),
            case.brief,
            JobOptions(model=options.model, render_scale=options.scale),
        )
        assert job.id is not None
        return job.id


async def make_video(case: CaseInput, folder: Path, options: GenerationOptions) -> EvalOutput:
    """Runs the case's brief into `folder` (emptied first: a stale video must not stand in for a failed
    one) and reads the folder back."""
    await asyncio.to_thread(shutil.rmtree, folder, ignore_errors=True)
    job_id = await asyncio.to_thread(queue_case, case, options)
    result = await run_job(job_id, out=folder)
    await asyncio.to_thread(write_case_files, result, folder)
    return read_output(folder)
