"""What every HateCheck-style suite must share: the paper's 29 functionalities with the first
suite's shape, and each item's gold label from the paper's table (Röttger et al. 2021, table 1),
written out here rather than read from the ``_h`` suffix the suites themselves use. The
suite-specific checks (templates, distinct items, no repeats of earlier suites) live in each
suite's own test file."""

from __future__ import annotations

from collections import Counter

import pytest

from chatwarden.evaluation import hate_functional as hf
from chatwarden.evaluation import hate_functional_fifth as fifth
from chatwarden.evaluation import hate_functional_fourth as fourth
from chatwarden.evaluation import hate_functional_second as second
from chatwarden.evaluation import hate_functional_third as third

PAPER_HATEFUL = {
    "derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h",
    "threat_dir_h", "threat_norm_h", "slur_h", "profanity_h", "ref_subs_clause_h",
    "ref_subs_sent_h", "negate_pos_h", "phrase_question_h", "phrase_opinion_h",
    "spell_char_swap_h", "spell_char_del_h", "spell_space_del_h", "spell_space_add_h",
    "spell_leet_h",
}
PAPER_BENIGN = {
    "slur_homonym_nh", "slur_reclaimed_nh", "profanity_nh", "negate_neg_nh",
    "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
    "target_obj_nh", "target_indiv_nh", "target_group_nh",
}

def _shape(suite: tuple[hf.Functionality, ...]) -> list[tuple[str, bool, str, bool]]:
    return [(f.name, f.hateful, f.targets, f.spell is not None) for f in suite]


@pytest.mark.parametrize("suite", [second.FUNCTIONALITIES, third.FUNCTIONALITIES,
                                   fourth.FUNCTIONALITIES, fifth.FUNCTIONALITIES],
                         ids=["second", "third", "fourth", "fifth"])
def test_every_functionality_of_the_paper_with_the_first_suites_shape(
        suite: tuple[hf.Functionality, ...]) -> None:
    assert len(suite) == 29
    assert {f.name for f in suite} == PAPER_HATEFUL | PAPER_BENIGN
    assert _shape(suite) == _shape(hf.FUNCTIONALITIES)
    assert all(f.spell is hf.SPELLINGS.get(f.name) for f in suite)


@pytest.mark.parametrize(("suite", "hateful", "benign"), [
    (third.FUNCTIONALITIES, 1008, 386), (fourth.FUNCTIONALITIES, 1540, 580),
    (fifth.FUNCTIONALITIES, 1512, 575),
], ids=["third", "fourth", "fifth"])
def test_every_item_carries_the_papers_gold_label(suite: tuple[hf.Functionality, ...],
                                                   hateful: int, benign: int) -> None:
    rows = hf.cases(functionalities=suite)
    for case in rows:
        assert case.hateful is (case.functionality in PAPER_HATEFUL), case
        assert case.hateful is not (case.functionality in PAPER_BENIGN), case
    classes = Counter(c.hateful for c in rows)
    assert (classes[True], classes[False]) == (hateful, benign)


@pytest.mark.parametrize(("suite", "fewest", "most", "total"), [
    (third.FUNCTIONALITIES, 7, 10, 1394), (fourth.FUNCTIONALITIES, 10, 14, 2120),
    (fifth.FUNCTIONALITIES, 12, 15, 2087),
], ids=["third", "fourth", "fifth"])
def test_distinct_templates_each_filled_for_every_target(
        suite: tuple[hf.Functionality, ...], fewest: int, most: int, total: int) -> None:
    """A group functionality's templates are filled once per protected (or unprotected)
    group, the others used verbatim."""
    rows = hf.cases(functionalities=suite)
    counts = Counter(c.functionality for c in rows)
    fills = {"protected": len(hf.GROUPS), "unprotected": len(hf.UNPROTECTED), "none": 1}
    for f in suite:
        assert fewest <= len(f.templates) <= most, f.name
        assert len(set(f.templates)) == len(f.templates), f.name
        assert counts[f.name] == len(f.templates) * fills[f.targets], f.name
    assert len(rows) == total


@pytest.mark.parametrize(("suite", "earlier"), [
    (third.FUNCTIONALITIES, (hf.FUNCTIONALITIES, second.FUNCTIONALITIES)),
    (fourth.FUNCTIONALITIES, (hf.FUNCTIONALITIES, second.FUNCTIONALITIES, third.FUNCTIONALITIES)),
    (fifth.FUNCTIONALITIES, (hf.FUNCTIONALITIES, second.FUNCTIONALITIES, third.FUNCTIONALITIES,
                             fourth.FUNCTIONALITIES)),
], ids=["third", "fourth", "fifth"])
def test_no_item_repeats_an_earlier_suite(suite: tuple[hf.Functionality, ...],
                                          earlier: tuple[tuple[hf.Functionality, ...], ...]) -> None:
    """A copy of an item the detectors were tuned on would not be blind."""
    def norm(text: str) -> str:
        return " ".join(text.casefold().split())

    seen = {norm(c.text) for functionalities in earlier
            for c in hf.cases(functionalities=functionalities)}
    assert len(seen) > 1000
    assert not [c.text for c in hf.cases(functionalities=suite) if norm(c.text) in seen]


@pytest.mark.parametrize("suite", [fourth.FUNCTIONALITIES, fifth.FUNCTIONALITIES],
                         ids=["fourth", "fifth"])
def test_every_spelling_disguise_changes_its_span(suite: tuple[hf.Functionality, ...]) -> None:
    spelled = [f for f in suite if f.spell]
    assert len(spelled) == 5
    for f in spelled:
        for template in f.templates:
            assert hf.MARK.search(template), (f.name, template)
            for group in hf.GROUPS:
                plain = hf.MARK.sub(lambda m: m[1], group.fill(template))
                assert hf._render(f, template, group) != plain, (f.name, template, group)
