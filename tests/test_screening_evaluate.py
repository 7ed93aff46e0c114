"""`python -m screening.evaluate` and `python -m screening.bench` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def metrics(directory: Path, method: str) -> dict[str, float]:
    result = run("screening.evaluate", str(directory), "--method", method)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("dataset", ["cisi", "alqac2023_vi"])
def test_default_ranker_beats_tfidf_and_bm25_on_the_dev_sets(dataset: str) -> None:
    directory = EVAL / dataset
    if not directory.is_dir():
        pytest.skip(f"{directory} is not here (the shared folder sits beside the repository)")
    default = metrics(directory, "default")
    baselines = [metrics(directory, "tfidf"), metrics(directory, "bm25")]
    for key in ("ndcg@10", "recall@50"):
        assert default[key] >= max(baseline[key] for baseline in baselines), key
    assert set(default) >= {"ndcg@10", "recall@10", "recall@50", "mrr", "map", "seconds", "peak_rss_mb"}


def write_collection(directory: Path, qrels: bool) -> None:
    challenges = [
        {"id": "c1", "title": "Cảng Cát Lái", "description": "Giảm thời gian chờ xe container tại cảng.",
         "versions": [{"lang": "en", "title": "Cat Lai port", "description": "Shorter truck waits at the port."}]},
        {"id": "c2", "title": "Clinics", "description": "Shorter waiting times for patients at clinics."},
    ]  # fmt: skip
    applications = [
        {"id": "a1", "title": "PortFlow", "text": "We cut truck waits at the port with container forecasts.", "lang": "en"},
        {"id": "a2", "title": "MediQ", "text": "Patients book clinics online and wait less.", "lang": "en"},
        {"id": "a3", "title": "Cảng", "text": "Dự báo thời gian chờ xe container tại cảng.", "lang": "vi"},
    ]  # fmt: skip
    directory.joinpath("challenges.jsonl").write_text(
        "\n".join(json.dumps(item, ensure_ascii=False) for item in challenges), encoding="utf-8"
    )
    directory.joinpath("applications.jsonl").write_text(
        "\n".join(json.dumps(item, ensure_ascii=False) for item in applications), encoding="utf-8"
    )
    if qrels:
        directory.joinpath("qrels.tsv").write_text("c1\ta1\t1\nc1\ta3\t1\nc2\ta2\t1\n", encoding="utf-8")


def test_without_qrels_the_run_goes_to_stdout(tmp_path: Path) -> None:
    write_collection(tmp_path, qrels=False)
    result = run("screening.evaluate", str(tmp_path), "--depth", "2")
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()]
    assert len(lines) == 4 and all(
        len(line) == 6 and line[1] == "Q0" and line[5] == "default" for line in lines
    )
    assert {line[2] for line in lines if line[0] == "c1"} == {
        "a1",
        "a3",
    }  # English app via the English version
    assert [line[3] for line in lines if line[0] == "c1"] == ["1", "2"]


def test_with_qrels_metrics_are_printed_and_the_run_is_written(tmp_path: Path) -> None:
    write_collection(tmp_path, qrels=True)
    run_file = tmp_path / "run.txt"
    result = run("screening.evaluate", str(tmp_path), "--method", "bm25", "--run", str(run_file))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["recall@10"] == 1.0
    assert len(run_file.read_text().splitlines()) == 6


def test_bad_input_is_explained_without_a_traceback(tmp_path: Path) -> None:
    missing = run("screening.evaluate", str(tmp_path / "nowhere"))
    assert (
        missing.returncode == 2 and "challenges.jsonl" in missing.stderr and "Traceback" not in missing.stderr
    )
    tmp_path.joinpath("challenges.jsonl").write_text("{not json\n")
    tmp_path.joinpath("applications.jsonl").write_text("")
    broken = run("screening.evaluate", str(tmp_path))
    assert broken.returncode == 2 and "not a JSON line" in broken.stderr and "Traceback" not in broken.stderr
    tmp_path.joinpath("challenges.jsonl").write_text('{"title": "no id"}\n')
    no_id = run("screening.evaluate", str(tmp_path))
    assert (
        no_id.returncode == 2 and 'record 1 has no "id"' in no_id.stderr and "Traceback" not in no_id.stderr
    )
    unknown = run("screening.evaluate", str(tmp_path), "--method", "magic")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr


def test_bench_prints_one_json_line_per_size() -> None:
    result = run("screening.bench", "--sizes", "120,60")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["applications"] for line in lines] == [120, 60]
    for line in lines:
        assert (
            line["challenges"] == 20
            and line["pipeline_s"] > 0
            and line["tfidf_s"] > 0
            and line["peak_rss_mb"] > 0
        )
    assert run("screening.bench", "--sizes", "many").returncode == 2
