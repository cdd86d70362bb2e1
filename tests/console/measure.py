"""Console timings: ``python -m tests.console.measure LEDGER`` on a copy of a replayed ledger
(it adds an account and, in writer mode, takes the ledger's writer lock)."""

import re
import sys
import time
import warnings

warnings.simplefilter("ignore")
from chatwarden.console.acts import Console  # noqa: E402
from chatwarden.console.app import create_app  # noqa: E402
from chatwarden.console.auth import add_account  # noqa: E402
from chatwarden.ledger import intake  # noqa: E402
from chatwarden.ledger.store import Ledger  # noqa: E402
from chatwarden.policy.loader import load_policy  # noqa: E402
from tests.console.testclient import TestClient  # noqa: E402

c = Console(load_policy("policies/klint.ru.yaml"), Ledger(sys.argv[1]))
n = 2000
t0 = time.perf_counter()
for _ in range(n):
    intake.drain(c.runtime)
print(f"drain, empty intake: {(time.perf_counter() - t0) / n * 1e3:.3f} ms per call")
add_account(c.ledger, "kaan", "owner", "a long secret passphrase", actor="kaanizel")
cl = TestClient(create_app(c))
tok = re.search(r'name="csrf" value="([^"]+)"', cl.get("/login").text).group(1)
cl.post("/login", data={"name": "kaan", "password": "a long secret passphrase", "csrf": tok})
for url in ["/queue", "/item/1", "/member/klint/troll", "/purge", "/dashboard"]:
    cl.get(url)
    k = 20
    t0 = time.perf_counter()
    for _ in range(k):
        assert cl.get(url).status_code == 200
    print(f"GET {url}: {(time.perf_counter() - t0) / k * 1e3:.0f} ms")
