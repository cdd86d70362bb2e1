"""Brands that phishing in Russian-speaking chats imitates, and their real domains.

A link whose domain *spells* a brand (``telegram-premium.xyz``,
``teIegram.org`` with a capital I, ``sbеrbank.ru`` with a Cyrillic е) but is
not one of that brand's registrable domains is a look-alike. Only names of
four letters or more are matched, so everyday short words never are.
"""

from __future__ import annotations

from functools import lru_cache

from chatwarden.detect.homoglyphs import tables

BRANDS: dict[str, tuple[str, ...]] = {
    "telegram": ("telegram.org", "t.me", "telegram.me", "telegram.dog", "telegra.ph",
                 "tdesktop.com", "telesco.pe", "telegram.space"),
    "fragment": ("fragment.com",),
    "tonkeeper": ("tonkeeper.com",),
    "tonspace": ("ton.org", "wallet.tg"),
    "google": ("google.com", "google.ru", "goo.gl", "google-analytics.com", "googleapis.com",
               "googleusercontent.com", "gstatic.com", "youtube.com", "youtu.be", "g.co"),
    "gmail": ("gmail.com", "google.com"),
    "youtube": ("youtube.com", "youtu.be"),
    "yandex": ("yandex.ru", "yandex.com", "ya.ru", "yandex.net", "yandex.kz", "yandex.by",
               "yandexcloud.net"),
    "gosuslugi": ("gosuslugi.ru",),
    "sberbank": ("sberbank.ru", "sberbank.com", "sber.ru"),
    "tinkoff": ("tinkoff.ru", "tbank.ru"),
    "alfabank": ("alfabank.ru", "alfabank.com"),
    "vtb": ("vtb.ru",),
    "avito": ("avito.ru",),
    "wildberries": ("wildberries.ru", "wb.ru", "wildberries.by", "wildberries.kz"),
    "ozon": ("ozon.ru", "ozon.com"),
    "vkontakte": ("vk.com", "vk.ru", "vkontakte.ru"),
    "mailru": ("mail.ru",),
    "steamcommunity": ("steamcommunity.com",),
    "steampowered": ("steampowered.com",),
    "discord": ("discord.com", "discord.gg", "discordapp.com", "discord.media",
                "discordapp.net"),
    "paypal": ("paypal.com", "paypal.me"),
    "apple": ("apple.com", "icloud.com", "apple.news"),
    "icloud": ("icloud.com",),
    "microsoft": ("microsoft.com", "live.com", "office.com", "microsoftonline.com",
                  "outlook.com"),
    "instagram": ("instagram.com",),
    "facebook": ("facebook.com", "fb.com", "fb.me"),
    "whatsapp": ("whatsapp.com", "wa.me", "whatsapp.net"),
    "binance": ("binance.com", "binance.us"),
    "bybit": ("bybit.com",),
    "coinbase": ("coinbase.com",),
    "metamask": ("metamask.io",),
    "trustwallet": ("trustwallet.com",),
    "roblox": ("roblox.com",),
    "epicgames": ("epicgames.com",),
    "github": ("github.com", "github.io", "githubusercontent.com"),
    "amazon": ("amazon.com", "amazon.de", "amazon.co.uk", "amazonaws.com"),
    "netflix": ("netflix.com",),
    "twitter": ("twitter.com", "x.com", "t.co"),
    "twitch": ("twitch.tv",),
    "spotify": ("spotify.com",),
}

# Characters a phisher swaps for the brand's own, after case folding.
_DIGIT_LOOKALIKES = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "$": "s", "@": "a",
                                   "q": "g", "i": "l"})


@lru_cache(maxsize=1)
def official_domains() -> frozenset[str]:
    """Every registrable domain that belongs to a listed brand."""
    return frozenset(d for domains in BRANDS.values() for d in domains)


@lru_cache(maxsize=1)
def _brand_keys() -> dict[str, str]:
    """The skeleton of each brand name → the brand."""
    return {skeleton(name): name for name in BRANDS if len(name) >= 4}


@lru_cache(maxsize=65536)
def skeleton(label: str) -> str:
    """What a label looks like to a reader: Cyrillic look-alikes as Latin, ``rn`` as ``m``,
    ``0`` as ``o``, ``I``/``l``/``1``/``i`` alike and doubled letters as one."""
    to_lat = tables()["lat"]
    text = "".join(to_lat.get(ch, ch) for ch in label).lower()
    text = text.replace("rn", "m").replace("vv", "w").translate(_DIGIT_LOOKALIKES)
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def imitated_brand(host: str, registrable: str) -> tuple[str, str] | None:
    """``(brand, how)`` when ``host`` spells a brand it does not belong to, else None."""
    if registrable in official_domains():
        return None
    keys = _brand_keys()
    labels = host.split(".")
    suffix_labels = len(registrable.split(".")) - 1
    for label in labels[: len(labels) - suffix_labels] if suffix_labels else labels:
        for token in label.split("-"):
            if len(token) < 4:
                continue
            brand = keys.get(skeleton(token))
            if brand is not None:
                how = "spells" if token.isascii() and token.isalpha() else "imitates"
                return brand, f"{how} '{brand}' on a domain that is not {BRANDS[brand][0]}"
    return None
