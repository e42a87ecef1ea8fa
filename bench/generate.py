"""Offline `generate` of a 30 s 1080x1920 video, then iterations that change only code or copy (no asset
work): a targeted one ("remove the price", one scene), another targeted one on that ("change the CTA"), and
one that changes every frame ("make it faster").

Prints the time of each step, the total, the render step's share, the total against a bare render of the same
composition straight through the engine (what the pipeline costs beyond rendering), and the first generation
against each iteration, with the frames each iteration painted and those it copied from earlier versions.

    .venv/bin/python bench/generate.py        (about 15 minutes on a 2-core machine)
"""

import asyncio
import os
import tempfile
import time
from pathlib import Path

from sqlmodel import Session

from agent.deps import RunSettings
from agent.models import resolve_model
from agent.runner import JobRunner
from store.db import make_engine
from store.demo.seed import seed_demo_catalog
from store.jobs import generate, iterate
from store.migrate import migrate_to_head
from store.models import User, VideoJob
from store.requests import video_request
from store.users import local_creator
from video.dynamic_props import published_version
from video.engine.media import probe
from video.services import Services
from video.validation import validate_composition

DURATION_S = 30
# Each iteration revises the version before it.
ITERATIONS = ("remove the price", "change the CTA to 'Start today'", "make it faster")
SETTINGS = RunSettings()


async def run_job(services: Services, session: Session, user: User, job: VideoJob, out: Path) -> float:
    runner = JobRunner(services, model=resolve_model("offline"), settings=SETTINGS, out_dir=out)
    started = time.perf_counter()
    await runner.run(session, user, job)
    seconds = time.perf_counter() - started
    if job.status != "completed":
        raise SystemExit(f"job {job.id} ended {job.status}: {job.error}")
    return seconds


async def bare_render(services: Services, session: Session, job: VideoJob, out: Path) -> float:
    """The job's own composition, script and assets rendered again by the engine, nothing else around it."""
    tsx, script, props = published_version(session, job, services.asset_server)
    compiled = await validate_composition(services.engine, tsx, script)
    assert compiled.js is not None
    props["code"] = compiled.js
    started = time.perf_counter()
    await services.engine.render(
        "DynamicVideo",
        out,
        input_props=props,
        size=(props["width"], props["height"]),
        x264_preset=SETTINGS.x264_preset,
        allowed_origins=services.allowed_origins,
    )
    return time.perf_counter() - started


def print_steps(title: str, job: VideoJob, total: float) -> None:
    print(f"{title}: {total:.1f} s in all")
    for step, seconds in job.step_timings.items():
        print(f"  {step:<20} {seconds:7.1f} s  {seconds / total:6.1%}")
    print(f"  {'outside the steps':<20} {total - sum(job.step_timings.values()):7.1f} s")
    work = job.render_work
    print(
        f"  render: {work.get('mode')}, {work.get('painted_frames')} frames painted, "
        f"{work.get('reused_frames')} copied from earlier versions "
        f"(fingerprints {work.get('fingerprint_s')} s, cutting and joining {work.get('splice_s')} s)"
    )


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as folder:
        root = Path(folder)
        url = f"sqlite:///{root / 'store.db'}"
        migrate_to_head(url)
        with Session(make_engine(url), expire_on_commit=False) as session:
            seed_demo_catalog(session)
            user = local_creator(session)
            async with Services.start(asset_root=root / "assets") as services:
                await services.engine.bundle()
                request = video_request(
                    course="saturation-secrets", duration=DURATION_S, aspect="9:16", style="hype", voice=True
                )
                first = generate(session, user, request)
                first_s = await run_job(services, session, user, first, root / "v1")
                bare_s = await bare_render(services, session, first, root / "bare.mp4")
                iterations: list[tuple[str, VideoJob, float]] = []
                previous = first
                for number, feedback in enumerate(ITERATIONS, start=2):
                    assert previous.id is not None
                    job = iterate(session, user, previous.id, feedback)
                    seconds = await run_job(services, session, user, job, root / f"v{number}")
                    iterations.append((feedback, job, seconds))
                    previous = job
        info = probe(root / "v1" / "video.mp4")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"machine: {os.cpu_count()} cores, load average {load} (other work on the machine slows every number)"
    )
    print(
        f"video: {info.width}x{info.height}, {info.frames} frames, {info.duration_s:.1f} s, offline director"
    )
    print_steps("first generation", first, first_s)
    rendering = first.step_timings.get("rendering", 0.0)
    print(f"render step share of the total:          {rendering / first_s:6.1%}")
    print(f"bare render of the same composition:     {bare_s:7.1f} s")
    overhead = first_s - bare_s
    print(f"total / bare render:                     {first_s / bare_s:7.2f}x  ({overhead:.1f} s overhead)")
    print(f"  of which outside the render step:      {first_s - rendering:7.1f} s")
    for feedback, job, seconds in iterations:
        print()
        print_steps(f"iteration '{feedback}'", job, seconds)
        print(f"  asset work: {job.asset_work or 'none (images and voice reused)'}")
        print(f"  first generation / this iteration:     {first_s / seconds:7.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
