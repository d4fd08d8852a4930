"""Scrapy settings for Rasd's crawls: polite by default, identifiable, bounded."""

from __future__ import annotations

import os

DEFAULT_USER_AGENT = "RasdBot/0.1 (+https://github.com/rasd-project/rasd)"


def user_agent() -> str:
    """The User-Agent: RASD_USER_AGENT, else RasdBot with the contact URL (RASD_CONTACT_URL)."""
    if ua := os.environ.get("RASD_USER_AGENT"):
        return ua
    if contact := os.environ.get("RASD_CONTACT_URL"):
        return f"RasdBot/0.1 (+{contact})"
    return DEFAULT_USER_AGENT


def crawl_settings() -> dict[str, object]:
    """Settings every Rasd crawl starts from (tests and the benchmark override politeness)."""
    return {
        "BOT_NAME": "rasd",
        "USER_AGENT": user_agent(),
        "ROBOTSTXT_OBEY": True,
        "ROBOTSTXT_USER_AGENT": "RasdBot",
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": os.environ.get("RASD_CRAWL_LOG_LEVEL", "INFO"),
        # politeness: 1-2 requests per domain at a time, adaptive delay
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        # items are archived synchronously: Scrapy's default of 100 spawns 100 tasks per response
        "CONCURRENT_ITEMS": 4,
        "DOWNLOAD_DELAY": 1.0,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 1.0,
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        # robustness: bounded size and time, retries with backoff honouring Retry-After
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 3,
        "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 522, 524, 408],
        "RETRY_BACKOFF_BASE": 2.0,
        "RETRY_BACKOFF_MAX": 60.0,
        "RETRY_AFTER_MAX": 300.0,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "spiders.middlewares.RetryAfterMiddleware": 550,
        },
        "ITEM_PIPELINES": {"spiders.pipelines.ArchivePipeline": 300},
        "REDIRECT_MAX_TIMES": 5,
        "DEPTH_LIMIT": 0,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        # Rasd-specific
        "RASD_WP_PER_PAGE": 100,
        "RASD_WARC_PART_BYTES": 64 * 1024 * 1024,
        "RASD_WP_OVERLAP_HOURS": 48,
    }


def polite_overrides(delay: float | None, concurrency: int | None) -> dict[str, object]:
    """Per-source politeness overrides from sources.yaml."""
    out: dict[str, object] = {}
    if delay is not None:
        out["DOWNLOAD_DELAY"] = delay
        out["AUTOTHROTTLE_START_DELAY"] = max(delay, 0.1)
    if concurrency is not None:
        out["CONCURRENT_REQUESTS_PER_DOMAIN"] = concurrency
    return out


# settings that switch politeness delays off (tests, benchmark, local sample site)
FAST_SETTINGS: dict[str, object] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_BACKOFF_BASE": 0.1,
    "RETRY_BACKOFF_MAX": 1.0,
}
