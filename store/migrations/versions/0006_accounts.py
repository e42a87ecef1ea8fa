"""Studio accounts: password hashes, plans and admins on users; login sessions, API tokens, failed logins.
Jobs retried with the template fallback remember it.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLANS = "'free', 'starter', 'creator', 'creator_pro', 'business'"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("password_hash", sa.String(length=512), nullable=True))
        batch.add_column(sa.Column("plan", sa.String(length=16), nullable=False, server_default="free"))
        batch.add_column(sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_check_constraint(op.f("ck_users_plan"), f"plan IN ({PLANS})")
    with op.batch_alter_table("users") as batch:
        batch.alter_column("plan", server_default=None)
        batch.alter_column("is_admin", server_default=None)
    with op.batch_alter_table("video_jobs") as batch:
        batch.add_column(sa.Column("template_only", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("video_jobs") as batch:
        batch.alter_column("template_only", server_default=None)
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_login_sessions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_login_sessions_token_hash")),
    )
    op.create_index("ix_login_sessions_user_id", "login_sessions", ["user_id"], unique=False)
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"], unique=False)
    op.create_table(
        "failed_logins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_failed_logins")),
    )
    op.create_index("ix_failed_logins_email_at", "failed_logins", ["email", "at"], unique=False)


def downgrade() -> None:
    op.drop_table("failed_logins")
    op.drop_table("api_tokens")
    op.drop_table("login_sessions")
    with op.batch_alter_table("video_jobs") as batch:
        batch.drop_column("template_only")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(op.f("ck_users_plan"), type_="check")
        batch.drop_column("is_admin")
        batch.drop_column("plan")
        batch.drop_column("password_hash")
