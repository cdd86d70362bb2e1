"""Violence and threats as the moderation categories mean them, on probe texts written here
and on EDOS's training side, as ``judge eval`` scores them (the cascade, one text at a time):
calls for violence against people, an attack or its victims' suffering celebrated, death or
injury wished on someone, threats, and torture or mutilation told to relish it; beside the
look-alikes that must stay silent (news, history, games, sport, kitchens, idioms, terminals,
self-defence questions).

The ``FIT_*`` probes are the ones rules are chosen on; the ``HELD_*`` probes were written at
the same time, before any rule, and are only measured (``--held``). EDOS train/dev threats
(category 1) against its other sexist posts are the training-side source rows.

Usage: PYTHONPATH=src python scripts/violence_probe.py [--held] [--edos] [--show]
"""
from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from probe_split import tuning

from chatwarden.detect.judge.cascade import Cascade
from chatwarden.training.judge import data as D

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

FIT_POS: Final = (
    'they deserved to be shot',
    'glad he got beaten',
    "I'm so glad that guy got beaten half to death",
    'Good, I hope it hurt. He had it coming.',
    'those protesters got what they deserved when the cops beat them',
    'best news all week, the bastard finally got stabbed',
    'Serves her right for getting raped, dressed like that',
    'lol he got shot, serves him right',
    'I love hearing them scream when they get beaten',
    'watching those refugees drown made my day',
    'Nothing makes me happier than seeing a woman get punched in the face',
    'that attack on the mosque was beautiful, more please',
    "the school shooting was awesome, wish he'd killed more",
    'I hope the next shooter kills twice as many',
    'it was hilarious watching him bleed out',
    'The bombing was a great day for our cause',
    'I hope you get cancer and die slowly',
    'I wish someone would stab that bitch',
    'may you and your whole family burn alive',
    'I hope all of them die',
    'I hope they all die',
    'I want every one of them dead',
    'I want him dead',
    'I wish they were all dead',
    'hope somebody breaks her jaw',
    'I hope someone puts a bullet in his head',
    'we need to start shooting these people',
    "it's time to take up arms and kill the invaders",
    "grab your guns boys, we're going hunting for immigrants tonight",
    'somebody needs to beat the shit out of him',
    'someone needs to put that dog down, and by dog I mean her husband',
    'go punch a feminist today',
    "Beat your wife, it's the only language she understands",
    'if you see one of them on the street, stab them',
    'all feminists should be beaten until they learn their place',
    'Women who cheat should have acid thrown in their face',
    'we should make them suffer',
    'they must pay in blood',
    'torture them until they beg for death',
    'they should be tortured slowly',
    'burn their houses with them inside',
    'Rape her until she learns',
    "I know where you live and I'm coming for you",
    "watch your back, you won't see it coming",
    "you'll be sleeping with the fishes",
    "next time I see you I'm going to cut you",
    "I'm going to make you suffer",
    'I will end you',
    "I'll make you regret being born",
    "keep talking and you'll end up in a ditch",
    "I'm going to rip your head off and shit down your neck",
    "I'd love to peel her skin off slowly and hear her scream",
    'I want to cut off his fingers one by one and make him watch',
    'tie him down and break every bone in his body, slowly, it would be so satisfying',
    'nothing better than the sound of a skull cracking under your boot',
)
"""Violence and threats in the categories' sense, the rows rules are chosen on."""
FIT_NEG: Final = (
    "I'll kill for a coffee right now",
    'beat the eggs and fold in the flour',
    'how do I kill a python process',
    'how to kill a process in linux',
    "What's the best way to defend myself if someone attacks me with a knife?",
    'if someone punches you, how do you block it?',
    'Police say the man was shot dead outside the bar on Friday',
    'The victim was stabbed three times and died in hospital',
    'In 1945 the US dropped atomic bombs on Hiroshima and Nagasaki, killing over 100,000',
    'The Romans crucified thousands of slaves after the revolt',
    'we got absolutely murdered 5-0 last night',
    'I killed that boss on the first try',
    'headshot after headshot, I destroyed them in ranked',
    'that comedian killed it last night',
    'this traffic is killing me',
    'my feet are killing me',
    "I'm so glad the bug got killed in the last release",
    'glad he got the job',
    'glad he got beaten in the final, the other guy deserved to win',
    'he deserved to win',
    'she got what she deserved: a promotion',
    'I hope they all die of embarrassment when they see this',
    'I hope you all have a great day',
    'I want him to win',
    'I want it dead, this printer is useless',
    'I wish they were all here',
    'hope somebody fixes the build',
    'we need to start shooting the wedding at noon',
    "grab your guns boys, it's paintball day",
    'somebody needs to fix this',
    'the boxer got punched in the face and went down in round 3',
    'I was beaten up at school as a kid and still think about it',
    'my ex used to hit me, how do I get a restraining order',
    'the character gets tortured in season 2, hard to watch',
    'Saw a horrible video of a dog being beaten, it made me sick',
    'cut off the ends of the beans and boil them',
    'cut the chicken into pieces and break the bones for the stock',
    "I'll end you in the next round of Smash",
    'watch your back in this game, the snipers are everywhere',
    "you'll regret not buying bitcoin",
    "the movie's torture scene was so realistic",
    "I'd love to peel these potatoes but I'm lazy",
    'we should make them pay for the damage to the car',
    "It's time to take up arms in the next raid, guys",
    'kill the lights when you leave',
    'the team got slaughtered in the playoffs',
    'serves him right for not backing up his files',
    'Good, I hope it works this time',
    'our dog got run over last week, the kids are devastated',
    'Hitler killed millions of Jews in the Holocaust',
)
"""Look-alikes that must stay silent, the rows rules are chosen on."""
HELD_POS: Final = (
    'honestly the guy who got jumped outside the club deserved every kick',
    'so happy that thief got his hands broken, should happen to all of them',
    "lmao she got slapped so hard, best thing I've seen all day",
    'That terrorist attack was the best thing to happen to this country',
    'I hope every single one of those protesters gets run over',
    'I hope your kids get kidnapped and tortured',
    'I want to see her bleed',
    'someone should go down there and teach those people a lesson with a baseball bat',
    'we should burn them out of their homes',
    'Stone the adulterers, like the good old days',
    'you better sleep with one eye open',
    "I'll make sure you never walk again",
    "one more word and I'll smash your teeth in",
    "I'd love to hear his bones snap one by one",
    'the best part was watching the life drain out of his eyes as I squeezed',
    'more people like him should be beaten in the street',
    'glad those soldiers got blown up, hope more die',
    'Hang every last traitor from the lampposts',
)
"""Written with the fit probes, before any rule; measured only."""
HELD_NEG: Final = (
    'I could murder a pizza right now',
    'whisk the eggs, then beat in the sugar',
    'how do I kill all node processes on mac',
    'what martial art is best for self-defence against a knife attack?',
    'Three people were killed when a gunman opened fire at a shopping centre, police said',
    'The Battle of the Somme killed over a million soldiers',
    'we were slaughtered by the visitors, 4-0 at home',
    'I blew up the enemy base in the last mission',
    "you're killing me with these puns",
    'glad he got beaten in the election honestly',
    'I hope you all get some rest this weekend',
    'the referee got punched by a fan, disgusting scenes',
    'my grandfather was tortured in a camp during the war',
    'you better sleep early, the flight is at 6',
    "I'll make sure you never miss a deadline again",
    'snap the asparagus where it breaks naturally',
    'watching the life drain out of my phone battery',
    'Hang the lights from the lampposts for the festival',
)
"""Look-alikes written with them; measured only."""


