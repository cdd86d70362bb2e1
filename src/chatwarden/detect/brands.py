"""Brands that phishing in Russian-speaking chats imitates, and their real domains.

Look-alikes are judged on the *registrable label* — the name a person bought,
``steamcommunnity`` in ``login.steamcommunnity.com``, ``google`` in
``google.co.uk`` — never on a substring of the whole host: ``www.google.co.uk``
is Google's own, ``google.evil.xyz`` is judged as ``evil.xyz``. A label
imitates a brand when it is the brand in look-alike letters
(``tеlegram`` with a Cyrillic е, ``teIegram``, punycode), a typo of it
(``steamcommunnity``), the brand joined with a lure word
(``telegram-premium``, ``discord-nitro-gift``), or the brand's exact name on a
suffix the brand does not use (``steamcommunity.xyz``). Joined with plain words
alone (``python-telegram-bot``, ``sberbank-insurance``) it is a lead for a moderator,
not phishing: projects and subsidiaries are named so too. The brand's exact name
on a country-code suffix, ``com``/``net``/``org`` or a hosting platform's own
suffix (``google.co.uk``, ``yandex.kz``, ``google.github.io``) is its own.
Only names of four letters or more are matched, so everyday short words never are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

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
    "youtube": ("youtube.com", "youtu.be", "youtube-nocookie.com", "ytimg.com"),
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


LURES = ("gift", "nitro", "free", "airdrop", "claim", "verify", "login", "secure", "wallet",
         "bonus", "reward", "promo", "giveaway", "premium", "support", "account", "auth",
         "signin", "unlock", "prize", "drop", "podarok", "besplatno", "vyigrysh", "vyigrish",
         "подарок", "бесплатно", "выигрыш", "приз", "бонус")
"""Words scams put next to a brand, Latin, transliterated and Cyrillic."""
_OWN_GENERIC = frozenset({"com", "net", "org"})
_SURFACES = frozenset({"web", "app", "apps", "online", "official", "my", "id", "lk", "ios",
                       "android", "desktop", "mobile", "pc", "www", "site", "portal"})
"""Words that name a brand's own service, where a member signs in (``web.telegram.org``,
«Сбербанк Онлайн», «личный кабинет»): joined with the brand (``web-telegram``,
``sberbank-online``, ``lk-gosuslugi``) they stand in for it, as a lure word does. Read as
whole hyphen-separated words, and not among the scam-URL model's lure features; brands that
are everyday words (``apple-app-ideas``) still need a lure."""
_EXTRA_OWN_LABELS = {"yandex-team": "yandex", "sberbank-ast": "sberbank"}
# Brands that are everyday words too: joined with other words they need a lure word
# (``apple-pie-recipes`` is not phishing, ``apple-id-verify`` is).
_WORD_BRANDS = frozenset({"apple", "amazon", "fragment", "discord", "twitter", "ozon"})


@dataclass(frozen=True, slots=True)
class BrandMatch:
    """How a registrable label relates to a brand."""

    brand: str
    kind: str
    """``own`` (the brand's name where the brand may well be), ``confusable``, ``typo``,
    ``joined`` (with other words by hyphens), ``risky-suffix`` (the exact name on a
    suffix the brand does not use) or ``embedded`` (inside a longer word)"""
    lures: tuple[str, ...] = ()
    surface: str = ""
    """for ``joined``: the word of the brand's own service it is joined with (``web`` in
    ``web-telegram``), if any"""

    @property
    def imitates(self) -> bool:
        """A look-alike strong enough to call phishing without a model."""
        if self.kind in ("confusable", "typo", "risky-suffix"):
            return True
        if self.kind in ("joined", "embedded"):
            return bool(self.lures or self.surface)
        return False

    @property
    def lead(self) -> bool:
        """A brand that is no everyday word, joined with plain words and no lure
        (``python-telegram-bot``, ``sberbank-insurance``, ``telegram-token``): a project
        named after a platform, a brand's subsidiary, or a scam; which, only a moderator or
        a popularity list can tell, and no list ships here."""
        return self.kind == "joined" and not self.imitates and self.brand not in _WORD_BRANDS

    def describe(self) -> str:
        how = {"confusable": "imitates", "typo": "is a typo of", "joined": "spells",
               "risky-suffix": "spells", "embedded": "embeds", "own": "is"}[self.kind]
        said = self.lures or ((self.surface,) if self.surface else ())
        lure = f" with '{said[0]}'" if said else ""
        return f"{how} '{self.brand}'{lure} on a domain that is not {BRANDS[self.brand][0]}"


@lru_cache(maxsize=1)
def _own_labels() -> dict[str, str]:
    """Registrable label of every official domain → brand (``google`` → google)."""
    out = {d.split(".", 1)[0]: brand for brand, domains in BRANDS.items() for d in domains}
    out.update({name: name for name in BRANDS})
    out.update(_EXTRA_OWN_LABELS)
    return {label: brand for label, brand in out.items() if len(label) >= 4}


def _typo_of(skel: str) -> str | None:
    """The brand ``skel`` is one or two edits (swaps included) away from, if any."""
    for key, brand in _brand_keys().items():
        # short names have too many honest neighbours (irccloud is not icloud)
        budget = 2 if len(key) >= 11 else 1 if len(key) >= 8 else 0
        if budget and abs(len(key) - len(skel)) <= budget and \
                OSA.distance(skel, key, score_cutoff=budget) <= budget:
            return brand
    return None


@lru_cache(maxsize=65536)
def brand_match(label: str, suffix: str, private_suffix: bool = False) -> BrandMatch | None:
    """How ``label`` (the registrable label, Unicode, lower case) relates to a brand.

    ``suffix`` is the public suffix it was bought under (``co.uk``); on a hosting
    platform's own suffix (``github.io``, ``private_suffix``) the label is an account name.
    """
    lures = tuple(w for w in LURES if w in label)
    own = _own_labels().get(label)
    if own is not None:
        usual = private_suffix or suffix in _OWN_GENERIC or len(suffix.rsplit(".", 1)[-1]) == 2 \
            or suffix.startswith("xn--") or suffix.rsplit(".", 1)[-1].startswith("xn--")
        risky = not usual and label in BRANDS and own not in _WORD_BRANDS
        return BrandMatch(own, "risky-suffix" if risky else "own", lures)
    keys = _brand_keys()
    skel = skeleton(label)
    if skel in keys:
        return BrandMatch(keys[skel], "confusable", lures)
    tokens = [t for t in label.split("-") if len(t) >= 4]
    for token in tokens if len(tokens) > 1 or "-" in label else ():
        brand = keys.get(skeleton(token))
        if brand is not None:
            surface = "" if brand in _WORD_BRANDS else next(
                (t for t in label.split("-") if t in _SURFACES), "")
            return BrandMatch(brand, "joined", lures, surface)
    brand = _typo_of(skel)
    if brand is not None:
        return BrandMatch(brand, "typo", lures)
    for key, brand in keys.items():
        if len(brand) >= 5 and key in skel:
            return BrandMatch(brand, "embedded", tuple(w for w in lures if w not in key))
    return None


def imitated_brand(label: str, suffix: str, private_suffix: bool = False) -> BrandMatch | None:
    """The brand ``label`` imitates strongly enough to call phishing, else None."""
    match = brand_match(label, suffix, private_suffix)
    return match if match is not None and match.imitates else None
