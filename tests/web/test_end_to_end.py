"""The whole Studio for real: uvicorn on 127.0.0.1 with one in-process worker and the offline director. A
15 s brief at small scale shows `preview` before `completed`, the preview endpoint answers in between, and
the MP4 downloads with a Range request."""

import http.client
from urllib.parse import urlsplit

import httpx
import pytest

from agent.deps import RunSettings
from service.workers import WorkerSettings
from tests.store.builders import brief_data
from tests.web.conftest import ALICE, PASSWORD, Studio
from tests.web.live_server import serve
from tests.web.sse import read_events
from video.engine.media import probe
from web.settings import StudioSettings

pytestmark = pytest.mark.render

SMALL = RunSettings(render_scale=0.25, x264_preset="ultrafast")


def test_a_brief_goes_from_post_to_preview_to_a_downloadable_mp4(studio: Studio) -> None:
    settings = StudioSettings(workers=WorkerSettings(count=1, model="offline", run=SMALL, poll_s=0.2))
    with serve(settings) as origin, httpx.Client(base_url=origin, timeout=30) as client:
        csrf = client.post("/api/login", json={"email": ALICE, "password": PASSWORD}).json()["csrf_token"]
        client.headers["X-CSRF-Token"] = csrf
        posted = client.post("/api/videos", json=brief_data(duration=15))
        assert posted.status_code == 202
        job_id = posted.json()["job_id"]

        names: list[str] = []
        preview_status = None
        with client.stream("GET", f"/api/videos/{job_id}/events", timeout=600) as response:
            lines = response.iter_lines()
            for event in read_events(lines):
                names.append(event.event)
                if event.event == "preview":
                    preview_status = client.get(f"/api/videos/{job_id}/preview").status_code
                if event.event in ("completed", "failed"):
                    break
        assert names[-1] == "completed", names
        assert "preview" in names and names.index("preview") < names.index("completed")
        assert preview_status == 200
        assert {"status", "step", "render_progress"} <= set(names)

        video = client.get(f"/api/videos/{job_id}").json()
        assert video["status"] == "completed" and "video.mp4" in video["files"]
        assert [step["name"] for step in video["steps"]][:2] == ["gathering_context", "generating_script"]
        url = video["files"]["video.mp4"]
        part = client.get(url, headers={"Range": "bytes=0-1023"})
        assert part.status_code == 206 and len(part.content) == 1024
        size = int(part.headers["content-range"].rpartition("/")[2])
        assert part.headers["content-range"] == f"bytes 0-1023/{size}"
        whole = client.get(url)
        assert (
            whole.status_code == 200 and len(whole.content) == size and whole.content[:1024] == part.content
        )
        (studio.data_dir / "downloaded.mp4").write_bytes(whole.content)
        assert abs(probe(studio.data_dir / "downloaded.mp4").frames - 450) <= 1

        # A hand-made request keeps its `..`: the server still answers 404, not a file.
        host = urlsplit(origin)
        connection = http.client.HTTPConnection(host.hostname or "", host.port)
        cookie = f"ppr_session={client.cookies['ppr_session']}"
        connection.request(
            "GET", f"/api/videos/{job_id}/files/../../../ppr-video.db", headers={"Cookie": cookie}
        )
        assert connection.getresponse().status == 404
        connection.close()
