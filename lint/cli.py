"""The command line: ``newslint [PATHS]``, ``newslint rules``, ``newslint rule CODE``, ``newslint lsp``,
``newslint clean``.

The commands' work is done by the plain functions here; their options are declared with typer in
newslint.cli_typer. A check with paths and the usual options is parsed here directly and never
imports typer (with its validation layer) or the other commands: a single article goes from
process start to exit in a fraction of the time. Anything else (help, another command, an option
written another way, an unusual terminal) goes to typer, which runs the same functions.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint import __version__

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.document import Document
    from newslint.finding import Finding
    from newslint.rule import Rule

SUBCOMMANDS = ("rules", "rule", "lsp", "report", "view", "clean")


class Exit(Exception):
    """End the command with this exit code (what typer.Exit does for typer's commands)."""

    def __init__(self, code: int = 0) -> None:
        super().__init__(code)
        self.code = code


ANSI_CODE = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def echo(message: str, err: bool = False) -> None:
    """Print a line on stdout (or stderr) as typer.echo does: colour codes are dropped when the
    stream is not a terminal, and the stream is flushed."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    text = message + "\n"
    if not _isatty(stream):
        text = ANSI_CODE.sub("", text)
    stream.write(text)
    stream.flush()


def _isatty(stream: Any) -> bool:
    try:
        return stream.isatty()
    except Exception:  # noqa: BLE001 - a stream without a terminal is no terminal
        return False


def _split(values: list[str] | None) -> list[str]:
    return [item.strip() for value in values or [] for item in value.split(",") if item.strip()]


def fail(message: str) -> Exit:
    echo(f"newslint: error: {message}", err=True)
    return Exit(2)


def resolve_config(config_path: Path | None, paths: list[str], stdin_filename: str | None = None) -> Config:
    """--config, or the configuration nearest the first path (stdin: its --stdin-filename)."""
    from newslint.config import find_config_file, load_config

    if config_path is not None:
        return load_config(config_path)
    if paths and paths[0] == "-":
        start = Path(stdin_filename).absolute() if stdin_filename else Path.cwd()
    else:
        start = Path(paths[0]) if paths else Path.cwd()
    return load_config(find_config_file(start))


def run_check(
    paths: list[str] | None = None,
    output_format: str = "text",
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    statistics: bool = False,
    exit_zero: bool = False,
    show_source: bool | None = None,
    config_path: Path | None = None,
    fix: bool = False,
    unsafe_fixes: bool = False,
    diff: bool = False,
    stdin_filename: str | None = None,
    report_unused_suppressions: bool = False,
    languagetool: bool = False,
    languagetool_url: str | None = None,
    quiet: bool = False,
    exclude: list[str] | None = None,
    extend_exclude: list[str] | None = None,
    respect_gitignore: bool = True,
    force_exclude: bool = False,
    corpus: list[str] | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    watch: bool = False,
    summary: bool = False,
    fail_level: str = "info",
    output_file: Path | None = None,
    no_cache: bool = False,
    cache_dir: Path | None = None,
    version: bool = False,
) -> None:
    """The check command (its options: newslint.cli_typer.check); raises Exit with the exit code."""
    if version:
        echo(f"newslint {__version__}")
        raise Exit(0)
    from newslint import output

    if output_format not in output.FORMATS:
        raise fail(f"unknown format '{output_format}'; choose one of {', '.join(output.FORMATS)}")
    paths = paths or ["."]
    from newslint.config import ConfigError
    from newslint.registry import rules_for_config

    try:
        config = resolve_config(config_path, paths, stdin_filename)
        if languagetool:
            config.languagetool = True
        if languagetool_url:
            config.languagetool_url = languagetool_url
        rules = rules_for_config(config, _split(select), _split(extend_select), _split(ignore))
    except ConfigError as error:
        raise fail(str(error)) from error
    if exclude is not None:
        config.exclude = _split(exclude)
    config.exclude = [*config.exclude, *_split(extend_exclude)]
    config.respect_gitignore = config.respect_gitignore and respect_gitignore
    config.force_exclude = force_exclude
    config.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if fail_level not in FAIL_LEVELS:
        raise fail(f"unknown --fail-level '{fail_level}'; choose error, warning or info")
    _check_engine(engine, scheduler, paths, fix=fix or diff, watch=watch)
    # --fix and --diff lint real documents (the fixes apply to them); Dask has no cache.
    results = None if fix or diff or engine == "dask" else cache_folder(config, cache_dir, no_cache)

    from newslint.runner import lint_paths

    if fix or diff:
        raise Exit(
            _run_fixes(
                paths,
                config,
                rules,
                unsafe=unsafe_fixes,
                diff=diff,
                stdin_filename=stdin_filename,
                quiet=quiet,
                as_json=output_format == "json",
            )
        )

    def lint_and_report(targets: list[str], corpus_paths: list[str]) -> tuple[list[Finding], list]:
        if engine == "dask":
            result = _lint_on_dask(targets, config, rules, scheduler, corpus_paths, report_unused_suppressions)
        else:
            result = lint_paths(
                targets,
                config,
                rules,
                stdin_filename=stdin_filename,
                report_unused_suppressions=report_unused_suppressions,
                corpus_paths=corpus_paths,
                progress=_progress_bar() if _wants_progress(targets) else None,
                cache_dir=results,
            )
        findings = result.findings + result.unused_suppressions
        for error in result.errors:
            echo(f"newslint: error: {error}", err=True)
        for note in result.notes:
            echo(f"newslint: note: {note}", err=True)
        _emit(_render(result, findings), output_file)
        return findings, [*result.errors, *result.failures]  # a rule that failed exits 2 too

    def _render(result, findings: list[Finding]) -> list[str]:
        docs = result.documents
        report: list[str] = []
        if output_format == "json" and (statistics or summary):
            from newslint.quality import assess_all

            qualities = assess_all(docs, result.findings, config.quality)
            report.append(
                output.render_json_report(
                    None if statistics else findings, docs, qualities, statistics=findings if statistics else None
                )
            )
        elif statistics:
            from newslint.quality import assess_all

            if findings:
                report.append(output.render_statistics(findings))
            verdicts = Counter(q.verdict for q in assess_all(docs, result.findings, config.quality))
            report.append("Articles: " + ", ".join(f"{count} {name}" for name, count in verdicts.most_common()))
        elif output_format == "json":
            report.append(output.render_json(findings, docs))
        elif output_format == "json-lines":
            if findings:
                report.append(output.render_json_lines(findings, docs))
        elif output_format == "sarif":
            report.append(output.render_sarif(findings, docs, rules))
        elif output_format == "github":
            if findings:
                report.append(output.render_github(findings, docs))
        else:
            tty = sys.stdout.isatty() and output_file is None
            show = tty if show_source is None else show_source
            if findings:
                report.append(
                    output.render_text(findings, docs, show_source=show, color=tty and "NO_COLOR" not in os.environ)
                )
            if not quiet:
                report.append(output.render_summary(findings, len(result.errors), failures=len(result.failures)))
        return report

    findings, errors = lint_and_report(paths, _split(corpus))
    if watch:
        raise Exit(_watch(paths, lint_and_report))
    failing = [f for f in findings if SEVERITY_RANK[f.severity.value] >= SEVERITY_RANK[fail_level]]
    raise Exit(_exit_code(failing, errors, exit_zero))


def cache_folder(config: Config, option: Path | None = None, no_cache: bool = False) -> Path | None:
    """The result cache's folder for a run (see newslint.result_cache), or None when it is off:
    --no-cache, `cache = false` in the configuration, or NEWSLINT_NO_CACHE=1."""
    from newslint.result_cache import disabled_by_environment, folder_for

    if no_cache or not config.cache or disabled_by_environment():
        return None
    return folder_for(config, option)


def clean_cache(cache_dir: Path | None = None, config_path: Path | None = None) -> None:
    """Delete the result cache's entries (--cache-dir, else the configuration's cache-dir, else the default)."""
    from newslint.config import ConfigError
    from newslint.result_cache import clean, folder_for

    try:
        config = resolve_config(config_path, [])
    except ConfigError as error:
        raise fail(str(error)) from error
    folder = folder_for(config, cache_dir)
    deleted = clean(folder)
    echo(f"Removed {deleted} cached result{'s' if deleted != 1 else ''} from {folder}")


ENGINES = ("local", "dask")


def _check_engine(engine: str, scheduler: str | None, paths: list[str], *, fix: bool, watch: bool) -> None:
    """What each engine can do: the Dask engine lints files and URLs and reports; it fixes nothing."""
    if engine not in ENGINES:
        raise fail(f"unknown --engine '{engine}'; choose {' or '.join(ENGINES)}")
    if engine != "dask":
        if scheduler:
            raise fail("--scheduler needs --engine dask")
        if any("://" in path for path in paths):
            raise fail("URLs are read by the Dask engine only: add --engine dask")
        return
    if fix or watch or "-" in paths:
        raise fail(
            "--engine dask lints files and URLs and reports; --fix, --diff, --watch and stdin need --engine local"
        )


def _lint_on_dask(targets, config: Config, rules, scheduler, corpus_paths, report_unused_suppressions):
    """The run on a Dask cluster (newslint.dask), or a clear error when Dask is not installed."""
    try:
        from newslint.dask import lint_paths as lint_on_dask

        return lint_on_dask(
            targets,
            config,
            rules,
            scheduler=scheduler,
            workers=config.jobs,
            corpus_paths=corpus_paths,
            report_unused_suppressions=report_unused_suppressions,
        )
    except RuntimeError as error:
        if "newslint[dask]" in str(error):
            raise fail(str(error)) from error
        raise


def _watch(paths: list[str], lint_and_report) -> int:
    """Re-lint the files that change (against the rest as their corpus) until interrupted."""
    from datetime import datetime

    from watchfiles import watch

    from newslint.sources import TEXT_SUFFIXES

    folders = [path for path in paths if path != "-"]
    echo("newslint: watching for changes (Ctrl-C to stop)", err=True)
    try:
        for changes in watch(*folders, debounce=200):
            changed = sorted(
                {path for _, path in changes if Path(path).suffix.lower() in TEXT_SUFFIXES and Path(path).is_file()}
            )
            if changed:
                stamp = datetime.now().strftime("%H:%M:%S")
                echo(f"newslint: {stamp}: re-linting {len(changed)} changed file(s)", err=True)
                lint_and_report(changed, folders)
    except KeyboardInterrupt:
        pass
    return 0


def _wants_progress(paths: list[str]) -> bool:
    """A progress bar only on a terminal, never in pipes or CI, and only for a large run."""
    if not sys.stderr.isatty() or os.environ.get("CI") or "-" in paths:
        return False
    total = 0
    for path in paths:
        item = Path(path)
        if item.is_file():
            total += item.stat().st_size
        elif item.is_dir():
            total += sum(p.stat().st_size for p in item.rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm"))
        if total > PROGRESS_MIN_BYTES:
            return True
    return False


PROGRESS_MIN_BYTES = 2_000_000  # about two seconds of linting


def _progress_bar():
    """A callback (done, total) that draws a rich progress bar on stderr."""
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(console=Console(stderr=True), transient=True)
    task = progress.add_task("linting", total=None)
    progress.start()

    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)
        if done >= total:
            progress.stop()

    return update


FAIL_LEVELS = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def _emit(parts: list[str], output_file: Path | None) -> None:
    """The report on stdout, or written to --output-file (errors and notes stay on stderr)."""
    if output_file is None:
        for part in parts:
            echo(part)
        return
    from newslint.fixes import write_atomically

    try:
        write_atomically(str(output_file), "".join(part + "\n" for part in parts))
    except OSError as error:
        raise fail(f"{output_file}: cannot write the report: {error.strerror or error}") from error


def _exit_code(findings: list[Finding], errors: list, exit_zero: bool) -> int:
    """0 clean, 1 findings, 2 when a file could not be linted (its error is on stderr)."""
    if errors:
        return 2
    if findings and not exit_zero:
        return 1
    return 0


def _run_fixes(
    paths: list[str],
    config: Config,
    rules: list[type[Rule]],
    *,
    unsafe: bool,
    diff: bool,
    stdin_filename: str | None,
    quiet: bool,
    as_json: bool = False,
) -> int:
    """--fix and --diff: apply fixes until stable, then write (or print) and report what remains."""
    from newslint import output
    from newslint.fixes import WriteRefused, fix_until_stable, unified_diff, write_fixed
    from newslint.runner import lint_documents, lint_paths
    from newslint.sources import make_document

    first = lint_paths(paths, config, rules, stdin_filename=stdin_filename)
    for error in first.errors:
        echo(f"newslint: error: {error}", err=True)
    documents = list(first.documents.values())

    def lint(docs: list[Document]) -> list[Finding]:
        return lint_documents(docs, config, rules).findings

    def rebuild(doc: Document, text: str) -> Document:
        return make_document(doc.path, text, doc.kind)

    outcome = fix_until_stable(documents, lint, rebuild, unsafe)
    changed = {p: t for p, t in outcome.texts.items() if t != outcome.originals[p]}
    if diff:
        for path in sorted(changed):
            sys.stdout.write(unified_diff(path, outcome.originals[path], changed[path]))
        if not quiet:
            echo(f"Would fix {outcome.applied} finding{'s' if outcome.applied != 1 else ''}.", err=True)
        return 2 if first.errors else (1 if changed else 0)
    stdin_mode = "-" in paths
    stdin_path = stdin_filename or "-"
    if stdin_mode and stdin_path in outcome.texts:
        sys.stdout.write(outcome.texts[stdin_path])
    refused: list[WriteRefused] = []
    for path, text in changed.items():
        if not (stdin_mode and path == stdin_path):
            original = first.documents[path]
            try:
                write_fixed(path, text, encoding=original.encoding, expected=original.fingerprint)
            except WriteRefused as error:
                refused.append(error)
                echo(f"newslint: error: {error}", err=True)
    unwritten = {error.path for error in refused}
    remaining = lint_documents(
        [rebuild(d, d.source if d.path in unwritten else outcome.texts[d.path]) for d in documents], config, rules
    )
    if as_json and not stdin_mode:
        from newslint.quality import assess_all

        qualities = assess_all(remaining.documents, remaining.findings, config.quality)
        echo(output.render_json_report(remaining.findings, remaining.documents, qualities, fixed=outcome.applied))
    elif remaining.findings and not stdin_mode:
        echo(output.render_text(remaining.findings, remaining.documents))
    if not quiet and not (as_json and not stdin_mode):
        summary = output.render_summary(
            remaining.findings, len(first.errors), fixed=outcome.applied, unwritten=len(refused)
        )
        echo(summary, err=stdin_mode)
    return _exit_code(remaining.findings, [*first.errors, *refused], False)


def list_rules(output_format: str = "text") -> None:
    """List every rule: code, name, default severity and what it finds."""
    import json

    from newslint.registry import all_rules

    rules = all_rules()
    if output_format == "json":
        echo(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "severity": r.severity.value,
                        "summary": r.summary,
                        "enabled_by_default": r.enabled_by_default,
                    }
                    for r in rules
                ],
                indent=2,
            )
        )
        return
    for rule in rules:
        flag = "" if rule.enabled_by_default else " (off by default)"
        echo(f"{rule.code:<7} {rule.name:<20} {rule.severity.value:<8} {rule.summary}{flag}")


def explain_rule(selector: str) -> None:
    """Print a rule's documentation with examples."""
    from newslint.registry import all_rules, find_rule

    rule = find_rule(selector)
    if rule is None:
        family = [r for r in all_rules() if r.code.upper().startswith(selector.upper())]
        if family:
            for member in family:
                echo(f"{member.code:<7} {member.name:<20} {member.severity.value:<8} {member.summary}")
            return
        raise fail(f"no rule '{selector}'{_nearest_rule_hint(selector)} (see 'newslint rules')")
    echo(f"# {rule.name} ({rule.code})\n")
    echo(f"Default severity: {rule.severity.value}\n")
    echo(rule.documentation())


