"""Run every benchmarks/bench_*.py module and print one table (`make bench`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    rows = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name}…", file=sys.stderr, flush=True)
        rows.extend(module.run())
    width = max((len(r["name"]) for r in rows), default=10)
    print(f"{'benchmark':<{width}}  {'value':>10}  {'floor':>10}  {'ratio':>6}  target")
    failed = 0
    for r in rows:
        mark = "ok" if r["ok"] else "MISSED"
        failed += not r["ok"]
        print(f"{r['name']:<{width}}  {r['value']:>8.3f} {r['unit']:<2} {r['floor']:>8.3f} {r['unit']:<2}"
              f"  {r['ratio']:>5.2f}×  {r['target']} — {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
