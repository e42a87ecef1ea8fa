"""The network seal around generated code (wall 1 of the render sandbox): the processes that run it live in a
Linux network namespace of their own, whose only interface is loopback.

bubblewrap makes the namespace (`bwrap --unshare-net`, which also brings loopback up); without it,
`unshare --net --map-root-user` plus `ip link set lo up` does. The render engine (Node, its Chromium and the
asset folders it serves) is started through `Seal.wrap`, and the still checker's Chromium through
`video/stills/chromium-sealed.sh`, which makes the same namespace. When neither tool works, `Seal.ok` is False
and `Seal.missing` says what is missing: generated code is then not run at all (the job uses its template).

`PPR_BWRAP` and `PPR_UNSHARE` name the tools (default: found on PATH); pointing both at a missing file is how
tests simulate a machine without the seal.
"""

import functools
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

SealMethod = Literal["bwrap", "unshare"]

# The whole file system stays visible (the engine reads remotion/ and writes renders where it is told); only
# the network is new. --die-with-parent: the sandboxed process dies with the process that started it.
BWRAP_ARGS = ("--dev-bind", "/", "/", "--unshare-net", "--die-with-parent", "--")
# A new user namespace (so no privilege is needed) with a new network namespace whose loopback starts down.
UNSHARE_ARGS = ("--net", "--map-root-user", "--", "sh", "-c", 'ip link set lo up && exec "$@"', "sh")

NEEDS_BUBBLEWRAP = "the render sandbox needs bubblewrap (apt-get install bubblewrap)"
_PROBE_TIMEOUT_S = 15.0
# TEST-NET-1 (RFC 5737): never routed; inside the namespace a connect fails at once with "unreachable".
OUTSIDE_ADDRESS = ("192.0.2.1", 80)


class SealUnavailable(RuntimeError):
    """Generated code was about to run outside the network seal."""


@dataclass(frozen=True)
class Seal:
    """How this machine seals the network of a process, or why it cannot (`missing`)."""

    method: SealMethod | None
    tool: str | None
    missing: str | None = None
    # What each tool said when it failed, for `ppr-video doctor`.
    attempts: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.method is not None and self.tool is not None

    def wrap(self, argv: Sequence[str]) -> list[str]:
        """`argv` run inside a new network namespace with only loopback."""
        if self.method == "bwrap" and self.tool:
            return [self.tool, *BWRAP_ARGS, *argv]
        if self.method == "unshare" and self.tool:
            return [self.tool, *UNSHARE_ARGS, *argv]
        raise SealUnavailable(self.missing or NEEDS_BUBBLEWRAP)

    def env(self) -> dict[str, str]:
        """What video/stills/chromium-sealed.sh needs to make the same namespace."""
        if not self.ok:
            raise SealUnavailable(self.missing or NEEDS_BUBBLEWRAP)
        assert self.method is not None and self.tool is not None
        return {"PPR_SEAL_METHOD": self.method, "PPR_SEAL_TOOL": self.tool}

    def describe(self) -> str:
        return f"{self.method} ({self.tool})" if self.ok else (self.missing or NEEDS_BUBBLEWRAP)


UNSEALED = Seal(None, None, "the network seal is turned off")


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else "no message"


def _starts(argv: list[str]) -> str | None:
    """None when `argv` (a sealed `true`) runs and exits 0; otherwise what went wrong."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=_PROBE_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    if done.returncode != 0:
        return f"exit code {done.returncode}: {_first_line(done.stderr)}"
    return None


@functools.cache
def _probe(bwrap: str, unshare: str) -> Seal:
    attempts: list[str] = []
    bwrap_path = shutil.which(bwrap)
    if bwrap_path:
        failure = _starts([bwrap_path, *BWRAP_ARGS, "true"])
        if failure is None:
            return Seal("bwrap", bwrap_path)
        attempts.append(f"bwrap failed ({failure})")
    else:
        attempts.append(f"bwrap not found ({bwrap})")
    unshare_path = shutil.which(unshare)
    if unshare_path and shutil.which("ip"):
        failure = _starts([unshare_path, *UNSHARE_ARGS, "true"])
        if failure is None:
            return Seal("unshare", unshare_path, attempts=tuple(attempts))
        attempts.append(f"unshare failed ({failure})")
    else:
        attempts.append("unshare and ip (iproute2) not both found")
    if bwrap_path:
        missing = (
            f"the render sandbox could not start: {attempts[0]}; "
            "user namespaces may be disabled (sysctl kernel.unprivileged_userns_clone=1)"
        )
    else:
        missing = NEEDS_BUBBLEWRAP
    return Seal(None, None, missing, tuple(attempts))


def current_seal() -> Seal:
    """The seal this machine can make, probed once per setting of PPR_BWRAP/PPR_UNSHARE (about 10 ms)."""
    return _probe(os.environ.get("PPR_BWRAP", "bwrap"), os.environ.get("PPR_UNSHARE", "unshare"))


# Run with the sandboxed Python: what the namespace lets it see and reach, as JSON on stdout.
_INSIDE = r"""
import json, socket, sys
host_port, outside_host, outside_port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])

def connect(host, port):
    try:
        with socket.create_connection((host, port), timeout=3):
            return "connected"
    except OSError as error:
        return type(error).__name__ + ": " + str(error)

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
own = connect("127.0.0.1", listener.getsockname()[1])
listener.close()
print(json.dumps({
    "interfaces": sorted(name for _, name in socket.if_nameindex()),
    "own_loopback": own,
    "host_loopback": connect("127.0.0.1", host_port),
    "outside": connect(outside_host, outside_port),
}))
"""


@dataclass(frozen=True)
class SealCheck:
    """What a process inside the seal saw: `problems` is empty when the seal holds."""

    seal: Seal
    problems: list[str]
    seen: dict[str, object]

    @property
    def ok(self) -> bool:
        return self.seal.ok and not self.problems


def verify_seal(seal: Seal | None = None, outside: tuple[str, int] = OUTSIDE_ADDRESS) -> SealCheck:
    """Starts a process in the sealed namespace and checks that it sees only loopback, that loopback works,
    that a listener on this machine's own loopback is out of its reach and that `outside` is unreachable."""
    seal = seal or current_seal()
    if not seal.ok:
        return SealCheck(seal, [seal.missing or NEEDS_BUBBLEWRAP], {})
    with socket.socket() as host_listener:
        host_listener.bind(("127.0.0.1", 0))
        host_listener.listen(8)
        host_listener.setblocking(False)
        host_port = str(host_listener.getsockname()[1])
        argv = seal.wrap([sys.executable, "-c", _INSIDE, host_port, outside[0], str(outside[1])])
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            return SealCheck(seal, [f"the sealed probe did not run: {error}"], {})
        try:
            host_listener.accept()[0].close()
            reached_host = True
        except BlockingIOError:
            reached_host = False
    if done.returncode != 0:
        return SealCheck(seal, [f"the sealed probe failed: {_first_line(done.stderr)}"], {})
    seen: dict[str, object] = json.loads(done.stdout)
    problems = []
    if seen["interfaces"] != ["lo"]:
        problems.append(f"the namespace has interfaces besides loopback: {seen['interfaces']}")
    if seen["own_loopback"] != "connected":
        problems.append(f"loopback does not work inside the namespace ({seen['own_loopback']})")
    if reached_host or seen["host_loopback"] == "connected":
        problems.append("a process inside reached a listener on this machine's loopback")
    if seen["outside"] == "connected":
        problems.append(f"a process inside connected to {outside[0]}:{outside[1]}")
    return SealCheck(seal, problems, seen)
