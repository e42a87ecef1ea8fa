"""The system Chromium for still checks, and the network policy its pages run under.

The browser runs generated code, so it is started inside the network seal (video/seal.py) through
chromium-sealed.sh: its pages can reach nothing, not even this machine's loopback. Playwright drives it over
a pipe, and NetworkPolicy answers the pages' requests for the preview page and the allowed asset origins from
the folders the servers of this process serve (video.loopback_server.serving), through request routing.
"""

import asyncio
import os
import weakref
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import Browser, Page, Playwright, Request, Response, Route

from video.loopback_server import serving
from video.seal import Seal, current_seal
from video.stills.frames import page_heap_mb  # wall 4

CHROMIUM = Path(os.environ.get("PPR_CHROMIUM", "/usr/bin/chromium"))
SEALED_CHROMIUM = Path(__file__).with_name("chromium-sealed.sh")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    # Anything that is not loopback goes to a proxy nobody runs, should a request ever slip past the routing.
    "--proxy-server=http://127.0.0.1:9",
    f"--js-flags=--max-old-space-size={page_heap_mb()}",  # wall 4: a page's heap is bounded (frames.py)
]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_IMAGE_TYPES = frozenset({"image", "media"})
# Chromium's names for why a request failed, in words a model can act on.
_FAILURE_REASONS = {
    "net::ERR_BLOCKED_BY_ORB": "the server answered with something that is not an image (a missing file?)",
    "net::ERR_CONNECTION_REFUSED": "nothing is listening at that address",
    "net::ERR_FILE_NOT_FOUND": "file not found",
}


_sealed_browsers: "weakref.WeakSet[Browser]" = weakref.WeakSet()


async def launch_chromium(
    playwright: Playwright, executable: Path = CHROMIUM, *, seal: Seal | None = None
) -> Browser:
    """Debian's Chromium, headless (about 0.2 s), in the network seal when this machine can make it (`seal`,
    default current_seal(); UNSEALED for a browser that must reach loopback servers itself). Never a browser
    that Playwright downloads."""
    if not await asyncio.to_thread(executable.exists):
        raise FileNotFoundError(f"{executable} is missing: install Debian's chromium package (make setup)")
    if seal is None:
        seal = await asyncio.to_thread(current_seal)
    if not seal.ok:
        return await playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=CHROMIUM_ARGS
        )
    browser = await playwright.chromium.launch(
        executable_path=str(SEALED_CHROMIUM),
        headless=True,
        args=CHROMIUM_ARGS,
        env={**os.environ, **seal.env(), "PPR_CHROMIUM": str(executable)},
    )
    _sealed_browsers.add(browser)
    return browser


def is_sealed(browser: Browser) -> bool:
    """True for a browser launch_chromium started inside the network seal."""
    return browser in _sealed_browsers


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def loopback_origin(origin: str) -> str:
    """The origin normalised; ValueError for anything that is not an http(s) origin on this machine."""
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or parts.hostname not in LOOPBACK_HOSTS:
        raise ValueError(f"allowed origin {origin!r} must be http://127.0.0.1:PORT (the local asset server)")
    return origin_of(origin)


class NetworkPolicy:
    """Lets a page reach only the preview server and the allowed asset origins; records what failed.

    Requests to an origin a server of this process serves are answered from its folder, without the network
    (a sealed browser could not reach the server); others on the allowlist go to the network.
    """

    def __init__(self, preview_origin: str) -> None:
        self._preview_origin = loopback_origin(preview_origin)
        self._allowed: set[str] = {self._preview_origin}
        self._in_flight: set[Request] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        # Requests refused by the policy, other than images (those count as broken images): URL -> type.
        self.blocked: dict[str, str] = {}
        self.failed_images: dict[str, str] = {}

    def allow(self, origins: Iterable[str]) -> bool:
        """Sets the asset origins pages may reach; True if that changed what they may reach."""
        allowed = {self._preview_origin, *(loopback_origin(origin) for origin in origins)}
        changed = allowed != self._allowed
        self._allowed = allowed
        return changed

    def reset_records(self) -> None:
        self.blocked.clear()
        self.failed_images.clear()

    async def attach(self, page: Page) -> None:
        await page.route("**/*", self._route)
        page.on("request", self._started)
        page.on("response", self._responded)
        page.on("requestfinished", self._settle)
        page.on("requestfailed", self._failed)

    async def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")):
            await route.continue_()
            return
        origin = origin_of(url)
        if origin in self._allowed:
            server = serving(origin)
            if server is None:
                await route.continue_()
                return
            parts = urlsplit(url)
            target = f"{parts.path}?{parts.query}" if parts.query else parts.path
            request = route.request
            answer = await asyncio.to_thread(
                server.respond, request.method, target, await request.header_value("range")
            )
            body = await asyncio.to_thread(answer.body) if request.method != "HEAD" else b""
            await route.fulfill(status=answer.status, headers=answer.headers, body=body)
            return
        if route.request.resource_type in _IMAGE_TYPES:
            self.failed_images[url] = "blocked: not on an allowed origin"
        else:
            self.blocked[url] = route.request.resource_type
        await route.abort("blockedbyclient")

    def _started(self, request: Request) -> None:
        self._in_flight.add(request)
        self._idle.clear()

    def _settle(self, request: Request) -> None:
        self._in_flight.discard(request)
        if not self._in_flight:
            self._idle.set()

    def _responded(self, response: Response) -> None:
        if response.status >= 400 and response.request.resource_type in _IMAGE_TYPES:
            self.failed_images[response.url] = f"HTTP {response.status}"

    def _failed(self, request: Request) -> None:
        if request.resource_type in _IMAGE_TYPES:
            failure = request.failure or "failed"
            self.failed_images.setdefault(request.url, _FAILURE_REASONS.get(failure, failure))
        self._settle(request)

    @property
    def busy(self) -> bool:
        return bool(self._in_flight)

    async def wait_idle(self, timeout: float) -> bool:
        """True once no request is in flight; False if some are still pending after `timeout` seconds."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True
