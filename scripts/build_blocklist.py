"""Build the default link blocklist shipped in ``chatwarden/detect/data/blocklist.txt.xz``.

Reads the Block List Project's phishing, scam and ransomware lists (Unlicense;
its "crypto" list is left out: it blocks crypto sites as a content category,
bitcoin.org included, not as malicious) and URLhaus via urlhaus-filter
(CC0) from ``../shared/data`` and writes one ``CATEGORY<TAB>ENTRY`` line per
domain (or ``host/path`` for URLhaus entries on shared hosts), sorted and
xz-compressed. Domains of the brands the look-alike check protects are
removed, so a stray entry can never flag the real site.

Run from the project root: ``.venv/bin/python scripts/build_blocklist.py``.
"""

from __future__ import annotations

import csv
import lzma
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "chatwarden" / "detect" / "data" / "blocklist.txt.xz"
SOURCES = {
    "url-blocklistproject/phishing-domains.txt": "phishing",
    "url-blocklistproject/scam-domains.txt": "scam",
    "url-blocklistproject/ransomware-domains.txt": "malware",
    "url-urlhaus-malware/urlhaus-filter-domains.txt": "malware",
}
# When one domain is on several lists the more dangerous verdict wins.
RANK = {"malware": 3, "phishing": 2, "scam": 1}


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect.blocklist import parse_entries
    from chatwarden.detect.brands import official_domains

    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent", file=sys.stderr)
        return 1
    keep = official_domains()
    entries: dict[str, str] = {}
    for rel, category in SOURCES.items():
        lines = (SHARED / rel).read_text(encoding="utf-8").splitlines()
        for entry in parse_entries(lines):
            if entry in keep:
                continue
            old = entries.get(entry)
            if old is None or RANK[category] > RANK[old]:
                entries[entry] = category
    with (SHARED / "url-urlhaus-malware/urlhaus-online-host-path.csv").open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows)
        for host, path, *_ in rows:
            host = host.lower()
            if path and host not in entries and host not in keep:
                entries.setdefault(f"{host}{path.rstrip('/')}", "malware")
    body = "".join(f"{cat}\t{entry}\n" for entry, cat in sorted(entries.items()))
    OUT.write_bytes(lzma.compress(body.encode(), preset=9 | lzma.PRESET_EXTREME))
    print(f"{OUT.relative_to(ROOT)}: {len(entries)} entries, {OUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
