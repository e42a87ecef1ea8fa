"""The JSON bodies of the polled routes, kept per key and sent again while what they were built from reads the
same: a poll that finds nothing new builds and serializes nothing."""

from collections.abc import Callable, Hashable
from threading import Lock

from fastapi import Response


class SentBodies:
    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._sent: dict[Hashable, tuple[object, bytes]] = {}
        self._lock = Lock()
        self.builds = 0

    def response(self, key: Hashable, source: object, build: Callable[[], bytes]) -> Response:
        """The JSON `build()` makes of `source`, built again only when `source` differs from the last one
        seen for `key`."""
        known = self._sent.get(key)
        if known is not None and (known[0] is source or known[0] == source):
            body = known[1]
        else:
            self.builds += 1
            body = build()
            with self._lock:
                if len(self._sent) >= self.capacity:
                    self._sent.clear()
                self._sent[key] = (source, body)
        return Response(body, media_type="application/json")
