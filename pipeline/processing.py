"""Processing: raw archive -> articles, rejects, signatures, casualties and events.

Per raw record (RAW_INDEX row): read the WARC record, extract (trafilatura / WordPress API),
gate (non-articles to ``rejects`` with a reason; a record that cannot be read or extracted goes
to ``rejects`` as ``extraction_failed`` with the error), detect the language, score relevance
and sign it (content hash + MinHash). Then, in publication order, dedup against the look-back
window (:mod:`pipeline.dedup`), write the run's files, and hand the originals to the events
helper (``pipeline.conflict_events``) for CASUALTIES, rebuilding EVENTS of the months touched.

One canonical URL, one article: the first processed version of a canonical URL is the article.
A later fetch of the same URL (another crawl run, or twice in one batch) is not written again: it
goes to ``rejects`` as ``content_changed`` (its normalised body differs; the detail gives both
hashes) or ``already_processed`` (same body). The raw archive keeps every version, so nothing is
lost. Who wrote which article is kept in a small registry in the lake (256 JSON buckets by
article id, :func:`pipeline.datasets.article_registry_key`), so the check costs one GET per
touched bucket whatever the size of the archive. Re-processing a run (same run key) ignores its
own registry entries and signatures and replaces its own files: idempotent. Processing runs are
meant to run one at a time (the registry is read-modify-write; a backfill processes its
intervals in order, so each interval sees the signatures of the earlier ones).
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import config
from pipeline.datasets import (
    ARTICLES,
    CASUALTIES,
    EVENTS,
    RAW_INDEX,
    REJECTS,
    SIGNATURES,
    article_registry_key,
    crawl_file_run_key,
    list_partitions,
    read_dataset,
    read_file,
    run_manifest_key,
    write_run,
    year_month,
)
from pipeline.dedup import (
    NUM_PERM,
    WINDOW,
    Decision,
    DedupIndex,
    Member,
    content_hash,
    signature_from_tokens,
    to_bytes,
)
from pipeline.errors import ConfigError, CorruptDataError, LakeKeyNotFound
from pipeline.extraction import Extracted, extract_document, same_site
from pipeline.lake import MANIFEST_NAME, Lake, open_lake
from pipeline.normalize import word_tokens
from pipeline.quality import detect_language, reject_reason
from pipeline.relevance import Topic, load_watchlist, score_topics
from pipeline.urls import article_id as make_article_id
from pipeline.urls import canonical_url as make_canonical
from pipeline.warc_archive import raw_ref, read_record

log = logging.getLogger(__name__)
DEFAULT_TIMEZONE = "Asia/Damascus"
EVENTS_MODULE = "pipeline.conflict_events"
EVENTS_FUNCTION = "extract_article_events"
ARTICLES_TS = pa.timestamp("us", tz="UTC")
CHUNK = 200  # raw records per task when extracting in several processes


@dataclass
class Candidate:
    """An extracted article that passed the gates, before dedup."""

    article_id: str
    source: str
    canonical_url: str
    doc: Extracted
    language: str
    chash: str
    sig: np.ndarray
    topics: list[str]
    relevance: float
    crawled_at: datetime
    raw_ref: str

    @property
    def time(self) -> datetime:
        """Publication time, else crawl time: orders the batch and places it in the window."""
        return self.doc.published_at or self.crawled_at


@dataclass
class Batch:
    """What a run collected: candidates, rejects and counters."""

    candidates: list[Candidate] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    failed: int = 0
    processed: int = 0


# ---------------------------------------------------------------------------------------------
# Per-record work (pure: no lake access)


def choose_canonical(fetched_canonical: str, doc: Extracted) -> str:
    """The article's canonical URL: the page's own when it is on the same site and not a home page."""
    page = doc.page_canonical_url
    if not page or (doc.kind == "html" and not same_site(page, fetched_canonical)):
        return fetched_canonical
    candidate = make_canonical(page)
    return candidate if urlsplit(candidate).path.strip("/") else fetched_canonical


def body_tokens(text: str, title_tokens: list[str]) -> list[str]:
    """Normalised tokens of the body, without a leading headline (reprints often change it)."""
    first, _, rest = text.partition("\n")
    if title_tokens and rest:
        head = word_tokens(first)
        if head and (head == title_tokens or head == title_tokens[: len(head)]):
            return word_tokens(rest)
    return word_tokens(text)


def analyse(
    doc: Extracted,
    *,
    source: str,
    fetched_canonical: str,
    crawled_at: datetime,
    ref: str,
    topics: tuple[Topic, ...] | None = None,
) -> Candidate | dict[str, Any]:
    """Gate, detect language, score relevance and sign one extracted document.

    Returns a :class:`Candidate`, or a reject row (dict) saying why it is not an article.
    """
    canonical = choose_canonical(fetched_canonical, doc)
    gate = reject_reason(doc)
    if gate:
        return reject_row(
            source, doc.url, canonical, gate[0], gate[1], crawled_at, ref, doc.title, doc.text
        )
    title_tokens = word_tokens(doc.title or "")
    tokens = body_tokens(doc.text, title_tokens)
    rel = score_topics(title_tokens + tokens, topics)
    return Candidate(
        article_id=make_article_id(canonical),
        source=source,
        canonical_url=canonical,
        doc=doc,
        language=detect_language(doc.text, doc.declared_language),
        chash=content_hash(" ".join(tokens)),
        sig=signature_from_tokens(tokens),
        topics=rel.topics,
        relevance=rel.score,
        crawled_at=crawled_at,
        raw_ref=ref,
    )


def reject_row(
    source: str,
    url: str,
    canonical: str | None,
    reason: str,
    detail: str | None,
    crawled_at: datetime | None,
    ref: str | None,
    title: str | None = None,
    text: str | None = None,
) -> dict[str, Any]:
    """A row of the REJECTS dataset."""
    moment = crawled_at or datetime.now(UTC)
    return {
        "source": source,
        **year_month(moment, moment),
        "url": url,
        "canonical_url": canonical,
        "reason": reason,
        "detail": detail,
        "title": title,
        "text_chars": len(text) if text is not None else None,
        "crawled_at": crawled_at,
        "raw_ref": ref,
    }


# ---------------------------------------------------------------------------------------------
# Reading the raw index


def _date_range(since: datetime | None, until: datetime | None) -> set[str] | None:
    if since is None or until is None:
        return None
    first, last = since.astimezone(UTC).date(), until.astimezone(UTC).date()
    if (last - first).days > 3660:
        return None
    return {(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)}


def _partition_values(prefix: str) -> dict[str, str]:
    """Partition values of a partition prefix (``raw_index/source=a/crawl_date=b/``)."""
    return dict(seg.split("=", 1) for seg in prefix.strip("/").split("/")[1:] if "=" in seg)


def crawl_run_files(
    lake: Lake, crawl_run_keys: list[str], sources: Iterable[str]
) -> list[tuple[str, str, str]] | None:
    """RAW_INDEX files written by crawl runs, found through their run manifests (no listing).

    A crawl writes one file set per source (:func:`pipeline.datasets.crawl_file_run_key`); a
    file set named after the bare run key is found too. None when no manifest exists at all.
    """
    files: list[tuple[str, str, str]] = []
    found = False
    for key in crawl_run_keys:
        for file_key in [*(crawl_file_run_key(key, s) for s in sources), key]:
            manifest = lake.get_json(run_manifest_key(RAW_INDEX, file_key))
            if manifest is None:
                continue
            found = True
            for prefix in manifest.get("partitions", []):
                source = _partition_values(prefix).get("source", "")
                files.append((source, prefix, RAW_INDEX.file_name(file_key)))
    return sorted(set(files)) if found else None


def read_raw_index(
    lake: Lake,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    sources: list[str] | None = None,
    crawl_run_keys: list[str] | None = None,
    known_sources: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """RAW_INDEX rows to process: by source, fetch time in [since, until) and crawl run keys.

    With crawl run keys, only the files those runs wrote are read (found through their run
    manifests); otherwise only the partitions (sources, crawl dates) that can hold such rows.
    """
    dates = _date_range(since, until)
    files = None
    if crawl_run_keys:
        files = crawl_run_files(lake, crawl_run_keys, sources or known_sources)
    if files is None:
        where: dict[str, Iterable[str]] = {}
        if sources:
            where["source"] = sources
        if dates is not None:
            where["crawl_date"] = dates
        files = []
        for values in list_partitions(lake, RAW_INDEX, where):
            prefix = RAW_INDEX.partition_prefix(values)
            for name in lake.partition_files(prefix):
                if name != MANIFEST_NAME and name.endswith(".parquet"):
                    files.append((values["source"], prefix, name))
    tables = []
    for source, prefix, name in files:
        values = _partition_values(prefix)
        if (sources and source not in sources) or (
            dates is not None and values.get("crawl_date") not in dates
        ):
            continue
        try:
            table = read_file(lake, RAW_INDEX, prefix + name)
        except LakeKeyNotFound:
            continue  # listed by a manifest of a partition since rewritten: nothing to read
        tables.append(table.append_column("source", pa.array([source] * len(table), pa.string())))
    if not tables:
        return []
    table = pa.concat_tables(tables)
    if crawl_run_keys:
        table = table.filter(pc.is_in(table["run_key"], pa.array(crawl_run_keys)))
    if since is not None:
        table = table.filter(pc.greater_equal(table["fetched_at"], pa.scalar(since, ARTICLES_TS)))
    if until is not None:
        table = table.filter(pc.less(table["fetched_at"], pa.scalar(until, ARTICLES_TS)))
    rows = table.to_pylist()
    rows.sort(key=lambda r: (r["fetched_at"] or datetime.min.replace(tzinfo=UTC), r["url"]))
    return rows


# ---------------------------------------------------------------------------------------------
# Registry of written articles (one canonical URL, one article)


def load_registry(lake: Lake, article_ids: Iterable[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """The registry buckets holding ``article_ids`` (bucket key -> {article_id: entry})."""
    keys = sorted({article_registry_key(a) for a in article_ids})
    return {key: lake.get_json(key, default={}) for key in keys}


def save_registry(
    lake: Lake,
    buckets: dict[str, dict[str, dict[str, Any]]],
    written: Mapping[str, dict[str, Any]],
    run_key: str,
) -> None:
    """Record this run's articles; drop this run's old entries that it no longer writes."""
    for key, bucket in buckets.items():
        new = {
            aid: entry
            for aid, entry in bucket.items()
            if entry.get("run_key") != run_key or aid in written
        }
        for aid, entry in written.items():
            if article_registry_key(aid) == key:
                new[aid] = entry
        if new != bucket:
            lake.put_json(key, new)


# ---------------------------------------------------------------------------------------------
# The dedup window


def load_window(
    lake: Lake, start: datetime, end: datetime, run_key: str, window: timedelta = WINDOW
) -> DedupIndex:
    """Signatures of articles whose time lies in [start - window, end + window], other runs only."""
    lo, hi = start - window, end + window
    months: set[tuple[str, str]] = set()
    cursor = date(lo.year, lo.month, 1)
    while cursor <= hi.date():
        months.add((f"{cursor.year:04d}", f"{cursor.month:02d}"))
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    index = DedupIndex(window=window)
    tables = [
        read_dataset(lake, SIGNATURES, where={"year": [y], "month": [m]}) for y, m in sorted(months)
    ]
    table = pa.concat_tables(tables)
    if table.num_rows:
        times = pc.coalesce(table["published_at"], table["crawled_at"])
        mask = pc.and_(
            pc.and_(
                pc.greater_equal(times, pa.scalar(lo, ARTICLES_TS)),
                pc.less_equal(times, pa.scalar(hi, ARTICLES_TS)),
            ),
            pc.not_equal(pc.fill_null(table["run_key"], ""), run_key),
        )
        if not pc.all(mask).as_py():
            table = table.filter(mask)
    if not table.num_rows:
        return index
    members = []
    cols = table.select(
        [
            "article_id",
            "published_at",
            "crawled_at",
            "content_hash",
            "cluster_id",
            "duplicate_of",
            "original_published_at",
        ]
    ).to_pydict()
    for i, aid in enumerate(cols["article_id"]):
        time = cols["published_at"][i] or cols["crawled_at"][i]
        original = cols["duplicate_of"][i] or aid
        original_time = cols["original_published_at"][i] or time
        members.append(
            Member(
                aid,
                time,
                cols["content_hash"][i] or "",
                cols["cluster_id"][i] or aid,
                original,
                original_time,
            )
        )
    index.load(members, signature_matrix(table["minhash"]))
    return index


def signature_matrix(column: pa.ChunkedArray) -> np.ndarray:
    """The MinHash column as a uint32[n, 128] matrix, copied once straight from the Arrow buffers."""
    out = np.empty((len(column), NUM_PERM), dtype=np.uint32)
    row = 0
    for chunk in column.chunks:
        if not len(chunk):
            continue
        offsets = np.frombuffer(chunk.buffers()[1], dtype=np.int32)
        offsets = offsets[chunk.offset : chunk.offset + len(chunk) + 1]
        if chunk.null_count or np.any(np.diff(offsets) != NUM_PERM * 4):
            raise CorruptDataError(
                "a signature in the signatures dataset does not hold 128 hash values",
                "delete that run's signatures file and re-process the run",
            )
        raw = np.frombuffer(
            chunk.buffers()[2], dtype="<u4", count=len(chunk) * NUM_PERM, offset=int(offsets[0])
        )
        out[row : row + len(chunk)] = raw.reshape(-1, NUM_PERM)
        row += len(chunk)
    return out


# ---------------------------------------------------------------------------------------------
# The run


def source_timezones(sources_file: str | None) -> dict[str, str]:
    """Timezone of each source in the sources file (explicit, else RASD_SOURCES or ./sources.yaml
    when present); sources not listed are read in Asia/Damascus time."""
    if not sources_file:
        sources_file = config.sources_file()
        if not Path(sources_file).is_file():
            return {}
    from pipeline.sources import load_sources

    return {s.name: s.timezone for s in load_sources(sources_file).sources}


def default_run_key(since: datetime | None, until: datetime | None) -> str:
    """The run key of a processing run: its interval when given, else a manual key."""
    if since is not None and until is not None:
        return config.interval_run_key(since, until)
    return config.manual_run_key()


def collect(
    lake: Lake,
    rows: list[dict[str, Any]],
    timezones: Mapping[str, str],
    topics: tuple[Topic, ...],
) -> Batch:
    """Read, extract, gate and score every raw record; failures become rejects."""
    batch = Batch()
    for row in rows:
        batch.processed += 1
        source = row["source"]
        ref = raw_ref(row["warc_key"], row["offset"], row["length"])
        crawled_at = row["fetched_at"] or datetime.now(UTC)
        try:
            status = row.get("status")
            if status is not None and not 200 <= status < 300:
                batch.rejects.append(
                    reject_row(
                        source,
                        row["url"],
                        row["canonical_url"],
                        "http_status",
                        f"HTTP {status}",
                        crawled_at,
                        ref,
                    )
                )
                continue
            record = read_record(lake, row["warc_key"], row["offset"], row["length"])
            docs = extract_document(
                record.text(),
                record.url or row["url"],
                record.content_type or row.get("content_type"),
                timezone=timezones.get(source, DEFAULT_TIMEZONE),
            )
        except Exception as exc:  # one bad record never stops the run: it is recorded
            batch.failed += 1
            detail = f"{type(exc).__name__}: {exc}"[:2000]
            batch.rejects.append(
                reject_row(
                    source,
                    row["url"],
                    row["canonical_url"],
                    "extraction_failed",
                    detail,
                    crawled_at,
                    ref,
                )
            )
            log.warning("extraction failed for %s: %s", row["url"], detail)
            continue
        for doc in docs:
            fetched = row["canonical_url"] if doc.kind == "html" else make_canonical(doc.url)
            result = analyse(
                doc,
                source=source,
                fetched_canonical=fetched,
                crawled_at=crawled_at,
                ref=ref,
                topics=topics,
            )
            if isinstance(result, dict):
                batch.rejects.append(result)
            else:
                batch.candidates.append(result)
    return batch


def _collect_chunk(
    lake_uri: str, rows: list[dict[str, Any]], timezones: dict[str, str], watchlist: str | None
) -> Batch:
    return collect(open_lake(lake_uri), rows, timezones, load_watchlist(watchlist))


def collect_parallel(
    lake: Lake,
    rows: list[dict[str, Any]],
    timezones: Mapping[str, str],
    watchlist: str | None,
    workers: int,
) -> Batch:
    """:func:`collect` over ``workers`` processes (extraction is CPU-bound); order is kept."""
    if workers <= 1 or len(rows) < 2 * workers:
        return collect(lake, rows, timezones, load_watchlist(watchlist))
    size = max(1, min(CHUNK, -(-len(rows) // workers)))
    chunks = [rows[i : i + size] for i in range(0, len(rows), size)]
    context = multiprocessing.get_context("spawn")  # safe under threads (Airflow, tests)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        parts = list(
            pool.map(
                _collect_chunk,
                *zip(*((lake.uri, c, dict(timezones), watchlist) for c in chunks), strict=True),
            )
        )
    batch = Batch()
    for part in parts:
        batch.candidates += part.candidates
        batch.rejects += part.rejects
        batch.failed += part.failed
        batch.processed += part.processed
    return batch


def run_was_compacted(lake: Lake, run_key: str) -> bool:
    """Tell whether compaction merged this run's article files into others."""
    manifest = lake.get_json(run_manifest_key(ARTICLES, run_key))
    if not manifest or not manifest.get("partitions"):
        return False
    name = ARTICLES.file_name(run_key)
    return any(name not in lake.partition_files(prefix) for prefix in manifest["partitions"])


