"""A server's renders yield the CPU: with PPR_RENDER_NICE the engine (and what it starts) runs at that
niceness; without it, at the caller's own."""

import os
from pathlib import Path

import pytest

from video.engine import EngineClient
from video.render_priority import RENDER_NICE_ENV, niced, render_niceness


def niceness_of(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return int(fields[16])  # field 19 of proc(5), counted after the command name


async def test_the_engine_runs_at_the_render_niceness(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RENDER_NICE_ENV, "7")
    async with EngineClient() as engine:
        await engine.request("ping")
        assert engine.pid is not None
        assert niceness_of(engine.pid) == min(19, os.nice(0) + 7)


def test_no_niceness_leaves_the_command_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RENDER_NICE_ENV, raising=False)
    assert niced(["node", "engine.js"]) == ["node", "engine.js"]
    monkeypatch.setenv(RENDER_NICE_ENV, "10")
    assert niced(["node", "engine.js"]) == ["nice", "-n", "10", "node", "engine.js"]


@pytest.mark.parametrize("value", ["-1", "20", "high", "1.5"])
def test_a_bad_niceness_names_the_variable(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(RENDER_NICE_ENV, value)
    with pytest.raises(ValueError, match=f"^{RENDER_NICE_ENV}: must be a whole number from 0 to 19"):
        render_niceness()
