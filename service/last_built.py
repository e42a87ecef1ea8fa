"""What was last built for each key, built again only when what it is built from differs: the polled status
and its JSON are built once per change of the job, not once per poll."""

from collections.abc import Callable, Hashable
from threading import Lock
from typing import Generic, TypeVar

_Built = TypeVar("_Built")


class LastBuilt(Generic[_Built]):
    def __init__(self, capacity: int = 4096) -> None:
        self.capacity = capacity
        self._built: dict[Hashable, tuple[object, _Built]] = {}
        self._lock = Lock()
        self.builds = 0

    def get(self, key: Hashable, source: object, build: Callable[[], _Built]) -> _Built:
        """`build()`'s result, built again only when `source` is not (or does not equal) the `source` of the
        last build for `key`."""
        known = self._built.get(key)
        if known is not None and (known[0] is source or known[0] == source):
            return known[1]
        self.builds += 1
        built = build()
        with self._lock:
            if len(self._built) >= self.capacity:
                self._built.clear()
            self._built[key] = (source, built)
        return built
