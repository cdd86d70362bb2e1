"""The policy schema: what a community writes once and Chatwarden enforces.

Conditions are data (``all``/``any``/``not`` trees over detector signals),
sanctions a closed set of types with typed parameters, and every rule carries
the guideline text it enforces so each sanction can cite it. The JSON Schema
of :class:`Policy` is exported by ``chatwarden policy schema`` for editors.
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator

from chatwarden.policy.sanctions import POLICY_KINDS, TERMED

SanctionType = Literal[
    "warning", "warn", "mute", "delete", "kick", "ban", "review", "notify_owner",
    "suspend", "suspend_room", "refer_law_enforcement",
]
"""``warning``: a remark on record. ``warn``: a warn with a term. ``kick``: removal, may
return. ``ban``: removal, may not. ``suspend``: a platform account suspended for a term.
``review``: queued for a human with evidence. ``notify_owner``: the owner is told.
What each kind means is one row of :data:`chatwarden.policy.sanctions.KINDS`."""
assert set(get_args(SanctionType)) == set(POLICY_KINDS), "SanctionType and KINDS disagree"

Mode = Literal["auto", "assist", "human"]
Role = Literal["member", "moderator", "admin", "owner"]
EventKind = Literal["message", "edit", "join", "leave"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sanction(Strict):
    type: SanctionType
    term_days: float | None = Field(None, gt=0, description="length of a warn/mute/suspension")
    conflict: bool = Field(False, description="a removal for conflict: the member may not return")
    preserve_evidence: bool = Field(False, description="keep the content for referral")
    title: str = ""

    @model_validator(mode="after")
    def _term_fits_type(self) -> Sanction:
        if self.term_days is not None and self.type not in TERMED:
            raise ValueError(f"a {self.type} has no term")
        if self.type == "mute" and self.term_days is None:
            raise ValueError("a mute needs term_days")
        return self


class Leaf(Strict):
    detector: str
    label: str | None = Field(None, description="only this label of the detector")
    min_score: float | None = Field(None, ge=0, le=1, description="default: the detector's own flag")
    params: dict[str, Any] = Field(default_factory=dict)


class All(Strict):
    all: list[Condition] = Field(..., min_length=1)


class Any_(Strict):
    any: list[Condition] = Field(..., min_length=1)


class Not(Strict):
    not_: Condition = Field(..., alias="not")
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _condition_kind(value: Any) -> str | None:
    """Pick the branch by its key, so an error names the real field, not every branch."""
    if isinstance(value, dict):
        for key in ("detector", "all", "any", "not"):
            if key in value:
                return key
        return None
    return type(value).__name__.lower().rstrip("_").replace("leaf", "detector")


Condition = Annotated[
    Annotated[Leaf, Tag("detector")] | Annotated[All, Tag("all")] | Annotated[Any_, Tag("any")]
    | Annotated[Not, Tag("not")],
    Discriminator(_condition_kind, custom_error_type="condition",
                  custom_error_message="a condition is {detector: ...}, {all: [...]}, {any: [...]} "
                  "or {not: ...}"),
]
All.model_rebuild()
Any_.model_rebuild()
Not.model_rebuild()

Step = Annotated[list[str], Field(min_length=1)]

MAX_CONDITION_DEPTH: Final = 16
"""Levels of ``all``/``any``/``not`` in one condition; every event walks the tree."""
MAX_CONDITION_NODES: Final = 256
"""Nodes (branches and detector leaves) in one condition."""


def condition_size(cond: Condition) -> tuple[int, int]:
    """``(depth, nodes)`` of a condition tree."""
    if isinstance(cond, All | Any_):
        sizes = [condition_size(c) for c in (cond.all if isinstance(cond, All) else cond.any)]
        return 1 + max(d for d, _ in sizes), 1 + sum(n for _, n in sizes)
    if isinstance(cond, Not):
        depth, nodes = condition_size(cond.not_)
        return depth + 1, nodes + 1
    return 1, 1


def leaves(cond: Condition | None) -> list[Leaf]:
    """The detector leaves of a condition tree."""
    if cond is None:
        return []
    if isinstance(cond, All):
        return [leaf for c in cond.all for leaf in leaves(c)]
    if isinstance(cond, Any_):
        return [leaf for c in cond.any for leaf in leaves(c)]
    if isinstance(cond, Not):
        return leaves(cond.not_)
    return [cond]


class Rule(Strict):
    id: str = Field(..., pattern=r"^[0-9A-Za-z][\w.\-]*$", description="the guideline's own number")
    ref: str | None = Field(None, description="number cited to members; default: id up to '-'")
    title: str
    text: str = Field(..., min_length=1, description="the guideline's words, verbatim")
    mode: Mode
    reason: str | None = Field(None, description="why a human decides (required for mode human)")
    events: list[EventKind] = Field(default_factory=lambda: list[EventKind](["message"]))
    when: Condition | None = None
    unless: Condition | None = None
    content: list[str] = Field(default_factory=list, description="content actions, e.g. [delete]")
    ladder: list[Step] = Field(default_factory=list)
    window_days: float | None = Field(None, gt=0, description="recidivism window; policy default")
    enforced_by: Literal["quota", "inactivity", "schedule", "returns", "complaints", "appeals"] | None = (
        Field(None, description="a workflow section that enforces this rule instead of a condition"))
    target: Literal["author", "members"] = "author"
    supersedes: list[str] = Field(default_factory=list)

    @property
    def cite(self) -> str:
        return self.ref or self.id.split("-", 1)[0]

    @property
    def citation(self) -> str:
        """The rule's words as members read them, led by its number."""
        text = self.text.strip()
        return text if text.startswith(self.cite) else f"{self.cite}. {text}"

    @field_validator("when", "unless")
    @classmethod
    def _bounded(cls, cond: Condition | None) -> Condition | None:
        if cond is not None:
            depth, nodes = condition_size(cond)
            if depth > MAX_CONDITION_DEPTH:
                raise ValueError(f"conditions nest {depth} deep (the limit is {MAX_CONDITION_DEPTH})")
            if nodes > MAX_CONDITION_NODES:
                raise ValueError(f"{nodes} conditions (the limit is {MAX_CONDITION_NODES})")
        return cond

    @model_validator(mode="after")
    def _mode_needs(self) -> Rule:
        if self.mode == "human" and not self.reason:
            raise ValueError("a human rule must say why a machine cannot judge it (reason)")
        if self.mode != "human" and self.when is None and self.enforced_by is None:
            raise ValueError(f"an {self.mode} rule needs a 'when' condition or 'enforced_by'")
        return self


