"""What the job's own record says: did the video come out, at the asked length, how validation and the
model run went, and how long each step took."""

from dataclasses import dataclass

from pydantic_evals.evaluators import EvaluatorContext

from domain.events import JobEvent, StepFinished, StepStarted
from domain.script import FPS
from evals.dataset import CaseInput
from evals.evaluators.base import CaseEvaluator, Scores, score
from evals.output import EvalOutput

Context = EvaluatorContext[CaseInput, EvalOutput, None]
# A folder without report.json has status "unknown": its video still counts.
FAILED = ("failed", "cancelled", "queued")


@dataclass(repr=False)
class VideoExists(CaseEvaluator):
    """`completed`: 1 when the MP4 exists and has frames (and the job did not fail); `duration_error_frames`:
    how far the MP4's length is from the requested one."""

    def evaluate(self, ctx: Context) -> Scores:
        output = ctx.output
        media = output.seen.media if output.seen else None
        if output.status in FAILED or media is None or media.frames == 0:
            why = output.report.get("error") or ("no readable video.mp4" if media is None else "no frames")
            return {"completed": score(0, f"job {output.status}: {why}")}
        requested = ctx.inputs.brief.duration * FPS
        frames = media.frames if round(media.fps) == FPS else round(media.duration_s * FPS)
        return {
            "completed": score(1),
            "duration_error_frames": score(
                abs(frames - requested), f"{frames} frames for {requested} requested"
            ),
        }


@dataclass(repr=False)
class ValidationRecord(CaseEvaluator):
    """`first_try_validation`, `validation_attempts` and `fallback_used`, from the job report."""

    def evaluate(self, ctx: Context) -> Scores:
        report = ctx.output.report
        validation = report.get("validation") or {}
        attempts = int(validation.get("attempts") or 0)
        first_try = attempts == 1 and validation.get("passed") is True
        fallback = ctx.output.fallback
        return {
            "first_try_validation": score(
                int(first_try), f"{attempts} attempt(s), passed: {validation.get('passed')}"
            ),
            "validation_attempts": score(attempts),
            "fallback_used": score(int(fallback is not None), fallback),
        }


@dataclass(repr=False)
class ModelRun(CaseEvaluator):
    """`steps` (model requests), and `tokens` and `cost_usd` where a hosted model ran."""

    def evaluate(self, ctx: Context) -> Scores:
        usage = ctx.output.usage
        if usage is None:
            return {}
        scores = {"steps": score(usage.steps, usage.model)}
        if usage.model != "offline" and usage.input_tokens is not None and usage.output_tokens is not None:
            tokens = usage.input_tokens + usage.output_tokens
            scores["tokens"] = score(tokens, f"{usage.input_tokens} in, {usage.output_tokens} out")
            if usage.cost_usd is not None:
                scores["cost_usd"] = score(usage.cost_usd)
        return scores


def step_seconds(events: list[JobEvent]) -> list[tuple[str, float]]:
    """(what the step did, its seconds) per finished step: a step is named by its start event's detail
    ("validating", "checking stills"), since one status covers several steps."""
    started: dict[str, list[str]] = {}
    steps = []
    for event in events:
        if isinstance(event.data, StepStarted):
            started.setdefault(event.data.step, []).append(event.data.detail or event.data.step)
        elif isinstance(event.data, StepFinished):
            names = started.get(event.data.step) or [event.data.step]
            steps.append((names.pop(0), event.data.seconds))
    return steps


@dataclass(repr=False)
class StepTimes(CaseEvaluator):
    """`seconds_per_step`: the mean wall time of the pipeline's steps; the reason lists each one."""

    def evaluate(self, ctx: Context) -> Scores:
        steps = step_seconds(ctx.output.events)
        if not steps:
            timings = ctx.output.report.get("timings") or {}
            steps = [(name, float(seconds)) for name, seconds in timings.items()]
        if not steps:
            return {}
        mean = sum(seconds for _, seconds in steps) / len(steps)
        listed = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in steps)
        return {"seconds_per_step": score(mean, listed)}
