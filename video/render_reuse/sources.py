"""The earlier versions of a job's thread whose videos it can copy chunks from."""

from pathlib import Path

from sqlmodel import Session

from store.models import User, VideoJob
from store.versions import get_thread_versions
from video.render_reuse.manifest import SourceVideo, read_source


def earlier_versions(session: Session, user: User, job: VideoJob) -> list[SourceVideo]:
    """Finished versions of the thread with a render manifest: the parent first (an iteration changes little
    of it), then the newest."""
    assert job.id is not None
    versions = [
        version
        for version in get_thread_versions(session, user, job.id)
        if version.job_id != job.id and version.status == "completed" and version.video_path
    ]
    versions.sort(key=lambda version: (version.job_id != job.parent_id, -version.version))
    sources = (read_source(Path(version.video_path or ""), version.job_id) for version in versions)
    return [source for source in sources if source is not None]