def one_article_per_url(
    batch: Batch, registry: dict[str, dict[str, dict[str, Any]]], run_key: str | None
) -> list[Candidate]:
    """Keep the first version of each canonical URL; later versions become rejects.

    Entries of ``run_key`` (this run, re-processed) do not count as earlier versions.
    """
    known: dict[str, dict[str, Any]] = {}
    for bucket in registry.values():
        for aid, entry in bucket.items():
            if run_key is None or entry.get("run_key") != run_key:
                known[aid] = entry
    kept: list[Candidate] = []
    for cand in batch.candidates:
        first = known.get(cand.article_id)
        if first is None:
            known[cand.article_id] = {"run_key": run_key or "this run", "content_hash": cand.chash}
            kept.append(cand)
            continue
        same = first.get("content_hash") == cand.chash
        reason = "already_processed" if same else "content_changed"
        detail = f"article {cand.article_id} written by run {first.get('run_key')}"
        if not same:
            detail += f"; content hash {first.get('content_hash')} -> {cand.chash}"
        batch.rejects.append(
            reject_row(
                cand.source,
                cand.doc.url,
                cand.canonical_url,
                reason,
                detail,
                cand.crawled_at,
                cand.raw_ref,
                cand.doc.title,
                cand.doc.text,
            )
        )
    return kept


