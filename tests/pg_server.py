"""A throwaway PostgreSQL cluster for the tests: `initdb` into a temporary folder, its own
port and unix-socket folder (no TCP), `pg_ctl start`, stopped and removed at the session's end.

initdb refuses to run as root; as root the cluster is made and run as the `postgres` system
user (Debian's package creates it) through `runuser`, its folder chowned to that user. The
cluster trusts local socket connections (it listens on nothing else) and runs with fsync off:
it holds only test data.

Each test gets a fresh database copied from a migrated template (`CREATE DATABASE … TEMPLATE`),
dropped after the test.

The benchmarks (benchmarks/bench_pg.py) start the same cluster in a folder of their own
(`start_server(root)`), which outlives the run (`stop(remove=False)`) and is started again
by the next run with its data.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SERVER_USER = "postgres"  # the cluster's superuser name (initdb -U), on every machine
INSTALL_HINT = (
    "PostgreSQL is not installed: install the server binaries "
    "(Debian/Ubuntu: `apt-get install postgresql`; they land in /usr/lib/postgresql/<ver>/bin) "
    "or put initdb and pg_ctl on PATH"
)


class ServerUnavailable(RuntimeError):
    """No PostgreSQL binaries, or the cluster did not start (the message says which)."""


def find_bindir() -> Path:
    """The newest Debian server binaries, else `pg_config --bindir`, else initdb on PATH."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        bindir = Path(out.stdout.strip())
        if (bindir / "initdb").exists():
            return bindir
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerUnavailable(INSTALL_HINT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running throwaway cluster; `url(name)` is a kemidesk database URL."""

    bindir: Path
    root: Path
    port: int
    run_as: str | None
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    templates: dict[str, str] = field(default_factory=dict)

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str) -> str:
        return f"postgresql://{SERVER_USER}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)

    def admin(self, sql: str) -> None:
        """One statement as the superuser on the `postgres` database (autocommit)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None, prefix: str = "t") -> str:
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.admin(f'CREATE DATABASE "{name}"{copy}')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def template(self, key: str, build: Callable[[str], None]) -> str:
        """A database made once by `build(url)` and copied for each test after."""
        if key not in self.templates:
            name = self.create_database(prefix=f"template_{key}")
            build(self.url(name))
            self.templates[key] = name
        return self.templates[key]

    def stop(self, remove: bool = True) -> None:
        """Stopped at once and its folder removed; `remove=False`: stopped cleanly (its data
        kept for the next `start_server(root)`)."""
        mode = "immediate" if remove else "fast"
        self.run(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", mode)
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)


def start_server(root: Path | None = None) -> PgServer:
    """initdb + pg_ctl start; raises ServerUnavailable with the reason. `root`: the cluster
    in that folder (made when missing; a cluster already there is started again with its
    data), else in a new temporary folder."""
    bindir = find_bindir()
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise ServerUnavailable(
                "running as root, and initdb refuses root: the `postgres` system user is "
                "missing (Debian's postgresql package creates it)"
            ) from exc
        run_as = SERVER_USER
    kept = root is not None and (root / "data" / "PG_VERSION").exists()
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="kemidesk-pg-"))
    root.mkdir(parents=True, exist_ok=True)
    server = PgServer(bindir=bindir, root=root, port=_free_port(), run_as=run_as)
    server.socket_dir.mkdir(exist_ok=True)
    if run_as:
        os.chmod(root, 0o755)
        os.chown(root, pw.pw_uid, pw.pw_gid)
        os.chown(server.socket_dir, pw.pw_uid, pw.pw_gid)
    if not kept:
        _initdb(server)
    _pg_ctl_start(server, remove_on_failure=not kept)
    return server


def _initdb(server: PgServer) -> None:
    init = server.run(
        str(server.bindir / "initdb"),
        "-D",
        str(server.data_dir),
        "-U",
        SERVER_USER,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    if init.returncode != 0:
        shutil.rmtree(server.root, ignore_errors=True)
        raise ServerUnavailable(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")


def _pg_ctl_start(server: PgServer, remove_on_failure: bool) -> None:
    root = server.root
    options = (
        f"-p {server.port} -k {server.socket_dir} -c listen_addresses='' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    started = server.run(
        str(server.bindir / "pg_ctl"),
        "start",
        "-D",
        str(server.data_dir),
        "-w",
        "-t",
        "60",
        "-l",
        str(root / "server.log"),
        "-o",
        options,
    )
    if started.returncode != 0:
        log = ""
        with contextlib.suppress(OSError):
            log = (root / "server.log").read_text()[-2000:]
        if remove_on_failure:
            shutil.rmtree(root, ignore_errors=True)
        raise ServerUnavailable(f"pg_ctl start failed: {started.stderr.strip()} {log}")
