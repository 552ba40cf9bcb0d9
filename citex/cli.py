"""The ``citex`` command: a thin shell over the library.

Data goes to stdout (or ``-o``); messages go to stderr through one rich console that never
reads document text as markup. Exit codes: 0 ok, 1 ``check`` found errors, 2 usage or
input errors.
"""
from __future__ import annotations

import json
import os
import sys
import time

import click
from rich.console import Console

from . import __version__
from .check import SEVERITY
from .errors import CitexError
from .extract import Extraction, extract
from .outputs import FORMATS, render, write_atomically
from .readers import DEFAULT_MAX_SIZE, read_document

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _console() -> Console:
    return Console(stderr=True, markup=False, highlight=False, emoji=False)


def _fail(message: str) -> None:
    _console().print(f"citex: {message}", style="red", soft_wrap=True)


def max_size_option(function):
    return click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_SIZE,
                        show_default=True, metavar="BYTES",
                        help="Refuse input files larger than this.")(function)


def quiet_option(function):
    return click.option("-q", "--quiet", is_flag=True, help="No warnings or summaries on stderr.")(function)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="citex")
def main() -> None:
    """Find, parse, resolve and check the citations of theses and papers.

    \b
    Examples:
      citex extract skripsi.txt -o pustaka.bib
      citex extract skripsi.txt --format csljson > pustaka.json
      citex parse "Haris. A, Gelombang Migrasi, Yogyakarta: Pustaka Pelajar, 2005"
      citex check skripsi.txt
    """


def _read_all(paths: tuple[str, ...], max_size: int, quiet: bool) -> tuple[list[tuple[str, Extraction]], int]:
    console = _console()
    results, failures = [], 0
    for path in paths:
        try:
            document = read_document(path, max_size=max_size)
        except CitexError as error:
            _fail(str(error))
            failures += 1
            continue
        if not quiet:
            for warning in document.warnings:
                console.print(f"citex: warning: {warning}", style="yellow", soft_wrap=True)
        results.append((path, extract(document)))
    return results, failures


def _check_not_input(output: str, inputs: tuple[str, ...]) -> None:
    for path in inputs:
        if path != "-" and os.path.exists(output) and os.path.exists(path) and os.path.samefile(output, path):
            raise click.UsageError(f"output {output} is one of the input files; citex never overwrites its input")


@main.command("extract", context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="bibtex", show_default=True,
              help="bibtex, biblatex, csljson (CSL-JSON array), ris, or json (the full report).")
@click.option("-o", "--output", metavar="OUT",
              help="Output file, or a folder (existing, or ending in /) for one output per input, "
                   "mirroring the input tree. Default: stdout.")
