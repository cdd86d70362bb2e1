"""Load a policy file and report every problem with ``file:line``, the key and a hint.

YAML is composed into nodes to learn where each key sits, then constructed into
plain data for pydantic. Errors from pydantic carry a path of keys; the node map
turns that path into the line the author has to fix.

A policy is untrusted input (one is pasted from a chat, or downloaded), so before
anything recursive runs, one streaming pass over the parser's events bounds it:
:data:`MAX_BYTES` of UTF-8, :data:`MAX_DEPTH` levels of nesting, :data:`MAX_ALIASES`
alias uses and :data:`MAX_NODES` nodes with every alias counted as the tree it
stands for. A 342-byte "billion laughs" is refused at the alias that crosses the
limit instead of being expanded into gigabytes, and 2,000 nested ``not`` at the
level that crosses the depth, both as ``file:line: key: why``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

import yaml
from pydantic import ValidationError

from chatwarden.detect.registry import REGISTRY, Registry
from chatwarden.errors import PolicyError
from chatwarden.policy.schema import All, Any_, Condition, Leaf, Not, Policy

PathKey = tuple[str | int, ...]

MAX_BYTES: Final = 1 << 20
"""A policy file's size; the largest bundled policy is 27 KB."""
MAX_DEPTH: Final = 64
"""Levels of YAML nesting, aliases expanded; the bundled policies use 7."""
MAX_ALIASES: Final = 100
"""Alias uses (``*name``) in one policy."""
MAX_NODES: Final = 200_000
"""YAML nodes with each alias counted as the whole tree it stands for."""


@dataclass(slots=True)
class _Open:
    """A collection the parser is inside of, for :func:`bound`."""

    mapping: bool
    anchor: str | None
    children: int = 0
    key: str | int = "?"
    nodes: int = 1
    height: int = 1

    def enter(self, event: yaml.Event) -> None:
        """A child node starts: in a mapping every other child is a key, and names the next."""
        self.children += 1
        if not self.mapping:
            self.key = self.children - 1
        elif self.children % 2:
            self.key = str(event.value)[:40] if isinstance(event, yaml.ScalarEvent) else "?"


def bound(source: str, file: str) -> None:
    """Refuse deep nesting and alias bombs from the parser's event stream, before composing.

    Iterative on purpose: composing, constructing and validating recurse per level
    and visit an aliased tree once per use, so they only run on what passed here.
    """
    stack: list[_Open] = []
    sizes: dict[str, tuple[int, int]] = {}   # anchor -> (nodes, height), aliases expanded
    total = aliases = 0

    def refuse(event: yaml.Event, why: str) -> PolicyError:
        parts: list[str | int] = [f.key for f in stack]
        label = _dotted(parts[:6]) + ("…" if len(parts) > 6 else "")
        line = event.start_mark.line + 1 if event.start_mark else 1
        return PolicyError([f"{file}:{line}: {label}: {why}"])

    for event in yaml.parse(source, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionEndEvent):
            done = stack.pop()
            if done.anchor:
                sizes[done.anchor] = (done.nodes, done.height)
            if stack:
                stack[-1].nodes += done.nodes
                stack[-1].height = max(stack[-1].height, done.height + 1)
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        if stack:
            stack[-1].enter(event)
        nodes, height = 1, 0
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise refuse(event, f"more than {MAX_ALIASES} aliases")
            if event.anchor in {f.anchor for f in stack}:
                raise refuse(event, f"alias *{event.anchor} refers to a node that contains it")
            nodes, height = sizes.get(event.anchor or "", (1, 0))
        elif isinstance(event, yaml.ScalarEvent) and event.anchor:
            sizes[event.anchor] = (1, 0)
        total += nodes
        if total > MAX_NODES:
            raise refuse(event, f"more than {MAX_NODES:,} nodes with aliases expanded")
        if len(stack) + height > MAX_DEPTH:
            raise refuse(event, f"nested deeper than {MAX_DEPTH} levels")
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise refuse(event, f"nested deeper than {MAX_DEPTH} levels")
            stack.append(_Open(isinstance(event, yaml.MappingStartEvent), event.anchor))
        elif stack:
            stack[-1].nodes += nodes
            stack[-1].height = max(stack[-1].height, height + 1)


