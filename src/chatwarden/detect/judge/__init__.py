"""Judgement models: insults, threats, hate, мат, 18+ media, politics; offline on CPU.

Read in this order: ``labels`` (the closed label set), ``cascade`` (the stage
order, in one place), ``detectors`` and ``media`` (what the registry lists),
``backends`` (heavier judges, off by default). How every shipped artifact in
``artifacts/`` is rebuilt from ``../shared/data`` lives outside the run-time
package, in ``chatwarden.training.judge``.
"""
