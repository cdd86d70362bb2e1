"""The cross-platform suite uses the Matrix tests' homeserver (one per test process)."""

from tests.matrix.conftest import matrix_bot, scene, synapse

__all__ = ["matrix_bot", "scene", "synapse"]