def _index(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], problems: list[str],
           file: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(f"{file}:{key_node.start_mark.line + 1}: "
                                f"{_dotted((*path, key))}: duplicate key")
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _index(value_node, (*path, key), lines, problems, file)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), lines, problems, file)


def _dotted(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<top>"


class _Locator:
    def __init__(self, file: str, lines: dict[PathKey, int], data: Any) -> None:
        self.file, self.lines, self.data = file, lines, data

    def line(self, path: PathKey) -> int:
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def label(self, path: PathKey) -> str:
        """Name list items by their id where they have one: ``rules[3](1.2).ladder``."""
        out, node = "", self.data
        for part in path:
            if isinstance(part, int):
                out += f"[{part}]"
                node = node[part] if isinstance(node, list) and part < len(node) else None
                if isinstance(node, dict) and "id" in node:
                    out += f"({node['id']})"
            else:
                out += f".{part}" if out else part
                node = node.get(part) if isinstance(node, dict) else None
        return out or "<top>"

    def problem(self, path: PathKey, message: str) -> str:
        return f"{self.file}:{self.line(path)}: {self.label(path)}: {message}"


def _hint(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def load_policy(path: str | Path, registry: Registry = REGISTRY) -> Policy:
    """Parse, validate and cross-check a policy file; raise :class:`PolicyError` listing all problems."""
    return parse_policy(read_bounded(path), str(path), registry)


def read_bounded(path: str | Path) -> str:
    """A policy-sized UTF-8 file's text (policies and their overlays), or file:line: why."""
    file = str(path)
    try:
        with Path(path).open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PolicyError([f"{file}: cannot read: {exc.strerror or exc}"]) from None
    if len(raw) > MAX_BYTES:
        raise PolicyError([f"{file}: larger than {MAX_BYTES:,} bytes (the limit for a policy)"])
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PolicyError([f"{file}:{line}: not UTF-8 (byte 0x{raw[exc.start]:02x} at column "
                           f"{column}); save the policy as UTF-8"]) from None
    return source


def parse_policy(source: str, file: str = "<policy>", registry: Registry = REGISTRY) -> Policy:
    problems: list[str] = []
    if len(source) > MAX_BYTES:
        raise PolicyError([f"{file}: larger than {MAX_BYTES:,} characters (the limit for a policy)"])
    try:
        bound(source, file)
        loader = yaml.SafeLoader(source)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.reader.ReaderError as exc:  # a control character: the reader knows only the offset
        line = source.count("\n", 0, exc.position) + 1
        raise PolicyError([f"{file}:{line}: not valid YAML: character #x{exc.character:04x} is "
                           "not allowed"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else file
        raise PolicyError([f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}"]) from None
    if not isinstance(data, dict) or node is None:
        raise PolicyError([f"{file}:1: a policy is a mapping of keys (id, title, rules, ...)"])
    lines: dict[PathKey, int] = {}
    _index(node, (), lines, problems, file)
    loc = _Locator(file, lines, data)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            path = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in _TAGS))
            message = err["msg"]
            if err["type"] == "extra_forbidden" and path:
                parent = _fields_at(path[:-1], data)
                message = f"unknown key{_hint(str(path[-1]), parent)}"
            problems.append(loc.problem(path, message))
        raise PolicyError(problems) from None
    problems.extend(_cross_check(policy, loc, registry))
    if problems:
        raise PolicyError(problems)
    return policy


_TAGS = frozenset({"detector", "all", "any", "not", "function-after[_mode_needs(), Rule]"})


def _fields_at(path: PathKey, data: Any) -> list[str]:
    """Known keys of the model at ``path``, for 'did you mean' on an unknown key."""
    from chatwarden.policy import schema

    models: dict[str, Any] = {"rules": schema.Rule, "sanctions": schema.Sanction,
                              "roles": schema.Roles, "complaints": schema.Complaints,
                              "schedules": schema.Schedule, "escalations": schema.Escalation}
    if not path:
        return list(schema.Policy.model_fields)
    for part in reversed(path):
        if isinstance(part, str) and part in models:
            return list(models[part].model_fields)
    if "when" in path or "unless" in path:
        return ["detector", "label", "min_score", "params", "all", "any", "not"]
    return []


def _cross_check(policy: Policy, loc: _Locator, registry: Registry) -> list[str]:
    problems: list[str] = []
    sanctions = policy.sanctions
    rule_ids = [r.id for r in policy.rules]

    def steps(path: PathKey, ladder: list[list[str]]) -> None:
        for i, step in enumerate(ladder):
            for j, name in enumerate(step):
                if name not in sanctions:
                    problems.append(loc.problem((*path, i, j),
                                                f"unknown sanction '{name}'{_hint(name, sanctions)}"))

    def rule_ref(path: PathKey, rule_id: str) -> None:
        if rule_id not in rule_ids:
            problems.append(loc.problem(path, f"unknown rule '{rule_id}'{_hint(rule_id, rule_ids)}"))

    def condition(path: PathKey, cond: Condition) -> None:
        if isinstance(cond, All | Any_):
            items = cond.all if isinstance(cond, All) else cond.any
            key = "all" if isinstance(cond, All) else "any"
            for i, sub in enumerate(items):
                condition((*path, key, i), sub)
        elif isinstance(cond, Not):
            condition((*path, "not"), cond.not_)
        elif isinstance(cond, Leaf):
            if cond.detector not in registry:
                problems.append(loc.problem((*path, "detector"), f"unknown detector "
                                            f"'{cond.detector}'{_hint(cond.detector, registry.names())}"))
                return
            declared = registry.declaration(cond.detector)
            if cond.label is not None and cond.label not in declared.labels:
                problems.append(loc.problem((*path, "label"), f"'{cond.detector}' has no label "
                                            f"'{cond.label}' (labels: {', '.join(declared.labels)})"))
            try:
                declared.Params.model_validate(cond.params)
            except ValidationError as exc:
                for err in exc.errors():
                    problems.append(loc.problem((*path, "params", *err["loc"]), err["msg"]))

    seen: set[str] = set()
    for i, rule in enumerate(policy.rules):
        base: PathKey = ("rules", i)
        if rule.id in seen:
            problems.append(loc.problem((*base, "id"), f"rule id '{rule.id}' used twice"))
        seen.add(rule.id)
        steps((*base, "ladder"), rule.ladder)
        steps((*base, "content"), [rule.content] if rule.content else [])
        for j, other in enumerate(rule.supersedes):
            rule_ref((*base, "supersedes", j), other)
        if rule.enforced_by == "schedule":
            if not any(s.rule == rule.id for s in policy.schedules):
                problems.append(loc.problem((*base, "enforced_by"), "no schedule names this rule"))
        elif rule.enforced_by is not None:
            section = getattr(policy, rule.enforced_by)
            if section is None or section.rule != rule.id:
                problems.append(loc.problem((*base, "enforced_by"), f"the '{rule.enforced_by}' "
                                            f"section does not name rule '{rule.id}'"))
        for key in ("when", "unless"):
            cond = getattr(rule, key)
            if cond is not None:
                condition((*base, key), cond)
    for i, esc in enumerate(policy.escalations):
        steps(("escalations", i, "then"), [esc.then])
    for key in ("quota", "inactivity", "returns", "complaints", "appeals"):
        part = getattr(policy, key)
        if part is None:
            continue
        rule_ref((key, "rule"), part.rule)
        if hasattr(part, "sanction"):
            steps((key, "sanction"), [part.sanction])
    if policy.complaints and policy.complaints.escalate_rule:
        rule_ref(("complaints", "escalate_rule"), policy.complaints.escalate_rule)
    try:
        ZoneInfo(policy.timezone)
    except (KeyError, ValueError):
        problems.append(loc.problem(("timezone",), f"unknown time zone '{policy.timezone}'"))
    for i, sched in enumerate(policy.schedules):
        rule_ref(("schedules", i, "rule"), sched.rule)
        if "quota" in sched.does and policy.quota is None:
            problems.append(loc.problem(("schedules", i, "does"), "'quota' needs a quota section"))
        if "inactivity" in sched.does and policy.inactivity is None:
            problems.append(loc.problem(("schedules", i, "does"),
                                        "'inactivity' needs an inactivity section"))
    return problems
