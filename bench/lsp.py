"""Benchmark: the language server's didChange -> publishDiagnostics latency, warm.

Opens a seed article and a 200 KB document (the clean-news corpus, or a stand-in without it)
in `newslint lsp`, edits each a few times and prints the fastest and the median round trip,
the 30 ms debounce included. Usage: python bench/lsp.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT.parent / "shared" / "corpora" / "clean-news"
LARGE = 200_000


class Server:
    """A `newslint lsp` subprocess spoken to over stdio, one message at a time."""

    def __init__(self, cwd: Path) -> None:
        command = [sys.executable, "-m", "newslint", "lsp"]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd)
        self.next_id = 0

    def send(self, payload: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict:
        stream = self.process.stdout
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b"\n", b""):
            key, _, value = line.decode().partition(":")
            if key.strip().lower() == "content-length":
                length = int(value)
        message = json.loads(stream.read(length))
        if "method" in message and "id" in message:  # a request from the server: answer it
            self.send({"id": message["id"], "result": None})
        return message

    def request(self, method: str, params: dict) -> dict:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id and "method" not in message:
                return message

    def diagnostics(self, uri: str, version: int) -> list:
        while True:
            message = self.receive()
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri:
                if params.get("version") in (None, version):
                    return params["diagnostics"]

    def close(self) -> None:
        self.request("shutdown", {})
        self.send({"method": "exit"})
        self.process.wait(timeout=10)


def large_text() -> str:
    if CLEAN.is_dir():
        text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.txt")))
    else:
        text = "The council met on Monday and approved the budget after a long debate.\n\n" * 3000
    return text[:LARGE]


def measure(server: Server, path: Path, text: str, rounds: int) -> list[float]:
    uri = path.as_uri()
    server.send(
        {
            "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
        }
    )
    server.diagnostics(uri, 1)
    latencies = []
    for round_number in range(rounds + 1):
        version = round_number + 2
        body = text + ("\nOne more line.\n" if round_number % 2 else "")
        started = time.perf_counter()
        server.send(
            {
                "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": body}]},
            }
        )
        server.diagnostics(uri, version)
        latencies.append(time.perf_counter() - started)
    return latencies[1:]  # the first change warms the caches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder)
        server = Server(workspace)
        server.request("initialize", {"processId": None, "rootUri": workspace.as_uri(), "capabilities": {}})
        server.send({"method": "initialized", "params": {}})
        documents = (
            ("seed article", workspace / "seed.txt", seed.read_text(encoding="utf-8")),
            ("200 KB document", workspace / "large.txt", large_text()),
        )
        for label, path, text in documents:
            path.write_text(text, encoding="utf-8")
            latencies = measure(server, path, text, args.rounds)
            print(
                f"{label:16} {len(text.encode()) / 1000:7.0f} KB  didChange -> diagnostics: "
                f"min {min(latencies) * 1000:5.0f} ms, median {statistics.median(latencies) * 1000:5.0f} ms"
            )
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
