"""Debian's headless Chromium, driven over the DevTools protocol: a page, its console
errors, script dialogs and exceptions, form filling and screenshots.

Playwright would download a browser build of its own, which cannot work here; the
protocol is all these tests need (aiohttp's WebSocket client, already installed, speaks it).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless Chromium tab. ``problems`` collects what a safe page never causes:
    console errors, uncaught exceptions, alert/confirm/prompt dialogs."""

    def __init__(self, width: int = 1400, height: int = 1000) -> None:
        self.width, self.height = width, height
        self.problems: list[str] = []
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._loaded = asyncio.Event()
        self._tasks: set[asyncio.Future[dict[str, Any]]] = set()

    async def __aenter__(self) -> Browser:
        assert CHROMIUM, "chromium is not installed"
        self._dir = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        self._proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", "--remote-debugging-port=0",
             f"--user-data-dir={self._dir.name}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = Path(self._dir.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                self._stop()
                raise RuntimeError("chromium did not start")
            await asyncio.sleep(0.1)
        port = port_file.read_text().split()[0]
        self._http = aiohttp.ClientSession()
        async with self._http.get(f"http://127.0.0.1:{port}/json/list") as r:
            pages = [p for p in await r.json() if p["type"] == "page"]
        self._ws = await self._http.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0)
        self._reader = asyncio.create_task(self._read())
        for domain in ("Page", "Runtime", "Log"):
            await self.send(f"{domain}.enable")
        await self.send("Emulation.setDeviceMetricsOverride", width=self.width,
                        height=self.height, deviceScaleFactor=1, mobile=False)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._reader.cancel()
        await self._ws.close()
        await self._http.close()
        self._stop()

    def _stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):  # the browser and its helpers, all of them
            os.killpg(self._proc.pid, signal.SIGTERM)
        self._proc.wait(timeout=30)
        self._dir.cleanup()

    async def _read(self) -> None:
        async for msg in self._ws:
            data = json.loads(msg.data)
            if "id" in data:
                future = self._waiting.pop(data["id"], None)
                if future is not None and not future.done():
                    future.set_result(data)
                continue
            method, params = data.get("method"), data.get("params", {})
            if method == "Page.loadEventFired":
                self._loaded.set()
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                self.problems.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                self.problems.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                self.problems.append(f"log: {params['entry'].get('text')}")
            elif method == "Page.javascriptDialogOpening":
                self.problems.append(f"dialog {params.get('type')}: {params.get('message')}")
                task = asyncio.ensure_future(self.send("Page.handleJavaScriptDialog", accept=False))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[ident] = future
        await self._ws.send_str(json.dumps({"id": ident, "method": method, "params": params}))
        reply = await asyncio.wait_for(future, 60)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    async def _until_loaded(self, start: Any) -> None:
        self._loaded.clear()
        await start
        await asyncio.wait_for(self._loaded.wait(), 60)

    async def goto(self, url: str) -> None:
        await self._until_loaded(self.send("Page.navigate", url=url))

    async def js(self, expression: str) -> Any:
        """Evaluate in the page (DevTools is not bound by the page's CSP, the page's own code is)."""
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def submit(self, form_selector: str, values: dict[str, str],
                     button: str | None = None) -> None:
        """Fill a form's fields and press its (or the named) submit button, as a person would."""
        fill = "".join(f"f.querySelector({json.dumps(f'[name={k}]')}).value = {json.dumps(v)};"
                       for k, v in values.items())
        press = (f"f.querySelector({json.dumps(button)}).click();" if button
                 else "f.requestSubmit();")
        await self._until_loaded(self.js(
            f"(() => {{ const f = document.querySelector({json.dumps(form_selector)}); "
            f"{fill} {press} }})()"))

    async def text(self) -> str:
        return str(await self.js("document.body.innerText"))

    async def screenshot(self, path: Path) -> None:
        metrics = await self.send("Page.getLayoutMetrics")
        height = max(self.height, int(metrics["cssContentSize"]["height"]))
        shot = await self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                               clip={"x": 0, "y": 0, "width": self.width, "height": height,
                                     "scale": 1})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
