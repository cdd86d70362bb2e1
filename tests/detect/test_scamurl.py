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
    feats = set(scamurl.features("discord-nitro-gift.xyz"))
    assert {"tld:xyz", "brand:discord", "brandkind:joined", "lure:nitro", "lure:gift"} <= feats
    # subdomains never count: the same registrable domain, the same features
    assert scamurl.features("google.co.uk") == scamurl.features("google.co.uk")
    assert "brandkind:own" in scamurl.features("google.co.uk")
    assert "puny:" in scamurl.features("xn--80ak6aa92e.com")


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
    assert measured and training and not measured & training
    assert not (split.train | split.test) & measured

    # the eval suite scores exactly these, and the README figures hold as floors
    from chatwarden.evaluation.suites import SUITES, run

    (suite,) = [s for s in SUITES if s.name == "links/unseen-by-time"]
    m = run(suite, DATA)
    assert m is not None and m.n == len(split.test) + len(measured)
    assert m.recall >= 0.55 and m.fp_rate <= 0.005
