"""`navotop serve`: the same app in a web browser, for the screen in the meeting room.

textual-serve runs one app process per browser tab and relays its screen over a websocket.
Each of those processes is started confined (`--root`) to the scenario's folder, so whoever
has the page open cannot open, compare, save or export anything outside it. The server binds
127.0.0.1 unless told otherwise, and says in words what it means when it listens further.
"""

from __future__ import annotations

import errno
import ipaddress
import shlex
import socket
import sys
from pathlib import Path

from core.formats import Lang
from core.i18n import t


def is_loopback(host: str) -> bool:
    """True when `host` can only be reached from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def public_url(host: str, port: int) -> str:
    """The address browsers use, which the page also connects its terminal back to. Listening
    on every address (0.0.0.0, ::) has no address of its own, so the machine's name stands in."""
    if host in ("0.0.0.0", "::", ""):
        host = socket.getfqdn()
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def app_command(scenario: Path, root: Path, lang: Lang) -> str:
    """The shell command textual-serve starts for each browser: the app, confined to `root`."""
    return shlex.join(
        [
            sys.executable,
            "-m",
            "tui.cli",
            str(scenario),
            "--lang",
            lang,
            "--root",
            str(root),
            "--export-dir",
            str(root / "exports"),
        ]
    )


PAGE = Path(__file__).parent / "serve_page"
"""The browser's page: textual-serve's own, in the language served (its words, `<html lang>`)."""


def page_words(lang: Lang) -> dict[str, object]:
    """What the page's template fills in besides textual-serve's own fields: the language and
    the words of its start and session-ended dialogs."""
    words = {name: t(f"serve.page.{name}", lang) for name in ("start", "ended", "restart")}
    return {"lang": lang, "words": words}


def serve(scenario: Path, *, host: str, port: int, lang: Lang) -> int:
    """Serve until Ctrl+C (or SIGTERM); returns the exit code."""
    import aiohttp_jinja2
    from aiohttp import web
    from textual_serve.server import Server

    scenario = scenario.resolve()
    root = scenario.parent
    url = public_url(host, port)
    print(t("serve.listening", scenario=scenario, url=url, roots=root), flush=True)
    if is_loopback(host):
        print(t("serve.local", port=port), flush=True)
    else:
        print(t("serve.exposed", host=host, port=port, roots=root), file=sys.stderr, flush=True)
    print(t("serve.stop"), flush=True)

    class OwnWords(Server):
        async def on_startup(self, app: web.Application) -> None:
            """The page's words in the language served (our template, PAGE). No banner: the
            lines above say where navotop listens and how to stop it, in the language shown
            (textual-serve's own banner says it again in English)."""
            aiohttp_jinja2.get_env(app).globals.update(page_words(lang))

    server = OwnWords(
        app_command(scenario, root, lang),
        host=host,
        port=port,
        title="navotop",
        public_url=url,
        templates_path=PAGE,
    )
    try:
        server.serve()
    except (OSError, OverflowError) as exc:  # the port is taken, the host unknown, ...
        print(t("serve.cannot_listen", host=host, port=port, why=cannot_listen(exc)), file=sys.stderr)
        return 2
    return 0


def cannot_listen(exc: OSError | OverflowError) -> str:
    """Why the server could not listen, in words."""
    if isinstance(exc, socket.gaierror):
        return t("serve.no_host")
    code = getattr(exc, "errno", None)
    if code == errno.EADDRINUSE:
        return t("serve.in_use")
    if code == errno.EADDRNOTAVAIL:
        return t("serve.not_here")
    if code in (errno.EACCES, errno.EPERM):
        return t("serve.denied")
    return str(getattr(exc, "strerror", None) or exc)
