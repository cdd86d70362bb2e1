"""The second blind hate functional suite: the same 29 functionalities as the first (so the
per-functionality figures compare), enough templates each, fully rendered, and no item the
first suite already has (a copy would not be blind). The model's accuracy is a docs/evaluation.md
figure, not something a test asserts."""

from __future__ import annotations

from collections import Counter

import pytest

from chatwarden.evaluation import hate_functional as hf
from chatwarden.evaluation import hate_functional_second as second
from chatwarden.evaluation import hate_functional_third as third

ROWS = hf.cases(functionalities=second.FUNCTIONALITIES)


def test_same_functionalities_classes_and_targets_as_the_first_suite() -> None:
    def shape(suite: tuple[hf.Functionality, ...]) -> list[tuple[str, bool, str, bool]]:
        return [(f.name, f.hateful, f.targets, f.spell is not None) for f in suite]

    assert len(second.FUNCTIONALITIES) == 29
    assert shape(second.FUNCTIONALITIES) == shape(hf.FUNCTIONALITIES)
    assert all(f.spell is hf.SPELLINGS.get(f.name) for f in second.FUNCTIONALITIES)


def test_at_least_six_templates_each_filled_for_every_target() -> None:
    counts = Counter(c.functionality for c in ROWS)
    for f in second.FUNCTIONALITIES:
        assert len(f.templates) >= 6, f.name
        assert len(set(f.templates)) == len(f.templates), f.name
        fills = {"protected": len(hf.GROUPS), "unprotected": len(hf.UNPROTECTED), "none": 1}
        assert counts[f.name] == len(f.templates) * fills[f.targets], f.name
    assert len(ROWS) == 1211


def test_items_are_distinct_and_fully_rendered() -> None:
    texts = [c.text for c in ROWS]
    assert len(set(texts)) == len(texts)
    assert not [t for t in texts if "{" in t or "}" in t or "[[" in t or "]]" in t]


def test_no_item_repeats_the_first_suite() -> None:
    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    first = {norm(c.text) for c in hf.cases()}
    assert not [c.text for c in ROWS if norm(c.text) in first]


@pytest.mark.parametrize(
    "f", [f for suite in (second, third) for f in suite.FUNCTIONALITIES if f.spell],
    ids=lambda f: f.name)
def test_every_spelling_item_is_disguised(f: hf.Functionality) -> None:
    """Every spelling template of the later suites disguises its one marked span."""
    for template in f.templates:
        assert len(hf.MARK.findall(template)) == 1, template
        plain = hf.MARK.sub(lambda m: m[1], template)
        for group in hf.GROUPS:
            assert group.fill(plain) != hf._render(f, template, group), (template, group.plural)


@pytest.mark.parametrize(("suite", "unprotected"), [(second, 49), (third, 56)],
                         ids=["second", "third"])
def test_report_reads_each_later_suite_with_class_lines(suite: object, unprotected: int) -> None:
    """One test for every suite after the first: `report` takes a suite's own
    functionalities and prints its class lines over its own rows."""
    functionalities = suite.FUNCTIONALITIES  # type: ignore[attr-defined]
    rows = hf.cases(functionalities=functionalities)

    def says_women(text: str) -> bool:
        return "women" in text.lower()

    lines = hf.report(says_women, show=1, functionalities=functionalities).splitlines()
    hateful = [c for c in rows if c.hateful]
    benign = [c for c in rows if not c.hateful]
    right_h = sum(says_women(c.text) for c in hateful)
    right_b = sum(not says_women(c.text) for c in benign)
    right = right_h + right_b
    assert lines[0] == f"overall              {right / len(rows):.3f} ({right}/{len(rows)})"
    assert lines[1] == f"  hateful            {right_h / len(hateful):.3f} ({right_h}/{len(hateful)})"
    assert lines[2] == f"  non-hateful        {right_b / len(benign):.3f} ({right_b}/{len(benign)})"
    assert lines[3].startswith("derog_neg_emote_h ")
    # no unprotected group is "women": the stub is right on all of target_group_nh, no failure shown
    at = lines.index(next(line for line in lines if line.startswith("target_group_nh ")))
    assert lines[at] == f"target_group_nh      1.000 ({unprotected}/{unprotected})"
    assert lines[at + 1].startswith("spell_char_swap_h ")
