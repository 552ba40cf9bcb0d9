"""Opt-in online checks of URLs and DOIs (``citex check --check-links``).

HEAD first, GET when a server refuses HEAD; a time-out per request; retries with
exponential back-off on connection errors, 429 and 5xx; at most a few requests to one host
at a time; http and https only; and a JSON cache file, so a re-run does not ask again. The
rest of citex never touches the network.
"""
from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

USER_AGENT = "citex-link-check/0.1 (+https://pypi.org/project/citex/)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
HEAD_REFUSED = frozenset({403, 405, 501})


@dataclass(frozen=True)
class LinkStatus:
    url: str
    status: str              # "ok", "dead", "redirected", "skipped"
    code: int | None         # final HTTP status, None when no answer
    final_url: str | None
    detail: str = ""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Let 3xx answers through, so each hop can be seen and checked."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401
        return None


def _open(url: str, method: str, timeout: float):
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        response = opener.open(request, timeout=timeout)
        response.close()
        return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location") if error.headers else None


class LinkChecker:
    """Checks links with a per-host concurrency limit and a cache file."""

    def __init__(self, cache_path: str | None = None, timeout: float = 10.0, retries: int = 2,
                 backoff: float = 0.5, per_host: int = 2, workers: int = 8, max_redirects: int = 5):
        self.cache_path = cache_path
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.per_host = per_host
        self.workers = workers
        self.max_redirects = max_redirects
        self._host_limits: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()
        self.cache: dict[str, dict] = self._load_cache()
        self.requests_made = 0

    def _load_cache(self) -> dict:
        if self.cache_path and os.path.exists(self.cache_path):
            try:
                with open(self.cache_path, encoding="utf-8") as handle:
                    data = json.load(handle)
                return data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                return {}
        return {}

    def save_cache(self) -> None:
        if not self.cache_path:
            return
        from .outputs import write_atomically
        write_atomically(self.cache_path, json.dumps(self.cache, indent=1, sort_keys=True))

    def check_all(self, urls: list[str]) -> dict[str, LinkStatus]:
        """Status of each distinct URL (cached answers are not asked again)."""
        distinct = list(dict.fromkeys(urls))
        results: dict[str, LinkStatus] = {}
        todo = []
        for url in distinct:
            if url in self.cache:
                results[url] = LinkStatus(**self.cache[url])
            else:
                todo.append(url)
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            for url, status in zip(todo, pool.map(self.check, todo)):
                results[url] = status
                if status.status != "skipped":
                    self.cache[url] = asdict(status)
        self.save_cache()
        return results

    def check(self, url: str) -> LinkStatus:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            return LinkStatus(url, "skipped", None, None, "only http and https links are checked")
        current = url
        for _ in range(self.max_redirects + 1):
            code, location, detail = self._ask(current)
            if code is not None and 300 <= code < 400 and location:
                current = urllib.parse.urljoin(current, location)
                continue
            break
        else:
            return LinkStatus(url, "dead", code, current, "too many redirects")
        if code is None:
            return LinkStatus(url, "dead", None, None, detail)
        if code >= 400:
            return LinkStatus(url, "dead", code, current, f"HTTP {code}")
        if current != url:
            return LinkStatus(url, "redirected", code, current, f"moved to {current}")
        return LinkStatus(url, "ok", code, current)

    def _ask(self, url: str) -> tuple[int | None, str | None, str]:
        host = urllib.parse.urlsplit(url).netloc
        with self._lock:
            limit = self._host_limits.setdefault(host, threading.Semaphore(self.per_host))
        detail = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)))
            with limit:
                try:
                    with self._lock:
                        self.requests_made += 1
                    code, location = _open(url, "HEAD", self.timeout)
                    if code in HEAD_REFUSED:
                        with self._lock:
                            self.requests_made += 1
                        code, location = _open(url, "GET", self.timeout)
                except (urllib.error.URLError, OSError, ValueError) as error:
                    reason = getattr(error, "reason", error)
                    detail = f"no answer: {reason}"
                    continue
            if code in RETRY_STATUSES:
                detail = f"HTTP {code}"
                continue
            return code, location, ""
        return None, None, detail


def doi_url(doi: str) -> str:
    return "https://doi.org/" + urllib.parse.quote(doi, safe="/:;()._-")
