"""The last lines a child process wrote to its stderr, kept to say why it stopped."""

import asyncio
from collections import deque


class OutputTail:
    def __init__(self, lines: int = 40) -> None:
        self._lines: deque[str] = deque(maxlen=lines)

    def add(self, line: str) -> None:
        if line:
            self._lines.append(line)

    def clear(self) -> None:
        self._lines.clear()

    def last(self, count: int = 3) -> str:
        """The last `count` lines joined with "; " ("" when there are none)."""
        return "; ".join(list(self._lines)[-count:])

    async def read(self, stream: asyncio.StreamReader) -> None:
        """Keeps its lines until it ends; reading them keeps the child from blocking on a full pipe."""
        async for raw in stream:
            self.add(raw.decode(errors="replace").rstrip())
