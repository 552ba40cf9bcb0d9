"""Batch conversion: many documents, in parallel, resumable, nothing lost.

:func:`collect_inputs` expands directories, globs and ``@list`` files into input files;
:func:`convert_one` is the pure per-document job (read, extract, write one output
atomically); :func:`run_batch` maps it over a process pool with a bounded number of jobs in
flight, so memory stays flat however many files there are. A bad file is recorded and
skipped, never fatal. :func:`extract_bag` runs the same job on Dask, locally or on a cluster.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import CitexError
from .extract import extract
from .outputs import EXTENSIONS, render, write_atomically
from .readers import DEFAULT_MAX_SIZE, read_document
from .report import build_report

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".docx", ".pdf")


@dataclass(frozen=True)
class Job:
    source: str            # input file
    target: str | None     # output file, or None when results are merged
    fmt: str
    max_size: int = DEFAULT_MAX_SIZE
    force: bool = False


@dataclass
class Result:
    source: str
    status: str                    # "done", "skipped" (output up to date), "failed"
    target: str | None = None
    works: int = 0
    references: int = 0            # footnote cites + list entries + in-text citations
    seconds: float = 0.0
    error: str | None = None
    items: list[dict] = field(default_factory=list)   # only when merging
    report: dict | None = None     # only when the json reports are gathered into one output

    def summary(self) -> dict:
        out = asdict(self)
        out.pop("items")
        out.pop("report")
        return out


def collect_inputs(arguments: Iterable[str], recursive: bool = False, include: tuple[str, ...] = (),
                   exclude: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(file, path relative to its root) for every document the arguments name.

    An argument is a file, a folder (its documents; with ``recursive`` all below it), a
    glob, or ``@FILE`` naming a file with one path a line.
    """
    found: list[tuple[str, str]] = []
    for argument in arguments:
        if argument.startswith("@") and len(argument) > 1:
            listed = Path(argument[1:])
            try:
                names = [line.strip() for line in listed.read_text(encoding="utf-8").splitlines()]
            except OSError as error:
                raise CitexError(f"cannot read the list of paths: {error.strerror or error}", str(listed)) from None
            found += collect_inputs([n for n in names if n and not n.startswith("#")], recursive, include, exclude)
            continue
        if os.path.isdir(argument):
            root = Path(argument)
            walker = root.rglob("*") if recursive else root.glob("*")
            for path in sorted(walker):
                rel = str(path.relative_to(root))
                if path.is_file() and _wanted(rel, include, exclude, default=True):
                    found.append((str(path), rel))
        elif any(ch in argument for ch in "*?[") and not os.path.exists(argument):
            for path in sorted(glob.glob(argument, recursive=recursive)):
                if os.path.isfile(path) and _wanted(path, include, exclude, default=False):
                    found.append((path, os.path.basename(path)))
        else:
            found.append((argument, os.path.basename(argument) or argument))
    return found


def _wanted(rel: str, include: tuple[str, ...], exclude: tuple[str, ...], default: bool) -> bool:
    name = os.path.basename(rel)
    if include:
        ok = any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in include)
    else:
        ok = not default or name.lower().endswith(DOCUMENT_SUFFIXES)
    return ok and not any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in exclude)


def plan(inputs: list[tuple[str, str]], out_dir: str | None, fmt: str, max_size: int, force: bool) -> list[Job]:
    """One job per input; under ``out_dir`` the outputs mirror the input tree."""
    jobs = []
    seen: set[str] = set()
    for source, rel in inputs:
        target = None
        if out_dir is not None:
            stem = os.path.splitext(rel)[0]
            target = os.path.join(out_dir, stem + EXTENSIONS[fmt])
            if target in seen:  # two inputs with one name: keep both
                target = os.path.join(out_dir, rel.replace(os.sep, "_") + EXTENSIONS[fmt])
            seen.add(target)
        jobs.append(Job(source, target, fmt, max_size, force))
    return jobs


def up_to_date(job: Job) -> bool:
    """An output newer than its input is complete: outputs are only ever renamed into place."""
    if job.force or job.target is None:
        return False
    try:
        return os.stat(job.target).st_mtime >= os.stat(job.source).st_mtime
    except OSError:
        return False


def convert_one(job: Job) -> Result:
    """Read, extract and write one document; any error becomes a failed result."""
    started = time.perf_counter()
    if up_to_date(job):
        return Result(job.source, "skipped", job.target)
    try:
        if job.target is not None and os.path.exists(job.target) and os.path.samefile(job.target, job.source):
            raise CitexError("the output would overwrite the input", job.source)
        extraction = extract(read_document(job.source, max_size=job.max_size))
        references = (sum(len(c) for c in extraction.note_cites) + len(extraction.entries)
                      + sum(len(c.parts) for c in extraction.intext))
        result = Result(job.source, "done", job.target, len(extraction.items), references)
        if job.target is None and job.fmt == "json":
            result.report = build_report(extraction)
        elif job.target is None:
            result.items = extraction.items
        else:
            os.makedirs(os.path.dirname(job.target) or ".", exist_ok=True)
            write_atomically(job.target, render([extraction], job.fmt))
    except CitexError as error:
        result = Result(job.source, "failed", job.target, error=str(error))
    except Exception as error:  # noqa: BLE001 - a parser failure on one file must not stop the batch
        result = Result(job.source, "failed", job.target, error=f"{job.source}: internal error: {error!r}")
    result.seconds = round(time.perf_counter() - started, 4)
    return result


def run_batch(jobs: list[Job], workers: int = 1, on_result: Callable[[Result], None] | None = None,
              in_flight: int | None = None) -> Iterator[Result]:
    """Results of all jobs (in completion order); at most ``in_flight`` jobs wait at once."""
    if workers <= 1:
        for job in jobs:
            result = convert_one(job)
            if on_result:
                on_result(result)
            yield result
        return
    limit = in_flight or workers * 4
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = set()
        queue = iter(jobs)
        for job in queue:
            pending.add(pool.submit(convert_one, job))
            if len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    result = future.result()
                    if on_result:
                        on_result(result)
                    yield result
        for future in _as_done(pending):
            result = future.result()
            if on_result:
                on_result(result)
            yield result


def _as_done(pending):
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from done


def extract_bag(paths: Iterable[str], fmt: str = "json", npartitions: int | None = None):
    """A Dask bag of per-document results (dicts with the report or the error).

    >>> bag = extract_bag(["skripsi.txt"])            # doctest: +SKIP
    >>> bag.compute(scheduler="processes")            # doctest: +SKIP

    On a cluster, create a ``dask.distributed.Client`` first; ``compute()`` then runs there.
    Needs the ``dask`` extra: ``pip install citex[dask]``.
    """
    try:
        import dask.bag as db
    except ImportError as error:  # pragma: no cover - depends on the extra
        raise CitexError("Dask is not installed: pip install 'citex[dask]'") from error
    paths = list(paths)
    bag = db.from_sequence(paths, npartitions=npartitions or max(1, min(len(paths), 64)))
    return bag.map(_report_of, fmt)


def _report_of(path: str, fmt: str = "json") -> dict:
    try:
        extraction = extract(read_document(path))
    except CitexError as error:
        return {"document": path, "error": str(error)}
    if fmt == "json":
        return build_report(extraction)
    return {"document": path, "output": render([extraction], fmt)}
