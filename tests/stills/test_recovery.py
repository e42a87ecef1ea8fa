"""A composition that never finishes a frame is reported, and the checker recovers for the next check."""

from pathlib import Path

from tests.stills.conftest import compile_fixture, fixture_props
from video.engine import EngineClient
from video.stills import StillChecker


async def test_endless_loop_is_reported_and_the_next_check_works(
    engine: EngineClient, tmp_path: Path
) -> None:
    looping = await compile_fixture(engine, "endless_loop")
    clean = await compile_fixture(engine, "clean")
    async with StillChecker(frame_timeout_s=3) as checker:
        report = await checker.check(
            js=looping, props=fixture_props(), frames=[0, 40, 60], out_dir=tmp_path / "a"
        )
        assert [frame.frame for frame in report.frames] == [0]
        (issue,) = report.issues
        assert (issue.kind, issue.severity, issue.frame) == ("runtime_error", "error", 40)
        assert issue.message.startswith("frame 40 took longer than 3 s")
        assert report.aborted is not None and report.aborted.kind == "frame_timeout"
        assert "remaining frames were not checked" in issue.message
        after = await checker.check(js=clean, props=fixture_props(), frames=[45], out_dir=tmp_path / "b")
        assert after.issues == []
        assert [frame.frame for frame in after.frames] == [45]
