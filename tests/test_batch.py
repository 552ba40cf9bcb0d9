"""Batch conversion: folders, mirrored outputs, merging, resuming, failures, Dask."""
from __future__ import annotations

import json
import os
import shutil
import time

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from citex.batch import Job, collect_inputs, convert_one, extract_bag, plan, run_batch
from citex.cli import main


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "theses"
    (root / "2023" / "ekonomi").mkdir(parents=True)
    (root / "2024").mkdir()
    shutil.copy(SAMPLES / "skripsi_catatan_kaki.txt", root / "2023" / "ekonomi" / "a.txt")
    shutil.copy(SAMPLES / "bab2_teks_pdf.txt", root / "2023" / "b.txt")
    shutil.copy(SAMPLES / "makalah_markdown.md", root / "2024" / "c.md")
    shutil.copy(SAMPLES / "artikel_apa.txt", root / "d.txt")
    (root / "2024" / "broken.txt").write_bytes(b"\x00\x01binary")
    (root / "notes.log").write_text("not a document", encoding="utf-8")
    return root


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_collect_inputs(corpus, tmp_path):
    top = [rel for _, rel in collect_inputs([str(corpus)])]
    assert top == ["d.txt"]
    deep = sorted(rel for _, rel in collect_inputs([str(corpus)], recursive=True))
    assert deep == ["2023/b.txt", "2023/ekonomi/a.txt", "2024/broken.txt", "2024/c.md", "d.txt"]
    only_md = [rel for _, rel in collect_inputs([str(corpus)], recursive=True, include=("*.md",))]
    assert only_md == ["2024/c.md"]
    no_2023 = [rel for _, rel in collect_inputs([str(corpus)], recursive=True, exclude=("2023/*",))]
    assert "2023/b.txt" not in no_2023
    listing = tmp_path / "list.txt"
    listing.write_text(f"{corpus / 'd.txt'}\n# a comment\n{corpus / '2024' / 'c.md'}\n", encoding="utf-8")
    assert len(collect_inputs([f"@{listing}"])) == 2


def test_folder_to_mirrored_outputs_with_report_and_resume(corpus, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run("extract", str(corpus), "-r", "-o", f"{out}/", "--report", str(report), "-j", "2", "-q")
    assert result.exit_code == 2                         # one file failed, the batch went on
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.bib")) == [
        "2023/b.bib", "2023/ekonomi/a.bib", "2024/c.bib", "d.bib"]
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["files"], data["done"], data["failed"]) == (5, 4, 1)
    broken = next(r for r in data["results"] if r["source"].endswith("broken.txt"))
    assert broken["status"] == "failed" and "binary" in broken["error"]
    first = os.stat(out / "d.bib").st_mtime_ns
    time.sleep(0.01)
    again = run("extract", str(corpus), "-r", "-o", f"{out}/", "--report", str(report), "-q")
    assert json.loads(report.read_text(encoding="utf-8"))["skipped"] == 4
    assert os.stat(out / "d.bib").st_mtime_ns == first and again.exit_code == 2
    run("extract", str(corpus), "-r", "-o", f"{out}/", "--force", "-q")
    assert os.stat(out / "d.bib").st_mtime_ns != first


def test_merge_gives_one_deduplicated_bibliography(corpus, tmp_path):
    (corpus / "2024" / "broken.txt").unlink()
    twice = corpus / "copy.txt"
    shutil.copy(corpus / "d.txt", twice)
    result = run("extract", str(corpus), "-r", "--merge", "--format", "csljson", "-q")
    items = json.loads(result.stdout)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    assert sum(1 for i in items if i.get("title", "").startswith("Metode penelitian")) == 1


def test_json_without_a_folder_is_one_array_of_reports_in_input_order(corpus):
    result = run("extract", str(corpus), "-r", "--format", "json", "-j", "2", "-q")
    reports = json.loads(result.stdout)
    documents = [report["document"] for report in reports]
    # the unreadable file is reported as failed and left out; the rest keep the walk's order
    assert result.exit_code == 2
    assert [os.path.relpath(d, corpus) for d in documents] == [
        "2023/b.txt", "2023/ekonomi/a.txt", "2024/c.md", "d.txt"]
    assert all(report["items"] for report in reports)


def test_convert_one_never_raises(tmp_path):
    result = convert_one(Job(str(tmp_path / "missing.txt"), None, "bibtex"))
    assert result.status == "failed" and "no such file" in result.error


def test_run_batch_parallel_equals_serial(corpus):
    jobs = plan(collect_inputs([str(corpus)], recursive=True), None, "csljson", 10_000_000, False)
    serial = {r.source: (r.status, r.works) for r in run_batch(jobs, 1)}
    parallel = {r.source: (r.status, r.works) for r in run_batch(jobs, 2, in_flight=2)}
    assert serial == parallel


def test_dask_bag_on_the_local_scheduler(corpus):
    pytest.importorskip("dask.bag", reason="the optional dask extra is not installed")
    paths = [str(corpus / "d.txt"), str(corpus / "2024" / "c.md"), str(corpus / "2024" / "broken.txt")]
    results = extract_bag(paths).compute(scheduler="sync")
    assert [bool(r.get("items")) for r in results] == [True, True, False]
    assert "binary" in results[2]["error"]
