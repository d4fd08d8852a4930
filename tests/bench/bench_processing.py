"""Processing benchmarks: throughput vs trafilatura alone, dedup cost and memory, incremental cost.

Figures printed side by side, measured in this run:
1. articles/s on the shared corpus pages: trafilatura alone (bare_extraction with metadata) and
   Rasd's per-article processing (extraction, dates, gates, language, relevance, hash, MinHash),
   one process and two; targets: overhead <= 15 %, two processes >= 1.7x one.
2. dedup: signatures/s; peak memory of a fresh process holding a look-back window of 100,000
   articles read from the lake (target < 1 GiB).
3. incremental cost: processing 100 new raw articles into a lake already holding 1,000 vs 100,000
   articles spread over three years (target: within 1.2x).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import trafilatura  # noqa: E402
from rawlake import archive_pages  # noqa: E402

from pipeline.datasets import ARTICLES, SIGNATURES, article_registry_key, write_run  # noqa: E402
from pipeline.dedup import NUM_PERM, signature_from_tokens  # noqa: E402
from pipeline.extraction import extract_html  # noqa: E402
from pipeline.lake import open_lake  # noqa: E402
from pipeline.normalize import word_tokens  # noqa: E402
from pipeline.processing import analyse, process  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "pages"
ROUNDS = 3
NOW = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)


def corpus_pages() -> list[tuple[str, bytes]]:
    """The shared corpus pages (or generated pages when the corpus is absent)."""
    if CORPUS.is_dir():
        return [
            (f"https://example.org/news/{p.stem}/", p.read_bytes())
            for p in sorted(CORPUS.glob("*.html"))
        ]
    print("  (shared corpus absent: using generated pages)")
    return [
        (f"https://example.org/news/{i}/", generated_page(random.Random(i)).encode())
        for i in range(20)
    ]


def trafilatura_alone(pages: list[tuple[str, bytes]]) -> int:
    """The baseline: trafilatura's own extraction with metadata, nothing else."""
    for url, html in pages:
        trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    return len(pages)


def rasd_processing(pages: list[tuple[str, bytes]]) -> int:
    """Rasd's per-article work: extraction + dates, gates, language, relevance, hash, MinHash."""
    for url, html in pages:
        doc = extract_html(html, url, timezone="Asia/Damascus")
        analyse(doc, source="bench", fetched_canonical=url, crawled_at=NOW, ref="bench")
    return len(pages)


def _worker(rounds: int) -> list[tuple[float, float]]:
    """Alternate trafilatura alone and Rasd over the pages; (trafilatura s, rasd s) per round."""
    pages = corpus_pages()
    rasd_processing(pages)  # warm-up (imports, caches)
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        trafilatura_alone(pages)
        middle = time.perf_counter()
        rasd_processing(pages)
        out.append((middle - start, time.perf_counter() - middle))
    return out


def run_workers(processes: int, rounds: int) -> tuple[list[tuple[float, float]], float]:
    """Run ``processes`` workers at once; their rounds and the Rasd articles/s of the whole run."""
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes) as pool:
        parts = pool.map(_worker, [rounds] * processes)
    rounds_all = [r for part in parts for r in part]
    # Rasd throughput: articles over the time the processes spent in Rasd (they run side by side)
    per_process = [len(corpus_pages()) * len(part) / sum(r for _, r in part) for part in parts]
    return rounds_all, sum(per_process)


