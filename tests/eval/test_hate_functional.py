"""The blind hate functional suite: its shape (HateCheck's functionalities, both classes where
the paper has both, the seven targets) and its accounting through scan's path on a stub
detector. The model's accuracy is a figure for docs/evaluation.md, not something a test asserts."""

from __future__ import annotations

from collections import Counter

import pytest

from chatwarden.detect.base import Detector, Signal
from chatwarden.detect.context import Context
from chatwarden.evaluation import hate_functional as hf
from chatwarden.events import Event

HATECHECK = {
    "derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h",
    "threat_dir_h", "threat_norm_h", "slur_h", "slur_homonym_nh", "slur_reclaimed_nh",
    "profanity_h", "profanity_nh", "ref_subs_clause_h", "ref_subs_sent_h",
    "negate_pos_h", "negate_neg_nh", "phrase_question_h", "phrase_opinion_h",
    "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
    "target_obj_nh", "target_indiv_nh", "target_group_nh", "spell_char_swap_h",
    "spell_char_del_h", "spell_space_del_h", "spell_space_add_h", "spell_leet_h",
}


def test_every_hatecheck_functionality_once_labelled_by_its_code() -> None:
    names = [f.name for f in hf.FUNCTIONALITIES]
    assert sorted(names) == sorted(HATECHECK)
    for f in hf.FUNCTIONALITIES:
        assert 5 <= len(f.templates) <= 10, f.name


def test_both_classes_where_the_paper_has_both() -> None:
    classes: dict[str, set[bool]] = {}
    for case in hf.cases():
        classes.setdefault(case.functionality.split("_")[0], set()).add(case.hateful)
    assert {family for family, seen in classes.items() if len(seen) == 2} == {
        "slur", "profanity", "negate"}


def test_seven_targets_each_filled_into_every_group_template() -> None:
    assert [g.plural for g in hf.GROUPS] == [
        "women", "trans people", "gay people", "black people", "disabled people", "Muslims",
        "immigrants"]
    assert all(g.slur_plural and g.slur_singular for g in hf.GROUPS)
    counts = Counter(c.functionality for c in hf.cases())
    for f in hf.FUNCTIONALITIES:
        per_template = {"protected": 7, "unprotected": len(hf.UNPROTECTED), "none": 1}[f.targets]
        assert counts[f.name] == per_template * len(f.templates), f.name
    one = hf.cases(hf.GROUPS[5:6], ungrouped=False)
    assert "Muslims are nothing but animals." in [c.text for c in one]
    assert {c.functionality for c in one} == {
        f.name for f in hf.FUNCTIONALITIES if f.targets == "protected"}


def test_items_are_distinct_and_fully_rendered() -> None:
    rows = hf.cases()
    texts = [c.text for c in rows]
    assert len(set(texts)) == len(texts) == 1115
    assert not [t for t in texts if "{" in t or "[[" in t]
    assert "I'd rather my daughter married a criminal than an immigrant." in texts


@pytest.mark.parametrize(("name", "template", "expected"), [
    ("spell_char_swap_h", "I really [[hate]] all {p}.", "I really htae all women."),
    ("spell_char_del_h", "Kill all [[{p}]].", "Kill all wmen."),
    ("spell_space_del_h", "[[All {p}]] are worthless.", "Allwomen are worthless."),
    ("spell_space_add_h", "{P} are [[scum]].", "Women are s c u m."),
    ("spell_leet_h", "I [[hate]] {p} with a passion.", "I h4t3 women with a passion."),
])
def test_each_spelling_disguises_its_marked_span(name: str, template: str, expected: str) -> None:
    f = next(f for f in hf.FUNCTIONALITIES if f.name == name)
    assert template in f.templates
    assert expected in [c.text for c in hf.cases(hf.GROUPS[:1]) if c.functionality == name]
    for t in f.templates:
        assert len(hf.MARK.findall(t)) == 1, t
        plain = hf.MARK.sub(lambda m: m[1], t)
        assert hf.GROUPS[0].fill(plain) != hf._render(f, t, hf.GROUPS[0]), t


class WordHate(Detector):
    """Flags ``hate`` when the text says "women"; the accounting's known answer."""

    name = "stub"
    labels = ("toxicity", "hate")

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        self.seen.append(event.chat)
        hit = "women" in (event.text or "").lower()
        return [self.miss("toxicity"), Signal(self.name, "hate", float(hit), hit)]


def test_accounting_through_scan_path_on_a_stub() -> None:
    stub = WordHate()
    judge = hf.ScanJudge([stub])
    rows = [
        hf.Case("slur_h", "women are bad", True),          # right
        hf.Case("slur_h", "men are bad", True),            # missed
        hf.Case("ident_pos_nh", "I love women", False),    # flagged
        hf.Case("ident_pos_nh", "I love cats", False),     # right
        hf.Case("ident_pos_nh", "I love cats", False),     # right, scanned once
    ]
    tally = hf.run(judge, rows)
    assert tally.total == Counter({"slur_h": 2, "ident_pos_nh": 3})
    assert tally.right == Counter({"slur_h": 1, "ident_pos_nh": 2})
    assert tally.wrong == {"slur_h": ["men are bad"], "ident_pos_nh": ["I love women"]}
    assert tally.accuracy() == pytest.approx(3 / 5)
    assert tally.accuracy("ident_pos_nh") == pytest.approx(2 / 3)
    assert tally.line("overall") == "overall              0.600 (3/5)"
    assert stub.seen == ["scan:0", "scan:1", "scan:2", "scan:3"]  # a chat of its own, once a text


def says_women(case: hf.Case) -> bool:
    return ("women" in case.text.lower()) == case.hateful


def test_report_counts_every_item_and_names_failures() -> None:
    lines = hf.report(hf.ScanJudge([WordHate()]), show=2).splitlines()
    rows = hf.cases()
    right = sum(map(says_women, rows))
    assert lines[0] == f"overall              {right / len(rows):.3f} ({right}/{len(rows)})"
    at = lines.index(next(line for line in lines if line.startswith("derog_dehum_h ")))
    # the women items are flagged except "A woman is less than human."
    assert lines[at] == "derog_dehum_h        0.122 (6/49)"
    assert lines[at + 1:at + 3] == [
        "    missed: Trans people are nothing but animals.",
        "    missed: Gay people are nothing but animals."]
    assert lines[at + 3].startswith("derog_impl_h ")
    assert "    flagged: Two women live on my floor." in lines
    women = sum(map(says_women, hf.cases(hf.GROUPS[:1], ungrouped=False)))
    assert lines[-7] == f"  women              {women / 146:.3f} ({women}/146)"