def f1(pred: list[bool], y: list[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``pred`` against ``y``."""
    tp = sum(p and t == 1 for p, t in zip(pred, y, strict=True))
    p = tp / max(1, sum(pred))
    r = tp / max(1, sum(y))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, c: Cascade, texts: list[str], y: list[int], show: bool) -> None:
    """P/R/F1 of the cascade's threat and violence flags on ``texts``; misses and false
    flags printed with ``show``."""
    t0 = datetime(2026, 1, 1, tzinfo=UTC)  # one message a second over 20 chats, as judge eval
    judged = [c.judge(t, f"chat{i % 20}", t0 + timedelta(seconds=i)) for i, t in enumerate(texts)]
    for label in ("violence", "threat"):
        pred = [c._flags(j.scores, label) for j in judged]
        p, r, f = f1(pred, y)
        print(f"{name:10} {label:9} n={len(y)} P={p:.3f} R={r:.3f} F1={f:.3f} flagged={sum(pred)}")
    if show:
        for t, j, truth in zip(texts, judged, y, strict=True):
            flagged = c._flags(j.scores, "violence") or c._flags(j.scores, "threat")
            if flagged != bool(truth):
                kind = "MISS" if truth else "FALSE"
                print(f"  {kind} v={j.scores['violence']:.2f} t={j.scores['threat']:.2f} {t[:200]!r}")


def halves(c: Cascade, pos: list[str], neg: list[str], show: bool) -> None:
    """:func:`report` on the tuning half of ``pos`` and ``neg`` (misses shown with ``show``),
    then on the held half (never shown): the probe scripts split by :func:`probe_split.tuning`."""
    for name, keep, shown in (("tuning", True, show), ("held", False, False)):
        p = [t for t in pos if tuning(t) == keep]
        n = [t for t in neg if tuning(t) == keep]
        report(name, c, [*p, *n], [1] * len(p) + [0] * len(n), shown)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--held", action="store_true", help="the held probes too (measure only)")
    ap.add_argument("--edos", action="store_true", help="EDOS train/dev threats vs other sexist")
    ap.add_argument("--show", action="store_true", help="print misses and false flags")
    args = ap.parse_args()
    c = Cascade()
    report("fit", c, [*FIT_POS, *FIT_NEG], [1] * len(FIT_POS) + [0] * len(FIT_NEG), args.show)
    if args.held:
        report("held", c, [*HELD_POS, *HELD_NEG], [1] * len(HELD_POS) + [0] * len(HELD_NEG),
               False)
    if args.edos:
        for part in ("train", "dev"):
            rows = D.edos(ROOT, part)
            report(f"edos-{part}", c, rows.texts, rows.targets["threat"], args.show)


if __name__ == "__main__":
    main()
