"""The source registry: ``sources.yaml`` validated, with errors that give file, line, source and field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.errors import ConfigError
from pipeline.urls import host_of

NAME_RE = re.compile(r"^[a-z0-9_]+$")


class Politeness(BaseModel):
    """Per-source politeness overrides."""

    model_config = ConfigDict(extra="forbid")

    delay: float | None = Field(default=None, ge=0, le=600)
    concurrency: int | None = Field(default=None, ge=1, le=8)


class Listing(BaseModel):
    """A listing page crawled page after page: CSS selectors for article links and the next page."""

    model_config = ConfigDict(extra="forbid")

    url: str
    article_links: str = "a::attr(href)"
    next_page: str | None = "a[rel=next]::attr(href)"
    max_pages: int = Field(default=5, ge=1, le=1000)

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        return _check_url(value)


class Source(BaseModel):
    """One outlet: where to discover its articles and how politely to fetch them."""

    model_config = ConfigDict(extra="forbid")

    name: str
    title: str | None = None
    homepage: str | None = None
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    wordpress_api: str | None = None
    listings: list[Listing] = Field(default_factory=list)
    allowed_domains: list[str] = Field(default_factory=list)
    article_allow: list[str] = Field(default_factory=list)
    article_deny: list[str] = Field(default_factory=list)
    language: str = "ar"
    timezone: str = "Asia/Damascus"
    politeness: Politeness = Field(default_factory=Politeness)
    enabled: bool = True
    verified: bool = False
    notes: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not NAME_RE.match(value):
            raise ValueError(f"{value!r} must match [a-z0-9_]+ (it is used as a partition value)")
        return value

    @field_validator("feeds", "sitemaps")
    @classmethod
    def _urls(cls, values: list[str]) -> list[str]:
        return [_check_url(v) for v in values]

    @field_validator("homepage", "wordpress_api")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return _check_url(value) if value else value

    @field_validator("article_allow", "article_deny")
    @classmethod
    def _regexes(cls, values: list[str]) -> list[str]:
        for pattern in values:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return values

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (use an IANA name like Asia/Damascus)"
            ) from None
        return value

    @model_validator(mode="after")
    def _discovery(self) -> Source:
        if not (self.feeds or self.sitemaps or self.wordpress_api or self.listings):
            raise ValueError("give at least one of feeds, sitemaps, wordpress_api or listings")
        if not self.allowed_domains:
            self.allowed_domains = self.default_domains()
        self.allowed_domains = [d.lower().lstrip(".") for d in self.allowed_domains]
        return self

    def default_domains(self) -> list[str]:
        """Hosts of every URL the source names (the default allowed domains)."""
        urls = [*self.feeds, *self.sitemaps, *(x.url for x in self.listings)]
        urls += [u for u in (self.homepage, self.wordpress_api) if u]
        return sorted({host_of(u) for u in urls if host_of(u)})

    def wp_posts_url(self) -> str | None:
        """The WordPress REST endpoint listing posts, from the ``wordpress_api`` base."""
        if not self.wordpress_api:
            return None
        base = self.wordpress_api.rstrip("/")
        if not base.endswith("/wp-json/wp/v2"):
            base = base + ("/wp/v2" if base.endswith("/wp-json") else "/wp-json/wp/v2")
        return base + "/posts"

    def is_article_url(self, url: str) -> bool:
        """Apply the source's allow/deny patterns (matched against the URL, Arabic decoded or not)."""
        from urllib.parse import unquote

        texts = (url, unquote(url))
        if any(re.search(p, t) for p in self.article_deny for t in texts):
            return False
        return not self.article_allow or any(
            re.search(p, t) for p in self.article_allow for t in texts
        )


class Registry(BaseModel):
    """Every source of a ``sources.yaml`` file."""

    model_config = ConfigDict(extra="forbid")

    sources: list[Source]

    @model_validator(mode="after")
    def _unique(self) -> Registry:
        seen: set[str] = set()
        for src in self.sources:
            if src.name in seen:
                raise ValueError(f"source name {src.name!r} appears twice")
            seen.add(src.name)
        return self

    def get(self, name: str) -> Source:
        """The source called ``name``; raise a ConfigError naming the known ones."""
        for src in self.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.sources)
        raise ConfigError(f"no source named {name!r}", f"use one of: {known}")

    def select(self, names: list[str] | None = None) -> list[Source]:
        """The named sources (enabled or not), or every enabled source when no names are given."""
        if names:
            return [self.get(n) for n in names]
        return [s for s in self.sources if s.enabled]


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^/\s]+", value or ""):
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree; return the 1-based line."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line = key.start_mark.line + 1
                    node = value
                    break
            else:
                return line
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def parse_sources(text: str, file: str = "<sources>") -> Registry:
    """Validate the text of a sources file; raise ConfigError with file, line, source and field."""
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else file
        what = " ".join(
            str(p) for p in (getattr(exc, "context", None), getattr(exc, "problem", None)) if p
        )
        raise ConfigError(
            f"{where}: not valid YAML: {what or exc}", "fix the YAML syntax at that line"
        ) from None
    if isinstance(data, list):
        data = {"sources": data}
        root = yaml.MappingNode("tag:yaml.org,2002:map", [(yaml.ScalarNode("", "sources"), root)])
    if not isinstance(data, dict) or "sources" not in data:
        raise ConfigError(f"{file}: no 'sources:' list", "start the file with 'sources:'")
    try:
        return Registry.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = _line_of(root, loc)
        source = None
        if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
            try:
                source = data["sources"][loc[1]].get("name")
            except (AttributeError, IndexError, TypeError):
                source = None
        field = ".".join(str(p) for p in loc[2:]) or None
        where = f"{file}:{line}" if line else file
        who = (
            f" source {source!r}" if source else (f" source #{loc[1] + 1}" if len(loc) > 1 else "")
        )
        what = f" field {field!r}" if field else ""
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(
            f"{where}:{who}{what}: {msg}",
            "correct that field (see the comments at the top of sources.yaml)",
        ) from None


def load_sources(path: str | Path) -> Registry:
    """Read and validate a sources file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"sources file {path} does not exist", "pass --sources FILE") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read sources file {path}: {exc}", "check the file") from None
    return parse_sources(text, str(path))
