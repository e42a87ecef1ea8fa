"""A fake of fal.ai's queue API and its file CDN on 127.0.0.1, enough for fal-client's AsyncClient.subscribe.

Prompts steer it: "FAIL" -> the result is an HTTP 500, "STALL" -> never completes, "MALFORMED" -> a result
without images, "BROKENFILE" -> the image url serves text, "SLOWFILE" -> the image url stalls, "NSFW" -> the
safety checker flag is set.
"""

import io
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from tests.assets.local_http import JsonHandler, LocalHTTPServer

GOOD_KEY = "good-fal-key"
PRESET_SIZES = {"portrait_16_9": (576, 1024), "landscape_16_9": (1024, 576), "square_hd": (1024, 1024)}


@dataclass
class FalState:
    origin: str = ""
    submissions: list[dict[str, Any]] = field(default_factory=list)
    authorizations: list[str] = field(default_factory=list)
    requests: dict[str, dict[str, Any]] = field(default_factory=dict)
    cancelled: list[str] = field(default_factory=list)
    polls_before_done: int = 1
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: threading.Event = field(default_factory=threading.Event)


def _jpeg(size: tuple[int, int], shade: int) -> bytes:
    output = io.BytesIO()
    Image.new("RGB", size, (shade, 40, 90)).save(output, "JPEG")
    return output.getvalue()


class _FalHandler(JsonHandler):
    state: FalState

    def do_POST(self) -> None:
        state = self.state
        authorization = self.headers.get("Authorization", "")
        state.authorizations.append(authorization)
        if authorization != f"Key {GOOD_KEY}":
            self.send_json(401, {"detail": "Invalid authentication credentials"})
            return
        arguments = self.read_json()
        request_id = uuid.uuid4().hex
        base = f"{state.origin}/fal-ai/flux/requests/{request_id}"
        with state.lock:
            state.submissions.append({"path": self.path, "arguments": arguments})
            state.requests[request_id] = {"arguments": arguments, "polls": 0}
            state.active += 1
            state.max_active = max(state.max_active, state.active)
        self.send_json(
            200,
            {
                "request_id": request_id,
                "response_url": base,
                "status_url": f"{base}/status",
                "cancel_url": f"{base}/cancel",
            },
        )

    def do_PUT(self) -> None:
        request_id = self.path.split("/")[-2]
        with self.state.lock:
            self.state.cancelled.append(request_id)
            self.state.active -= 1
        self.send_json(202, {"status": "CANCELLATION_REQUESTED"})

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path.startswith("/files/"):
            self._file(path.removeprefix("/files/"))
            return
        parts = path.strip("/").split("/")
        request = self.state.requests.get(parts[3]) if len(parts) >= 4 else None
        if request is None:
            self.send_json(404, {"detail": "Request not found"})
            return
        prompt = request["arguments"]["prompt"]
        if parts[-1] == "status":
            request["polls"] += 1
            done = request["polls"] > self.state.polls_before_done and "STALL" not in prompt
            completed: dict[str, object] = {"status": "COMPLETED", "logs": None, "metrics": {}}
            status = completed if done else {"status": "IN_PROGRESS", "logs": []}
            self.send_json(200, status)
            return
        with self.state.lock:
            self.state.active -= 1
        self._result(parts[3], request["arguments"])

    def _result(self, request_id: str, arguments: dict[str, Any]) -> None:
        prompt = arguments["prompt"]
        if "FAIL" in prompt:
            self.send_json(500, {"detail": "Internal server error"}, {"x-fal-request-id": request_id})
            return
        if "MALFORMED" in prompt:
            self.send_json(200, {"seed": 7, "timings": {}})
            return
        width, height = PRESET_SIZES[arguments["image_size"]]
        suffix = "txt" if "BROKENFILE" in prompt else "slow" if "SLOWFILE" in prompt else "jpg"
        self.send_json(
            200,
            {
                "images": [
                    {
                        "url": f"{self.state.origin}/files/{request_id}-{width}x{height}.{suffix}",
                        "width": width,
                        "height": height,
                        "content_type": "image/jpeg",
                    }
                ],
                "seed": 7,
                "has_nsfw_concepts": ["NSFW" in prompt],
                "prompt": prompt,
            },
        )

    def _file(self, name: str) -> None:
        stem, suffix = name.rsplit(".", 1)
        if suffix == "txt":
            self.send_bytes(200, b"<html>not an image</html>", "text/html")
            return
        if suffix == "slow":
            self.state.release.wait(10)
            return
        width, height = (int(value) for value in stem.rsplit("-", 1)[1].split("x"))
        self.send_bytes(200, _jpeg((width, height), int(stem[:2], 16)), "image/jpeg")


class FakeFal:
    """Start with `with FakeFal() as fal:`; point fal-client at `fal.queue_url`."""

    def __init__(self) -> None:
        self.state = FalState()
        handler = type("FalHandler", (_FalHandler,), {"state": self.state})
        self._server = LocalHTTPServer(handler)
        self.state.origin = self._server.origin
        self.queue_url = f"{self._server.origin}/"

    def __enter__(self) -> "FakeFal":
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.state.release.set()
        self._server.__exit__(None, None, None)
