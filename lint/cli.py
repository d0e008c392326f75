"""The command line: ``newslint [PATHS]``, ``newslint rules``, ``newslint rule CODE``, ``newslint lsp``."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from newslint import __version__
from newslint.config import Config, ConfigError, find_config_file, load_config
from newslint.document import Document
from newslint.finding import Finding
from newslint.registry import all_rules, find_rule, rules_for_config
from newslint.rule import Rule

SUBCOMMANDS = ("rules", "rule", "lsp", "report", "view")

check_app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
commands_app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


def _split(values: list[str] | None) -> list[str]:
    return [item.strip() for value in values or [] for item in value.split(",") if item.strip()]


def fail(message: str) -> typer.Exit:
    typer.echo(f"newslint: error: {message}", err=True)
    return typer.Exit(2)


def resolve_config(config_path: Path | None, paths: list[str], stdin_filename: str | None = None) -> Config:
    """--config, or the configuration nearest the first path (stdin: its --stdin-filename)."""
    if config_path is not None:
        return load_config(config_path)
    if paths and paths[0] == "-":
        start = Path(stdin_filename).absolute() if stdin_filename else Path.cwd()
    else:
        start = Path(paths[0]) if paths else Path.cwd()
    return load_config(find_config_file(start))


@check_app.command(context_settings={"help_option_names": ["-h", "--help"]})
def check(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files or folders (searched for .txt, .md, .html); - for stdin.")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="text, json, json-lines, sarif or github.")] = "text",
    select: Annotated[
        list[str] | None, typer.Option(help="Rules to run: codes, code prefixes or names (comma-separated).")
    ] = None,
    extend_select: Annotated[list[str] | None, typer.Option(help="Rules to add to the selection.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Rules to leave out: codes, prefixes or names.")] = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule instead of findings.")
    ] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    show_source: Annotated[
        bool | None,
        typer.Option(
            "--show-source/--no-show-source", help="Show the source line under each finding (default: on a terminal)."
        ),
    ] = None,
    config_path: Annotated[
        Path | None, typer.Option("--config", help="Configuration file (newslint.toml or pyproject.toml).")
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes in place.")] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="With --fix or --diff, also apply fixes that need a human look.")
    ] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the fixes as a unified diff; change nothing.")] = False,
    stdin_filename: Annotated[
        str | None, typer.Option(help="Path (and so type) to report for text read from stdin.")
    ] = None,
    report_unused_suppressions: Annotated[
        bool, typer.Option("--report-unused-suppressions", help="Report suppression comments that suppress nothing.")
    ] = False,
    languagetool: Annotated[
        bool, typer.Option("--languagetool", help="Add LanguageTool's grammar and spelling findings.")
    ] = False,
    languagetool_url: Annotated[
        str | None, typer.Option(help="LanguageTool server URL (or NEWSLINT_LANGUAGETOOL_URL).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only, no summary.")] = False,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Globs to leave out (gitignore syntax), replacing the configuration's.")
    ] = None,
    extend_exclude: Annotated[
        list[str] | None, typer.Option(help="Globs to leave out, added to the configuration's.")
    ] = None,
    respect_gitignore: Annotated[
        bool, typer.Option("--respect-gitignore/--no-respect-gitignore", help="Leave out files .gitignore names.")
    ] = True,
    force_exclude: Annotated[
        bool, typer.Option("--force-exclude", help="Apply exclusions to files named on the command line too.")
    ] = False,
    corpus: Annotated[
        list[str] | None,
        typer.Option(help="Folders read as cross-file evidence only (names across the archive); not reported on."),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Processes that read and check the files (default: all cores).")
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="local (this machine, --jobs processes) or dask (a Dask cluster: pip install 'newslint[dask]').",
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler's address (tcp://host:8786); without it a local cluster "
            "of --jobs workers.",
        ),
    ] = None,
    watch: Annotated[bool, typer.Option("--watch", help="Re-lint files as they change, until Ctrl-C.")] = False,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="With --format json: a versioned object with findings and a score per file."),
    ] = False,
    fail_level: Annotated[
        str, typer.Option("--fail-level", help="Exit 1 only for findings at or above: error, warning or info.")
    ] = "info",
    output_file: Annotated[
        Path | None, typer.Option("--output-file", "-o", help="Write the report to this file instead of stdout.")
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Lint machine-translated and scraped news for translation artifacts.

    Other commands: `newslint rules` (list the rules), `newslint rule CODE` (a rule's
    documentation), `newslint view PATH` (the text newslint lints in a file), `newslint report PATHS`
    (an HTML quality report), `newslint lsp` (the language server for editors).
    """
    if version:
        typer.echo(f"newslint {__version__}")
        raise typer.Exit(0)
    from newslint import output

    if output_format not in output.FORMATS:
        raise fail(f"unknown format '{output_format}'; choose one of {', '.join(output.FORMATS)}")
    paths = paths or ["."]
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

    from newslint.runner import lint_paths

    if fix or diff:
        raise typer.Exit(
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
            )
        findings = result.findings + result.unused_suppressions
        for error in result.errors:
            typer.echo(f"newslint: error: {error}", err=True)
        for note in result.notes:
            typer.echo(f"newslint: note: {note}", err=True)
        _emit(_render(result, findings), output_file)
        return findings, result.errors

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
                report.append(output.render_summary(findings, len(result.errors)))
        return report

    findings, errors = lint_and_report(paths, _split(corpus))
    if watch:
        raise typer.Exit(_watch(paths, lint_and_report))
    failing = [f for f in findings if SEVERITY_RANK[f.severity.value] >= SEVERITY_RANK[fail_level]]
    raise typer.Exit(_exit_code(failing, errors, exit_zero))


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
    typer.echo("newslint: watching for changes (Ctrl-C to stop)", err=True)
    try:
        for changes in watch(*folders, debounce=200):
            changed = sorted(
                {path for _, path in changes if Path(path).suffix.lower() in TEXT_SUFFIXES and Path(path).is_file()}
            )
            if changed:
                stamp = datetime.now().strftime("%H:%M:%S")
                typer.echo(f"newslint: {stamp}: re-linting {len(changed)} changed file(s)", err=True)
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
            typer.echo(part)
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
        typer.echo(f"newslint: error: {error}", err=True)
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
            typer.echo(f"Would fix {outcome.applied} finding{'s' if outcome.applied != 1 else ''}.", err=True)
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
                typer.echo(f"newslint: error: {error}", err=True)
    unwritten = {error.path for error in refused}
    remaining = lint_documents(
        [rebuild(d, d.source if d.path in unwritten else outcome.texts[d.path]) for d in documents], config, rules
    )
    if as_json and not stdin_mode:
        from newslint.quality import assess_all

        qualities = assess_all(remaining.documents, remaining.findings, config.quality)
        typer.echo(output.render_json_report(remaining.findings, remaining.documents, qualities, fixed=outcome.applied))
    elif remaining.findings and not stdin_mode:
        typer.echo(output.render_text(remaining.findings, remaining.documents))
    if not quiet and not (as_json and not stdin_mode):
        summary = output.render_summary(
            remaining.findings, len(first.errors), fixed=outcome.applied, unwritten=len(refused)
        )
        typer.echo(summary, err=stdin_mode)
    return _exit_code(remaining.findings, [*first.errors, *refused], False)


