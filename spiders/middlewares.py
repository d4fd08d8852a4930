"""Downloader middleware: retries with exponential backoff on 429/5xx/timeouts, honouring Retry-After."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.response import response_status_message

logger = logging.getLogger(__name__)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before each retry: Retry-After when given, else backoff."""

    def __init__(self, settings) -> None:  # type: ignore[no-untyped-def]
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    def _delay(self, request: Request, response: Response | None) -> float:
        attempt = request.meta.get("retry_times", 0)
        header = response.headers.get("Retry-After") if response is not None else None
        seconds = retry_after_seconds(header.decode("latin-1") if header else None)
        if seconds is not None:
            return min(seconds, self.retry_after_max)
        return min(self.backoff_base * (2**attempt), self.backoff_max)

    async def process_response(self, request: Request, response: Response, spider=None):  # type: ignore[no-untyped-def]
        """Retry 429/5xx after the delay the server asked for (or a backoff)."""
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self._delay(request, response)
        if delay > 0:
            logger.info(
                "waiting %.1fs before retrying %s (HTTP %s)", delay, request.url, response.status
            )
            await asyncio.sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception, spider=None):  # type: ignore[no-untyped-def]
        """Retry timeouts and connection errors after a backoff."""
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get(
            "dont_retry", False
        ):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            delay = self._delay(request, None)
            if delay > 0:
                await asyncio.sleep(delay)
        return retry
