"""`newslint lsp` end to end: a real subprocess spoken to over JSON-RPC on stdio."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, run_cli


class Client:
    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newslint", "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd
        )
        self.messages: queue.Queue = queue.Queue()
        self.backlog: list[dict] = []  # messages read while waiting for another one
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                key, _, value = line.decode().partition(":")
                headers[key.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send(self, payload: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method: str, params: dict, timeout: float = 60) -> dict:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        message = self.wait(lambda m: m.get("id") == self.next_id and "method" not in m, timeout)
        assert "error" not in message, message
        return message["result"]

    def notify(self, method: str, params: dict) -> None:
        self.send({"method": method, "params": params})

    def wait(self, predicate, timeout: float = 60) -> dict:
        for index, message in enumerate(self.backlog):
            if predicate(message):
                return self.backlog.pop(index)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("timed out waiting for a message")
            message = self.messages.get(timeout=remaining)
            if message.get("method") == "workspace/applyEdit" or (
                "method" in message and "id" in message
            ):  # answer server requests so it never blocks
                self.send({"id": message["id"], "result": None})
            if predicate(message):
                return message
            self.backlog.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> list[dict]:
        message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            ),
            timeout,
        )
        return message["params"]["diagnostics"]


def utf16_column(line: str, index: int) -> int:
    return len(line[:index].encode("utf-16-le")) // 2


def apply(text: str, edits: list[dict]) -> str:
    lines = text.split("\n")

    def offset(position: dict) -> int:
        before = sum(len(line) + 1 for line in lines[: position["line"]])
        line = lines[position["line"]]
        units = 0
        for index, char in enumerate(line):
            if units >= position["character"]:
                return before + index
            units += len(char.encode("utf-16-le")) // 2
        return before + len(line)

    for edit in sorted(
        edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True
    ):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


@pytest.fixture
def lsp(tmp_path):
    client = Client(tmp_path)
    client.request(
        "initialize",
        {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}, "workspaceFolders": None},
    )
    client.notify("initialized", {})
    yield client, tmp_path
    try:
        client.request("shutdown", {}, timeout=10)
        client.notify("exit", {})
        client.process.wait(timeout=10)
    finally:
        if client.process.poll() is None:
            client.process.kill()


def open_document(client: Client, path: Path, text: str, language: str = "plaintext") -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.notify(
        "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}
    )
    return uri


def test_diagnostics_code_actions_fix_and_change(lsp):
    client, folder = lsp
    text = (SEEDS / "003_2db0398f006d2414.txt").read_text(encoding="utf-8")
    uri = open_document(client, folder / "seed.txt", text)
    diagnostics = client.diagnostics(uri)
    codes = {d["code"] for d in diagnostics}
    assert {"RT001", "CA001", "QU001", "BP001"} <= codes
    scholz = next(d for d in diagnostics if d["code"] == "RT001" and "ScholzSaid" in d["message"])
    line = text.split("\n")[scholz["range"]["start"]["line"]]
    assert scholz["range"]["start"]["character"] == utf16_column(line, line.index("ScholzSaid"))

    actions = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": scholz["range"], "context": {"diagnostics": [scholz]}},
    )
    titles = [a["title"] for a in actions]
    assert any("Separate the words" in t for t in titles)
    assert any("Fix all safe" in t for t in titles)
    assert any("Accept the spelling" in t for t in titles)
    quick_fix = next(a for a in actions if "Separate the words" in a["title"])
    fixed = apply(text, quick_fix["edit"]["changes"][uri])
    assert "Olaf Scholz said that" in fixed and fixed.count("\n") == text.count("\n")

    fix_all = next(a for a in actions if "Fix all safe" in a["title"])
    everything = apply(text, fix_all["edit"]["changes"][uri])
    assert "ScholzSaid" not in everything and "alliesEspecially" not in everything

    # Warm up once, then time didChange -> diagnostics.
    latencies = []
    for version, body in ((2, fixed), (3, fixed + "\nMore text.\n"), (4, fixed)):
        started = time.perf_counter()
        client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": body}]},
        )
        updated = client.diagnostics(uri, version=version)
        latencies.append(time.perf_counter() - started)
        assert not any(d["code"] == "RT001" and "ScholzSaid" in d["message"] for d in updated)
    print(f"\ndidChange -> diagnostics, warm: {min(latencies[1:]) * 1000:.0f} ms")


def test_related_location_points_at_the_other_spelling(lsp):
    client, folder = lsp
    text = "Allies want to help Kiev. Macron spoke about support for Kyiv. Later Kyiv replied.\n"
    uri = open_document(client, folder / "names.txt", text)
    kiev = next(d for d in client.diagnostics(uri) if d["code"] == "NC001")
    related = kiev["relatedInformation"][0]["location"]["range"]
    assert text[related["start"]["character"] : related["end"]["character"]] == "Kyiv"


def test_utf16_positions_with_emoji_and_accents(lsp):
    client, folder = lsp
    text = "Fans 😀😀 of Stéphane cheered as Olaf ScholzSaid hello.\n"
    uri = open_document(client, folder / "emoji.txt", text)
    diagnostics = client.diagnostics(uri)
    scholz = next(d for d in diagnostics if d["code"] == "RT001")
    index = text.index("ScholzSaid")
    assert scholz["range"]["start"] == {"line": 0, "character": index + 2}  # two emoji: one extra unit each
    assert scholz["range"]["end"]["character"] - scholz["range"]["start"]["character"] == len("ScholzSaid")


def test_markdown_ignore_action_and_accept_spelling_with_config_reload(lsp):
    client, folder = lsp
    markdown = "# Notes\n\nHe German Chancellor visited the the Louvre with Volodomir Zelensky.\n"
    uri = open_document(client, folder / "notes.md", markdown, "markdown")
    diagnostics = client.diagnostics(uri)
    repeated = next(d for d in diagnostics if d["code"] == "RE001")
    actions = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": repeated["range"], "context": {"diagnostics": [repeated]}},
    )
    ignore = next(a for a in actions if a["title"].startswith("Ignore RE001"))
    edited = apply(markdown, ignore["edit"]["changes"][uri])
    assert "<!-- newslint-disable-next-line RE001 -->\nHe German Chancellor visited the the" in edited

    name = next(d for d in diagnostics if d["code"] == "NS001")
    actions = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": name["range"], "context": {"diagnostics": [name]}},
    )
    accept = next(a for a in actions if a["title"].startswith("Accept the spelling 'Volodomir'"))
    client.request(
        "workspace/executeCommand",
        {"command": accept["command"]["command"], "arguments": accept["command"]["arguments"]},
    )
    assert 'accept = ["Volodomir"]' in (folder / "newslint.toml").read_text(encoding="utf-8")
    republished = client.diagnostics(uri)
    assert not any(d["code"] == "NS001" for d in republished)

    (folder / "newslint.toml").write_text('accept = ["Volodomir"]\nignore = ["RE001"]\n', encoding="utf-8")
    client.notify(
        "workspace/didChangeWatchedFiles", {"changes": [{"uri": (folder / "newslint.toml").as_uri(), "type": 2}]}
    )
    reloaded = client.diagnostics(uri)
    assert not any(d["code"] == "RE001" for d in reloaded)


def test_server_module_importable_without_running():
    from newslint.lsp import add_accepted_word, build_server

    assert build_server() is not None and callable(add_accepted_word)
    assert (ROOT / "lint" / "lsp.py").exists()


def test_editor_and_command_line_agree_on_a_workspace(tmp_path: Path) -> None:
    """The open file is linted with the workspace's other files as its corpus, like the CLI does."""
    folder = tmp_path / "desk"
    folder.mkdir()
    stories = {
        "monday.txt": "Mayor Anneliese Verhoeven opened the new bridge. Verhoeven thanked the engineers.\n",
        "tuesday.txt": "Mayor Anneliese Verhoeven visited the harbour. Verhoeven spoke to the the crews.\n",
        "wednesday.txt": "Mayor Anneliese Verhoven closed the old ferry line on Wednesday.\n",
    }
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    cli = json.loads(run_cli(str(folder), "--format", "json").stdout)
    client = Client(folder)
    try:
        client.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}})
        client.notify("initialized", {})
        for name, text in stories.items():
            uri = (folder / name).as_uri()
            client.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
            )
            lsp = {
                (d["code"], d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1)
                for d in client.diagnostics(uri)
            }
            expected = {
                (f["code"], f["start"]["line"], f["start"]["column"]) for f in cli if Path(f["path"]).name == name
            }
            assert lsp == expected, name
    finally:
        client.process.kill()
    assert any(f["code"] == "RE001" for f in cli)
