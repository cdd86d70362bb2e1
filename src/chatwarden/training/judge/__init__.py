"""Training and evaluation of the shipped artifacts (needs the ``train`` extra and ../shared)."""
