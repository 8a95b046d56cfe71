"""The mock's image as a container of one's test, on the Docker SDK for Python (the library
testcontainers-python is built on): started on a random port, ready when ``/q/health/ready``
answers, stopped and removed on exit (and at interpreter exit)."""
from __future__ import annotations

import atexit
import io
import os
import tarfile
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List, Optional, Tuple

from .client import MockAdmin

#: The server version this package is in step with, and the image it starts by default.
SERVER_VERSION = "0.1.0-SNAPSHOT"
DEFAULT_IMAGE = f"composition-settings-mock:{SERVER_VERSION}"
_FILES = "/tmp/csmock"


class CompositionSettingsMockContainer:
    """``with CompositionSettingsMockContainer().with_latency(200) as mock: admin = mock.admin()``."""

    def __init__(self, image: str = DEFAULT_IMAGE) -> None:
        self.image = image
        self._env: Dict[str, str] = {}
        self._files: List[Tuple[str, bytes]] = []
        self._admin_token: Optional[str] = None
        self._container: Any = None
        self._port: Optional[int] = None

    def with_env(self, name: str, value: str) -> "CompositionSettingsMockContainer":
        self._env[name] = value
        return self

    def with_seed(self, snapshot_json: str) -> "CompositionSettingsMockContainer":
        """A snapshot (settings, rules, credentials) loaded at start-up and on reset (``MOCK_SEED_FILE``)."""
        return self._with_file("seed.json", snapshot_json, "MOCK_SEED_FILE")

    def with_faults(self, rules_json: str) -> "CompositionSettingsMockContainer":
        """A JSON array of rules installed at start-up and on reset (``MOCK_FAULTS_FILE``)."""
        return self._with_file("faults.json", rules_json, "MOCK_FAULTS_FILE")

    def with_latency(self, ms: int) -> "CompositionSettingsMockContainer":
        return self.with_env("MOCK_LATENCY_MS", str(ms))

    def with_admin_token(self, token: str) -> "CompositionSettingsMockContainer":
        self._admin_token = token
        return self.with_env("MOCK_ADMIN_TOKEN", token)

    def with_auth_mode(self, mode: str) -> "CompositionSettingsMockContainer":
        """``lenient`` (default), ``strict`` or ``off``."""
        return self.with_env("MOCK_AUTH_MODE", mode)

    def with_credentials(self, credentials: str) -> "CompositionSettingsMockContainer":
        """Comma-separated ``ACsid:token`` and ``SKsid:secret:ACsid`` (``MOCK_AUTH_CREDENTIALS``)."""
        return self.with_env("MOCK_AUTH_CREDENTIALS", credentials)

    def with_strict_credentials(self, credentials: str) -> "CompositionSettingsMockContainer":
        """Only these credentials are accepted."""
        return self.with_auth_mode("strict").with_credentials(credentials)

    def with_journal_size(self, entries: int) -> "CompositionSettingsMockContainer":
        return self.with_env("MOCK_JOURNAL_MAX_ENTRIES", str(entries))

    def start(self, timeout_s: float = 60) -> "CompositionSettingsMockContainer":
        import docker  # the Docker SDK for Python, needed only to start a container

        client = docker.from_env()
        self._container = client.containers.create(self.image, environment=self._env, ports={"8080/tcp": None},
                                                   detach=True)
        atexit.register(self.stop)
        if self._files:
            self._container.put_archive("/tmp", self._archive())
        self._container.start()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self._container.reload()
            bindings = (self._container.attrs["NetworkSettings"]["Ports"] or {}).get("8080/tcp")
            if bindings:
                self._port = int(bindings[0]["HostPort"])
                if self._ready():
                    return self
            if self._container.status == "exited":
                break
            time.sleep(0.1)
        logs = self._container.logs(tail=30).decode("utf-8", "replace")
        self.stop()
        raise RuntimeError(f"the mock ({self.image}) was not ready within {timeout_s} s:\n{logs}")

    def stop(self) -> None:
        if self._container is not None:
            try:
                self._container.remove(force=True)
            except Exception:  # already gone
                pass
            self._container = None

    @property
    def host(self) -> str:
        override = os.environ.get("TESTCONTAINERS_HOST_OVERRIDE")
        if override:
            return override
        docker_host = os.environ.get("DOCKER_HOST", "")
        if docker_host.startswith("tcp://"):
            return urllib.parse.urlparse(docker_host).hostname or "127.0.0.1"
        return "127.0.0.1"

    @property
    def base_url(self) -> str:
        """The server root, without a trailing slash."""
        if self._port is None:
            raise RuntimeError("the container is not started")
        return f"http://{self.host}:{self._port}"

    @property
    def admin_url(self) -> str:
        return self.base_url + "/__admin"

    def admin(self) -> MockAdmin:
        return MockAdmin.connect(self.base_url, self._admin_token)

    def __enter__(self) -> "CompositionSettingsMockContainer":
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def _with_file(self, name: str, content: str, variable: str) -> "CompositionSettingsMockContainer":
        self._files.append((name, content.encode("utf-8")))
        return self.with_env(variable, f"{_FILES}/{name}")

    def _archive(self) -> bytes:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            folder = tarfile.TarInfo("csmock")
            folder.type = tarfile.DIRTYPE
            folder.mode = 0o755
            folder.uid = 1001
            tar.addfile(folder)
            for name, content in self._files:
                info = tarfile.TarInfo(f"csmock/{name}")
                info.size = len(content)
                info.mode = 0o644
                info.uid = 1001
                tar.addfile(info, io.BytesIO(content))
        return buffer.getvalue()

    def _ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.base_url + "/q/health/ready", timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, ConnectionError, OSError):
            return False
