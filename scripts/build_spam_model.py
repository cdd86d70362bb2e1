"""Build the spam model shipped in ``chatwarden/detect/data/spam_model.json.gz``.

The training code lives in :mod:`chatwarden.training.spam` (needs the ``train``
extra and ``../shared/data``); this script runs it with the same options:
``--report`` (test-split figures), ``--loso`` (leave one source out), ``--no-gpl``.

Run from the project root: ``.venv/bin/python scripts/build_spam_model.py --report``.
"""

from __future__ import annotations

from chatwarden.training.spam import main

if __name__ == "__main__":
    raise SystemExit(main())