def bench_throughput() -> None:
    print("1. processing throughput on the corpus pages (trafilatura alone and Rasd alternated")
    print("   round by round inside each process, so both meet the same machine load)")
    n = len(corpus_pages())
    rasd_processing(corpus_pages())  # warm the parent (fork shares imports)
    rates: dict[int, float] = {}
    for procs in (1, 2):
        rounds, rate = run_workers(procs, ROUNDS * 2)
        rates[procs] = rate
        traf = statistics.median(t for t, _ in rounds)
        rasd = statistics.median(r for _, r in rounds)
        overhead = statistics.median(r / t - 1 for t, r in rounds)
        print(
            f"   {procs} process(es): trafilatura alone {procs * n / traf:6.1f} articles/s |"
            f" rasd {procs * n / rasd:6.1f} articles/s | overhead {100 * overhead:5.1f} %"
            " (median of per-round ratios; target <= 15 %)"
        )
    machine = machine_scaling()
    print(
        f"   2 processes vs 1: {rates[2] / rates[1]:.2f}x (target >= 1.7x); {n} pages x {ROUNDS * 2} rounds"
    )
    print(
        f"   machine calibration: a pure-Python loop scales {machine:.2f}x on 2 processes right now"
        f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_scaling(n: int = 15_000_000) -> float:
    """How well this machine runs two CPU-bound processes at once, measured now."""
    ctx = multiprocessing.get_context("fork")
    rates = {}
    for procs in (1, 2):
        with ctx.Pool(procs) as pool:
            start = time.perf_counter()
            pool.map(_spin, [n] * procs)
            rates[procs] = procs * n / (time.perf_counter() - start)
    return rates[2] / rates[1]


def bench_end_to_end(tmp: Path) -> None:
    """rasd process end to end: raw archive -> datasets (WARC reads, Parquet writes, events)."""
    pages = corpus_pages()
    raw = [
        (f"{url}copy-{k}/", html, "text/html; charset=utf-8")
        for k in range(4)
        for url, html in pages
    ]
    uri = str(tmp / "e2e")
    archive_pages(open_lake(uri), {"corpus": raw}, "crawl-e2e", fetched_at=NOW)
    process(uri, crawl_run_keys=["crawl-e2e"], run_key="e2e")  # warm-up: gazetteer, caches
    start = time.perf_counter()
    summary = process(uri, crawl_run_keys=["crawl-e2e"], run_key="e2e")
    rate = summary["processed"] / (time.perf_counter() - start)
    print(
        f"   end to end (rasd process: WARC reads, dedup, Parquet writes, casualty figures;"
        f" {len(raw)} records): {rate:.1f} articles/s in one process"
    )


# ---------------------------------------------------------------------------------------------
# dedup


WORDS = [
    "قال",
    "أفاد",
    "مصدر",
    "محلي",
    "إن",
    "عناصر",
    "قوات",
    "تعرضوا",
    "لهجوم",
    "مسلح",
    "على",
    "طريق",
    "بين",
    "مدينة",
    "والقرية",
    "صباح",
    "اليوم",
    "ما",
    "أدى",
    "إلى",
    "سقوط",
    "عدد",
    "من",
    "القتلى",
    "والجرحى",
    "في",
    "صفوفهم",
    "وأضاف",
    "أن",
    "المهاجمين",
    "انسحبوا",
    "باتجاه",
    "عمق",
    "البادية",
    "بعد",
    "اشتباكات",
    "استمرت",
    "ساعات",
    "وسط",
    "تحليق",
    "للطيران",
    "الحربي",
    "فوق",
    "المنطقة",
    "وكانت",
    "شهدت",
    "خلال",
    "الأسابيع",
    "الماضية",
    "تصاعدا",
    "في",
    "وتيرة",
    "العمليات",
    "التي",
    "تستهدف",
    "الحواجز",
    "والنقاط",
    "العسكرية",
    "المنتشرة",
    "على",
    "طول",
    "الطرق",
    "الرئيسية",
    "ويعتمد",
    "المسلحون",
    "الكمائن",
    "والعبوات",
    "الناسفة",
    "والتنقل",
    "بدراجات",
    "نارية",
    "في",
    "مناطق",
    "صحراوية",
    "واسعة",
]


def generated_text(rng: random.Random, words: int = 350) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def generated_page(rng: random.Random) -> str:
    paras = "".join(f"<p>{generated_text(rng, 60)}.</p>" for _ in range(6))
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>خبر {rng.random()}</title>'
        f'<meta property="article:published_time" content="2026-01-09T10:00:00+03:00"></head>'
        f'<body><nav><a href="/">الرئيسية</a></nav><article><h1>خبر</h1>{paras}</article>'
        f"<footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def bench_signatures() -> None:
    rng = random.Random(1)
    texts = [generated_text(rng) for _ in range(2000)]
    start = time.perf_counter()
    tokens = [word_tokens(text) for text in texts]
    middle = time.perf_counter()
    for toks in tokens:
        signature_from_tokens(toks)
    end = time.perf_counter()
    print(
        f"2. dedup: {len(texts) / (end - start):,.0f} signatures/s from raw text (normalise +"
        f" 5-word shingles + MinHash-128); {len(texts) / (end - middle):,.0f} signatures/s from"
        " normalised tokens (processing normalises once for relevance, hash and signature)"
    )


def fill_signatures(lake_uri: str, count: int, start: datetime, end: datetime, runs: int) -> None:
    """Put ``count`` articles (signatures, registry entries, article rows) spread over [start, end)."""
    lake = open_lake(lake_uri)
    rng = np.random.default_rng(count)
    span = (end - start).total_seconds()
    per_run = -(-count // runs)
    runs = -(-count // per_run)
    registry: dict[str, dict] = {}
    for r in range(runs):
        n = min(per_run, count - r * per_run)
        sigs = rng.integers(0, 2**32, size=(n, NUM_PERM), dtype=np.uint32)
        secs = np.sort(rng.uniform(r * span / runs, (r + 1) * span / runs, n))
        when = [start + timedelta(seconds=float(x)) for x in secs]
        ids = [f"{x:016x}" for x in rng.integers(0, 2**63, size=n)]
        run_key = f"fill-{r}"
        common = {
            "article_id": pa.array(ids),
            "published_at": pa.array(when, pa.timestamp("us", tz="UTC")),
            "crawled_at": pa.array(when, pa.timestamp("us", tz="UTC")),
            "content_hash": pa.array([i * 4 for i in ids]),
            "cluster_id": pa.array(ids),
            "source": pa.array(["old"] * n),
            "year": pa.array([f"{w.year:04d}" for w in when]),
            "month": pa.array([f"{w.month:02d}" for w in when]),
            "run_key": pa.array([run_key] * n),
        }
        blob = sigs.astype("<u4").tobytes()
        minhash = pa.array(
            [blob[k * 4 * NUM_PERM : (k + 1) * 4 * NUM_PERM] for k in range(n)], pa.binary()
        )
        write_run(lake, SIGNATURES, pa.table({**common, "minhash": minhash}), run_key)
        urls = pa.array([f"https://old.example/{i}" for i in ids])
        articles = {
            **common,
            "url": urls,
            "canonical_url": urls,
            "title": pa.array(["قديم"] * n),
            "text": pa.array(["نص قديم"] * n),
        }
        write_run(lake, ARTICLES, pa.table(articles), run_key)
        for aid in ids:
            registry.setdefault(article_registry_key(aid), {})[aid] = {
                "run_key": run_key,
                "content_hash": aid * 4,
                "source": "old",
            }
    for key, bucket in registry.items():
        lake.put_json(key, bucket)


MEMORY_PROBE = """
import json, sys, time
from datetime import datetime, timedelta, UTC
from pipeline.lake import open_lake
from pipeline.processing import load_window
from pipeline.dedup import signature
def hwm_kib():
    # VmHWM: peak RSS of this process image (ru_maxrss would include the parent's before exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
base = hwm_kib()
lake = open_lake(sys.argv[1])
t = time.perf_counter()
index = load_window(lake, datetime.fromisoformat(sys.argv[2]), datetime.fromisoformat(sys.argv[2]), "probe")
load = time.perf_counter() - t
t = time.perf_counter()
for i in range(100):
    index.decide(f"new{i}", datetime.fromisoformat(sys.argv[2]), f"h{i}", signature(f"نص جديد رقم {i} " * 40))
decide = time.perf_counter() - t
peak = hwm_kib()
print(json.dumps({"members": len(index) - 100, "base_mib": base / 1024, "peak_mib": peak / 1024,
                  "load_s": load, "decide_100_s": decide}))
"""


def bench_window_memory(tmp: Path) -> None:
    uri = str(tmp / "window-lake")
    start = time.perf_counter()
    fill_signatures(uri, 100_000, NOW - timedelta(days=29), NOW, runs=30)
    fill = time.perf_counter() - start
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, uri, NOW.isoformat()],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    fig = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"   window of {fig['members']:,} articles: load {fig['load_s']:.1f} s, 100 decisions"
        f" {fig['decide_100_s'] * 1000:.0f} ms; peak RSS {fig['peak_mib']:.0f} MiB"
        f" (after imports {fig['base_mib']:.0f} MiB; target < 1024 MiB) [fill {fill:.0f} s]"
    )


def bench_incremental(tmp: Path) -> None:
    print("3. incremental cost: 100 new articles into a lake holding N articles over 3 years")
    rng = random.Random(5)
    pages = [
        (
            f"https://new.example/2026/01/10/story-{i}/",
            generated_page(rng),
            "text/html; charset=utf-8",
        )
        for i in range(100)
    ]
    uris = {}
    for count in (1_000, 100_000):
        uri = uris[count] = str(tmp / f"inc-{count}")
        start, end = NOW - timedelta(days=3 * 365), NOW - timedelta(hours=1)
        fill_signatures(uri, count, start, end, runs=156)
        archive_pages(open_lake(uri), {"new": pages}, "crawl-new", fetched_at=NOW)
        process(uri, crawl_run_keys=["crawl-new"], run_key="proc-new")  # warm-up: caches
    runs: dict[int, list[float]] = {count: [] for count in uris}
    windows: dict[int, int] = {}
    for _ in range(4):  # interleaved, so both lakes meet the same machine load
        for count, uri in uris.items():
            start_time = time.perf_counter()
            summary = process(uri, crawl_run_keys=["crawl-new"], run_key="proc-new")
            runs[count].append(time.perf_counter() - start_time)
            assert summary["articles"] == 100, summary
            windows[count] = summary["window_signatures"]
    (b1, m1), (b2, m2) = ((min(runs[c]), statistics.median(runs[c])) for c in uris)
    print(
        f"   1,000 in lake: {b1:.2f} s (median {m1:.2f}; window {windows[1_000]:,}) |"
        f" 100,000 in lake: {b2:.2f} s (median {m2:.2f}; window {windows[100_000]:,})"
        f" | ratio {b2 / b1:.2f}x best, {m2 / m1:.2f}x median (target <= 1.2x)"
    )
    print(
        "   (a re-run of the same run key: it replaces its own output, so each run does the full work)"
    )


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-proc-"))
    try:
        bench_throughput()
        bench_end_to_end(tmp)
        bench_signatures()
        bench_window_memory(tmp)
        bench_incremental(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"   (bench process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)"
    )


if __name__ == "__main__":
    main()
