"""The language server (``newslint lsp``, stdio): diagnostics on open, change and save; code actions
to fix, fix all, ignore a rule here, and accept a spelling; configuration reloaded on change.

Positions are sent in UTF-16 code units as LSP requires; newslint's own offsets are code points.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer

from newslint import __version__, regexes
from newslint.config import Config, ConfigError, find_config_file, load_config
from newslint.document import Document
from newslint.finding import Applicability, Finding
from newslint.fixes import fix_until_stable, source_edits, write_atomically
from newslint.registry import rules_for_config
from newslint.rule import Rule
from newslint.runner import lint_documents
from newslint.sources import Source, SourceError, discover, kind_of, make_document, read_source

DEBOUNCE_SECONDS = 0.03
ACCEPT_COMMAND = "newslint.acceptSpelling"
NAME_RULES = {"NS001", "NC001", "CA001", "RT001"}
CONFIG_NAMES = ("newslint.toml", ".newslint.toml", "pyproject.toml")
MAX_WORKSPACE_FILES = 2000  # the workspace corpus is read once and kept; past this, only the first files


def uri_to_path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def utf16_position(doc: Document, source_offset: int) -> types.Position:
    """LSP position (line, UTF-16 column) of a code-point offset into the document's source."""
    line, column, _ = doc.position(source_offset, in_source=True)
    line_start = doc.source_line_starts[line - 1]
    prefix = doc.source[line_start:source_offset]
    return types.Position(line=line - 1, character=len(prefix.encode("utf-16-le")) // 2)


def source_range(doc: Document, start: int, end: int) -> types.Range:
    return types.Range(start=utf16_position(doc, start), end=utf16_position(doc, end))


def finding_range(doc: Document, finding: Finding) -> types.Range:
    if finding.in_source:
        return source_range(doc, finding.start, finding.end)
    start = doc.position(finding.start)[2]
    end = doc.position(finding.end, end=finding.end > finding.start)[2]
    return source_range(doc, start, end)


SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.configs: dict[str, Config] = {}
        self.findings: dict[str, tuple[Document, list[Finding]]] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.disk_documents: dict[str, tuple[tuple[int, int], Document]] = {}

    # -- configuration ---------------------------------------------------------------------------
    def config_for(self, path: str) -> Config:
        folder = str(Path(path).parent)
        if folder not in self.configs:
            try:
                self.configs[folder] = load_config(find_config_file(Path(path)))
            except ConfigError as error:
                self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=str(error)))
                self.configs[folder] = Config()
        return self.configs[folder]

    def rules_for(self, config: Config) -> list[type[Rule]]:
        try:
            return rules_for_config(config)
        except ConfigError as error:
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=str(error)))
            return rules_for_config(Config())

    def reload_configuration(self) -> None:
        self.configs.clear()
        for uri in list(self.workspace.text_documents):
            self.lint_and_publish(uri)

    # -- linting ---------------------------------------------------------------------------------
    def lint(self, uri: str) -> tuple[Document, list[Finding]]:
        text_document = self.workspace.get_text_document(uri)
        path = uri_to_path(uri)
        doc = make_document(path, text_document.source, kind_of(path))
        config = self.config_for(path)
        corpus = [doc, *self.workspace_corpus(path, config)]
        findings = lint_documents(corpus, config, self.rules_for(config), report_only={path}).findings
        for finding in findings:
            finding.path = path
        return doc, findings

    def workspace_corpus(self, path: str, config: Config) -> list[Document]:
        """The other files of the workspace as the command line would read them (open editors'
        text first, then the files on disk), so cross-file evidence is the same in both."""
        folder = self.folder_of(Path(path))
        if folder is None:
            return []
        open_documents = {
            uri_to_path(uri): document
            for uri, document in self.workspace.text_documents.items()
            if uri.startswith("file:") and uri_to_path(uri) != path
        }
        corpus: list[Document] = []
        seen = {str(Path(path).resolve())}
        for item in discover([str(folder)], config.exclusions()):
            if len(corpus) >= MAX_WORKSPACE_FILES or isinstance(item, SourceError):
                continue
            real = str(Path(item.path).resolve())
            if real in seen:
                continue
            seen.add(real)
            if item.path in open_documents:
                corpus.append(make_document(item.path, open_documents[item.path].source, item.kind))
            elif (doc := self.disk_document(item, config)) is not None:
                corpus.append(doc)
        return corpus

    def disk_document(self, source: Source, config: Config) -> Document | None:
        """A file on disk, read once and kept until its size or modification time changes."""
        try:
            status = os.stat(source.path)
        except OSError:
            return None
        stamp = (status.st_size, status.st_mtime_ns)
        cached = self.disk_documents.get(source.path)
        if cached and cached[0] == stamp:
            return cached[1]
        try:
            doc = read_source(source, max_size=config.max_file_size)
        except SourceError:
            return None
        self.disk_documents[source.path] = (stamp, doc)
        return doc

    def lint_and_publish(self, uri: str) -> None:
        doc, findings = self.lint(uri)
        self.findings[uri] = (doc, findings)
        diagnostics = [self.diagnostic(doc, index, finding) for index, finding in enumerate(findings)]
        version = self.workspace.get_text_document(uri).version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def schedule(self, uri: str) -> None:
        """Lint after a short pause in typing (each change restarts the wait)."""
        loop = asyncio.get_event_loop()
        if uri in self.pending:
            self.pending[uri].cancel()
        self.pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self._run_pending, uri)

    def _run_pending(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri in self.workspace.text_documents:
            self.lint_and_publish(uri)

    @staticmethod
    def diagnostic(doc: Document, index: int, finding: Finding) -> types.Diagnostic:
        return types.Diagnostic(
            range=finding_range(doc, finding),
            message=finding.message,
            severity=SEVERITY[finding.severity.value],
            code=finding.code,
            source="newslint",
            data={"index": index, "rule": finding.rule},
            related_information=[
                types.DiagnosticRelatedInformation(
                    location=types.Location(
                        uri=Path(item.path).resolve().as_uri(),
                        range=source_range(doc, doc.position(item.start)[2], doc.position(item.end, end=True)[2]),
                    ),
                    message=item.message,
                )
                for item in finding.related
                if item.path == doc.path
            ]
            or None,
        )

    # -- code actions ----------------------------------------------------------------------------
    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        if uri not in self.workspace.text_documents:
            return []  # never read a file the editor did not open
        if uri not in self.findings:
            self.lint_and_publish(uri)
        doc, findings = self.findings[uri]
        actions: list[types.CodeAction] = []
        ours = [d for d in params.context.diagnostics if isinstance(d.data, dict) and "index" in d.data]
        for diagnostic in ours:
            index = int(diagnostic.data["index"])
            if index >= len(findings):
                continue
            finding = findings[index]
            if finding.fix is not None:
                edits = source_edits(finding, doc)
                if edits:
                    actions.append(
                        types.CodeAction(
                            title=f"{finding.fix.message} ({finding.code})",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic],
                            is_preferred=finding.fix.applicability is Applicability.SAFE,
                            edit=self.workspace_edit(uri, doc, [(e.start, e.end, e.content) for e in edits]),
                        )
                    )
            if doc.kind in ("markdown", "html"):
                actions.append(self.ignore_here(uri, doc, finding, diagnostic))
            if finding.code in NAME_RULES:
                word = doc.source[doc.position(finding.start)[2] : doc.position(finding.end, end=True)[2]]
                if word and len(word.split()) <= 3:
                    actions.append(
                        types.CodeAction(
                            title=f"Accept the spelling '{word}' in this workspace",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic],
                            command=types.Command(
                                title="Accept spelling", command=ACCEPT_COMMAND, arguments=[uri, word]
                            ),
                        )
                    )
        if ours and any(f.fix and f.fix.applicability is Applicability.SAFE for f in findings):
            actions.append(self.fix_all(uri, doc))
        return actions

    def workspace_edit(self, uri: str, doc: Document, edits: list[tuple[int, int, str]]) -> types.WorkspaceEdit:
        text_edits = [
            types.TextEdit(range=source_range(doc, start, end), new_text=content) for start, end, content in edits
        ]
        return types.WorkspaceEdit(changes={uri: text_edits})

    def fix_all(self, uri: str, doc: Document) -> types.CodeAction:
        path = uri_to_path(uri)
        config = self.config_for(path)
        rules = self.rules_for(config)
        outcome = fix_until_stable(
            [doc],
            lambda docs: lint_documents(docs, config, rules).findings,
            lambda old, text: make_document(old.path, text, old.kind),
            unsafe=False,
        )
        fixed = outcome.texts[doc.path]
        end = len(doc.source)
        return types.CodeAction(
            title="Fix all safe newslint findings in this file",
            kind=types.CodeActionKind.SourceFixAll,
            edit=self.workspace_edit(uri, doc, [(0, end, fixed)]),
        )

    def ignore_here(self, uri: str, doc: Document, finding: Finding, diagnostic: types.Diagnostic) -> types.CodeAction:
        line_start = doc.source_line_starts[diagnostic.range.start.line]
        newline = "\r\n" if "\r\n" in doc.source else "\n"
        comment = f"<!-- newslint-disable-next-line {finding.code} -->{newline}"
        return types.CodeAction(
            title=f"Ignore {finding.code} ({finding.rule}) on this line",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=self.workspace_edit(uri, doc, [(line_start, line_start, comment)]),
        )

    def workspace_folders(self) -> list[Path]:
        """The folders the editor opened: the only places the server reads or writes files."""
        folders = [Path(uri_to_path(folder.uri)) for folder in self.workspace.folders.values()]
        if self.workspace.root_path:
            folders.append(Path(self.workspace.root_path))
        return [folder.resolve() for folder in folders if folder.is_absolute()]

    def folder_of(self, path: Path) -> Path | None:
        """The workspace folder that holds path (after resolving links and '..'), or None."""
        resolved = path.resolve()
        for folder in self.workspace_folders():
            if resolved == folder or folder in resolved.parents:
                return folder
        return None

    def accept_spelling(self, uri: str, word: str) -> str:
        """Add word to the accept list of the workspace configuration; returns the file written.

        Only for a file inside a workspace folder, and only a configuration file inside that
        folder is written; the word must be one plausible name (no line breaks or TOML syntax)."""
        if not uri.startswith("file:"):
            raise ValueError(f"not a file URI: {uri}")
        word = validated_word(word)
        path = Path(uri_to_path(uri))
        folder = self.folder_of(path)
        if folder is None:
            raise ValueError(f"{path} is outside the workspace folders; nothing written")
        target = _config_within(path.resolve().parent, folder) or folder / "newslint.toml"
        if self.folder_of(target) != folder:
            raise ValueError(f"{target} is outside the workspace folder; nothing written")
        add_accepted_word(target, word)
        self.reload_configuration()
        return str(target)

    def report_server_error(self, error: Exception, source: type) -> None:
        """Messages that are not JSON, or not JSON-RPC requests, get the JSON-RPC error reply
        (parse error, invalid request) instead of only a pop-up."""
        if source is JsonRpcException or (isinstance(source, type) and issubclass(source, JsonRpcException)):
            if isinstance(error, json.JSONDecodeError) or isinstance(error.__cause__, json.JSONDecodeError):
                code, message = -32700, "Parse error"
            else:
                code, message = -32600, "Invalid Request"
            self.protocol._send_data({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}})
            return
        super().report_server_error(error, source)


