"""Which chunks a new version paints and which it copies: the plan is a pure function of the chunk keys."""

from pathlib import Path

from video.render_reuse.identity import RenderIdentity, chunk_keys, chunk_ranges
from video.render_reuse.manifest import RenderManifest, SourceVideo
from video.render_reuse.plan import Copy, Paint, plan_segments

IDENTITY = "identity"


def source(job_id: int, keys: list[str], frames: int | None = None) -> SourceVideo:
    manifest = RenderManifest(
        job_id=job_id,
        video="video.mp4",
        video_size=1,
        video_mtime_ns=1,
        identity=IDENTITY,
        chunk_frames=30,
        frames=frames or 30 * len(keys),
        fps=30,
        chunk_keys=keys,
    )
    return SourceVideo(manifest=manifest, path=Path(f"/videos/job-{job_id}/video.mp4"))


def test_chunks_are_one_second_and_the_last_one_holds_the_rest() -> None:
    assert chunk_ranges(75) == [(0, 29), (30, 59), (60, 74)]
    assert chunk_ranges(60) == [(0, 29), (30, 59)]


def test_a_chunk_key_follows_its_frames_and_the_identity_not_its_place() -> None:
    hashes = ["a"] * 30 + ["b"] * 30 + ["a"] * 30
    keys = chunk_keys(hashes, IDENTITY)
    assert len(keys) == 3 and keys[0] == keys[2] != keys[1]
    assert chunk_keys(hashes, "another renderer")[0] != keys[0]
    one_frame_changed = chunk_keys(["a"] * 29 + ["c"] + hashes[30:], IDENTITY)
    assert one_frame_changed[0] != keys[0] and one_frame_changed[1:] == keys[1:]


def test_the_identity_changes_with_every_setting_that_changes_pixels() -> None:
    base = RenderIdentity("bundle", "preview", "chromium 156", "DynamicVideo", 270, 480, 30, 18, "veryfast")
    variants = [
        RenderIdentity("bundle2", "preview", "chromium 156", "DynamicVideo", 270, 480, 30, 18, "veryfast"),
        RenderIdentity("bundle", "preview", "chromium 157", "DynamicVideo", 270, 480, 30, 18, "veryfast"),
        RenderIdentity("bundle", "preview", "chromium 156", "DynamicVideo", 540, 960, 30, 18, "veryfast"),
        RenderIdentity("bundle", "preview", "chromium 156", "DynamicVideo", 270, 480, 30, 23, "veryfast"),
        RenderIdentity("bundle", "preview", "chromium 156", "DynamicVideo", 270, 480, 30, 18, "ultrafast"),
    ]
    assert len({base.digest(), *(variant.digest() for variant in variants)}) == 1 + len(variants)


def test_with_no_source_everything_is_painted() -> None:
    assert plan_segments(["k1", "k2", "k3"], 75, 30, []) == [Paint(0, 74)]


def test_a_changed_middle_chunk_is_painted_between_two_copies_of_the_parent() -> None:
    parent = source(1, ["k1", "k2", "k3", "k4"], frames=105)
    plan = plan_segments(["k1", "new", "k3", "k4"], 105, 30, [parent])
    assert plan == [Copy(parent, 0, 0, 29), Paint(30, 59), Copy(parent, 60, 60, 104)]


def test_copies_continue_in_one_source_and_shifted_chunks_are_found_anywhere() -> None:
    parent = source(1, ["k1", "k2", "k3"])
    older = source(2, ["k0", "k2", "k3", "k9"])
    plan = plan_segments(["k9", "k2", "k3", "k1"], 120, 30, [parent, older])
    # k9 only the older version has (at its chunk 3); k2 and k3 come from the preferred parent, in one piece.
    assert plan == [Copy(older, 90, 0, 29), Copy(parent, 30, 30, 89), Copy(parent, 0, 90, 119)]


def test_a_copy_stays_in_the_source_it_started_in_when_that_source_goes_on() -> None:
    parent = source(1, ["k1", "k2"])
    older = source(2, ["k0", "k5", "k1", "k2"])
    plan = plan_segments(["k5", "k1", "k2"], 90, 30, [parent, older])
    assert plan == [Copy(older, 30, 0, 89)]


def test_a_short_last_chunk_is_copied_only_as_a_last_chunk() -> None:
    hashes = ["a"] * 30 + ["b"] * 15
    keys = chunk_keys(hashes, IDENTITY)
    parent = source(1, keys, frames=45)
    assert plan_segments(keys, 45, 30, [parent]) == [Copy(parent, 0, 0, 44)]
    longer = chunk_keys(hashes + ["b"] * 15, IDENTITY)
    assert plan_segments(longer, 60, 30, [parent]) == [Copy(parent, 0, 0, 29), Paint(30, 59)]
