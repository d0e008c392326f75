"""The language server under hostile requests: nothing outside the workspace is read or written,
malformed JSON-RPC gets the JSON-RPC error replies, and the server keeps serving."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_lsp import Client

TEXT = "The ministry of the interior said the the convoy would leave at dawn.\n"


@pytest.fixture
def workspace(tmp_path: Path):
    folder = tmp_path / "project"
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    client = Client(folder)
    client.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}})
    client.notify("initialized", {})
    yield client, folder, outside
    client.process.kill()


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def execute_accept(client: Client, uri: str, word: str) -> dict:
    return client.request(
        "workspace/executeCommand", {"command": "newslint.acceptSpelling", "arguments": [uri, word]}
    )


def test_accept_spelling_refuses_outside_uris_traversal_and_bad_words(workspace) -> None:
    client, folder, outside = workspace
    (outside / "newslint.toml").write_text("# theirs\n", encoding="utf-8")
    before = files_under(outside)
    hostile = [
        ((outside / "story.txt").as_uri(), "Kharkiv"),
        (folder.as_uri() + "/../outside/story.txt", "Kharkiv"),
        ("untitled:Untitled-1", "Kharkiv"),
        ((folder / "story.txt").as_uri(), "Kharkiv\n[tool]\nselect = 1"),
        ((folder / "story.txt").as_uri(), 'Kharkiv"]'),
    ]
    for uri, word in hostile:
        result = execute_accept(client, uri, word)
        assert "refused" in result, (uri, word, result)
    assert files_under(outside) == before
    assert not (folder / "newslint.toml").exists()
    assert not (outside.parent / "newslint.toml").exists()


def test_accept_spelling_inside_keeps_comments(workspace) -> None:
    client, folder, _ = workspace
    config = folder / "newslint.toml"
    config.write_text('# house style\naccept = ["Odesa"]  # keep\n', encoding="utf-8")
    result = execute_accept(client, (folder / "story.txt").as_uri(), "Mykolaiv")
    assert result == {"written": str(config)}
    text = config.read_text(encoding="utf-8")
    assert "# house style" in text and "# keep" in text
    assert '"Odesa"' in text and '"Mykolaiv"' in text


def test_code_action_on_an_unopened_file_reads_nothing(workspace, tmp_path: Path) -> None:
    client, folder, outside = workspace
    secret = outside / "secret.txt"
    secret.write_text("The the secret plan.\n", encoding="utf-8")
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": secret.as_uri()},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}},
            "context": {"diagnostics": []},
        },
    )
    assert actions in (None, [])
    published = [m for m in client.backlog if m.get("method") == "textDocument/publishDiagnostics"]
    assert not any(m["params"]["uri"] == secret.as_uri() for m in published)


def test_malformed_json_rpc_gets_error_replies_and_the_server_goes_on(workspace) -> None:
    client, folder, _ = workspace
    for body, code in ((b"{not json", -32700), (b"[1, 2]", -32600), (b'{"jsonrpc": "2.0", "id": 9}', -32600)):
        client.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        client.process.stdin.flush()
        reply = client.wait(lambda m: "error" in m and m.get("id") is None, timeout=30)
        assert reply["error"]["code"] == code, reply
    uri = (folder / "story.txt").as_uri()
    client.notify(
        "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": TEXT}}
    )
    assert "RE001" in {d["code"] for d in client.diagnostics(uri)}
