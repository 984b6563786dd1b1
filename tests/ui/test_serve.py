"""`incident-reader serve`: a browser's websocket receives the reader showing the seed reports."""

from __future__ import annotations

import asyncio
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[@-_]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def screen_text(port: int, wanted: str, seconds: float) -> str:
    """Connect as the browser page does and collect what the reader draws until ``wanted``."""
    import aiohttp

    seen = ""
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(f"http://127.0.0.1:{port}/ws?width=140&height=40") as ws:
            await ws.send_json(["resize", {"width": 140, "height": 40}])
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline and wanted not in seen:
                try:
                    msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
                except TimeoutError:
                    break
                if msg.type == aiohttp.WSMsgType.BINARY:
                    chunk = msg.data.decode("utf-8", "replace")
                elif msg.type == aiohttp.WSMsgType.TEXT:
                    chunk = msg.data
                else:
                    break
                seen += chunk
                seen = _ESCAPES.sub("", seen) if len(seen) > 200_000 else seen
            await ws.send_json(["stdin", "q"])
    return _ESCAPES.sub("", seen)


def test_serve_shows_the_seed_text_to_a_browser(tmp_path: Path) -> None:
    pytest.importorskip("textual_serve")
    port = free_port()
    seeds = tmp_path / "seeds"  # a copy: the reader keeps its marks database beside the reports
    shutil.copytree(ROOT / "seeds", seeds, ignore=shutil.ignore_patterns(".incident-reader.db*"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "incident_reader", "serve", str(seeds), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        import urllib.request

        deadline = time.monotonic() + 30
        page = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    page = r.read().decode()
                break
            except OSError:
                time.sleep(0.2)
        assert "/ws" in page or "websocket" in page.lower()
        text = asyncio.run(screen_text(port, "Westminster", 40))
        assert "Westminster" in text
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_serve_refuses_a_missing_path(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "incident_reader", "serve", str(tmp_path / "nope")],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1
