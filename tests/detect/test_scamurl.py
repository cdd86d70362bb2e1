"""The scam-URL model: shipped in the package, checked on load, never online; the time
split it is measured on keeps later and listed domains out of training."""

from __future__ import annotations

import json
import shutil
import socket
from importlib import resources
from pathlib import Path

import pytest

from chatwarden.detect import scamurl
from tests.conftest import SHARED


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_model_loads_offline_from_the_package_and_matches_its_card(offline: None) -> None:
    from publicsuffixlist import PublicSuffixList

    PublicSuffixList()  # the bundled list, no fetch
    folder = resources.files("chatwarden.detect")
    model = scamurl.load_from(folder)
    card = json.loads(folder.joinpath(scamurl.CARD).read_text(encoding="utf-8"))
    assert card["sha256"] == scamurl.digest(folder.joinpath(scamurl.WEIGHTS).read_bytes())
    assert len(model.weights) == 1 << card["bits"]
    assert card["format"] == scamurl.FORMAT and model.letters.logp.shape == (28, 28)
    assert 0 < model.threshold <= model.high < 1
    assert "UNCLEAR" in card["licences"]  # JPCERT and CryptoScamDB state no licence


def test_a_changed_weights_file_is_refused(tmp_path: Path) -> None:
    source = Path(str(resources.files("chatwarden.detect").joinpath("data")))
    (tmp_path / "data").mkdir()
    for name in (scamurl.WEIGHTS, scamurl.CARD):
        shutil.copy(source.parent / name, tmp_path / name)
    blob = bytearray((tmp_path / scamurl.WEIGHTS).read_bytes())
    blob[-1] ^= 0xFF
    (tmp_path / scamurl.WEIGHTS).write_bytes(bytes(blob))
    with pytest.raises(scamurl.ArtifactError, match=r"has SHA-256 .* its card says"):
        scamurl.load_from(tmp_path)
    (tmp_path / scamurl.WEIGHTS).unlink()
    with pytest.raises(scamurl.ArtifactError, match="not installed"):
        scamurl.load_from(tmp_path)


def test_features_read_the_registrable_label_only() -> None:
    features = scamurl.load().features
    feats = set(features("discord-nitro-gift.xyz"))
    assert {"tld:xyz", "brand:discord", "brandkind:joined", "lure:nitro", "lure:gift"} <= feats
    # subdomains never count: the same registrable domain, the same features
    assert features("google.co.uk") == features("google.co.uk")
    assert "brandkind:own" in features("google.co.uk")
    assert "puny:" in features("xn--80ak6aa92e.com")


def test_suffix_class_generalizes_to_tlds_training_never_saw() -> None:
    assert scamurl.suffix_class("sbs", False) == "new"  # delegated 2021: a new gTLD
    assert scamurl.suffix_class("cyou", False) == "new"
    assert scamurl.suffix_class("com", False) == "legacy"
    assert scamurl.suffix_class("co.uk", False) == "cc2"
    assert scamurl.suffix_class("ru", False) == "cc"
    assert scamurl.suffix_class("github.io", True) == "private"


def test_letter_model_tells_random_names_from_words() -> None:
    letters = scamurl.load().letters
    assert letters.fluency("hbjxez") < -4.2 < letters.fluency("donarmstrong")
    assert letters.fluency("nwpyh") < letters.fluency("newsnet")
    assert "words:none" in scamurl.load().features("123.com")  # no letters, no guess


def test_a_card_of_another_format_is_refused(tmp_path: Path) -> None:
    source = Path(str(resources.files("chatwarden.detect").joinpath("data")))
    (tmp_path / "data").mkdir()
    shutil.copy(source / Path(scamurl.WEIGHTS).name, tmp_path / scamurl.WEIGHTS)
    card = json.loads((source / Path(scamurl.CARD).name).read_text(encoding="utf-8"))
    card["format"] = 2  # weights fitted on unscaled n-grams: every score would be off
    (tmp_path / scamurl.CARD).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(scamurl.ArtifactError, match="format 2, this code reads format 3"):
        scamurl.load_from(tmp_path)


