"""Domain blocklists: the default shipped in the package plus the user's own lists.

The default (``data/blocklist.txt.xz``, built by ``scripts/build_blocklist.py``
from the Block List Project and URLhaus) holds ``CATEGORY<TAB>ENTRY`` lines.
An entry is a domain, which also blocks its subdomains, or ``host/path`` for a
malicious file on a shared host. User lists live in
``$CHATWARDEN_HOME/blocklists/<category>/*.txt`` (``~/.chatwarden`` by
default) and are written by ``chatwarden blocklist update``; they accept plain
domains, hosts-file lines, adblock ``||domain^`` rules and full URLs.
"""

from __future__ import annotations

import lzma
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

CATEGORIES = ("malware", "phishing", "scam")
_HOSTS_PREFIX = re.compile(r"^(?:0\.0\.0\.0|127\.0\.0\.1|::1?)\s+")
_ADBLOCK = re.compile(r"^\|\|([^/^$]+)\^?")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def home() -> Path:
    """Where the user's configuration lives: ``$CHATWARDEN_HOME`` or ``~/.chatwarden``."""
    return Path(os.environ.get("CHATWARDEN_HOME") or Path.home() / ".chatwarden")


def parse_entries(lines: Iterable[str]) -> Iterable[str]:
    """Blocklist entries from lines in any of the common list formats, lower-cased.

    Comments (``#``, ``!``) and blank lines are skipped; a URL keeps its host
    and path, so a single malicious file on a shared host can be listed.
    """
    for raw in lines:
        line = raw.strip()
        if not line or line[0] in "#!":
            continue
        line = line.split("#", 1)[0].strip()
        line = _HOSTS_PREFIX.sub("", line)
        m = _ADBLOCK.match(line)
        if m:
            line = m.group(1)
        line = _SCHEME.sub("", line).split("?", 1)[0].split()[0] if line else ""
        host, _, path = line.partition("/")
        host = host.split(":", 1)[0].strip(".").lower()
        if not host or "." not in host:
            continue
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            continue
        yield f"{host}/{path.rstrip('/')}" if path.strip("/") else host


class Blocklist:
    """Entry → category, in layers (the user's lists before the default one).

    Lookups walk from the host up to its registrable domain, so a listed domain
    also blocks its subdomains but a listed subdomain never blocks its parent.
    """

    def __init__(self, *layers: dict[str, str]) -> None:
        self.layers = tuple(layer for layer in layers if layer)
        self.has_paths = any("/" in e for layer in self.layers for e in layer)

    def __len__(self) -> int:
        return sum(len(layer) for layer in self.layers)

    def _get(self, entry: str) -> str | None:
        for layer in self.layers:
            category = layer.get(entry)
            if category is not None:
                return category
        return None

    def lookup(self, host: str, registrable: str, path: str = "") -> tuple[str, str] | None:
        """``(category, matched entry)`` for an ASCII (punycode) host, or None."""
        if self.has_paths and path:
            parts = [p for p in path.split("/") if p]
            for k in range(len(parts), 0, -1):
                entry = f"{host}/{'/'.join(parts[:k])}"
                category = self._get(entry)
                if category is not None:
                    return category, entry
        name = host
        while True:
            category = self._get(name)
            if category is not None:
                return category, name
            if name == registrable or "." not in name:
                return None
            name = name.split(".", 1)[1]


@lru_cache(maxsize=1)
def default_entries() -> dict[str, str]:
    """The shipped list, decompressed once per process."""
    blob = resources.files("chatwarden.detect").joinpath("data/blocklist.txt.xz").read_bytes()
    out: dict[str, str] = {}
    for line in lzma.decompress(blob).decode().splitlines():
        category, _, entry = line.partition("\t")
        out[entry] = category
    return out


def user_entries(root: Path | None = None) -> dict[str, str]:
    """The user's lists under ``root/blocklists/<category>/``."""
    base = (root or home()) / "blocklists"
    out: dict[str, str] = {}
    for category in CATEGORIES:
        folder = base / category
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.txt")):
            for entry in parse_entries(file.read_text(encoding="utf-8").splitlines()):
                out[entry] = category
    return out


def load(*, default: bool = True, user: bool = True, root: Path | None = None) -> Blocklist:
    """The user's lists (unless ``user`` is false) over the default one (unless ``default`` is)."""
    return Blocklist(user_entries(root) if user else {}, default_entries() if default else {})


def install(files: Iterable[Path], category: str, root: Path | None = None) -> tuple[Path, int]:
    """Parse ``files`` and store their entries as one user list; returns (path, entries)."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category '{category}' (known: {', '.join(CATEGORIES)})")
    entries: dict[str, None] = {}
    for file in files:
        text = Path(file).read_text(encoding="utf-8", errors="replace")
        entries.update(dict.fromkeys(parse_entries(text.splitlines())))
    folder = (root or home()) / "blocklists" / category
    folder.mkdir(parents=True, exist_ok=True)
    names = "-".join(Path(f).stem for f in files)[:60] or "list"
    target = folder / f"{names}.txt"
    target.write_text("".join(f"{e}\n" for e in sorted(entries)), encoding="utf-8")
    return target, len(entries)
