"""Lake storage on both backends: put/get/list/delete, atomic partition replacement, errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.errors import LakeError, LakeKeyNotFound
from pipeline.lake import MANIFEST_NAME, Lake, LocalLake, S3Lake, open_lake


def test_put_get_list_delete(lake: Lake) -> None:
    lake.put("a/b/one.bin", b"1")
    lake.put("a/b/two.bin", "اثنان".encode())
    lake.put("a/c/three.bin", b"3")
    assert lake.get("a/b/two.bin").decode() == "اثنان"
    assert lake.list("a/b/") == ["a/b/one.bin", "a/b/two.bin"]
    assert lake.list("a/") == ["a/b/one.bin", "a/b/two.bin", "a/c/three.bin"]
    assert lake.exists("a/c/three.bin")
    lake.put("a/b/one.bin", b"replaced")
    assert lake.get("a/b/one.bin") == b"replaced"
    lake.delete("a/b/one.bin")
    lake.delete("a/b/one.bin")  # deleting twice is fine
    assert not lake.exists("a/b/one.bin")
    with pytest.raises(LakeKeyNotFound):
        lake.get("a/b/one.bin")
    assert lake.delete_prefix("a/") == 2
    assert lake.list("a/") == []


def test_json_round_trip(lake: Lake) -> None:
    lake.put_json("state/x.json", {"عنوان": "خبر", "n": 3})
    assert lake.get_json("state/x.json") == {"عنوان": "خبر", "n": 3}
    assert lake.get_json("state/missing.json", default={}) == {}


def test_replace_partition_is_whole(lake: Lake) -> None:
    prefix = "ds/source=x/year=2024/"
    lake.replace_partition(prefix, put={"part-a.parquet": b"A", "part-b.parquet": b"B"})
    assert lake.partition_files(prefix) == ["part-a.parquet", "part-b.parquet"]
    files = lake.replace_partition(
        prefix, put={"part-c.parquet": b"C"}, remove=["part-a.parquet", "part-b.parquet"]
    )
    assert files == ["part-c.parquet"]
    listed = [k.rsplit("/", 1)[1] for k in lake.list(prefix)]
    assert sorted(listed) == [MANIFEST_NAME, "part-c.parquet"]
    # replacing one file keeps the others
    lake.replace_partition(prefix, put={"part-d.parquet": b"D"})
    assert lake.partition_files(prefix) == ["part-c.parquet", "part-d.parquet"]
    assert lake.get(prefix + "part-c.parquet") == b"C"


def test_s3_uncommitted_objects_are_invisible_and_cleaned(s3_lake: S3Lake) -> None:
    prefix = "ds/p=1/"
    s3_lake.replace_partition(prefix, put={"part-a.parquet": b"A"})
    # a writer that crashed after uploading but before committing the manifest
    s3_lake.put(prefix + "part-orphan.parquet", b"X")
    assert s3_lake.partition_files(prefix) == ["part-a.parquet"]
    s3_lake.replace_partition(prefix, put={"part-b.parquet": b"B"})
    assert not s3_lake.exists(prefix + "part-orphan.parquet")


CRASHER = textwrap.dedent(
    """
    import os, sys
    from pipeline.lake import LocalLake
    lake = LocalLake(sys.argv[1])
    real_write = lake._write_file
    count = 0
    def dying_write(path, data):
        global count
        count += 1
        if count == 2:  # the second new file of the new partition: die mid-write
            with open(path, "wb") as fh:
                fh.write(data[: len(data) // 2])
            os._exit(9)
        real_write(path, data)
    lake._write_file = dying_write
    lake.replace_partition(
        "ds/p=1/", put={"part-new1.parquet": b"N1" * 100, "part-new2.parquet": b"N2" * 100},
        remove=["part-old.parquet"],
    )
    """
)


def test_crash_during_write_leaves_previous_state(tmp_path: Path) -> None:
    root = tmp_path / "lake"
    lake = LocalLake(root)
    lake.replace_partition("ds/p=1/", put={"part-old.parquet": b"OLD"})
    proc = subprocess.run([sys.executable, "-c", CRASHER, str(root)], check=False)
    assert proc.returncode == 9
    # the live partition is exactly the previous one
    assert lake.partition_files("ds/p=1/") == ["part-old.parquet"]
    assert sorted(os.listdir(root / "ds/p=1")) == [MANIFEST_NAME, "part-old.parquet"]
    assert lake.get("ds/p=1/part-old.parquet") == b"OLD"
    assert lake.list("ds/") == ["ds/p=1/_manifest.json", "ds/p=1/part-old.parquet"]
    # the next write cleans up and succeeds
    lake.replace_partition("ds/p=1/", put={"part-new.parquet": b"NEW"}, remove=["part-old.parquet"])
    assert lake.partition_files("ds/p=1/") == ["part-new.parquet"]


def test_open_lake_dispatch(tmp_path: Path, s3_lake_uri: str) -> None:
    assert isinstance(open_lake(tmp_path / "x"), LocalLake)
    assert isinstance(open_lake(f"file://{tmp_path}/y"), LocalLake)
    assert isinstance(open_lake(s3_lake_uri), S3Lake)
    with pytest.raises(LakeError, match="unsupported lake URI"):
        open_lake("gs://bucket/x")
    with pytest.raises(LakeError, match="names no bucket"):
        open_lake("s3://")


def test_unwritable_folder_names_the_fix(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root ignores permissions: use a path below a regular file instead
        blocker = tmp_path / "file"
        blocker.write_text("x")
        with pytest.raises(LakeError, match="cannot create the lake folder"):
            LocalLake(blocker / "lake")
        return
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    with pytest.raises(LakeError, match="not writable"):
        LocalLake(ro).put("x", b"1")


def test_missing_bucket_names_the_fix(s3_env: str) -> None:
    lake = S3Lake("s3://no-such-bucket-rasd/lake")
    with pytest.raises(LakeError, match="does not exist") as info:
        lake.check_writable()
    assert "aws s3 mb s3://no-such-bucket-rasd" in str(info.value)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_endpoint_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "x")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    with pytest.raises(LakeError, match="cannot reach the S3 endpoint") as info:
        S3Lake("s3://bucket/lake").list("x/")
    assert "AWS_ENDPOINT_URL" in str(info.value)


@pytest.fixture()
def moto_with_auth(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A moto server that checks credentials (unknown keys are denied)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, INITIAL_NO_AUTH_ACTION_COUNT="0")
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        endpoint = f"http://127.0.0.1:{port}"
        monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAUNKNOWNKEY000000")
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
        monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
        yield endpoint
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_denied_access_names_the_fix(moto_with_auth: str) -> None:
    lake = S3Lake("s3://rasd-denied/lake")
    with pytest.raises(LakeError, match="access denied") as info:
        lake.put("probe", b"1")
    assert "credentials" in str(info.value)