class Escalation(Strict):
    """A global step beyond the rules' own ladders (Клинт: "after several remarks and a warn")."""

    id: str
    text: str
    warnings: int = Field(..., ge=0, description="remarks (warnings) on record at least")
    warns: int = Field(..., ge=0, description="warns on record at least")
    within_days: float = Field(..., gt=0)
    mode: Mode = "assist"
    then: Step


class Roles(Strict):
    owner: list[str] = Field(default_factory=list)
    admins: list[str] = Field(default_factory=list)
    moderators: list[str] = Field(default_factory=list)
    trusted_reporters: list[str] = Field(default_factory=list)
    exempted: list[str] = Field(default_factory=list)

    def holders(self) -> dict[str, str]:
        """User → role for everyone the policy names above member (the highest role wins)."""
        out: dict[str, str] = {}
        for role, names in (("moderator", self.moderators), ("admin", self.admins),
                            ("owner", self.owner)):
            out.update(dict.fromkeys(names, role))
        return out


class Quota(Strict):
    rule: str
    weekly_messages: int = Field(..., ge=1)
    exempted_weekly_messages: int = Field(..., ge=1)
    min_days_present: float = Field(7, ge=0, description="members newer than this are not measured")
    sanction: Step


class Inactivity(Strict):
    rule: str
    days: float = Field(..., gt=0)
    sanction: Step


class Schedule(Strict):
    """A weekly job at a local time, e.g. the Saturday purge."""

    name: str
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    time: str = Field("12:00", pattern=r"^\d\d:\d\d$", description="local time (policy timezone)")
    rule: str
    does: list[Literal["inactivity", "quota"]]


class Returns(Strict):
    rule: str
    max_returns: int = Field(..., ge=0)
    sanction: Step


class TemplateField(Strict):
    key: Literal["role", "username", "link", "reason"]
    labels: list[str] = Field(..., min_length=1, description="how the field is written, any language")


class Complaints(Strict):
    rule: str
    threshold: int = Field(..., ge=1, description="distinct reporters that remove the member")
    template: list[TemplateField]
    template_text: str = Field(..., description="sent back when a complaint misses fields")
    sanction: Step
    protected_roles: list[Role] = Field(default_factory=lambda: list[Role](["owner", "admin", "moderator"]))
    escalate_rule: str | None = Field(None, description="where complaints about protected roles go")


class Appeals(Strict):
    rule: str


class Commands(Strict):
    aliases: dict[str, list[str]] = Field(default_factory=dict)
    roles: dict[str, Role] = Field(default_factory=dict, description="least role per command")


class Term(Strict):
    days: float = Field(..., gt=0)
    names: list[str] = Field(..., min_length=1)


class Policy(Strict):
    id: str
    title: str
    language: Literal["ru", "en"]
    source: str = Field("", description="the document this policy enforces")
    timezone: str = Field("UTC", description="the community's clock: days, weeks, schedules")
    immune_roles: list[Role] = Field(
        default_factory=lambda: list[Role](["owner", "admin"]),
        description="roles a machine never sanctions: their hits go to review and the owner")
    recidivism_days: float = Field(..., gt=0)
    roles: Roles = Roles()
    terms: list[Term] = Field(default_factory=list)
    sanctions: dict[str, Sanction]
    rules: list[Rule] = Field(..., min_length=1)
    escalations: list[Escalation] = Field(default_factory=list)
    quota: Quota | None = None
    inactivity: Inactivity | None = None
    schedules: list[Schedule] = Field(default_factory=list)
    returns: Returns | None = None
    complaints: Complaints | None = None
    appeals: Appeals | None = None
    commands: Commands = Commands()

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def without_detectors(policy: Policy, names: set[str]) -> Policy:
    """The policy less the rules whose conditions use any of ``names``: the rules path of a
    benchmark or a worker (``--skip``), with what the dropped rules superseded left alone."""
    kept = [r for r in policy.rules
            if not any(leaf.detector in names for leaf in leaves(r.when) + leaves(r.unless))]
    ids = {r.id for r in kept}
    kept = [r.model_copy(update={"supersedes": [s for s in r.supersedes if s in ids]}) for r in kept]
    return policy.model_copy(update={"rules": kept})