def test_the_ngrams_of_a_name_share_one_vote() -> None:
    model = scamurl.load()
    for name in ("discord-nitro-gift.xyz", "yirenxinxuanshangmaoyouxiangongsi.com"):
        grams = sorted({f for f in model.features(name) if f.startswith("g:")})
        vector = model.vector(name)
        assert vector[model.index("tld:" + name.rsplit(".", 1)[1])] == 1.0
        assert vector[model.index(grams[0])] == pytest.approx(model.ngram_scale / len(grams) ** 0.5)
        assert model.margin(name) == pytest.approx(
            model.bias + sum(float(model.weights[i]) * v for i, v in vector.items()), rel=1e-5)


def test_score_explains_itself() -> None:
    scored = scamurl.load().score("discord-nitro-gift.xyz")
    assert scored.corroborated
    assert scored.explain().startswith(f"model {scored.score:.2f}: brand 'discord' joined + lure 'gift'")


DATA = SHARED / "data"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")
def test_time_split_keeps_later_and_listed_domains_out_of_training() -> None:
    from chatwarden.training import urldata

    split = urldata.scam_split(DATA)
    assert split is not None
    assert split.test and split.validation and split.train
    assert not (split.test & split.train) and not (split.validation & split.train)
    assert not split.test & urldata.shipped_registrables()
    measured, training = urldata.measured_benign(DATA), urldata.training_benign(DATA)
    software = urldata.held_out_software(DATA)
    assert measured and training and software
    assert not measured & training and not software & training and not software & measured
    assert not (split.train | split.test) & measured
    # the chat sets' links, mail and bare names, the ham of the spam sets: 872 in all
    assert len(measured) >= 850 and "popey.com" in measured  # alan@popey.com in IRC

    # the eval suites score exactly these, and the README and docs/evaluation.md figures hold as floors
    from chatwarden.evaluation.suites import SUITES, run

    rows = {s.name: s for s in SUITES}
    m = run(rows["links/unseen-by-time"], DATA)
    assert m is not None and m.n == len(split.test) + len(measured)
    # 0.644 at 4 of 872 benign (0.46%): the goal, 0.2%, is not met
    assert m.recall >= 0.64 and m.fp <= 4
    m = run(rows["links/benign-software"], DATA)
    assert m is not None and m.n == len(software) and m.tp == m.fn == 0
    assert m.fp <= 7  # 0.32% of 2,210


def test_domains_people_wrote_are_links_mail_and_bare_names_not_sentences() -> None:
    from chatwarden.training.urldata import domains_in

    text = ("see https://forums.example.co.uk/t/1 or www.askubuntu.com, ask "
            "pgsql-admin@postgresql.org, try launchpad.net and echo.msk.ru")
    assert domains_in(text) == {"example.co.uk", "askubuntu.com", "postgresql.org",
                                "launchpad.net", "echo.msk.ru"}  # msk.ru is a suffix
    # a missing space after a full stop, code and file names are not domains
    assert domains_in("go.now please. chill.it, System.Net and setup.py") == set()
    # IRC joins and quits carry hostmasks, which nobody linked
    irc = ("=== zeedo [~zeedo@www.reboot-robot.net]  has joined #ubuntu\n"
           "ubuntu-meeting 2010-11-08 === yofel_ is now known as yofel\n"
           "[11:11] <monchichi> http://www.msnbc.msn.com/id/8419601/")
    assert domains_in(irc) == {"msn.com"}


def test_thresholds_come_from_fits_that_never_saw_the_benign_domain() -> None:
    pytest.importorskip("scipy")
    import numpy as np
    from scipy.sparse import csr_matrix

    from chatwarden.training import scamurl as trainer

    # 12 scams share column 0; each of 8 benign domains has a column of its own, so a fit
    # that saw one scores it below the bias and a fit that did not cannot tell it apart
    pos = csr_matrix((np.ones(12), (range(12), [0] * 12)), shape=(12, 10))
    benign = csr_matrix((np.ones(8), (range(8), range(1, 9))), shape=(8, 10))
    folds = np.arange(8) % 4
    oof, _ = trainer.cross_fit(pos, benign, folds, benign[:0])
    from scipy.sparse import vstack

    w, b = trainer.fit(vstack([pos, benign]).tocsr(), 12)
    seen = 1 / (1 + np.exp(-(benign @ w + b)))
    assert oof.min() > 3 * seen.max()
    assert trainer.threshold_for(oof, 0.0) > oof.max()  # the high threshold flags none
