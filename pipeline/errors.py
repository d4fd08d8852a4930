"""Errors that name the thing at fault and the fix."""

from __future__ import annotations


class RasdError(Exception):
    """A user-facing error: what went wrong, where, and how to fix it."""

    exit_code = 1

    def __init__(self, message: str, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.message} (fix: {self.fix})" if self.fix else self.message


class ConfigError(RasdError):
    """A configuration file or setting is missing or invalid."""

    exit_code = 2


class LakeError(RasdError):
    """The lake (local folder or S3 bucket) cannot be used."""

    exit_code = 3


class LakeKeyNotFound(LakeError):
    """A key asked for is not in the lake."""


class CorruptDataError(RasdError):
    """A stored file cannot be read back (corrupt Parquet, truncated WARC...)."""

    exit_code = 4
