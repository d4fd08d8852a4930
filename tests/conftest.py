"""Shared fixtures: lakes on both backends (local folder; S3 over real HTTP via a moto server)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.lake import Lake, LocalLake, S3Lake

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    """Block until something listens on 127.0.0.1:port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only shared/ folder beside the repo (tests skip without it)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared corpus and seeds are not available here")
    return SHARED


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """A moto S3 server on loopback, reached over real HTTP; yields its endpoint URL."""
    port = free_port()
    log = open(os.devnull, "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=log,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


@pytest.fixture()
def s3_env(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the AWS SDK at the moto server exactly as a user points Rasd at MinIO."""
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_server)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return moto_server


def make_bucket(endpoint: str) -> str:
    """Create a fresh bucket on the S3 server and return its name."""
    import boto3

    name = f"rasd-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket=name)
    return name


@pytest.fixture()
def s3_lake_uri(s3_env: str) -> str:
    """URI of a lake in a fresh bucket on the moto server."""
    return f"s3://{make_bucket(s3_env)}/lake"


@pytest.fixture()
def s3_lake(s3_lake_uri: str) -> S3Lake:
    """A lake in a fresh bucket on the moto server."""
    return S3Lake(s3_lake_uri)


@pytest.fixture()
def local_lake(tmp_path: Path) -> LocalLake:
    """A lake in a fresh local folder."""
    return LocalLake(tmp_path / "lake")


@pytest.fixture(params=["local", "s3"])
def lake(request: pytest.FixtureRequest) -> Lake:
    """The same test on both backends."""
    if request.param == "local":
        return request.getfixturevalue("local_lake")
    return request.getfixturevalue("s3_lake")
