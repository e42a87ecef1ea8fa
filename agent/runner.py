"""The job runner: one agent run per job, the fallbacks that guarantee a video, retries, crash recovery."""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

from pydantic_ai import ModelMessage, ModelMessagesTypeAdapter, UsageLimitExceeded, capture_run_messages
from pydantic_ai.exceptions import AgentRunError
from sqlalchemy import Engine
from sqlmodel import Session

from agent.agent import usage_limits, video_agent
from agent.deps import RunSettings, VideoDeps
from agent.finishing import StillsFailed, accept_validated, decide_fallback, publish, render_version
from agent.history import history_for_iteration
from agent.instructions import build_instructions
from agent.lease import LeaseTimes, keep_lease
from agent.model_settings import phase_settings
from agent.models import ModelChoice, resolve_model
from agent.offline.scriptwriter import default_draft
from agent.progress import JobCancelled, Listener, ProgressReporter
from agent.prompts import render
from agent.runner_ids import runner_id
from agent.state import ScriptDraft
from domain.events import Completed, Failed
from domain.paths import job_dir
from domain.script import VideoScript
from domain.vocab import MAX_RETRIES
from store.chat import previous_tsx, save_chat_turn, thread_history
from store.context import gather_context
from store.events import append_event
from store.facts import facts_from_context
from store.job_queue import claim_job, claim_next_job
from store.job_records import record_agent_outcome
from store.library import get_video_for_job
from store.models import User, VideoJob, VideoLibraryEntry
from store.script_records import get_script_record, save_script
from store.status import update_job_status
from video.engine.errors import FrameAborted
from video.publishing.export import export_version
from video.publishing.report import write_report
from video.services import Services
from video.snapshot import load_snapshot, save_snapshot
from video.validation import validate_composition

RETRY_DELAY_S = 5.0


