"""What a creator may choose about how a job runs, besides what the video shows."""

from dataclasses import dataclass

from sqlmodel import Session

from store.models import VideoJob


@dataclass(frozen=True)
class JobOptions:
    """None means "not chosen": a new video takes the defaults, an iteration its parent's choice."""

    model: str | None = None
    render_scale: float | None = None
    burn_captions: bool | None = None


def apply_options(
    session: Session, job: VideoJob, options: JobOptions, parent: VideoJob | None = None
) -> None:
    """Stores the job's render settings and model: the options given, else the parent's."""
    job.model = options.model or (parent.model if parent else None)
    job.render_scale = options.render_scale
    if job.render_scale is None and parent is not None:
        job.render_scale = parent.render_scale
    job.burn_captions = options.burn_captions
    if job.burn_captions is None and parent is not None:
        job.burn_captions = parent.burn_captions
    session.add(job)
    session.commit()
