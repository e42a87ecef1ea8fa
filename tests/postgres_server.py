"""A throwaway PostgreSQL server for the tests: initdb in a temp folder, postgres on 127.0.0.1, then removed.

initdb and postgres refuse to run as root; as root they run as the `postgres` user of the Debian package."""

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER = "ppr_test"
SPEED_OVER_SAFETY = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL binaries are missing or the server would not start."""


def find_bin_dir() -> Path:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and postgres."""
    candidates = sorted(
        (Path(path).parent for path in glob.glob("/usr/lib/postgresql/*/bin/postgres")),
        key=lambda folder: int(folder.parent.name) if folder.parent.name.isdigit() else 0,
    )
    for folder in reversed(candidates):
        if (folder / "initdb").is_file():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL binaries not found in /usr/lib/postgresql/*/bin; run `make setup` (it installs the "
        "Debian package `postgresql`) or `apt-get install postgresql`"
    )


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    process: subprocess.Popen[bytes]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def create_database(self, name: str) -> str:
        with self.connect() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.connect() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def start_postgres(startup_timeout: float = 30.0) -> PostgresServer:
    bin_dir = find_bin_dir()
    run_as = _unprivileged_user()
    data_dir = Path(tempfile.mkdtemp(prefix="ppr-video-pg-"))
    if run_as is not None:
        os.chown(data_dir, run_as.pw_uid, run_as.pw_gid)
    as_user = {"user": run_as.pw_uid, "group": run_as.pw_gid} if run_as else {}
    initdb = subprocess.run(
        [str(bin_dir / "initdb"), "-D", str(data_dir), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
         "--locale=C", "--no-sync"],
        capture_output=True, cwd=data_dir, check=False, **as_user,
    )  # fmt: skip
    if initdb.returncode != 0:
        shutil.rmtree(data_dir, ignore_errors=True)
        raise PostgresUnavailable(f"initdb failed: {initdb.stderr.decode(errors='replace').strip()[-600:]}")
    port = _free_port()
    settings = [arg for setting in SPEED_OVER_SAFETY for arg in ("-c", setting)]
    log = open(data_dir / "server.log", "wb")  # noqa: SIM115 (the server process writes it until it stops)
    process = subprocess.Popen(
        [str(bin_dir / "postgres"), "-D", str(data_dir), "-h", "127.0.0.1", "-p", str(port),
         "-k", str(data_dir), *settings],
        stdout=log, stderr=subprocess.STDOUT, cwd=data_dir, **as_user,
    )  # fmt: skip
    log.close()
    server = PostgresServer(bin_dir=bin_dir, data_dir=data_dir, port=port, process=process)
    _wait_until_ready(server, startup_timeout)
    return server


def _unprivileged_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresUnavailable(
            "as root, PostgreSQL runs as the `postgres` system user; install the Debian package `postgresql`"
        ) from None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_ready(server: PostgresServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            log = (server.data_dir / "server.log").read_text(errors="replace")[-800:]
            server.stop()
            raise PostgresUnavailable(f"postgres exited with code {server.process.returncode}: {log}")
        try:
            server.connect().close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                server.stop()
                raise PostgresUnavailable(
                    f"postgres did not accept connections within {timeout:.0f} s"
                ) from None
            time.sleep(0.05)
