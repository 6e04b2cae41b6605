"""Benchmark of ``parse_text`` over the bundled corpus, on one core.

Reports per document the median and worst milliseconds over repeated runs, throughput in KB per
second, and the time ``import vnplan_extract`` takes in a fresh interpreter. Targets: a seed plan
parsed in under 20 ms median, the import under 0.5 s.

    python benchmarks/bench_parse.py [--repeat 15] [--out benchmarks/results/parse.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def import_time(runs: int = 7) -> float:
    code = "import time; t=time.perf_counter(); import vnplan_extract; print(time.perf_counter()-t)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "parse.md")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    imp = import_time()
    from vnplan_extract import parse_text

    manifest = json.loads((ROOT / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    rows = []
    total_bytes = 0
    total_seconds = 0.0
    for entry in manifest["documents"]:
        data = (ROOT / entry["path"]).read_bytes()
        text = data.decode("utf-8")
        parse_text(text)  # warm caches (data tables, compiled patterns)
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            parse_text(text)
            times.append(time.perf_counter() - t)
        med = statistics.median(times)
        rows.append((entry["doc_id"], entry["group"], len(data), med * 1000, max(times) * 1000))
        total_bytes += len(data)
        total_seconds += med

    seeds = [r for r in rows if r[1] == "seed"]
    seed_median = statistics.median(r[3] for r in seeds)
    lines = [
        "# parse_text benchmark",
        "",
        f"Command: `python benchmarks/bench_parse.py --repeat {args.repeat}` "
        f"(one core pinned; Python {platform.python_version()}, {platform.machine()}).",
        "",
        "| document | group | KB | median ms | worst ms |",
        "|---|---|---:|---:|---:|",
    ]
    lines += [f"| {d} | {g} | {b / 1024:.1f} | {m:.1f} | {w:.1f} |" for d, g, b, m, w in rows]
    lines += [
        "",
        f"- seed plans: median {seed_median:.1f} ms per document (target < 20 ms)",
        f"- whole corpus: {len(rows)} documents, {total_bytes / 1024:.0f} KB, "
        f"{total_bytes / 1024 / total_seconds:.0f} KB/s, {len(rows) / total_seconds:.1f} documents/s",
        f"- `import vnplan_extract`: {imp * 1000:.0f} ms median of 7 fresh interpreters (target < 500 ms)",
    ]
    report = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
