"""Every benchmark, one table: each figure with its floor measured in the same run, the
ratio, the goal and whether it was met; the same written as JSON (commit, date, machine)
so that two commits can be compared.

    python -m bench.all [--quick] [--only search,kpi] [--json bench/results.json]

The big shop is generated once (``bench/data``, not committed) and reused.  ``--quick``
repeats each figure 3 times instead of the benchmark's own count and leaves out the
server benchmark (it moves the big shop onto PostgreSQL once, about ten minutes).  Each
benchmark runs as its own process, so one's memory and caches do not colour the next.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.figures import RESULTS_ENV

ROOT = Path(__file__).resolve().parents[1]
BENCHES = ("startup", "memory", "import", "search", "workorders", "growth", "parts", "printing", "print_job", "backup", "users", "aftercare", "appointments",
           "inspection", "warranty", "insurance", "kpi", "plans", "rescue", "server")
SLOW = {"server"}  # left out of --quick
NO_REPEAT = {"print_job"}


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
        return out.stdout.strip() + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "?"


def machine() -> dict[str, object]:
    return {"system": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "node": platform.node()}


def run_one(name: str, quick: bool, results: Path, log: Path) -> tuple[int, float]:
    command = [sys.executable, "-m", f"bench.bench_{name}"]
    if quick and name not in NO_REPEAT:
        command += ["--repeat", "3"]
    env = {**os.environ, RESULTS_ENV: str(results), "SERVICEBAY_BENCH_NAME": name,
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.monotonic()
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n==== bench_{name} ====\n")
        out.flush()
        code = subprocess.run(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                              check=False).returncode
    return code, time.monotonic() - started


def table(rows: list[dict[str, object]]) -> str:
    head = f"{'benchmark':13} {'figure':44} {'value':>10} {'floor':>10} {'ratio':>6}  {'goal':30} ok"
    lines = [head, "-" * len(head)]
    for r in rows:
        unit = str(r["unit"])
        value = f"{r['value']:.1f} {unit}" if isinstance(r["value"], float | int) else "—"
        floor = f"{r['floor']:.1f}" if isinstance(r["floor"], float | int) else "—"
        ratio = f"{r['ratio']:.2f}" if isinstance(r["ratio"], float | int) else "—"
        lines.append(f"{str(r['bench'])[:13]:13} {str(r['figure'])[:44]:44} {value:>10} {floor:>10} {ratio:>6}  "
                     f"{str(r['goal'])[:30]:30} {'pass' if r['ok'] else 'NOT met'}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 repeats each, no server benchmark")
    parser.add_argument("--only", default="", help="comma-separated names, e.g. search,kpi")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "data" / "results.json")
    args = parser.parse_args()
    names = [n for n in BENCHES if not (args.quick and n in SLOW)]
    if args.only:
        wanted = {n.strip() for n in args.only.split(",")}
        names = [n for n in names if n in wanted]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    log = args.json.with_suffix(".log")
    log.write_text("", encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        results = Path(work) / "results.jsonl"
        results.touch()
        failed: list[str] = []
        for i, name in enumerate(names, 1):
            print(f"[{i}/{len(names)}] bench_{name} …", end=" ", flush=True)
            code, seconds = run_one(name, args.quick, results, log)
            print(f"{seconds:.0f} s" + ("" if code == 0 else " (a goal NOT met)" if code == 1 else
                                          f" (exit {code}, see {log})"), flush=True)
            if code != 0:
                failed.append(name)
        rows = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()]
        # A benchmark that says a goal is not met exits 1 having recorded its figures; one
        # that recorded nothing did not finish.
        failed = [n for n in failed if not any(r["bench"] == n for r in rows)]
    print()
    print(table(rows))
    missed = [r for r in rows if not r["ok"]]
    print(f"\n{len(rows)} figures, {len(rows) - len(missed)} met, {len(missed)} NOT met"
          + (f"; benchmarks that failed to finish: {', '.join(failed)}" if failed else ""))
    if rows:
        slowest = max((r for r in rows if isinstance(r.get("ratio"), float | int)), key=lambda r: float(r["ratio"]),
                      default=None)
        if slowest is not None:
            print(f"slowest ratio: {slowest['bench']} / {slowest['figure']}: {slowest['ratio']}x its floor "
                  f"({slowest['floor_name']})")
    args.json.write_text(json.dumps({"commit": commit(), "date": datetime.now(UTC).isoformat(timespec="seconds"),
                                     "machine": machine(), "quick": args.quick, "failed": failed, "figures": rows},
                                    ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written: {args.json} (and the benchmarks' own output in {log})")
    raise SystemExit(1 if missed or failed else 0)


if __name__ == "__main__":
    main()
