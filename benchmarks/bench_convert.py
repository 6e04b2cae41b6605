"""Benchmark of ``vnplan convert``: documents per second and peak memory of the process tree.

Builds a zip of N documents from the corpus in varied formats and encodings (UTF-8, UTF-16,
Windows-1258, TCVN3, VNI, docx, a hard-wrapped PDF, HTML; each made once per corpus document and
repeated under new names), then runs the CLI on it for every (N, workers) pair, sampling the
resident memory of the CLI and all its worker processes (psutil) every 50 ms.

    python benchmarks/bench_convert.py --n 1000 10000 --workers 1 2 0

``--workers 0`` means all cores. Peak memory should not grow with N: outputs are streamed to disk
and only a bounded number of documents is in flight. Results go to benchmarks/results/convert.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_archive(path: Path, n: int, variants: list[str]) -> dict[str, int]:
    from vnplan_extract.batch import samples

    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("corpus/*/*.txt"))]
    cache: dict[tuple[str, str], bytes] = {}
    counts: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(n):
            stem, text = texts[i % len(texts)]
            variant = variants[(i // len(texts)) % len(variants)]
            if (stem, variant) not in cache:
                if variant == "pdf":
                    cache[stem, variant] = samples.pdf_bytes(text, wrap=True)
                else:
                    cache[stem, variant] = samples.make(text, variant)
            name = f"{variant}/{i // 1000:03d}/{stem}-{i}{samples.SUFFIX[variant]}"
            zf.writestr(name, cache[stem, variant])
            counts[variant] = counts.get(variant, 0) + 1
    return counts


def run_once(archive: Path, workers: int) -> dict[str, float]:
    import psutil

    with tempfile.TemporaryDirectory(prefix="vnplan-bench-") as out:
        cmd = [sys.executable, "-m", "vnplan_extract.cli", "convert", str(archive)]
        cmd += ["--out", out, "--workers", str(workers), "--quiet", "--allow-partial"]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        parent = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree if p.is_running())
            except psutil.Error:
                rss = 0
            peak = max(peak, rss)
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        stderr = proc.stderr.read() if proc.stderr else ""
        outputs = sum(1 for _ in Path(out).rglob("*.json"))
    if proc.returncode != 0:
        raise RuntimeError(f"convert failed ({proc.returncode}): {stderr}")
    return {"seconds": seconds, "peak_mb": peak / 2**20, "outputs": outputs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 0])
    parser.add_argument(
        "--variants",
        nargs="+",
        default=["utf8", "utf16", "cp1258", "tcvn3", "vni", "docx", "pdf", "html"],
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/convert.md")
    parser.add_argument(
        "--append", action="store_true", help="Add the rows to the table already in --out."
    )
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory(prefix="vnplan-bench-in-") as tmp:
        for n in args.n:
            archive = Path(tmp, f"corpus-{n}.zip")
            counts = build_archive(archive, n, args.variants)
            print(f"N={n}: {archive.stat().st_size / 2**20:.1f} MiB, {counts}", flush=True)
            done: set[int] = set()
            for w in args.workers:
                workers = w or cores
                if workers in done:  # "all cores" may equal 2 on a small machine
                    continue
                done.add(workers)
                r = run_once(archive, workers)
                label = f"{workers} (all)" if w == 0 or workers == cores else str(workers)
                rows.append((n, label, r))
                print(
                    f"N={n} workers={label}: {n / r['seconds']:.1f} docs/s, "
                    f"{r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MiB, {r['outputs']} outputs",
                    flush=True,
                )
    command = (
        f"python benchmarks/bench_convert.py --n {' '.join(map(str, args.n))} "
        f"--workers {' '.join(map(str, args.workers))}"
    )
    table = [
        f"| {n} | {label} | {n / r['seconds']:.1f} | {r['seconds']:.1f} | "
        f"{r['peak_mb']:.0f} | {r['outputs']} | `{command}` |"
        for n, label, r in rows
    ]
    if args.append and args.out.exists():
        lines = args.out.read_text(encoding="utf-8").rstrip("\n").split("\n") + table
    else:
        lines = [
            "# `vnplan convert` benchmark",
            "",
            f"Machine: {cores} cores, Python {platform.python_version()}, {platform.machine()}.",
            f"Formats and encodings, in equal shares: {', '.join(args.variants)}.",
            "Peak memory is the resident memory of the CLI plus all its worker processes.",
            "",
            "| N | workers | docs/s | seconds | peak memory (MiB) | outputs | command |",
            "|---:|---:|---:|---:|---:|---:|---|",
            *table,
        ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