def article_row(cand: Candidate, decision: Decision, run_key: str) -> dict[str, Any]:
    """A row of the ARTICLES dataset."""
    doc = cand.doc
    return {
        "source": cand.source,
        **year_month(doc.published_at, cand.crawled_at),
        "article_id": cand.article_id,
        "url": doc.url,
        "canonical_url": cand.canonical_url,
        "title": doc.title,
        "text": doc.text,
        "author": doc.author,
        "description": doc.description,
        "site_name": doc.site_name,
        "categories": doc.categories,
        "tags": doc.tags,
        "published_at": doc.published_at,
        "published_at_raw": doc.published_at_raw,
        "date_source": doc.date_source,
        "language": cand.language,
        "content_hash": cand.chash,
        "duplicate_of": decision.duplicate_of,
        "cluster_id": decision.cluster_id,
        "duplicate_reason": decision.reason,
        "similarity": decision.similarity,
        "topics": cand.topics,
        "relevance": cand.relevance,
        "crawled_at": cand.crawled_at,
        "raw_ref": cand.raw_ref,
        "run_key": run_key,
    }


def signature_row(
    cand: Candidate, decision: Decision, original_time: datetime, run_key: str
) -> dict[str, Any]:
    """A row of the SIGNATURES dataset (the dedup look-back window)."""
    return {
        **year_month(cand.doc.published_at, cand.crawled_at),
        "article_id": cand.article_id,
        "source": cand.source,
        "published_at": cand.doc.published_at,
        "crawled_at": cand.crawled_at,
        "content_hash": cand.chash,
        "cluster_id": decision.cluster_id,
        "duplicate_of": decision.duplicate_of,
        "original_published_at": original_time,
        "minhash": to_bytes(cand.sig),
        "run_key": run_key,
    }


