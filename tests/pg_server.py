"""A throwaway PostgreSQL cluster for the tests, started from the distribution's binaries.

PostgreSQL refuses to run as root, and CI runs as root: there the cluster is created and
started as the unprivileged `postgres` account the distribution's package adds. The
cluster lives in a temporary folder, listens on loopback on a free port, trusts local
connections and skips fsync (a test cluster, thrown away at the end of the run).
Per-test databases come from pytest-postgresql's `DatabaseJanitor`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
# CI sets this so that a missing server fails the run instead of skipping the tests.
REQUIRE_ENV = "CASEDESK_REQUIRE_POSTGRES"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str
    root: Path

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: pg_config's answer, else the newest Debian one."""
    candidates: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_account(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SUPERUSER, "--", *cmd]
    return ["su", SUPERUSER, "-s", "/bin/sh", "-c", " ".join(cmd)]


def start(bindir: Path) -> Server:
    root = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    if os.geteuid() == 0:
        account = pwd.getpwnam(SUPERUSER)
        for path in (root, sockets):
            os.chown(path, account.pw_uid, account.pw_gid)
    subprocess.run(
        _as_server_account([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER,
                            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
        check=True, capture_output=True, cwd=root, timeout=120)
    port = _free_port()
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
    subprocess.run(
        _as_server_account([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                            str(root / "server.log"), "-w", "-t", "60", "start"]),
        check=True, capture_output=True, cwd=root, timeout=120)
    return Server(host="127.0.0.1", port=port, user=SUPERUSER, root=root)


def stop(server: Server, bindir: Path) -> None:
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        subprocess.run(
            _as_server_account([str(bindir / "pg_ctl"), "-D", str(server.root / "data"), "-m",
                                "immediate", "stop"]),
            capture_output=True, cwd=server.root, timeout=60)
    shutil.rmtree(server.root, ignore_errors=True)
