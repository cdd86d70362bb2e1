"""Durations typed by moderators: the policy's named terms first, then plain days or hours.

Weeks and months are deliberately not computed here: "1 month = 30 days" is the
community's word, written in its policy (``terms``), not a guess in code.
"""

from __future__ import annotations

import re

from chatwarden.policy.schema import Policy

_PLAIN = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(d|д|дн|день|дня|дней|days?|h|ч|час|часа|часов|hours?)$")


def parse_term(text: str, policy: Policy) -> float | None:
    """Days for ``text`` ("2w", "неделя", "3d", "12h"), or None if it is not a term."""
    key = text.strip().casefold()
    for term in policy.terms:
        if key in (n.casefold() for n in term.names):
            return term.days
    match = _PLAIN.match(key)
    if not match:
        return None
    value = float(match.group(1).replace(",", "."))
    return value if match.group(2)[0] in "dд" else value / 24
