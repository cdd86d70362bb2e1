"""Personal information: real checksums, real phone metadata, and notes that never
echo the value."""

from __future__ import annotations

from typing import ClassVar

import pytest

from chatwarden.detect.pii import Pii, PiiParams
from chatwarden.detect.pii_ids import card_network, inn_ok, luhn_ok, snils_ok
from tests.detect.contract import DetectorContract, flagged_labels, run

# Valid by their checksums: a Visa test card, Mir, the SNILS from the Pension Fund's
# own example, Sberbank's INN (10 digits) and a personal INN (12 digits).
VISA = "4111 1111 1111 1111"
MIR = "2200 0000 0000 0004"
SNILS = "112-233-445 95"
INN10 = "7707083893"
INN12 = "500100732259"


class TestPiiContract(DetectorContract):
    detector = Pii
    hits: ClassVar[tuple[str, ...]] = (f"карта {VISA}", "звони +7 916 123-45-67")
    misses: ClassVar[tuple[str, ...]] = (*DetectorContract.misses, "заказ №123456789 от 12.03",
                                         "в 2024 году 150 сообщений")


def test_checksums() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert luhn_ok("2200000000000004") and card_network("2200000000000004") == "Mir"
    assert snils_ok("11223344595") and not snils_ok("11223344596")
    assert inn_ok(INN10) and not inn_ok("7707083894")
    assert inn_ok(INN12) and not inn_ok("500100732258")


@pytest.mark.parametrize(("text", "label"), [
    ("мой номер +7 (916) 123-45-67", "pii.phone"),
    ("звони 8 916 123 45 67", "pii.phone"),
    ("89161234567 это его", "pii.phone"),
    ("her number is +44 20 7946 0958", "pii.phone"),
    ("+７ ９１６ １２３ ４５ ６７", "pii.phone"),           # full-width digits
    (f"карта {VISA}", "pii.card"),
    (f"скинь на {MIR.replace(' ', '')}", "pii.card"),
    (f"СНИЛС {SNILS}", "pii.document"),
    (f"ИНН {INN10}", "pii.document"),
    (f"инн: {INN12}", "pii.document"),
    ("паспорт 4510 123456", "pii.document"),
    ("пиши на vasya.pupkin@mail.ru", "pii.email"),
    ("vasya (at) mail dot ru", "pii.email"),
    ("живёт на ул. Ленина, д. 5, кв. 12", "pii.address"),
    ("проспект Мира 15", "pii.address"),
    ("lives at 1600 Pennsylvania Avenue, Apt 5", "pii.address"),
    ("он сейчас тут: 55.751244, 37.618423", "pii.coordinates"),
])
def test_kinds(text: str, label: str) -> None:
    assert label in flagged_labels(Pii(), text)


@pytest.mark.parametrize("text", [
    "карта 4111 1111 1111 1112",          # fails Luhn
    "СНИЛС 112-233-445 96",               # bad checksum
    "ИНН 7707083894",
    "координаты примерно 55.75, 37.61",    # not precise
    "в 12.30 у метро",
])
def test_near_misses_are_not_flagged(text: str) -> None:
    assert flagged_labels(Pii(), text) == set()


@pytest.mark.parametrize(("number", "network"), [
    ("6011111111111117", "Discover"), ("30569309025904", "Diners Club"),
    ("3530111333300000", "JCB"), ("378282246310005", "American Express"),
    ("5555555555554444", "Mastercard"),
])
def test_card_networks_of_published_test_numbers(number: str, network: str) -> None:
    assert luhn_ok(number) and card_network(number) == network


def test_a_bare_ten_digit_number_is_a_phone_only_where_the_policy_says() -> None:
    assert flagged_labels(Pii(), "звони 770 708 3894") == set()
    assert flagged_labels(Pii(PiiParams(regions=("RU", "US"))), "call 770 708 3894") == {
        "pii.phone"}


def test_service_numbers_are_reported_not_flagged() -> None:
    (signal,) = run(Pii(), "горячая линия 8-800-555-35-35")
    assert (signal.label, signal.flagged) == ("pii.phone", False)
    assert "pii.phone" in flagged_labels(Pii(PiiParams(service_numbers=True)),
                                         "горячая линия 8-800-555-35-35")


def test_evidence_names_the_kind_and_never_the_value() -> None:
    text = f"телефон +7 916 123-45-67, карта {VISA}, ИНН {INN10}"
    for signal in run(Pii(), text):
        for ev in signal.evidence:
            assert ev.note and not any(ch.isdigit() and ch not in "0123456789" for ch in ev.note)
            assert "916" not in ev.note and "1111" not in ev.note and INN10 not in ev.note
            assert ev.start is not None and ev.end is not None
    phone = next(s for s in run(Pii(), text) if s.label == "pii.phone")
    assert phone.evidence[0].note == "phone number, +7, 11 digits"
    assert text[phone.evidence[0].start:phone.evidence[0].end] == "+7 916 123-45-67"


def test_policy_can_choose_kinds() -> None:
    only_cards = Pii(PiiParams(flag=("pii.card",)))
    assert flagged_labels(only_cards, f"звони +7 916 123-45-67, карта {VISA}") == {"pii.card"}
