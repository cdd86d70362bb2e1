"""Check digits of the numbers rule 11.1 protects: bank cards, SNILS and INN.

A random run of digits rarely passes these checks (1 in 10 for Luhn, about 1 in
100 for SNILS and a 12-digit INN), which is what lets the PII detector tell a
card number from an order number without a list of every bank.
"""

from __future__ import annotations

_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check every payment card number carries."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_network(digits: str) -> str | None:
    """The payment network a 13–19 digit number belongs to by its prefix, if any."""
    n = len(digits)
    if not 13 <= n <= 19:
        return None
    two, four = int(digits[:2]), int(digits[:4])
    if 2200 <= four <= 2204:
        return "Mir"
    if digits[0] == "4":
        return "Visa"
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "Mastercard"
    if two in (34, 37) and n == 15:
        return "American Express"
    if four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649:
        return "Discover"
    if two == 62:
        return "UnionPay"
    if two == 35 or four in (2131, 1800):
        return "JCB"
    if 300 <= int(digits[:3]) <= 305 or two in (36, 38, 39):
        return "Diners Club"
    if two in (50, 56, 57, 58, 63, 67):
        return "Maestro"
    return None


def snils_ok(digits: str) -> bool:
    """SNILS: 9 digits and a 2-digit checksum (sum of digit × position from the right)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    body, check = digits[:9], int(digits[9:])
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    while total > 101:
        total %= 101
    expected = 0 if total in (100, 101) else total
    return expected == check


def _inn_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_ok(digits: str) -> bool:
    """INN: 10 digits (organisation, one check digit) or 12 (person, two)."""
    if not digits.isdigit():
        return False
    if len(digits) == 10:
        return _inn_digit(digits, _INN10) == int(digits[9])
    if len(digits) == 12:
        return (_inn_digit(digits, _INN12_1) == int(digits[10])
                and _inn_digit(digits, _INN12_2) == int(digits[11]))
    return False
