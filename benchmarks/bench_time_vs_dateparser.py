"""Time expressions: vnplan_extract's own rules against dateparser on the same corpus texts.

For every gold file (``gold/*.json``) the script runs

* ``vnplan_extract.extract.time.find_time_expressions`` on the normalized text (the document's
  header, references and sections come from the pipeline first, untimed: they give the anchor
  date, as they do in a real parse), and
* ``dateparser.search.search_dates(text, languages=['vi'])`` on the raw text,

times both, and counts the gold time expressions each gets right:

* *found*: an output overlaps the gold span;
* *right*: found, and the output's value equals the gold value. dateparser returns a datetime, so
  it is compared at the gold value's own grain (``2019-10`` needs year and month; a quarter, a
  range, a duration or a recurrence cannot be expressed by a datetime and is never right). Ours is
  compared as a TIMEX3 string.
* *strict*: ours only, exact span and value, mod and kind as in the gold.

Usage: ``python benchmarks/bench_time_vs_dateparser.py [--gold gold] [--out benchmarks/results/
time_vs_dateparser.md]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from vnplan_extract.context import Context
from vnplan_extract.evaluate.gold import GoldDocument, load_gold_dir, read_corpus_text
from vnplan_extract.extract.time import find_time_expressions
from vnplan_extract.models import TimeExpression
from vnplan_extract.pipeline import parse_text
from vnplan_extract.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass
class Tally:
    seconds: float = 0.0
    chars: int = 0
    outputs: int = 0
    found: int = 0
    right: int = 0
    strict: int = 0
    right_by_kind: dict[str, int] = field(default_factory=dict)


def datetime_matches(value: str | None, when: dt.datetime) -> bool:
    """Whether a dateparser datetime says the gold value, at the gold value's grain."""
    if value is None:
        return False
    if m := _DAY.match(value):
        return (when.year, when.month, when.day) == tuple(int(g) for g in m.groups())
    if m := _MONTH.match(value):
        return (when.year, when.month) == (int(m.group(1)), int(m.group(2)))
    if m := _YEAR.match(value):
        return when.year == int(m.group(1))
    return False


def locate(text: str, found: list[tuple[str, dt.datetime]]) -> list[tuple[int, int, dt.datetime]]:
    """dateparser gives strings, not offsets: find each in order after the previous one."""
    out: list[tuple[int, int, dt.datetime]] = []
    pos = 0
    for s, when in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
        if i < 0:
            continue
        out.append((i, i + len(s), when))
        pos = i + len(s)
    return out


def overlaps(a: int, b: int, gold: TimeExpression) -> bool:
    return a < gold.end and gold.start < b


def run_ours(text: str, tally: Tally) -> list[TimeExpression]:
    parsed = parse_text(text)  # header, references: the anchor date and reference mentions
    start = time.perf_counter()
    ctx = Context(norm=normalize(text), metadata=parsed.metadata, references=parsed.references)
    items = find_time_expressions(ctx)
    tally.seconds += time.perf_counter() - start
    tally.chars += len(text)
    tally.outputs += len(items)
    return items


def run_dateparser(text: str, tally: Tally) -> list[tuple[int, int, dt.datetime]]:
    from dateparser.search import search_dates

    start = time.perf_counter()
    found = search_dates(text, languages=["vi"]) or []
    tally.seconds += time.perf_counter() - start
    tally.chars += len(text)
    tally.outputs += len(found)
    return locate(text, found)


