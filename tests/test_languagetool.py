"""The LanguageTool backend against a local server that answers as LanguageTool's HTTP API documents."""

import json
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from conftest import run_cli

TEXT = "Fans 😀 say they goes to school. The war. .\n"


def utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def match(text: str, target: str, rule_id: str, issue: str, category: str, replacements: list[str]) -> dict:
    index = text.index(target)
    offset = utf16_offset(text, index)
    length = utf16_offset(text, index + len(target)) - offset
    return {
        "message": f"Possible problem ({rule_id}).",
        "shortMessage": "",
        "replacements": [{"value": value} for value in replacements],
        "offset": offset,
        "length": length,
        "context": {"text": text, "offset": offset, "length": length},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {"id": rule_id, "description": "d", "issueType": issue, "category": {"id": category, "name": category}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


class FakeLanguageTool(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, payload):
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._send([{"name": "English (US)", "code": "en", "longCode": "en-US"}])
        else:
            self.send_error(404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        params = parse_qs(self.rfile.read(length).decode())
        text = params["text"][0]
        matches = []
        if " goes " in text:
            matches.append(match(text, "goes", "THEY_VERB_AGR", "grammar", "GRAMMAR", ["go", "went"]))
        if ". ." in text:
            matches.append(match(text, ". .", "DOUBLE_PUNCTUATION", "typographical", "PUNCTUATION", ["."]))
        self._send({"software": {"name": "LanguageTool"}, "language": {"code": "en-US"}, "matches": matches})


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeLanguageTool)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_matches_become_findings_with_code_point_positions_and_unsafe_fixes(server, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run_cli(str(path), "--languagetool", "--languagetool-url", server, "--format", "json")
    findings = json.loads(result.stdout)
    lt = [f for f in findings if f["code"] == "LT001"]
    assert len(lt) == 1, findings  # the doubled period is newslint's own finding, not reported twice
    finding = lt[0]
    assert TEXT[finding["start"]["offset"] : finding["end"]["offset"]] == "goes"
    assert finding["start"]["column"] == TEXT.index("goes") + 1
    assert "THEY_VERB_AGR" in finding["message"] and "went" in finding["message"]
    assert finding["fix"]["applicability"] == "unsafe" and finding["fix"]["edits"][0]["content"] == "go"
    assert any(f["code"] == "PU001" for f in findings)


def test_off_by_default(server, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    findings = json.loads(run_cli(str(path), "--format", "json").stdout)
    assert not any(f["code"] == "LT001" for f in findings)


def test_unreachable_server_is_one_line_and_other_rules_still_run(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = run_cli(str(path), "--languagetool", "--languagetool-url", f"http://127.0.0.1:{port}")
    notes = [line for line in result.stderr.splitlines() if "LanguageTool" in line]
    assert len(notes) == 1 and "not available" in notes[0]
    assert "PU001" in result.stdout and result.returncode == 1


@pytest.mark.skipif(not os.environ.get("NEWSLINT_LANGUAGETOOL_URL"), reason="NEWSLINT_LANGUAGETOOL_URL is not set")
def test_against_a_real_server(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("He go to school every days.\n", encoding="utf-8")
    findings = json.loads(run_cli(str(path), "--languagetool", "--format", "json").stdout)
    assert any(f["code"] == "LT001" for f in findings)
