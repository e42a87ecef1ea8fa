"""Deleting a job's rows: its library entry and scheduled posts, script, chat turn and events. Later versions
keep their thread; they only lose the link to this parent."""

from sqlmodel import Session, col, delete, select, update

from store.models import ScheduledPost, VideoJob, VideoLibraryEntry, saved_id


def delete_job_rows(session: Session, job: VideoJob) -> None:
    """Scripts, chat turns and events go with the job (ON DELETE CASCADE); the rest is deleted here."""
    job_id = saved_id(job)
    entry_ids = select(VideoLibraryEntry.id).where(VideoLibraryEntry.job_id == job_id)
    session.exec(delete(ScheduledPost).where(col(ScheduledPost.video_id).in_(entry_ids)))
    session.exec(delete(VideoLibraryEntry).where(col(VideoLibraryEntry.job_id) == job_id))
    session.exec(update(VideoJob).where(col(VideoJob.parent_id) == job_id).values(parent_id=None))
    session.delete(job)
    session.commit()
