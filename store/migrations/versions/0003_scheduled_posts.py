"""Posts of finished videos scheduled on social platforms.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scheduled_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("video_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_for", sa.DateTime(timezone=True), nullable=False),
        sa.Column("platforms", sa.JSON(), nullable=False),
        sa.Column("captions", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('scheduled', 'cancelled', 'posted')", name=op.f("ck_scheduled_posts_status")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_scheduled_posts_owner_id_users")),
        sa.ForeignKeyConstraint(
            ["video_id"],
            ["video_library.id"],
            name=op.f("fk_scheduled_posts_video_id_video_library"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduled_posts")),
    )
    op.create_index(
        "ix_scheduled_posts_owner_id_scheduled_for",
        "scheduled_posts",
        ["owner_id", "scheduled_for"],
        unique=False,
    )
    op.create_index("ix_scheduled_posts_video_id", "scheduled_posts", ["video_id"], unique=False)


def downgrade() -> None:
    op.drop_table("scheduled_posts")
