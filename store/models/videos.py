"""Video jobs and what they produce: the script, the library entry and the agent's chat turns."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, Text, UniqueConstraint
from sqlmodel import Field

from store.clock import utc_now
from store.models.base import StoreTable


class VideoJob(StoreTable, table=True):
    """One request to make a video and everything the pipeline recorded while making it."""

    __tablename__ = "video_jobs"
    __table_args__ = (
        Index("ix_video_jobs_owner_id_created_at", "owner_id", "created_at"),
        Index("ix_video_jobs_thread_id_version", "thread_id", "version"),
        Index("ix_video_jobs_parent_id", "parent_id"),
        Index("ix_video_jobs_status_heartbeat_at", "status", "heartbeat_at"),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),
        CheckConstraint(
            "status IN ('queued', 'gathering_context', 'generating_script', 'generating_assets', "
            "'generating_voice', 'generating_code', 'rendering', 'completed', 'failed', 'cancelled')",
            name="status",
        ),
        CheckConstraint("style IN ('educational', 'hype', 'cinematic', 'minimalist')", name="style"),
        CheckConstraint("duration_s IN (15, 30, 60, 90)", name="duration"),
        CheckConstraint("aspect IN ('9:16', '16:9', '1:1')", name="aspect"),
    )

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="users.id")
    store_id: int = Field(foreign_key="stores.id")
    course_id: int | None = Field(default=None, foreign_key="courses.id", ondelete="SET NULL")
    product_id: int | None = Field(default=None, foreign_key="digital_products.id", ondelete="SET NULL")

    prompt: str = Field(default="", sa_type=Text)
    style: str = Field(max_length=16)
    duration_s: int
    aspect: str = Field(max_length=8)
    voice: bool = True
    voice_id: str | None = Field(default=None, max_length=128)
    model: str | None = Field(default=None, max_length=200)
    # How the job is rendered (None: the runner's default); an iteration inherits its parent's.
    render_scale: float | None = None
    burn_captions: bool | None = None
    # Retried "with the template fallback": the runner renders the template without the agent.
    template_only: bool = False

    parent_id: int | None = Field(default=None, foreign_key="video_jobs.id")
    thread_id: str = Field(max_length=32)
    version: int = 1
    version_label: str = Field(max_length=200)
    feedback: str | None = Field(default=None, sa_type=Text)

    status: str = Field(default="queued", max_length=24)
    progress: int = 0
    render_progress: float | None = None
    error: str | None = Field(default=None, sa_type=Text)
    retry_count: int = 0
    stop_reason: str | None = Field(default=None, max_length=200)
    fallback: str | None = Field(default=None, max_length=200)
    notes: list[str] = Field(default_factory=list, sa_type=JSON)
    validation_attempts: int = 0
    validation_passed: bool | None = None
    step_timings: dict[str, float] = Field(default_factory=dict, sa_type=JSON)
    asset_work: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    render_work: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    generated_code: str | None = Field(default=None, sa_type=Text)
    out_dir: str | None = Field(default=None, max_length=1024)
    artifacts: dict[str, str] = Field(default_factory=dict, sa_type=JSON)

    claimed_by: str | None = Field(default=None, max_length=128)
    heartbeat_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    started_at: datetime | None = None
    finished_at: datetime | None = None


class VideoScriptRecord(StoreTable, table=True):
    """A job's script (domain.script.VideoScript as camelCase JSON), its voice-over and image prompts."""

    __tablename__ = "video_scripts"
    __table_args__ = (UniqueConstraint("job_id"),)

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="video_jobs.id", ondelete="CASCADE")
    script: dict[str, Any] = Field(sa_type=JSON)
    voiceover_text: str = Field(default="", sa_type=Text)
    image_prompts: list[str] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class VideoLibraryEntry(StoreTable, table=True):
    """A finished video with its files, captions and counters."""

    __tablename__ = "video_library"
    __table_args__ = (
        UniqueConstraint("job_id"),
        Index("ix_video_library_owner_id_created_at", "owner_id", "created_at"),
        Index("ix_video_library_store_id_created_at", "store_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="video_jobs.id")
    owner_id: int = Field(foreign_key="users.id")
    store_id: int = Field(foreign_key="stores.id")
    title: str = Field(max_length=200)
    video_path: str = Field(max_length=1024)
    thumbnail_path: str | None = Field(default=None, max_length=1024)
    srt_path: str | None = Field(default=None, max_length=1024)
    vtt_path: str | None = Field(default=None, max_length=1024)
    duration_s: float
    aspect: str = Field(max_length=8)
    captions: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    hashtags: list[str] = Field(default_factory=list, sa_type=JSON)
    version: int = 1
    version_label: str = Field(max_length=200)
    views: int = 0
    downloads: int = 0
    shares: int = 0
    created_at: datetime = Field(default_factory=utc_now)


class ChatTurn(StoreTable, table=True):
    """One agent run in a thread: the pydantic-ai messages it added (JSON) and the TSX it left behind."""

    __tablename__ = "chat_turns"
    __table_args__ = (UniqueConstraint("job_id"), Index("ix_chat_turns_thread_id", "thread_id"))

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="video_jobs.id", ondelete="CASCADE")
    thread_id: str = Field(max_length=32)
    messages_json: str = Field(sa_type=Text)
    tsx_snapshot: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utc_now)
