"""`navotop serve`: a real server on a free loopback port answers a real HTTP request, listens
on 127.0.0.1 only unless told otherwise, warns in words when it would listen further, and
starts each browser's app confined to the scenario's folder."""

from __future__ import annotations

import asyncio
import contextlib
import re
import shlex
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BASELINE, navotop_command
from tui.cli import main
from tui.serve import app_command, is_loopback

START_SECONDS = 60


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, "navotop serve exited before listening"
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)  # polling a port: there is no event to await from another process
    pytest.fail(f"navotop serve did not listen on 127.0.0.1:{port} within {START_SECONDS} s")


@contextlib.contextmanager
def _serving(*args: str) -> Iterator[int]:
    port = _free_port()
    process = subprocess.Popen(
        [*navotop_command(), "serve", str(BASELINE), "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    try:
        _wait_until_listening(port, process)
        yield port
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate(timeout=15)
            pytest.fail("navotop serve did not stop on Ctrl+C within 15 s")


def _listening_addresses(port: int) -> set[str]:
    """Local addresses in LISTEN state on `port`, from the kernel's own table (IPv4 and IPv6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), Path(table).open() as rows:
            next(rows)
            for row in rows:
                local, state = row.split()[1], row.split()[3]
                address, hex_port = local.rsplit(":", 1)
                if state == "0A" and int(hex_port, 16) == port:
                    found.add(address)
    return found


def _page(port: int) -> str:
    """The page a browser gets at `/`, by a real HTTP request."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
        assert response.status == 200
        return str(response.read().decode("utf-8"))


PAGE_WORDS = {
    "en": ("Start", "Session ended.", "Restart"),
    "nl": ("Starten", "Sessie beëindigd.", "Opnieuw starten"),
}
"""The words of the page's start button and of its session-ended dialog, per language."""


def _buttons_and_message(page: str) -> tuple[str, str, str]:
    start = re.search(r'id="start">([^<]*)</button>', page)
    ended = re.search(r'<div class="message">([^<]*)</div>', page)
    restart = re.search(r'<div class="message">[^<]*</div>\s*<button[^>]*>([^<]*)</button>', page)
    assert start and ended and restart, page
    return start[1], ended[1], restart[1]


def test_serve_answers_a_browser_on_loopback_and_only_there() -> None:
    with _serving("--lang", "en") as port:
        page = _page(port)
        assert "<title>navotop</title>" in page
        assert '<html lang="en">' in page
        assert _buttons_and_message(page) == PAGE_WORDS["en"]
        assert f"ws://127.0.0.1:{port}/ws" in page  # the page's terminal connects back here
        # bound to 127.0.0.1 itself, not to every address: another loopback address is refused
        with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.2", port), timeout=5):
            pass
        assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, little-endian hex (Linux)


async def _screen_until(port: int, marker: str, seconds: float) -> bool:
    """Connect as the browser's terminal does and read the app's output until `marker` shows."""
    import aiohttp  # textual-serve's own web stack

    seen = ""
    async with (
        aiohttp.ClientSession() as client,
        client.ws_connect(f"http://127.0.0.1:{port}/ws?width=120&height=40") as ws,
    ):

        async def read() -> bool:
            nonlocal seen
            async for message in ws:
                data = message.data
                seen += data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)
                if marker in seen:
                    return True
            return False

        try:
            return await asyncio.wait_for(read(), seconds)
        except TimeoutError:
            return False


def test_a_browser_gets_the_page_and_the_app_in_dutch_with_the_scenarios_numbers() -> None:
    with _serving("--lang", "nl") as port:
        page = _page(port)
        assert '<html lang="nl">' in page
        assert _buttons_and_message(page) == PAGE_WORDS["nl"]
        assert not re.search(r"\b(Start|Session|ended|Restart|Textual Application)\b", page)
        assert asyncio.run(_screen_until(port, "1.134.000", START_SECONDS))


def test_our_page_is_textual_serves_own_but_for_its_words() -> None:
    """tui/serve_page/app_index.html is textual-serve's page with its three English words, the
    `<html lang>`, a charset and a tab title made ours; anything else textual-serve's page does
    (its script, its terminal's element, the websocket address) is kept as it is. An upgrade of
    textual-serve that changes its page fails here, so that ours is copied again."""
    import textual_serve

    from tui.serve import PAGE

    theirs = (Path(textual_serve.__file__).parent / "templates" / "app_index.html").read_text()
    ours = (PAGE / "app_index.html").read_text()
    ours = ours[ours.index("<!DOCTYPE") :]  # our leading comment (a Jinja one: not sent)
    for english, field in zip(PAGE_WORDS["en"], ("start", "ended", "restart"), strict=True):
        ours = ours.replace(f"{{{{ words.{field} }}}}", english)
    ours = ours.replace('<html lang="{{ lang }}">', "<html>")
    ours = ours.replace('    <meta charset="utf-8" />\n    <title>{{ application.name }}</title>\n', "")
    ours = ours.replace("{{ application.name }}", "{{ application.name or 'Textual Application' }}")
    assert ours == theirs


def test_serve_warns_in_words_when_it_would_listen_beyond_this_machine(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[tuple[str, str, int]] = []

    def record(self: object, debug: bool = False) -> None:
        started.append((self.command, self.host, self.port))  # type: ignore[attr-defined]

    monkeypatch.setattr("textual_serve.server.Server.serve", record)  # nothing is bound
    assert main(["serve", str(BASELINE), "--host", "192.0.2.10", "--port", "8123"]) == 0
    err = capsys.readouterr().err
    assert "WARNING: listening on 192.0.2.10, beyond this machine" in err
    assert "There is no password" in err
    assert started[0][1:] == ("192.0.2.10", 8123)


def test_serve_on_loopback_says_how_to_tunnel(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("textual_serve.server.Server.serve", lambda self, debug=False: None)
    assert main(["serve", str(BASELINE), "--port", "8124", "--lang", "nl"]) == 0
    shown = capsys.readouterr()
    assert "ssh -L 8124:127.0.0.1:8124" in shown.out
    assert "Alleen deze machine kan erbij" in shown.out
    assert "WAARSCHUWING" not in shown.err


def test_each_browsers_app_is_confined_to_the_scenarios_folder(tmp_path: Path) -> None:
    scenario = tmp_path / "room" / "s.toml"
    words = shlex.split(app_command(scenario, scenario.parent, "nl"))
    assert words[words.index("--root") + 1] == str(scenario.parent)
    assert words[words.index("--export-dir") + 1] == str(scenario.parent / "exports")
    assert words[words.index("--lang") + 1] == "nl"


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
        ("example.org", False),
    ],
)
def test_which_hosts_count_as_this_machine(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def test_the_app_started_with_a_root_refuses_a_scenario_outside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(BASELINE), "--root", str(tmp_path)]) == 2
    assert "is outside the folders this server may use" in capsys.readouterr().err


def test_the_page_connects_back_to_an_address_a_browser_can_use() -> None:
    from tui.serve import public_url

    assert public_url("127.0.0.1", 8000) == "http://127.0.0.1:8000"
    assert public_url("::1", 8000) == "http://[::1]:8000"
    assert "0.0.0.0" not in public_url("0.0.0.0", 8000)  # the machine's name instead
