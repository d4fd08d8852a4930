"""Lake storage: one small interface over a local folder and an S3 bucket.

Keys are '/'-separated paths relative to the lake root (``articles/source=x/...``).
Only :mod:`pipeline.datasets` decides what the keys are; this module only stores bytes.

Atomicity
---------
* Single objects: a reader never sees a half-written object. Locally every write goes to a
  temporary file in the same folder, is fsynced and then ``os.replace``d over the target; on S3
  a PUT is atomic by the protocol (an object is visible whole or not at all).
* Partitions (:meth:`Lake.replace_partition`): every partition folder carries a
  ``_manifest.json`` that lists its committed files. Rasd's own readers
  (:func:`pipeline.datasets.read_dataset`) read only the files a manifest lists.

  - Local: the new partition is assembled in ``<lake>/_staging/<id>/`` (kept files are
    hard-linked, new ones written and fsynced, manifest included) and swapped with the live
    folder by one ``renameat2(RENAME_EXCHANGE)`` call, so even readers that glob the folder see
    either the old or the new partition, never a mix. A crash before the swap leaves only a
    staging folder, which the next write removes.
  - S3: new objects are PUT first, then the manifest is PUT (the commit point), then objects no
    longer listed are deleted. A crash before the manifest PUT leaves the previous manifest,
    hence the previous state, readable. Readers that glob the bucket directly (DuckDB, Athena)
    see each object atomically; during a multi-file replacement (compaction only) they may, for
    the length of one DeleteObjects call, see both the old and the new files.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import json
import os
import shutil
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pipeline.errors import LakeError, LakeKeyNotFound

MANIFEST_NAME = "_manifest.json"
STAGING_PREFIX = "_staging"


class Lake(ABC):
    """Object storage for the lake: put, get, list, delete and atomic partition replacement."""

    uri: str

    @abstractmethod
    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` at ``key`` atomically, replacing any previous object."""

    @abstractmethod
    def get(self, key: str) -> bytes:
        """Return the bytes at ``key``; raise :class:`LakeKeyNotFound` if absent."""

    @abstractmethod
    def exists(self, key: str) -> bool:
        """Tell whether ``key`` holds an object."""

    @abstractmethod
    def list(self, prefix: str = "") -> list[str]:
        """Return every key under ``prefix`` (recursively), sorted, staging excluded."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Remove ``key``; removing an absent key is not an error."""

    @abstractmethod
    def url(self, key: str = "") -> str:
        """Return the address a reader (DuckDB, pyarrow) uses for ``key``."""

    @abstractmethod
    def replace_partition(
        self, prefix: str, put: Mapping[str, bytes], remove: Iterable[str] = ()
    ) -> list[str]:
        """Atomically add ``put`` files to and drop ``remove`` files from a partition folder.

        Names are relative to ``prefix``. Returns the partition's file list after the change.
        """

    def delete_prefix(self, prefix: str) -> int:
        """Remove every key under ``prefix``; return how many were removed."""
        keys = self.list(prefix)
        for key in keys:
            self.delete(key)
        return len(keys)

    def get_json(self, key: str, default: Any = None) -> Any:
        """Return the JSON document at ``key``, or ``default`` when absent."""
        try:
            return json.loads(self.get(key))
        except LakeKeyNotFound:
            return default

    def put_json(self, key: str, value: Any) -> None:
        """Store ``value`` as UTF-8 JSON at ``key``."""
        self.put(key, json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode())

    def partition_files(self, prefix: str) -> list[str]:
        """Return the committed data files of a partition (manifest first, listing otherwise)."""
        prefix = _dir(prefix)
        manifest = self.get_json(prefix + MANIFEST_NAME)
        if manifest is not None:
            return sorted(manifest["files"])
        return sorted(
            k[len(prefix) :]
            for k in self.list(prefix)
            if "/" not in k[len(prefix) :] and not _hidden(k[len(prefix) :])
        )

    def check_writable(self) -> None:
        """Raise a :class:`LakeError` naming the fix unless the lake accepts writes."""
        key = f"{STAGING_PREFIX}/.probe-{uuid.uuid4().hex}"
        self.put(key, b"ok")
        self.delete(key)


def _dir(prefix: str) -> str:
    return prefix.rstrip("/") + "/" if prefix else ""


def _hidden(name: str) -> bool:
    return name.startswith(("_", "."))


def _manifest_bytes(files: Iterable[str]) -> bytes:
    return json.dumps({"files": sorted(set(files)), "version": 1}).encode()