def events_module() -> Any:
    """The events helper's module (``pipeline.conflict_events``), or None when absent."""
    try:
        module = importlib.import_module(EVENTS_MODULE)
    except ImportError:
        return None
    return module if hasattr(module, EVENTS_FUNCTION) else None


def _neighbour_months(months: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for y, m in months:
        year, month = int(y), int(m)
        if year == 0:
            out.add((y, m))
            continue
        for delta in (-1, 0, 1):
            total = year * 12 + month - 1 + delta
            out.add((f"{total // 12:04d}", f"{total % 12 + 1:02d}"))
    return out


def write_events(lake: Lake, articles: list[dict[str, Any]], run_key: str) -> dict[str, Any] | None:
    """CASUALTIES rows of this run's original articles (reprints are not counted again) and the
    EVENTS of every month they touch, rebuilt from all CASUALTIES around that month."""
    module = events_module()
    if module is None:
        return None
    extract = getattr(module, EVENTS_FUNCTION)
    rows: list[dict[str, Any]] = []
    failed: list[str] = []
    for a in articles:
        if a["duplicate_of"] is not None:
            continue
        try:
            rows += extract(
                a["article_id"],
                a["text"],
                a["published_at"],
                a["source"],
                title=a["title"],
                run_key=run_key,
                crawled_at=a["crawled_at"],
            )
        except Exception as exc:  # one article's figures never stop the run: counted and logged
            failed.append(a["article_id"])
            log.warning("event extraction failed for article %s: %s", a["article_id"], exc)
    write_run(lake, CASUALTIES, rows, run_key)
    merge = getattr(module, "merge_events", None)
    events = 0
    if merge is not None and rows:
        touched = {_event_month(r) for r in rows}
        around = _neighbour_months(touched)
        where = {"year": {y for y, _ in around}, "month": {m for _, m in around}}
        table = read_dataset(lake, CASUALTIES, where=where)
        nearby = [r for r in table.to_pylist() if (r["year"], r["month"]) in around]
        by_month: dict[tuple[str, str], list[dict[str, Any]]] = {m: [] for m in touched}
        for event in merge(nearby):
            key = (event["year"], event["month"])
            if key in by_month:
                by_month[key].append(event)
        for (year, month), month_events in sorted(by_month.items()):
            write_run(lake, EVENTS, month_events, f"events-{year}-{month}")
            events += len(month_events)
    return {"casualty_figures": len(rows), "events_rebuilt": events, "failed_articles": failed}


def _event_month(row: Mapping[str, Any]) -> tuple[str, str]:
    moment = row.get("event_date") or row.get("published_at")
    if moment is None:
        return ("0000", "00")
    return (f"{moment.year:04d}", f"{moment.month:02d}")


def process(
    lake_uri: str,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    sources: list[str] | None = None,
    crawl_run_keys: list[str] | None = None,
    run_key: str | None = None,
    sources_file: str | None = None,
    window_days: int = 30,
    watchlist: str | None = None,
    workers: int = 1,
) -> dict[str, Any]:
    """Process raw records into ARTICLES, REJECTS and SIGNATURES; re-running a run key replaces it."""
    if since is not None and until is not None and since >= until:
        raise ConfigError(f"--since {since} is not before --until {until}", "swap or fix the dates")
    since, until = _utc(since), _utc(until)
    run_key = run_key or default_run_key(since, until)
    lake = open_lake(lake_uri)
    timezones = source_timezones(sources_file)
    load_watchlist(watchlist)  # a bad watchlist fails before any work
    rows = read_raw_index(
        lake,
        since=since,
        until=until,
        sources=sources,
        crawl_run_keys=crawl_run_keys,
        known_sources=timezones,
    )
    batch = collect_parallel(lake, rows, timezones, watchlist, workers)
    registry = load_registry(lake, [c.article_id for c in batch.candidates])
    # a run whose files were compacted away no longer owns its rows: they stay as written
    owner = None if run_was_compacted(lake, run_key) else run_key
    kept = one_article_per_url(batch, registry, owner)

    window = timedelta(days=window_days)
    articles, signatures = [], []
    window_size = 0
    if kept:
        times = [c.time for c in kept]
        index = load_window(lake, min(times), max(times), run_key, window)
        window_size = len(index)
        for cand in sorted(kept, key=lambda c: (c.time, c.article_id)):
            decision = index.decide(cand.article_id, cand.time, cand.chash, cand.sig)
            member = index.members[-1]
            articles.append(article_row(cand, decision, run_key))
            signatures.append(signature_row(cand, decision, member.original_time, run_key))

    write_run(lake, ARTICLES, articles, run_key)
    write_run(lake, REJECTS, batch.rejects, run_key)
    write_run(lake, SIGNATURES, signatures, run_key)
    events = write_events(lake, articles, run_key)
    written = {
        a["article_id"]: {
            "run_key": run_key,
            "content_hash": a["content_hash"],
            "source": a["source"],
        }
        for a in articles
    }
    save_registry(lake, registry, written, run_key)
    return _summary(run_key, batch, articles, window_size, events)


def _summary(
    run_key: str, batch: Batch, articles: list[dict[str, Any]], window_size: int, events: Any
) -> dict[str, Any]:
    per_source: dict[str, Counter[str]] = defaultdict(Counter)
    for a in articles:
        per_source[a["source"]]["articles"] += 1
        per_source[a["source"]]["duplicates"] += a["duplicate_of"] is not None
    for r in batch.rejects:
        per_source[r["source"]]["rejects"] += 1
    return {
        "run_key": run_key,
        "processed": batch.processed,
        "articles": len(articles),
        "duplicates": sum(a["duplicate_of"] is not None for a in articles),
        "rejects": len(batch.rejects),
        "failed": batch.failed,
        "reject_reasons": dict(Counter(r["reason"] for r in batch.rejects)),
        "relevant": sum(bool(a["topics"]) for a in articles),
        "window_signatures": window_size,
        "sources": {s: dict(c) for s, c in sorted(per_source.items())},
        "events": events,
    }


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
