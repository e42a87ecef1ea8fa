"""Video jobs, their scripts, the video library and the agent's chat turns.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "video_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("style", sa.String(length=16), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("aspect", sa.String(length=8), nullable=False),
        sa.Column("voice", sa.Boolean(), nullable=False),
        sa.Column("voice_id", sa.String(length=128), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("thread_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("version_label", sa.String(length=200), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("render_progress", sa.Float(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("retry_count", sa.Integer(), nullable=False),
        sa.Column("stop_reason", sa.String(length=200), nullable=True),
        sa.Column("fallback", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("validation_attempts", sa.Integer(), nullable=False),
        sa.Column("validation_passed", sa.Boolean(), nullable=True),
        sa.Column("step_timings", sa.JSON(), nullable=False),
        sa.Column("asset_work", sa.JSON(), nullable=False),
        sa.Column("generated_code", sa.Text(), nullable=True),
        sa.Column("out_dir", sa.String(length=1024), nullable=True),
        sa.Column("artifacts", sa.JSON(), nullable=False),
        sa.Column("claimed_by", sa.String(length=128), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("aspect IN ('9:16', '16:9', '1:1')", name=op.f("ck_video_jobs_aspect")),
        sa.CheckConstraint(
            "status IN ('queued', 'gathering_context', 'generating_script', 'generating_assets', "
            "'generating_voice', 'generating_code', 'rendering', 'completed', 'failed')",
            name=op.f("ck_video_jobs_status"),
        ),
        sa.CheckConstraint(
            "style IN ('educational', 'hype', 'cinematic', 'minimalist')", name=op.f("ck_video_jobs_style")
        ),
        sa.CheckConstraint("duration_s IN (15, 30, 60, 90)", name=op.f("ck_video_jobs_duration")),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name=op.f("ck_video_jobs_progress")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_video_jobs_course_id_courses"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_video_jobs_owner_id_users")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["video_jobs.id"], name=op.f("fk_video_jobs_parent_id_video_jobs")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["digital_products.id"],
            name=op.f("fk_video_jobs_product_id_digital_products"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_video_jobs_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_jobs")),
    )
    op.create_index(
        "ix_video_jobs_owner_id_created_at", "video_jobs", ["owner_id", "created_at"], unique=False
    )
    op.create_index("ix_video_jobs_parent_id", "video_jobs", ["parent_id"], unique=False)
    op.create_index(
        "ix_video_jobs_status_heartbeat_at", "video_jobs", ["status", "heartbeat_at"], unique=False
    )
    op.create_index("ix_video_jobs_thread_id_version", "video_jobs", ["thread_id", "version"], unique=False)
    op.create_table(
        "video_scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("script", sa.JSON(), nullable=False),
        sa.Column("voiceover_text", sa.Text(), nullable=False),
        sa.Column("image_prompts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["video_jobs.id"], name=op.f("fk_video_scripts_job_id_video_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_scripts")),
        sa.UniqueConstraint("job_id", name=op.f("uq_video_scripts_job_id")),
    )
    op.create_table(
        "video_library",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("video_path", sa.String(length=1024), nullable=False),
        sa.Column("thumbnail_path", sa.String(length=1024), nullable=True),
        sa.Column("srt_path", sa.String(length=1024), nullable=True),
        sa.Column("vtt_path", sa.String(length=1024), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("aspect", sa.String(length=8), nullable=False),
        sa.Column("captions", sa.JSON(), nullable=False),
        sa.Column("hashtags", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("version_label", sa.String(length=200), nullable=False),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.Column("downloads", sa.Integer(), nullable=False),
        sa.Column("shares", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["video_jobs.id"], name=op.f("fk_video_library_job_id_video_jobs")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_video_library_owner_id_users")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_video_library_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_video_library")),
        sa.UniqueConstraint("job_id", name=op.f("uq_video_library_job_id")),
    )
    op.create_index(
        "ix_video_library_owner_id_created_at", "video_library", ["owner_id", "created_at"], unique=False
    )
    op.create_index(
        "ix_video_library_store_id_created_at", "video_library", ["store_id", "created_at"], unique=False
    )
    op.create_table(
        "chat_turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.String(length=32), nullable=False),
        sa.Column("messages_json", sa.Text(), nullable=False),
        sa.Column("tsx_snapshot", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["video_jobs.id"], name=op.f("fk_chat_turns_job_id_video_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_turns")),
        sa.UniqueConstraint("job_id", name=op.f("uq_chat_turns_job_id")),
    )
    op.create_index("ix_chat_turns_thread_id", "chat_turns", ["thread_id"], unique=False)


def downgrade() -> None:
    op.drop_table("chat_turns")
    op.drop_table("video_library")
    op.drop_table("video_scripts")
    op.drop_table("video_jobs")
