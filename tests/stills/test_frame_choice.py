"""Which frames a check looks at, and which scene each belongs to."""

from video.stills.default_props import default_script
from video.stills.frames import evenly_spaced, pick_frames, scene_at, scene_spans


def test_each_scene_gives_its_entrance_and_its_midpoint() -> None:
    script = {
        "scenes": [{"id": "hook", "duration": 1}, {"id": "list", "duration": 2}, {"id": "cta", "duration": 3}]
    }
    spans = scene_spans(script)
    assert [(span.id, span.start, span.end) for span in spans] == [
        ("hook", 0, 30),
        ("list", 30, 90),
        ("cta", 90, 180),
    ]
    # A 30-frame scene is entered a third of the way in (10), longer ones 12 frames in.
    assert pick_frames(180, spans) == [0, 10, 15, 42, 60, 102, 135, 179]


def test_without_scenes_eight_frames_are_spread_evenly() -> None:
    assert evenly_spaced(90) == [0, 13, 25, 38, 51, 64, 76, 89]
    assert pick_frames(90) == evenly_spaced(90)
    assert evenly_spaced(5) == [0, 1, 2, 3, 4]
    assert evenly_spaced(1) == [0]


def test_scene_spans_read_a_video_script_and_its_json_alike() -> None:
    script = default_script(100)
    assert scene_spans(script) == scene_spans(script.to_json_dict())
    assert sum(span.length for span in scene_spans(script)) == 100
    spans = scene_spans(script)
    assert scene_at(spans, 0) == "hook"
    assert scene_at(spans, 99) == "cta"
    assert scene_at(spans, 100) is None