def _nearest_rule_hint(selector: str) -> str:
    """"; did you mean 'capitalization' (CA001)?" for a near miss of a rule's name or code."""
    import difflib

    from newslint.registry import all_rules

    names = {rule.name: rule for rule in all_rules()} | {rule.code.lower(): rule for rule in all_rules()}
    close = difflib.get_close_matches(selector.lower(), list(names), n=1, cutoff=0.6)
    if not close:
        return ""
    rule = names[close[0]]
    return f"; did you mean '{rule.name}' ({rule.code})?"


def corpus_report(
    paths: list[str],
    output: Path = Path("report.html"),
    config_path: Path | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> None:
    """Write one self-contained HTML report: corpus summary, score per article, every finding in place."""
    from newslint.config import ConfigError
    from newslint.fixes import write_atomically
    from newslint.quality import assess_all
    from newslint.registry import rules_for_config
    from newslint.report import render_report
    from newslint.runner import lint_paths

    try:
        config = resolve_config(config_path, paths)
        rules = rules_for_config(config, _split(select), (), _split(ignore))
    except ConfigError as error:
        raise fail(str(error)) from error
    result = lint_paths(paths, config, rules, cache_dir=cache_folder(config))
    for error in result.errors:
        echo(f"newslint: error: {error}", err=True)
    qualities = assess_all(result.documents, result.findings, config.quality)
    try:
        write_atomically(str(output), render_report(result.documents, result.findings, qualities))
    except OSError as error:
        raise fail(f"{output}: cannot write the report: {error.strerror or error}") from error
    verdicts = Counter(q.verdict for q in qualities)
    detail = ", ".join(f"{count} {name}" for name, count in verdicts.most_common())
    echo(f"Wrote {output}: {len(qualities)} articles, {len(result.findings)} findings ({detail}).")
    raise Exit(2 if result.errors else 0)


def language_server() -> None:
    """Run the language server on stdio (for editors)."""
    from newslint.lsp import serve

    serve()


def show_view(path: str) -> None:
    """Print the text newslint lints in a file.

    For an HTML page: the article (headline and body) without menus, share bars, footers and
    other page chrome; for Markdown: the prose without front matter, code and link targets (runs
    of blank lines shown as one); for plain text: the text itself. Use it to check that a page's
    article was found before trusting a clean report.
    """
    import regex

    from newslint.sources import Source, SourceError, kind_of, read_source

    target = Path(path)
    if not target.exists():
        raise fail(f"{path}: no such file")
    if target.is_dir():
        raise fail(f"{path}: is a directory; 'newslint view' shows one file")
    try:
        doc = read_source(Source(path, kind_of(path)))
    except SourceError as error:
        raise fail(str(error)) from error
    for note in doc.notes:
        echo(f"newslint: note: {note}", err=True)
    if doc.kind == "text":
        sys.stdout.write(doc.text)
        return
    lines = (line.strip() for line in doc.text.splitlines())
    text = regex.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if text:
        echo(text)


# The check options the fast path reads itself, converted as typer converts them. Flags: the
# parameter and its value; options with a value: the parameter, the conversion, and whether the
# option may be repeated (a list). Short options only as separate words ("-j 4", not "-j4").
_FLAGS: dict[str, tuple[str, bool]] = {
    "--statistics": ("statistics", True),
    "--exit-zero": ("exit_zero", True),
    "--show-source": ("show_source", True),
    "--no-show-source": ("show_source", False),
    "--fix": ("fix", True),
    "--unsafe-fixes": ("unsafe_fixes", True),
    "--diff": ("diff", True),
    "--report-unused-suppressions": ("report_unused_suppressions", True),
    "--languagetool": ("languagetool", True),
    "--quiet": ("quiet", True),
    "-q": ("quiet", True),
    "--respect-gitignore": ("respect_gitignore", True),
    "--no-respect-gitignore": ("respect_gitignore", False),
    "--force-exclude": ("force_exclude", True),
    "--summary": ("summary", True),
    "--no-cache": ("no_cache", True),
}
_VALUES: dict[str, tuple[str, type, bool]] = {
    "--format": ("output_format", str, False),
    "--select": ("select", str, True),
    "--extend-select": ("extend_select", str, True),
    "--ignore": ("ignore", str, True),
    "--config": ("config_path", Path, False),
    "--stdin-filename": ("stdin_filename", str, False),
    "--languagetool-url": ("languagetool_url", str, False),
    "--exclude": ("exclude", str, True),
    "--extend-exclude": ("extend_exclude", str, True),
    "--corpus": ("corpus", str, True),
    "--jobs": ("jobs", int, False),
    "--engine": ("engine", str, False),
    "--scheduler": ("scheduler", str, False),
    "-j": ("jobs", int, False),
    "--fail-level": ("fail_level", str, False),
    "--output-file": ("output_file", Path, False),
    "-o": ("output_file", Path, False),
    "--cache-dir": ("cache_dir", Path, False),
}


def plain_check_options(args: list[str]) -> dict[str, Any] | None:
    """run_check's arguments for a plain check command line, or None when typer must read it
    (help, --version, --watch, another command, an unknown option or a value typer would refuse)."""
    if args and args[0] in SUBCOMMANDS or os.environ.get("_NEWSLINT_COMPLETE"):
        return None
    options: dict[str, Any] = {}
    paths: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _FLAGS and not equals:
            key, flag = _FLAGS[name]
            options[key] = flag
            continue
        if name not in _VALUES:
            return None
        if not equals:
            if index == len(args):
                return None
            value = args[index]
            index += 1
        key, convert, repeated = _VALUES[name]
        if convert is int:
            if not (value.isascii() and value.isdigit() and (value == "0" or not value.startswith("0"))):
                return None
            converted: Any = int(value)
        else:
            converted = convert(value)
        if repeated:
            options.setdefault(key, []).append(converted)
        else:
            options[key] = converted
    if paths:
        options["paths"] = paths
    return options


def _plain_streams() -> bool:
    """Whether stdout and stderr are text streams typer would write to as they are (an encoding
    other than ASCII): then echo() prints exactly what typer.echo would."""
    import codecs

    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if stream is None or not encoding or getattr(stream, "errors", None) is None:
            return False
        try:
            if codecs.lookup(encoding).name == "ascii":
                return False
        except LookupError:
            return False
    return True


class _QuietFlush:
    """A stream whose flush ignores a closed pipe (``newslint ... | head``), as typer's is."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


def _run_plain_check(options: dict[str, Any]) -> int:
    """run_check with typer's handling of an interrupt, a closed pipe and the exit code."""
    try:
        run_check(**options)
    except Exit as done:
        return done.code
    except EOFError:
        echo("", err=True)
        echo("Aborted!", err=True)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        sys.stdout = _QuietFlush(sys.stdout)
        sys.stderr = _QuietFlush(sys.stderr)
        return 1
    return 0


def _exit_at_once(code: int) -> None:
    """End a plain check without tearing the interpreter down: freeing the word data, the
    compiled rules and their tables object by object took a one-article run 12 ms, a tenth of
    it. The exit handlers run and the output is flushed first, as at a normal exit; with
    another thread still running, or an output that cannot be flushed, the process exits the
    usual way (which waits for the thread, or reports the error)."""
    import atexit
    import threading

    if threading.active_count() == 1:
        atexit._run_exitfuncs()
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except Exception:  # noqa: BLE001 - let the usual exit report it
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


def main() -> None:
    from newslint import tune_garbage_collection

    tune_garbage_collection()
    args = sys.argv[1:]
    try:
        options = plain_check_options(args) if _plain_streams() else None
        if options is not None:
            _exit_at_once(_run_plain_check(options))
        from newslint.cli_typer import run_typer

        run_typer(args)
    except SystemExit:
        raise
    except Exception as error:  # a bug of ours: say so plainly, exit 2
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        echo(f"newslint: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
