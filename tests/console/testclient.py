"""Starlette's TestClient, imported without its warning that it prefers ``httpx2``
(not a dependency here; ``httpx`` is pinned and works)."""

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

__all__ = ["TestClient"]
