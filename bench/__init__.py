"""Benchmarks of the performance budgets in DESIGN.md section 7.

Each benchmark is a runnable module (``uv run python -m bench.<name>``) that
prints a small table and writes its figures as JSON to ``bench/results/``.
They report ratios against a baseline measured in the same run; no test
asserts a wall-clock time. See ``docs/benchmarks.md``.
"""