ACCEPTABLE_WORD = regexes.compile(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.\- ]{0,79}")


def validated_word(word: object) -> str:
    """A spelling fit for the accept list: one line of letters (names may hold ' . - and spaces)."""
    if not isinstance(word, str) or not ACCEPTABLE_WORD.fullmatch(word) or word != word.strip():
        raise ValueError(f"not a word that can be accepted: {word!r}")
    return word


def _config_within(start: Path, folder: Path) -> Path | None:
    """The nearest configuration file from start up to (and including) the workspace folder."""
    for directory in [start, *start.parents]:
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or "[tool.newslint" in _read(candidate)):
                return candidate
        if directory == folder:
            break
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def add_accepted_word(target: Path, word: str) -> None:
    """Insert word into the ``accept`` list of a newslint.toml or pyproject.toml with a TOML
    editor, keeping comments, order and everything else."""
    import tomlkit

    text = target.read_text(encoding="utf-8") if target.exists() else ""
    document = tomlkit.parse(text)
    if target.name == "pyproject.toml":
        tool = document.setdefault("tool", tomlkit.table())
        table = tool.setdefault("newslint", tomlkit.table())
    else:
        table = document
    accept = table.get("accept")
    if accept is None:
        accept = tomlkit.array()
        accept.append(word)
        table["accept"] = accept
    elif word not in accept:
        accept.append(word)
    write_atomically(str(target), tomlkit.dumps(document))


def build_server() -> NewslintServer:
    server = NewslintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint_and_publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        if Path(uri_to_path(params.text_document.uri)).name in CONFIG_NAMES:
            ls.reload_configuration()
        elif params.text_document.uri in ls.workspace.text_documents:
            ls.lint_and_publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.findings.pop(params.text_document.uri, None)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(Path(uri_to_path(change.uri)).name in CONFIG_NAMES for change in params.changes):
            ls.reload_configuration()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]),
    )
    def code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions(params)

    @server.command(ACCEPT_COMMAND)
    def accept(ls: NewslintServer, uri: str, word: str) -> dict[str, str]:
        try:
            return {"written": ls.accept_spelling(uri, word)}
        except ValueError as error:
            ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=str(error)))
            return {"refused": str(error)}

    return server


def serve() -> None:
    build_server().start_io()


__all__ = ["add_accepted_word", "build_server", "serve"]
