"""The installed package never reads ``../shared``: every detector runs in a process
whose audit hook refuses any file under a ``shared`` folder."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys

    def refuse(event, args):
        if event == "open" and args and "/shared/" in str(args[0]):
            raise RuntimeError(f"read {args[0]}")

    sys.addaudithook(refuse)
    from chatwarden.detect.textscan import Text, pick, scan_one
    texts = ["hxxp://evil[.]com", "карта 4111 1111 1111 1111", "Заработок от 500$ в день",
             "Набор в флуд t.me/+abc"]
    detectors = pick(None)
    for i, text in enumerate(texts):
        scan_one(detectors, Text(str(i), text))
    print("ok")
""")


def test_detectors_do_not_touch_shared_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
