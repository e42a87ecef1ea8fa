"""Job events (the typed progress any process can follow), a cancelled status, and each job's render settings
(scale and burned-in captions), which its iterations inherit.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNNING = (
    "'queued', 'gathering_context', 'generating_script', 'generating_assets', "
    "'generating_voice', 'generating_code', 'rendering', 'completed', 'failed'"
)


def upgrade() -> None:
    op.create_table(
        "job_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["video_jobs.id"], name=op.f("fk_job_events_job_id_video_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_events")),
        sa.UniqueConstraint("job_id", "seq", name=op.f("uq_job_events_job_id_seq")),
    )
    with op.batch_alter_table("video_jobs") as batch:
        batch.add_column(sa.Column("render_scale", sa.Float(), nullable=True))
        batch.add_column(sa.Column("burn_captions", sa.Boolean(), nullable=True))
        batch.drop_constraint(op.f("ck_video_jobs_status"), type_="check")
        batch.create_check_constraint(op.f("ck_video_jobs_status"), f"status IN ({RUNNING}, 'cancelled')")


def downgrade() -> None:
    with op.batch_alter_table("video_jobs") as batch:
        batch.drop_constraint(op.f("ck_video_jobs_status"), type_="check")
        batch.create_check_constraint(op.f("ck_video_jobs_status"), f"status IN ({RUNNING})")
        batch.drop_column("burn_captions")
        batch.drop_column("render_scale")
    op.drop_table("job_events")