@click.option("--merge", is_flag=True, help="One merged, deduplicated bibliography of all inputs.")
@click.option("-r", "--recursive", is_flag=True, help="Walk folders recursively.")
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Parallel workers (default: the machine's cores, for batches).")
@click.option("--report", "report_path", metavar="FILE", help="Write a JSON report of the batch: every file, its "
              "status, counts and error.")
@click.option("--force", is_flag=True, help="Redo outputs that are already newer than their input.")
@max_size_option
@quiet_option
def extract_command(files: tuple[str, ...], fmt: str, output: str | None, merge: bool, recursive: bool,
                    include: tuple[str, ...], exclude: tuple[str, ...], jobs: int | None, report_path: str | None,
                    force: bool, max_size: int, quiet: bool) -> None:
    """Extract every cited or listed work of each PATH: a text or Markdown file, - for
    stdin, a folder, a glob, or @LIST (a file naming one path a line).

    \b
    Examples:
      citex extract skripsi.txt -o pustaka.bib
      citex extract skripsi.txt --format csljson -o pustaka.json
      citex extract bab1.txt bab2.txt -o pustaka.bib                (one merged bibliography)
      citex extract theses/ -r -o out/ --report report.json         (one output per thesis)
      citex extract theses/ -r --merge --format csljson -o all.json (one for the whole repository)
    """
    from .batch import collect_inputs, plan

    per_file = output is not None and not merge and (output.endswith(("/", os.sep)) or os.path.isdir(output))
    single = (len(files) == 1 and not os.path.isdir(files[0]) and not any(c in files[0] for c in "*?[")
              and not files[0].startswith("@") and not per_file and report_path is None)
    if single:
        if output:
            _check_not_input(output, files)
        results, failures = _read_all(files, max_size, quiet)
        if results:
            _emit(render([ex for _, ex in results], fmt), output)
            if not quiet:
                ex = results[0][1]
                _console().print(f"citex: {len(ex.items)} work(s), {len(ex.notes.footnotes)} footnote(s), "
                                 f"{len(ex.entries)} list entries", style="dim")
        sys.exit(2 if failures else 0)
    try:
        inputs = collect_inputs(files, recursive, include, exclude)
    except CitexError as error:
        _fail(str(error))
        sys.exit(2)
    if not inputs:
        _fail(f"{', '.join(files)}: no documents found (.txt, .md, .docx, .pdf; --recursive walks sub-folders, "
              f"--include chooses other names)")
        sys.exit(2)
    if fmt == "json" and not per_file:
        merge = False
    if output and not per_file:
        _check_not_input(output, tuple(p for p, _ in inputs))
    batch_jobs = plan(inputs, output if per_file else None, fmt, max_size, force)
    _run_batch_command(batch_jobs, fmt, output, per_file, jobs, report_path, quiet)


def _run_batch_command(batch_jobs, fmt: str, output: str | None, per_file: bool, jobs: int | None,
                       report_path: str | None, quiet: bool) -> None:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from .batch import run_batch
    from .outputs import MergedItems, render_items, render_reports

    workers = jobs or (os.cpu_count() or 1) if len(batch_jobs) > 1 else 1
    merged = MergedItems() if not per_file and fmt != "json" else None
    reports: dict[str, dict] | None = {} if not per_file and fmt == "json" else None
    summaries, failed, references = [], [], 0
    started = time.perf_counter()
    console = _console()
    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[refs]} refs, {task.fields[rate]} files/s"), TimeRemainingColumn(),
                        console=console, disable=quiet, transient=False)
    with progress:
        task = progress.add_task("extracting", total=len(batch_jobs), refs=0, rate="0.0")
        for result in run_batch(batch_jobs, workers):
            summaries.append(result.summary())
            references += result.references
            if result.status == "failed":
                failed.append(result)
            elif merged is not None:
                merged.add(result.items)
            elif reports is not None and result.report is not None:
                reports[result.source] = result.report
            elapsed = max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, refs=references, rate=f"{len(summaries) / elapsed:.1f}")
    if reports is not None:
        # json without a folder: the reports of all documents, as one array in input order
        _emit(render_reports([reports[job.source] for job in batch_jobs if job.source in reports]), output)
    elif merged is not None:
        _emit(render_items(merged.items(), fmt), output)
    if report_path:
        done = sum(1 for s in summaries if s["status"] == "done")
        skipped = sum(1 for s in summaries if s["status"] == "skipped")
        write_atomically(report_path, json.dumps({
            "files": len(summaries), "done": done, "skipped": skipped, "failed": len(failed),
            "references": references, "seconds": round(time.perf_counter() - started, 2),
            "results": sorted(summaries, key=lambda s: s["source"])}, ensure_ascii=False, indent=2))
    if not quiet:
        _batch_summary(console, summaries, failed, references, time.perf_counter() - started)
    if failed:
        sys.exit(2)


def _emit(text: str, output: str | None) -> None:
    if output:
        write_atomically(output, text)
    else:
        click.echo(text, nl=False)


def _batch_summary(console: Console, summaries, failed, references: int, seconds: float) -> None:
    from rich.table import Table
    from rich.text import Text

    done = sum(1 for s in summaries if s["status"] == "done")
    skipped = sum(1 for s in summaries if s["status"] == "skipped")
    console.print(Text(f"citex: {len(summaries)} file(s): {done} done, {skipped} up to date, {len(failed)} failed; "
                       f"{references} references in {seconds:.1f} s"))
    if failed:
        table = Table(title="failed files", title_justify="left")
        table.add_column("file")
        table.add_column("problem")
        for result in failed[:50]:
            table.add_row(Text(result.source), Text(result.error or ""))
        console.print(table)
        if len(failed) > 50:
            console.print(Text(f"... and {len(failed) - 50} more (see --report)"))


@main.command("parse", context_settings=CONTEXT_SETTINGS)
@click.argument("refs", nargs=-1, metavar="[REF...|FILE|-]")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="csljson",
              show_default=True, help="Output format.")
@click.option("--note", is_flag=True,
              help="The references are footnotes: a trailing page is a pinpoint locator, not the work's pages.")
@click.option("--entry", is_flag=True,
              help="The references are list entries. Without --note or --entry each line is judged "
                   "by its shape: a note ends with the page it cites.")