def describe_error(error: BaseException) -> str:
    """`Type: message` of the error that really happened (task groups wrap it in an ExceptionGroup)."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return f"{type(error).__name__}: {error}"


@dataclass
class JobOutcome:
    job: VideoJob
    entry: VideoLibraryEntry | None
    summary: str | None = None


@dataclass
class JobRunner:
    """Runs jobs with one set of warm services. `out_dir` receives copies of each finished job's files."""

    services: Services
    model_spec: str | None = None
    model: ModelChoice | None = None
    settings: RunSettings = field(default_factory=RunSettings)
    out_dir: Path | None = None
    listeners: Sequence[Listener] = ()
    worker_id: str = field(default_factory=runner_id)
    lease: LeaseTimes = field(default_factory=LeaseTimes)

    def work_dir(self, job: VideoJob) -> Path:
        """The version's folder in the data directory: everything it needs lives there, keyed by job."""
        assert job.id is not None
        path = job_dir(job.id)
        path.mkdir(parents=True, exist_ok=True)
        return path.resolve()

    def settings_for(self, job: VideoJob) -> RunSettings:
        """The runner's settings with the render settings the job was queued with (an iteration inherits its
        parent's)."""
        settings = self.settings
        if job.render_scale is not None:
            settings = replace(settings, render_scale=job.render_scale)
        if job.burn_captions is not None:
            settings = replace(settings, burn_captions=job.burn_captions)
        return settings

    async def run_queue(self, session: Session, *, stale_after: timedelta | None = None) -> list[JobOutcome]:
        """Runs every job waiting for a runner until none is left: queued jobs, failed ones with retries left,
        and jobs a crashed runner left mid-pipeline, which resume from their last validated code."""
        outcomes = []
        stale_after = self.lease.stale_after if stale_after is None else stale_after
        while (job := claim_next_job(session, self.worker_id, stale_after=stale_after)) is not None:
            owner = session.get_one(User, job.owner_id)
            outcomes.append(await self.run_with_retries(session, owner, job))
        return outcomes

    async def run_with_retries(
        self, session: Session, user: User, job: VideoJob, retry_delay_s: float = RETRY_DELAY_S
    ) -> JobOutcome:
        """Runs `job`; on an error the job is failed with its message and retried after a pause, up to
        MAX_RETRIES attempts. The last failure is returned, not raised: the job row holds the error."""
        while True:
            try:
                return await self.run(session, user, job)
            except JobCancelled:
                session.rollback()
                session.refresh(job)
                append_event(session, job, Failed(error=job.error or "cancelled"))
                return JobOutcome(job, None)
            except Exception as error:  # any failure is recorded on the job and the job retried
                message = describe_error(error)
                session.rollback()
                update_job_status(session, job, "failed", error=message[:2000])
                if job.retry_count >= MAX_RETRIES:
                    append_event(session, job, Failed(error=job.error or message))
                    return JobOutcome(job, None)
                await asyncio.sleep(retry_delay_s)
                update_job_status(session, job, "queued")

    async def run(self, session: Session, user: User, job: VideoJob) -> JobOutcome:
        """One attempt at `job`: the agent run, then whatever is still needed for a finished video."""
        if job.claimed_by != self.worker_id and not claim_job(
            session, job, self.worker_id, stale_after=self.lease.stale_after
        ):
            raise RuntimeError(f"job {job.id} is being run by another runner")
        bind = session.get_bind()
        assert isinstance(bind, Engine) and job.id is not None
        with keep_lease(bind, job.id, self.worker_id, self.lease):
            return await self._attempt(session, user, job)

    async def _attempt(self, session: Session, user: User, job: VideoJob) -> JobOutcome:
        choice = self.model or resolve_model(self.model_spec or job.model)
        record_agent_outcome(session, job, model=choice.name)
        deps = self.make_deps(session, user, job)
        summary: str | None
        if job.template_only:
            summary = None
            record_agent_outcome(session, job, stop_reason="retried with the template fallback")
        elif self._restore_validated_work(deps):
            summary = None
            record_agent_outcome(
                session, job, stop_reason="resumed: rendered the code an earlier attempt validated"
            )
            await self._validate_restored(deps)
        else:
            self._restore_parent(deps)
            summary = await self._run_agent(deps, choice)
        entry = await self._finish(deps)
        write_report(job, entry, deps.work_dir)
        if self.out_dir is not None:
            export_version(job, entry, self.out_dir)
        append_event(session, job, Completed(video_id=entry.id, files=dict(job.artifacts)))
        return JobOutcome(job, entry, summary)

    def make_deps(self, session: Session, user: User, job: VideoJob) -> VideoDeps:
        return VideoDeps(
            session=session,
            user=user,
            job=job,
            services=self.services,
            work_dir=self.work_dir(job),
            progress=ProgressReporter(session, job, list(self.listeners)),
            settings=self.settings_for(job),
        )

    async def _run_agent(self, deps: VideoDeps, choice: ModelChoice) -> str | None:
        session, job = deps.session, deps.job
        # The offline director plans from the transcript; only real models read the instructions.
        instructions = None if choice.offline else await build_instructions(self.services.engine)
        history = self._history(session, job)
        deps.state.replayed_messages = len(history)
        with capture_run_messages() as messages:
            try:
                result = await video_agent.run(
                    self._prompt(deps),
                    deps=deps,
                    model=choice.model,
                    model_settings=phase_settings(choice.settings),
                    instructions=instructions,
                    usage_limits=usage_limits(count_tokens=not choice.offline),
                    message_history=history or None,
                )
            except UsageLimitExceeded as error:
                self._end_turn(deps, messages, stop_reason=f"budget: {error}")
                return None
            except AgentRunError as error:
                if deps.state.draft is None:
                    raise
                self._end_turn(deps, messages, stop_reason=f"model error: {error}")
                return None
        save_chat_turn(session, job, result.new_messages_json(), deps.state.tsx)
        record_agent_outcome(session, job, stop_reason="the model finished")
        return result.output

    def _end_turn(self, deps: VideoDeps, messages: list[ModelMessage], stop_reason: str) -> None:
        save_chat_turn(deps.session, deps.job, ModelMessagesTypeAdapter.dump_json(messages), deps.state.tsx)
        record_agent_outcome(deps.session, deps.job, stop_reason=stop_reason[:200])

    def _prompt(self, deps: VideoDeps) -> str:
        job = deps.job
        if job.parent_id is not None and deps.state.tsx is not None:
            # Any version can be iterated on, not only the latest: name the one the creator watched.
            parent_version = deps.session.get_one(VideoJob, job.parent_id).version
            return render(
                "iteration.md.jinja", feedback=job.feedback, tsx=deps.state.tsx, parent_version=parent_version
            )
        kind = "course" if job.course_id else "product" if job.product_id else "brand"
        return render(
            "job.md.jinja",
            duration=job.duration_s,
            style=job.style,
            aspect=job.aspect,
            voice=job.voice,
            kind=kind,
            prompt=job.prompt,
        )

    def _history(self, session: Session, job: VideoJob) -> list[ModelMessage]:
        turns = [
            ModelMessagesTypeAdapter.validate_json(turn.messages_json)
            for turn in thread_history(session, job)
        ]
        return history_for_iteration(turns)

    def _restore_draft(self, deps: VideoDeps, job_id: int) -> bool:
        record = get_script_record(deps.session, job_id)
        if record is None:
            return False
        draft = ScriptDraft(
            script=VideoScript.model_validate(record.script),
            voiceover=record.voiceover_text,
            image_prompts=record.image_prompts,
        )
        deps.state.draft = draft
        return True

    def _restore_parent(self, deps: VideoDeps) -> None:
        """An iteration starts from its parent's script, assets and composition, all read from the data
        directory (never from a folder the creator exported to)."""
        job = deps.job
        if job.parent_id is None:
            return
        parent = deps.session.get(VideoJob, job.parent_id)
        if parent is None or not self._restore_draft(deps, job.parent_id):
            return
        # The version starts with its parent's script (write_script replaces it if the script changes): a
        # version whose revision was code-only still has a script for the next iteration to start from.
        draft = deps.state.draft
        assert draft is not None
        save_script(deps.session, job, draft.script, draft.voiceover, draft.image_prompts)
        assets = load_snapshot(job_dir(job.parent_id), self.services.asset_store)
        if assets is not None:
            deps.state.images, deps.state.voice = assets
            # The reused assets are this version's too: a later iteration from it finds them here.
            save_snapshot(deps.state.images, deps.state.voice, deps.work_dir)
        deps.state.tsx = previous_tsx(deps.session, job)

    def _restore_validated_work(self, deps: VideoDeps) -> bool:
        """After a crash: reuse this job's own validated code, script and assets, and go straight to
        rendering."""
        job = deps.job
        if not job.generated_code or job.id is None or not self._restore_draft(deps, job.id):
            return False
        assets = load_snapshot(deps.work_dir, self.services.asset_store)
        if assets is None:
            return False
        deps.state.images, deps.state.voice = assets
        deps.state.tsx = job.generated_code
        return True

    async def _validate_restored(self, deps: VideoDeps) -> None:
        state = deps.state
        context = gather_context(deps.session, deps.job)
        state.context, state.facts = context, facts_from_context(context)
        assert state.tsx is not None and state.draft is not None
        result = await validate_composition(
            self.services.engine, state.tsx, script=state.draft.script, assets=None
        )
        if result.ok:
            assert result.js is not None
            accept_validated(deps, state.tsx, result.js)
        else:
            decide_fallback(deps, "the code an earlier attempt validated no longer validates")

    async def _finish(self, deps: VideoDeps) -> VideoLibraryEntry:
        """Whatever the agent left undone: a video is rendered (its own code, or the template fallback) and
        published, so a job that got this far never ends without one."""
        state, session, job = deps.state, deps.session, deps.job
        if state.published:
            entry = get_video_for_job(session, deps.user, job.id or 0)
            assert entry is not None
            return entry
        if state.context is None or state.facts is None:
            context = gather_context(session, job)
            state.context, state.facts = context, facts_from_context(context)
        if state.draft is None:
            state.draft = default_draft(state.context, state.facts, total_seconds=job.duration_s)
            record_agent_outcome(session, job, fallback="default_script")
        broken_render = state.render is not None and bool(state.render.runtime_errors)
        if (state.render is None or broken_render) and (broken_render or not state.composition_ready()):
            decide_fallback(deps, "the agent left no working composition")
        if state.render is None or broken_render:
            try:
                await render_version(deps)
            except StillsFailed as error:
                decide_fallback(
                    deps, f"the still checks found frames that do not show the composition ({error})"
                )
                await render_version(deps)
            except FrameAborted as error:  # a frame hung or ran out of memory ("frame 41 took longer...")
                decide_fallback(deps, error.message)
                await render_version(deps)
        return await publish(deps, None)
