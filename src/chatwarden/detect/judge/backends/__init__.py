"""Heavier judgement backends, pluggable and off by default.

Each one answers ``classify(text) -> {label: score}`` in the closed label set, or
raises :class:`BackendError`; the cascade then keeps its own offline scores and
records that it degraded. None of them is imported unless a policy asks for it.
"""
