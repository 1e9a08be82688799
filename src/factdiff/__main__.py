from factdiff.cli import run

raise SystemExit(run())
