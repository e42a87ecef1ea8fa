"""Reading a Server-Sent Events stream into (event, data, id) triples, ping comments left out."""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Received:
    event: str
    data: dict[str, Any]
    id: str


def read_events(lines: Iterable[str]) -> list[Received]:
    events: list[Received] = []
    fields: dict[str, str] = {}
    for line in lines:
        if line == "":
            if "event" in fields:
                events.append(Received(fields["event"], json.loads(fields["data"]), fields.get("id", "")))
            fields = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            fields[name] = value.removeprefix(" ")
    return events
