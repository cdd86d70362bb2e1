"""Word patterns written as people spell them, matched on normalized text.

:func:`chatwarden.detect.normalize.normalize` cuts repeated letters to one
("ссылке" → "сылке", "address" → "adres") so stretched words cannot dodge a
filter; a pattern written in plain spelling must be folded the same way or it
never matches. :func:`words` does that once, at import, for the PII owner words
and the advertising families.
"""

from __future__ import annotations

import re

_RUNS = re.compile(r"([^\W\d_])\1+")


def fold(pattern: str) -> str:
    """A regex source in plain spelling with doubled letters cut, as normalized text has them."""
    return _RUNS.sub(r"\1", pattern)


def words(*alternatives: str) -> re.Pattern[str]:
    """One regex over normalized text for whole-word ``alternatives`` (regex syntax,
    lower case, ``е`` for ``ё``), with doubled letters folded as the text is."""
    return re.compile(rf"(?<![\w'])(?:{'|'.join(fold(a) for a in alternatives)})(?![\w'])")