# ---------------------------------------------------------------------------------------------
# Local folder


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange_dirs(a: Path, b: Path) -> bool:
    """Swap two folders atomically with renameat2; return False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    res = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if res == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


class LocalLake(Lake):
    """A lake in a local folder: the embedded default."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).expanduser().resolve()
        self.uri = str(self.root)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LakeError(
                f"cannot create the lake folder {self.root}: {exc.strerror}",
                "choose a folder you can write to with --lake or RASD_LAKE",
            ) from exc

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if path != self.root and self.root not in path.parents:
            raise LakeError(
                f"key {key!r} points outside the lake {self.root}", "use a relative key"
            )
        return path

    def _write_file(self, path: Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except PermissionError as exc:
            raise LakeError(
                f"the lake folder {self.root} is not writable ({exc.filename})",
                "fix its permissions or point --lake/RASD_LAKE at a writable folder",
            ) from exc

    def put(self, key: str, data: bytes) -> None:
        self._write_file(self._path(key), data)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
            raise LakeKeyNotFound(f"no object {key!r} in lake {self.uri}") from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def list(self, prefix: str = "") -> list[str]:
        base = self._path(prefix) if prefix else self.root
        if base.is_file():
            return [prefix]
        if not base.is_dir():
            # a prefix may also be a partial name: list its parent and filter
            parent = base.parent
            if not parent.is_dir():
                return []
            candidates: Iterator[Path] = (
                p for p in parent.rglob("*") if str(p).startswith(str(base))
            )
        else:
            candidates = base.rglob("*")
        keys = []
        for path in candidates:
            if not path.is_file() or path.name.endswith(".tmp"):
                continue
            rel = path.relative_to(self.root).as_posix()
            if rel.startswith(STAGING_PREFIX + "/"):
                continue
            keys.append(rel)
        return sorted(keys)

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink()
        except FileNotFoundError:
            pass

    def url(self, key: str = "") -> str:
        return str(self.root / key) if key else str(self.root)

    def replace_partition(
        self, prefix: str, put: Mapping[str, bytes], remove: Iterable[str] = ()
    ) -> list[str]:
        live = self._path(prefix)
        staging_root = self.root / STAGING_PREFIX
        stage = staging_root / uuid.uuid4().hex
        try:
            stage.mkdir(parents=True)
            removed = set(remove)
            files = set(self.partition_files(prefix)) if live.is_dir() else set()
            files = (files - removed) | set(put)
            for name in files - set(put):
                src = live / name
                if src.exists():
                    os.link(src, stage / name)
            for name, data in put.items():
                self._write_file(stage / name, data)
            self._write_file(stage / MANIFEST_NAME, _manifest_bytes(files))
            _fsync_dir(stage)
            live.parent.mkdir(parents=True, exist_ok=True)
            if live.is_dir():
                if not _exchange_dirs(stage, live):
                    # no renameat2 (non-Linux): two renames, a short window without the folder
                    old = staging_root / (uuid.uuid4().hex + ".old")
                    os.rename(live, old)
                    os.rename(stage, live)
                    stage = old
            else:
                os.rename(stage, live)
            _fsync_dir(live.parent)
        except PermissionError as exc:
            raise LakeError(
                f"the lake folder {self.root} is not writable ({exc.filename})",
                "fix its permissions or point --lake/RASD_LAKE at a writable folder",
            ) from exc
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        return sorted(files)

    def clean_staging(self) -> None:
        """Remove staging folders left by crashed writers."""
        shutil.rmtree(self.root / STAGING_PREFIX, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# S3


class S3Lake(Lake):
    """A lake in an S3 bucket (AWS, MinIO...): endpoint from AWS_ENDPOINT_URL, standard credentials."""

    def __init__(self, uri: str) -> None:
        import boto3
        from botocore.config import Config

        rest = uri[len("s3://") :]
        self.bucket, _, prefix = rest.partition("/")
        if not self.bucket:
            raise LakeError(f"lake URI {uri!r} names no bucket", "write it as s3://bucket/prefix")
        self.prefix = _dir(prefix)
        self.uri = f"s3://{self.bucket}/{self.prefix}".rstrip("/")
        self.endpoint = os.environ.get("AWS_ENDPOINT_URL") or os.environ.get("AWS_ENDPOINT_URL_S3")
        config = Config(
            connect_timeout=5,
            read_timeout=60,
            retries={"max_attempts": 3, "mode": "standard"},
            s3={"addressing_style": "path"} if self.endpoint else None,
        )
        self.client = boto3.client("s3", endpoint_url=self.endpoint, config=config)

    def _key(self, key: str) -> str:
        return self.prefix + key

    def _error(self, exc: Exception, key: str = "") -> LakeError:
        from botocore.exceptions import (
            ClientError,
            ConnectTimeoutError,
            EndpointConnectionError,
            NoCredentialsError,
        )

        where = f"s3://{self.bucket}/{self._key(key)}"
        if isinstance(exc, (EndpointConnectionError, ConnectTimeoutError)):
            return LakeError(
                f"cannot reach the S3 endpoint {self.endpoint or 'of AWS'} for {where}",
                "check AWS_ENDPOINT_URL and that the server (MinIO, AWS) is up",
            )
        if isinstance(exc, NoCredentialsError):
            return LakeError(
                f"no AWS credentials found for {where}",
                "set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE",
            )
        if isinstance(exc, ClientError):
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("NoSuchBucket",) or (code == "404" and not key):
                return LakeError(
                    f"the bucket {self.bucket!r} does not exist at {self.endpoint or 'AWS'}",
                    f"create it (aws s3 mb s3://{self.bucket}) or fix --lake/RASD_LAKE",
                )
            if code in ("AccessDenied", "403", "InvalidAccessKeyId", "SignatureDoesNotMatch"):
                return LakeError(
                    f"access denied to {where} ({code})",
                    "check the credentials and the bucket policy allow get, put, list and delete",
                )
            if code in ("NoSuchKey", "404"):
                return LakeKeyNotFound(f"no object {key!r} in lake {self.uri}")
            return LakeError(f"S3 error {code} on {where}: {exc}")
        return LakeError(f"S3 request failed on {where}: {exc}")

    def put(self, key: str, data: bytes) -> None:
        try:
            self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data)
        except Exception as exc:
            raise self._error(exc, key) from exc

    def get(self, key: str) -> bytes:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"].read()
        except Exception as exc:
            raise self._error(exc, key) from exc

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
            return True
        except Exception as exc:
            err = self._error(exc, key)
            if isinstance(err, LakeKeyNotFound):
                return False
            raise err from exc

    def list(self, prefix: str = "") -> list[str]:
        keys: list[str] = []
        try:
            paginator = self.client.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self._key(prefix)):
                for obj in page.get("Contents", []):
                    rel = obj["Key"][len(self.prefix) :]
                    if not rel.startswith(STAGING_PREFIX + "/"):
                        keys.append(rel)
        except Exception as exc:
            raise self._error(exc, prefix) from exc
        return sorted(keys)

    def delete(self, key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self._key(key))
        except Exception as exc:
            raise self._error(exc, key) from exc

    def _delete_many(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):
            chunk = keys[start : start + 1000]
            try:
                self.client.delete_objects(
                    Bucket=self.bucket,
                    Delete={"Objects": [{"Key": self._key(k)} for k in chunk], "Quiet": True},
                )
            except Exception as exc:
                raise self._error(exc, chunk[0]) from exc

    def delete_prefix(self, prefix: str) -> int:
        keys = self.list(prefix)
        self._delete_many(keys)
        return len(keys)

    def url(self, key: str = "") -> str:
        return f"s3://{self.bucket}/{self._key(key)}".rstrip("/") if key else self.uri

    def replace_partition(
        self, prefix: str, put: Mapping[str, bytes], remove: Iterable[str] = ()
    ) -> list[str]:
        prefix = _dir(prefix)
        removed = set(remove)
        before = set(self.partition_files(prefix))
        files = (before - removed) | set(put)
        for name, data in put.items():
            self.put(prefix + name, data)
        self.put(prefix + MANIFEST_NAME, _manifest_bytes(files))  # the commit point
        stale = [prefix + n for n in sorted((before | removed) - files)]
        # objects left by writers that crashed before their commit
        listed = {k[len(prefix) :] for k in self.list(prefix) if "/" not in k[len(prefix) :]}
        stale += [
            prefix + n for n in sorted(listed - files) if not _hidden(n) and prefix + n not in stale
        ]
        if stale:
            self._delete_many(stale)
        return sorted(files)


def open_lake(uri: str | os.PathLike[str]) -> Lake:
    """Open the lake at ``uri``: ``s3://bucket/prefix``, ``file:///path`` or a folder path."""
    text = os.fspath(uri).strip()
    if not text:
        raise LakeError("no lake given", "pass --lake URI or set RASD_LAKE (default ./lake)")
    if text.startswith("s3://"):
        return S3Lake(text)
    if "://" in text and not text.startswith("file://"):
        raise LakeError(
            f"unsupported lake URI {text!r}",
            "use a folder path, file:///path or s3://bucket/prefix",
        )
    return LocalLake(text.removeprefix("file://"))
