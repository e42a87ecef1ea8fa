"""Published files with Range requests, names looked up in a table (traversal is always 404), the Player's
preview input and the assets it loads."""

import pytest
from fastapi.testclient import TestClient

from domain.paths import job_dir
from tests.web import stand_ins
from tests.web.conftest import Studio
from tests.web.raw_asgi import raw_get


@pytest.fixture
def finished(studio: Studio, alice: TestClient) -> int:
    job_id: int = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    stand_ins.finish(studio.db, job_id)
    return job_id


def test_the_video_downloads_whole_and_by_range(alice: TestClient, finished: int) -> None:
    url = f"/api/videos/{finished}/files/video.mp4"
    whole = alice.get(url)
    assert whole.status_code == 200 and whole.content == stand_ins.MP4_BYTES
    assert whole.headers["content-type"] == "video/mp4" and whole.headers["accept-ranges"] == "bytes"
    size = len(stand_ins.MP4_BYTES)
    part = alice.get(url, headers={"Range": "bytes=100-299"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-299/{size}"
    assert part.content == stand_ins.MP4_BYTES[100:300]
    tail = alice.get(url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == stand_ins.MP4_BYTES[-10:]
    assert alice.get(url, headers={"Range": f"bytes={size + 5}-"}).status_code == 416


def test_every_published_name_is_served_and_nothing_else(alice: TestClient, finished: int) -> None:
    for name in ("thumbnail.jpg", "subtitles.srt", "subtitles.vtt", "captions.json"):
        assert alice.get(f"/api/videos/{finished}/files/{name}").status_code == 200, name
    (job_dir(finished) / "composition.js").write_text("secret code")
    for name in ("composition.js", "script.json", "assets.json", "video-captioned.mp4", "report.json"):
        response = alice.get(f"/api/videos/{finished}/files/{name}")
        assert response.status_code == 404 and set(response.json()) == {"error"}, name


TRAVERSALS = [
    "../../store.db",
    "..",
    "../video.mp4",
    "./video.mp4/../../../store.db",
    "..%2f..%2fstore.db",
    "%2e%2e/%2e%2e/store.db",
    "%2e%2e",
    "%2E%2E%2Fstore.db",
    "%2fetc%2fpasswd",
    "/etc/passwd",
    "//etc/passwd",
    "video.mp4%00.jpg",
    "VIDEO.MP4",
    "..\\..\\store.db",
]


# A client resolves `files/..` to the job itself (200, the job's JSON): only the raw request tests it.
@pytest.mark.parametrize("path", [path for path in TRAVERSALS if path != ".."])
def test_traversal_and_odd_names_are_404(alice: TestClient, finished: int, path: str) -> None:
    response = alice.get(f"/api/videos/{finished}/files/{path}")
    assert response.status_code == 404, response.text
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("path", TRAVERSALS)
def test_traversal_sent_as_written_is_404(alice: TestClient, finished: int, path: str) -> None:
    headers = {"cookie": f"ppr_session={alice.cookies['ppr_session']}"}
    status, body = raw_get(alice.app, f"/api/videos/{finished}/files/{path}", headers)
    assert status == 404, body
    assert stand_ins.MP4_BYTES[:50] not in body and b"SQLite" not in body


def test_files_of_an_unfinished_job_are_404(studio: Studio, alice: TestClient) -> None:
    job_id = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    stand_ins.validate(studio.db, job_id)
    (job_dir(job_id) / "video.mp4").write_bytes(b"half a render")
    assert alice.get(f"/api/videos/{job_id}/files/video.mp4").status_code == 404
    assert alice.get(f"/api/videos/{job_id}").json()["files"] == {}


def test_the_preview_is_404_until_the_code_validates_then_the_players_input(
    studio: Studio, alice: TestClient
) -> None:
    job_id = alice.post("/api/videos", json={"course": "saturation-secrets", "aspect": "1:1"}).json()[
        "job_id"
    ]
    early = alice.get(f"/api/videos/{job_id}/preview")
    assert early.status_code == 404 and "no validated composition yet" in early.json()["error"]
    stand_ins.validate(studio.db, job_id)
    preview = alice.get(f"/api/videos/{job_id}/preview").json()
    assert preview["code"] == "module.exports.default = () => null;"
    assert (preview["width"], preview["height"], preview["fps"], preview["durationInFrames"]) == (
        1080,
        1080,
        30,
        60,
    )
    props = preview["props"]
    assert props["script"] == stand_ins.SCRIPT.to_json_dict()
    assert props["images"] == [f"/api/videos/{job_id}/assets/{stand_ins.IMAGE_KEY}", None]
    assert props["facts"]["title"] and props["audioUrl"] is None
    assert props["durationInFrames"] == 60


def test_assets_are_only_those_the_job_lists(studio: Studio, alice: TestClient) -> None:
    job_id = alice.post("/api/videos", json={"course": "saturation-secrets"}).json()["job_id"]
    stand_ins.validate(studio.db, job_id)
    assets = studio.data_dir / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    (assets / stand_ins.IMAGE_KEY).write_bytes(b"\xff\xd8jpeg")
    other = "b" * 64 + ".jpg"
    (assets / other).write_bytes(b"\xff\xd8another job's image")
    listed = alice.get(f"/api/videos/{job_id}/assets/{stand_ins.IMAGE_KEY}")
    assert listed.status_code == 200 and listed.content == b"\xff\xd8jpeg"
    assert listed.headers["content-type"] == "image/jpeg"
    assert alice.get(f"/api/videos/{job_id}/assets/{other}").status_code == 404
    assert alice.get(f"/api/videos/{job_id}/assets/..%2fstore.db").status_code == 404
