"""Defence in depth: code that slips past the static checks (sent straight to DynamicVideo on purpose) still
reaches no network, and a hidden endless loop fails the render with a frame timeout instead of hanging it."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.engine.props import dynamic_props
from video.engine import EngineClient, EngineError
from video.validation import validate_composition

pytestmark = pytest.mark.render

ESCAPES = """
import React from 'react';
import { AbsoluteFill } from 'remotion';

const TARGET = 'http://127.0.0.1:__PORT__';

export default function Video() {
  const makeFunction = (() => 0).constructor as unknown as (code: string) => () => void;
  makeFunction(`fetch('${TARGET}/function-escape').catch(() => undefined)`)();
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000' }}>
      <img src={`${TARGET}/img-src.png`} />
    </AbsoluteFill>
  );
}
"""

THIS_IN_A_PLAIN_FUNCTION = """
import React from 'react';

export default function Video() {
  const receiver = (function (this: unknown) {
    return this;
  })();
  throw new Error(`this is ${typeof receiver}`);
}
"""

# Nothing here is an endless loop to the static checks: the condition reads a variable the body changes.
HIDDEN_LOOP = """
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  let spins = 0;
  if (frame >= 3) {
    while (spins >= 0) {
      spins = (spins + 1) % 7;
    }
  }
  return <AbsoluteFill style={{ backgroundColor: '#000000', opacity: spins }} />;
}
"""

HEALTHY = """
import React from 'react';
import { AbsoluteFill } from 'remotion';

export default function Video() {
  return <AbsoluteFill style={{ backgroundColor: '#FFFFFF' }} />;
}
"""


class Listener:
    """A TCP server on another loopback port that records every connection it gets."""

    def __init__(self) -> None:
        self.connections = 0
        self.port = 0
        self._server: asyncio.Server | None = None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        writer.close()

    async def __aenter__(self) -> "Listener":
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server
        self._server.close()
        await self._server.wait_closed()


@pytest_asyncio.fixture
async def listener() -> AsyncIterator[Listener]:
    async with Listener() as server:
        yield server


async def blocked_for(engine: EngineClient, port: int, expected: set[str]) -> set[str]:
    """The refused URLs to `port`, waiting (up to 15 s) for the browser's requests to reach the guard."""
    found: set[str] = set()
    for _ in range(60):
        reply = await engine.request("blockedRequests")
        found = {url for url in reply["blocked"] if f"127.0.0.1:{port}" in url}
        if {path for path in expected if any(url.endswith(path) for url in found)} == expected:
            break
        await asyncio.sleep(0.25)
    return found


async def test_escaped_code_reaches_no_other_loopback_port(
    engine: EngineClient, listener: Listener, tmp_path: Path
) -> None:
    tsx = ESCAPES.replace("__PORT__", str(listener.port))
    static = await validate_composition(engine, tsx)
    assert {
        "constructor-access",
        "this-escape",
        "dom-ref",
    } & static.codes()  # the static checks would stop it
    props = await dynamic_props(engine, tsx, seconds=1)
    still = await engine.still("DynamicVideo", tmp_path / "escape.png", frame=0, input_props=props)
    # The hardened realm refuses the constructor before anything is fetched: no request reaches the guard.
    assert [error.message for error in still.runtime_errors] == [
        "TypeError: Function.prototype.constructor is not a valid constructor."
    ]
    await asyncio.sleep(0.5)
    assert await blocked_for(engine, listener.port, set()) == set()
    assert listener.connections == 0


async def test_this_in_a_plain_function_is_not_the_page_window(engine: EngineClient, tmp_path: Path) -> None:
    assert "this-escape" in (await validate_composition(engine, THIS_IN_A_PLAIN_FUNCTION)).codes()
    props = await dynamic_props(engine, THIS_IN_A_PLAIN_FUNCTION, seconds=1)
    still = await engine.still("DynamicVideo", tmp_path / "this.png", frame=0, input_props=props)
    assert [error.message for error in still.runtime_errors] == ["Error: this is undefined"]


async def test_hidden_endless_loop_times_out_and_the_engine_recovers(
    engine: EngineClient, tmp_path: Path
) -> None:
    static = await validate_composition(engine, HIDDEN_LOOP)
    assert static.ok and "endless-loop" not in static.codes()
    props = await dynamic_props(engine, HIDDEN_LOOP, seconds=1)
    with pytest.raises(EngineError) as failure:
        await engine.render(
            "DynamicVideo",
            tmp_path / "loop.mp4",
            input_props=props,
            x264_preset="ultrafast",
            frame_timeout_ms=4000,
        )
    assert failure.value.kind == "frame_timeout", failure.value.message
    assert failure.value.frame == 3
    assert failure.value.message == "frame 3 took longer than 4 s"
    healthy = await dynamic_props(engine, HEALTHY, seconds=1)
    result = await engine.render(
        "DynamicVideo", tmp_path / "after.mp4", input_props=healthy, x264_preset="ultrafast"
    )
    assert result.frames == 30
