"""The store's public functions in one place, for the CLI, the web app, the agent and the evals.

Every function takes a sqlmodel Session (store.db.session_scope() gives one) and commits its own work."""

from store.brief.load import load_brief, parse_brief
from store.brief.upsert import queue_brief_file, upsert_brief
from store.chat import previous_tsx, save_chat_turn, thread_history
from store.context import VideoContext, gather_context
from store.db import engine_for, open_session, session_scope
from store.demo.seed import seed_demo_catalog
from store.facts import facts_from_context, price_label
from store.job_queue import claim_job, claim_next_job, find_interrupted_jobs
from store.job_records import (
    add_job_note,
    heartbeat,
    record_agent_outcome,
    record_asset_work,
    record_render_work,
    record_step_timing,
    record_validation,
    set_render_progress,
)
from store.jobs import JobProgress, generate, get_job, get_progress, get_recent_jobs, iterate
from store.library import (
    count_video_event,
    delete_video,
    get_video_by_id,
    get_video_for_job,
    get_video_library,
)
from store.posts import cancel_scheduled_post, list_scheduled_posts, schedule_post
from store.requests import VideoRequest, video_request
from store.results import VideoArtifacts, store_video_result
from store.script_records import get_script_record, load_script, save_script
from store.status import StatusMoveRefused, update_job_status
from store.users import get_or_create_user, local_creator
from store.versions import ThreadVersion, get_thread_versions

__all__ = [
    "JobProgress",
    "StatusMoveRefused",
    "ThreadVersion",
    "VideoArtifacts",
    "VideoContext",
    "VideoRequest",
    "add_job_note",
    "cancel_scheduled_post",
    "claim_job",
    "claim_next_job",
    "count_video_event",
    "delete_video",
    "engine_for",
    "facts_from_context",
    "find_interrupted_jobs",
    "gather_context",
    "generate",
    "get_job",
    "get_or_create_user",
    "get_progress",
    "get_recent_jobs",
    "get_script_record",
    "get_thread_versions",
    "get_video_by_id",
    "get_video_for_job",
    "get_video_library",
    "heartbeat",
    "iterate",
    "list_scheduled_posts",
    "load_brief",
    "load_script",
    "local_creator",
    "open_session",
    "parse_brief",
    "previous_tsx",
    "price_label",
    "queue_brief_file",
    "record_agent_outcome",
    "record_asset_work",
    "record_render_work",
    "record_step_timing",
    "record_validation",
    "save_chat_turn",
    "save_script",
    "schedule_post",
    "seed_demo_catalog",
    "session_scope",
    "set_render_progress",
    "store_video_result",
    "thread_history",
    "update_job_status",
    "upsert_brief",
    "video_request",
]