def score(
    gold: GoldDocument, ours: list[TimeExpression], dp: list, t_ours: Tally, t_dp: Tally
) -> None:
    exact = {(t.start, t.end): t for t in ours}
    for g in gold.time_expressions:
        hits = [t for t in ours if overlaps(t.start, t.end, g)]
        if hits:
            t_ours.found += 1
            if any(t.value == g.value and t.type == g.type for t in hits):
                t_ours.right += 1
                t_ours.right_by_kind[g.kind] = t_ours.right_by_kind.get(g.kind, 0) + 1
        e = exact.get((g.start, g.end))
        if e is not None and (e.value, e.mod, e.kind) == (g.value, g.mod, g.kind):
            t_ours.strict += 1
        dp_hits = [(a, b, w) for a, b, w in dp if overlaps(a, b, g)]
        if dp_hits:
            t_dp.found += 1
            if any(datetime_matches(g.value, w) for _, _, w in dp_hits):
                t_dp.right += 1
                t_dp.right_by_kind[g.kind] = t_dp.right_by_kind.get(g.kind, 0) + 1


def report(golds: dict[str, GoldDocument], ours: Tally, dp: Tally, n_gold: int) -> str:
    import dateparser

    def row(name: str, t: Tally) -> str:
        ms = 1000 * t.seconds
        rate = t.chars / t.seconds / 1000 if t.seconds else float("inf")
        return (
            f"| {name} | {ms:,.0f} | {rate:,.0f} | {t.outputs} | {t.found} "
            f"| {t.right} ({t.right / n_gold:.1%}) |"
        )

    kinds = sorted({g.kind for d in golds.values() for g in d.time_expressions})
    per_kind = {
        k: sum(1 for d in golds.values() for g in d.time_expressions if g.kind == k) for k in kinds
    }
    lines = [
        "# Time expressions: vnplan_extract vs dateparser",
        "",
        f"Corpus: the {len(golds)} documents with a gold file in `gold/` "
        f"({sum(len(read_corpus_text(ROOT / g.path)) for g in golds.values()):,} characters), "
        f"{n_gold} gold time expressions. dateparser {dateparser.__version__}, "
        f"`search_dates(text, languages=['vi'])`; Python {platform.python_version()}. "
        "Generated by `benchmarks/bench_time_vs_dateparser.py`.",
        "",
        "*found*: an output overlaps the gold span. *right*: found with the gold value (dateparser's "
        "datetime compared at the gold value's grain: day, month or year; quarters, halves, ranges, "
        "durations and recurrences cannot be said by a datetime).",
        "",
        "| extractor | time (ms, all docs) | k chars/s | outputs | found | right |",
        "|---|---:|---:|---:|---:|---:|",
        row("vnplan_extract", ours),
        row("dateparser", dp),
        "",
        f"vnplan_extract strict (exact span, value, mod and kind): {ours.strict} of {n_gold} "
        f"({ours.strict / n_gold:.1%}).",
        "",
        "Right, by gold kind:",
        "",
        "| kind | gold | vnplan_extract | dateparser |",
        "|---|---:|---:|---:|",
    ]
    for k in kinds:
        lines.append(
            f"| {k} | {per_kind[k]} | {ours.right_by_kind.get(k, 0)} | {dp.right_by_kind.get(k, 0)} |"
        )
    if ours.seconds and dp.seconds:
        lines += [
            "",
            f"Speed: vnplan_extract is {dp.seconds / ours.seconds:,.0f}x faster than dateparser.",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "gold"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/time_vs_dateparser.md"))
    args = ap.parse_args()
    golds = {k: g for k, g in load_gold_dir(args.gold).items() if g.time_expressions}
    if not golds:
        print("no gold file with time expressions")
        return
    ours, dp = Tally(), Tally()
    # Warm up both (pattern compilation, dateparser's language data) outside the timings.
    first = read_corpus_text(ROOT / next(iter(golds.values())).path)
    run_ours(first, Tally())
    run_dateparser(first[:2000], Tally())
    n_gold = 0
    for gold in golds.values():
        text = read_corpus_text(ROOT / gold.path)
        n_gold += len(gold.time_expressions)
        score(gold, run_ours(text, ours), run_dateparser(text, dp), ours, dp)
    out = report(golds, ours, dp, n_gold)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(out, encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
