"""Every sanction kind, on every registered platform, becomes a platform call or a notice:
none validates, is recorded and then does nothing visible (``suspend`` once did so)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chatwarden.delivery.port import Rights
from chatwarden.engine.decision import Action, Decision
from chatwarden.policy.loader import load_policy
from chatwarden.policy.sanctions import KINDS, NOTICED, TOLD
from chatwarden.policy.schema import Policy
from tests.delivery.platforms import PLATFORMS, Registered

ROOT = Path(__file__).resolve().parents[2]
TS = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module", params=["calimero.en.yaml", "klint.ru.yaml"])
def policy(request: pytest.FixtureRequest) -> Policy:
    return load_policy(ROOT / "policies" / request.param)


def action(kind: str, where: Registered) -> Action:
    """The action as the engine (and the worker's completion) hands it over."""
    k = KINDS[kind]
    term = 7.0 if k.term else None
    return Action(kind, term, TS + timedelta(days=7) if term else None,
                  where.message if kind == "delete" else None,
                  {"pardon": "#3 ban", "refuse": "use the template"}.get(kind),
                  sanction_id=3 if k.recorded else None)


def decide(kind: str, where: Registered) -> Decision:
    return Decision(where.message, where.chat, where.user, TS, [], [action(kind, where)])


@pytest.mark.parametrize("where", PLATFORMS, ids=lambda r: r.name)
def test_every_platform_maps_every_kind(where: Registered) -> None:
    assert set(where.acts) == set(KINDS), "a kind without its platform mapping"


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("where", PLATFORMS, ids=lambda r: r.name)
def test_a_kind_becomes_its_calls_and_its_notices(where: Registered, kind: str,
                                                  policy: Policy) -> None:
    steps = where.make(policy).plan(decide(kind, where), Rights(where.chat, where.owner, "Room"))
    assert steps, f"{kind} does nothing on {where.name}"
    calls = [s.method for s in steps if where.said_to(s) is None]
    told = [where.said_to(s) for s in steps if where.said_to(s) is not None]
    assert calls == where.acts[kind]
    if kind in NOTICED or kind == "refuse":
        assert where.chat in told, f"{kind}: the member is not told in the chat"
    if kind in TOLD:
        assert where.owner in told, f"{kind}: the admins are not told"
    if kind not in NOTICED | TOLD | {"refuse"}:
        pytest.fail(f"{kind} tells nobody")


@pytest.mark.parametrize("where", PLATFORMS, ids=lambda r: r.name)
def test_in_shadow_every_kind_still_reaches_the_admins(where: Registered, policy: Policy) -> None:
    platform = where.make(policy)
    for kind in KINDS:
        steps = platform.plan(decide(kind, where),
                              Rights(where.chat, where.owner, "Room", missing=["rights"]))
        assert [where.said_to(s) for s in steps] == [where.owner], kind