@commands_app.command("rules")
def list_rules(
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """List every rule: code, name, default severity and what it finds."""
    import json

    rules = all_rules()
    if output_format == "json":
        typer.echo(
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
        typer.echo(f"{rule.code:<7} {rule.name:<20} {rule.severity.value:<8} {rule.summary}{flag}")


@commands_app.command("rule")
def explain_rule(selector: Annotated[str, typer.Argument(help="A rule code or name.")]) -> None:
    """Print a rule's documentation with examples."""
    rule = find_rule(selector)
    if rule is None:
        family = [r for r in all_rules() if r.code.upper().startswith(selector.upper())]
        if family:
            for member in family:
                typer.echo(f"{member.code:<7} {member.name:<20} {member.severity.value:<8} {member.summary}")
            return
        raise fail(f"no rule '{selector}'{_nearest_rule_hint(selector)} (see 'newslint rules')")
    typer.echo(f"# {rule.name} ({rule.code})\n")
    typer.echo(f"Default severity: {rule.severity.value}\n")
    typer.echo(rule.documentation())


def _nearest_rule_hint(selector: str) -> str:
    """"; did you mean 'capitalization' (CA001)?" for a near miss of a rule's name or code."""
    import difflib

    names = {rule.name: rule for rule in all_rules()} | {rule.code.lower(): rule for rule in all_rules()}
    close = difflib.get_close_matches(selector.lower(), list(names), n=1, cutoff=0.6)
    if not close:
        return ""
    rule = names[close[0]]
    return f"; did you mean '{rule.name}' ({rule.code})?"


@commands_app.command("report")
def corpus_report(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to report on.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    config_path: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
    select: Annotated[list[str] | None, typer.Option(help="Rules to run (codes, prefixes or names).")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Rules to leave out.")] = None,
) -> None:
    """Write one self-contained HTML report: corpus summary, score per article, every finding in place."""
    from newslint.fixes import write_atomically
    from newslint.quality import assess_all
    from newslint.report import render_report
    from newslint.runner import lint_paths

    try:
        config = resolve_config(config_path, paths)
        rules = rules_for_config(config, _split(select), (), _split(ignore))
    except ConfigError as error:
        raise fail(str(error)) from error
    result = lint_paths(paths, config, rules)
    for error in result.errors:
        typer.echo(f"newslint: error: {error}", err=True)
    qualities = assess_all(result.documents, result.findings, config.quality)
    try:
        write_atomically(str(output), render_report(result.documents, result.findings, qualities))
    except OSError as error:
        raise fail(f"{output}: cannot write the report: {error.strerror or error}") from error
    verdicts = Counter(q.verdict for q in qualities)
    detail = ", ".join(f"{count} {name}" for name, count in verdicts.most_common())
    typer.echo(f"Wrote {output}: {len(qualities)} articles, {len(result.findings)} findings ({detail}).")
    raise typer.Exit(2 if result.errors else 0)


@commands_app.command("lsp")
def language_server() -> None:
    """Run the language server on stdio (for editors)."""
    from newslint.lsp import serve

    serve()


@commands_app.command("view", context_settings={"help_option_names": ["-h", "--help"]})
def show_view(
    path: Annotated[str, typer.Argument(help="An .html, .md or .txt file.", metavar="PATH", show_default=False)],
) -> None:
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
        typer.echo(f"newslint: note: {note}", err=True)
    if doc.kind == "text":
        sys.stdout.write(doc.text)
        return
    lines = (line.strip() for line in doc.text.splitlines())
    text = regex.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if text:
        typer.echo(text)


def main() -> None:
    from newslint.runner import tune_garbage_collection

    tune_garbage_collection()
    args = sys.argv[1:]
    app = commands_app if args and args[0] in SUBCOMMANDS else check_app
    try:
        app(prog_name="newslint")
    except SystemExit:
        raise
    except Exception as error:  # a bug of ours: say so plainly, exit 2
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        typer.echo(f"newslint: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(2)
