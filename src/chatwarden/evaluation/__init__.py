"""Measuring detectors on labeled data: datasets, metrics and the cost bench.

Developer tooling behind ``chatwarden eval`` and ``scripts/bench_detectors.py``;
nothing here runs when Chatwarden moderates a chat.
"""