@max_size_option
def parse_command(refs: tuple[str, ...], fmt: str, note: bool, entry: bool, max_size: int) -> None:
    """Parse reference strings into fields: REF arguments, or FILE / - with one per line.

    \b
    Examples:
      citex parse "Sugiyono. (2013). Metode Penelitian. Bandung: Alfabeta."
      citex parse refs.txt --format bibtex
      cat notes.txt | citex parse - --note
    """
    from .lines import parse_lines
    from .parse import looks_like_note
    from .reference_text import reference_text
    from .works import IdMaker

    if note and entry:
        raise click.UsageError("--note and --entry exclude each other")

    if not refs:
        raise click.UsageError("give reference strings, or a file with one reference per line")
    lines: list[str] = []
    if len(refs) == 1 and (refs[0] == "-" or os.path.isfile(refs[0])):
        try:
            document = read_document(refs[0], max_size=max_size)
        except CitexError as error:
            _fail(str(error))
            sys.exit(2)
        # (an empty file or input has no references: an empty result, as a script expects)
        lines = [line for line in document.text.split("\n") if line.strip()]
    else:
        lines = [ref for ref in refs if ref.strip()]
    ids = IdMaker()
    items = []
    contexts = ["note" if note or (not entry and looks_like_note(reference_text(line))) else "entry" for line in lines]
    for number, parsed in enumerate(parse_lines(lines, contexts), start=1):
        item = {"id": ids.make(parsed.fields), **parsed.fields}
        if parsed.locator:
            item["locator"] = parsed.locator
        items.append(item)
        if parsed.unresolved:
            _console().print(f"citex: line {number}: {parsed.unresolved}", soft_wrap=True)
    if fmt != "json":
        from .outputs import render_items
        click.echo(render_items(items, fmt), nl=False)
    else:
        click.echo(json.dumps([{"text": line, "item": item} for line, item in zip(lines, items)],
                              ensure_ascii=False, indent=2))


@main.command("check", context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json", "github", "sarif")), default="text",
              show_default=True, help="text for people; json; github (Actions annotations); sarif (2.1.0).")
@click.option("--error-on", metavar="CODE,...", default="", help="Treat these codes as errors.")
@click.option("--ignore", metavar="CODE,...", default="", help="Do not report these codes.")
@click.option("--check-links", is_flag=True,
              help="Also check every URL and DOI online (HEAD, then GET), with a cache file.")
@click.option("--link-cache", metavar="FILE", default=".citex-links.json", show_default=True,
              help="Where --check-links keeps its answers between runs.")
@click.option("--link-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              metavar="SECONDS", help="Time-out of one link request.")
@max_size_option
@quiet_option
def check_command(files: tuple[str, ...], fmt: str, error_on: str, ignore: str, check_links: bool,
                  link_cache: str, link_timeout: float, max_size: int, quiet: bool) -> None:
    """Report broken citations in FILE; exit 1 when any error is found.

    Settings in citex.toml, or [tool.citex] in pyproject.toml (error-on, ignore), apply
    first; the options add to them.

    \b
    Examples:
      citex check skripsi.txt
      citex check bab*.txt --ignore uncited-entry --error-on missing-year
      citex check skripsi.txt --format github      (annotations in a GitHub Actions log)
      citex check skripsi.txt --check-links        (the only command that goes online)
    """
    from .check import link_problems, link_targets
    from .config import find_config
    from .problem_formats import as_github, as_json, as_sarif, print_text

    try:
        _, settings = find_config()
    except CitexError as error:
        _fail(str(error))
        sys.exit(2)
    escalate = _codes(",".join(settings.get("error-on", []) + [error_on]))
    ignored = _codes(",".join(settings.get("ignore", []) + [ignore]))
    results, failures = _read_all(files, max_size, quiet)
    checker = None
    if check_links:
        from .links import LinkChecker
        checker = LinkChecker(cache_path=link_cache or None, timeout=link_timeout)
    rows = []
    for path, extraction in results:
        problems = list(extraction.problems)
        if checker is not None:
            targets = link_targets(extraction)
            problems += link_problems(targets, checker.check_all([t[0] for t in targets]))
        for problem in problems:
            if problem.code in ignored:
                continue
            severity = "error" if problem.code in escalate else problem.severity
            row = {"file": path, "line": problem.line, "code": problem.code, "severity": severity,
                   "message": problem.message}
            if problem.footnote is not None:
                row["footnote"] = problem.footnote
            if problem.id is not None:
                row["id"] = problem.id
            rows.append(row)
    if fmt == "json":
        click.echo(as_json(rows))
    elif fmt == "github":
        if rows:
            click.echo(as_github(rows))
    elif fmt == "sarif":
        click.echo(as_sarif(rows))
    else:
        print_text(rows, [p for p, _ in results], Console(markup=False, highlight=False, emoji=False))
    if failures:
        sys.exit(2)
    if any(row["severity"] == "error" for row in rows):
        sys.exit(1)


def _codes(text: str) -> set[str]:
    codes = {c.strip() for c in text.split(",") if c.strip()}
    unknown = codes - set(SEVERITY)
    if unknown:
        raise click.BadParameter(f"unknown problem code(s): {', '.join(sorted(unknown))}; "
                                 f"known: {', '.join(sorted(SEVERITY))}")
    return codes


if __name__ == "__main__":  # pragma: no cover
    main()
