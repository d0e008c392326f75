"""The command line's options and help, declared with typer. newslint.cli.main comes here for
anything its own reader of plain check command lines leaves aside (help, --version, --watch,
the other commands, options written another way); the work is done by newslint.cli's functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newslint import cli

check_app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)
commands_app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


def _arguments(values: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if not name.startswith("_")}


def _run(command, *args: Any, **kwargs: Any) -> None:
    """Run one of newslint.cli's commands; its Exit becomes typer's."""
    try:
        command(*args, **kwargs)
    except cli.Exit as done:
        raise typer.Exit(done.code) from None


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
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Lint every file; neither read nor write the result cache (which skips unchanged files "
            "on the next run; also NEWSLINT_NO_CACHE=1 or `cache = false`).",
        ),
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            help="The result cache's folder (default: results/ in newslint's cache folder, e.g. "
            "~/.cache/newslint/results; `newslint clean` empties it).",
        ),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Lint machine-translated and scraped news for translation artifacts.

    Results are cached per file (keyed by its content, the configuration and newslint's version):
    the next run lints only what changed, with the same findings.

    Other commands: `newslint rules` (list the rules), `newslint rule CODE` (a rule's
    documentation), `newslint view PATH` (the text newslint lints in a file), `newslint report PATHS`
    (an HTML quality report), `newslint lsp` (the language server for editors), `newslint clean`
    (delete the result cache).
    """

    _run(cli.run_check, **_arguments(locals()))  # every parameter above, by name


@commands_app.command("rules")
def list_rules(
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """List every rule: code, name, default severity and what it finds."""
    _run(cli.list_rules, output_format)


@commands_app.command("rule")
def explain_rule(selector: Annotated[str, typer.Argument(help="A rule code or name.")]) -> None:
    """Print a rule's documentation with examples."""
    _run(cli.explain_rule, selector)


@commands_app.command("report")
def corpus_report(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to report on.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
    config_path: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
    select: Annotated[list[str] | None, typer.Option(help="Rules to run (codes, prefixes or names).")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Rules to leave out.")] = None,
) -> None:
    """Write one self-contained HTML report: corpus summary, score per article, every finding in place."""
    _run(cli.corpus_report, paths, output, config_path, select, ignore)


@commands_app.command("lsp")
def language_server() -> None:
    """Run the language server on stdio (for editors)."""
    _run(cli.language_server)


@commands_app.command("clean")
def clean_cache(
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="The result cache's folder (default: as for a check).")
    ] = None,
    config_path: Annotated[Path | None, typer.Option("--config", help="Configuration file (its cache-dir).")] = None,
) -> None:
    """Delete the result cache: every cached per-file result in its folder."""
    _run(cli.clean_cache, cache_dir, config_path)


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
    _run(cli.show_view, path)


def run_typer(args: list[str]) -> None:
    """The command line through typer (it exits)."""
    app = commands_app if args and args[0] in cli.SUBCOMMANDS else check_app
    app(prog_name="newslint")
