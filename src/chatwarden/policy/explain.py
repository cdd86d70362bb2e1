"""Human-readable forms of conditions and ladders, for ``policy explain`` and notices."""

from __future__ import annotations

from chatwarden.policy.schema import All, Any_, Condition, Leaf, Not, Policy, Sanction


def describe_condition(cond: Condition) -> str:
    if isinstance(cond, All):
        return " and ".join(describe_condition(c) for c in cond.all)
    if isinstance(cond, Any_):
        return "(" + " or ".join(describe_condition(c) for c in cond.any) + ")"
    if isinstance(cond, Not):
        return f"not {describe_condition(cond.not_)}"
    assert isinstance(cond, Leaf)
    out = cond.detector + (f":{cond.label}" if cond.label else "")
    if cond.params:
        out += "(" + ", ".join(f"{k}={v}" for k, v in cond.params.items()) + ")"
    if cond.min_score is not None:
        out += f" ≥ {cond.min_score}"
    return out


def describe_sanction(s: Sanction) -> str:
    text: str = s.type
    if s.term_days:
        text += f" {s.term_days:g}d"
    if s.conflict:
        text += " (no return)"
    return text


def describe_ladder(ladder: list[list[str]], policy: Policy) -> str:
    if not ladder:
        return "—"
    steps = [" + ".join(describe_sanction(policy.sanctions[n]) if n in policy.sanctions else n
                        for n in step) for step in ladder]
    return " → ".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
