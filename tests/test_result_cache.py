"""The result cache (newslint.result_cache): a second run gives the same findings without linting
unchanged files again, and re-checks exactly what a change can affect, including files whose rules
read a cross-file statistic the change altered."""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli

from newslint import cache as sealed_files
from newslint import sources
from newslint.config import Config
from newslint.corpus import WORD_COUNTS, Corpus
from newslint.finding import Severity
from newslint.lexicon import _cache_path
from newslint.registry import select_rules
from newslint.result_cache import SUFFIX, CorpusReads, RecordingCorpus, reads_hold
from newslint.rule import Rule
from newslint.runner import Stages, lint_paths

LISBON_ONCE = """Port authority approves new terminal

The port authority approved the new ferry terminal on Tuesday after a long debate.
Officials said the first ferry to lisbon would leave from the new quay in spring.
"""
MARKET = """Weekend market returns to the square

Stallholders set up early on Saturday as the weekend market returned to the old square.
Visitors bought bread, cheese and flowers before the rain arrived in the afternoon.
"""
# Lowercase three times in another file: the corpus says it is an ordinary word here.
MARKET_WITH_LISBON = """Weekend market returns to the square

Stallholders set up early on Saturday as the weekend market returned to the old square.
One stall sold lisbon tarts, another sold lisbon cakes and a third sold lisbon biscuits.
"""
LIBRARY = """Library extends opening hours

The city library will stay open until nine in the evening from next month, the council said.
Students had asked for longer hours during the exam season.
"""
WHITESPACE = "The  mayor opened the new bridge on Friday morning.\n"


def valley_story(name: str, middle: str = "Riverside Courier weekend team") -> str:
    return (
        f"Story {name} from the valley\n\n"
        "The regional council met on Tuesday to discuss the new bus routes for the valley towns.\n"
        f"{middle}\n"
        "Residents asked for later buses on Fridays and for a stop near the hospital.\n"
    )


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class Spy:
    """Which files stage A gathered, stage B checked and the reader made into Documents."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gathered: list[str] = []
        self.checked: list[str] = []
        self.made: list[str] = []
        gather, check, make = Stages.gather, Stages.check, sources.make_document

        def spied_gather(stages, doc, *args, **kwargs):
            self.gathered.append(Path(doc.path).name)
            return gather(stages, doc, *args, **kwargs)

        def spied_check(stages, doc, corpus):
            self.checked.append(Path(doc.path).name)
            return check(stages, doc, corpus)

        def spied_make(path, *args, **kwargs):
            self.made.append(Path(path).name)
            return make(path, *args, **kwargs)

        monkeypatch.setattr(Stages, "gather", spied_gather)
        monkeypatch.setattr(Stages, "check", spied_check)
        monkeypatch.setattr(sources, "make_document", spied_make)

    def reset(self) -> None:
        self.gathered.clear()
        self.checked.clear()
        self.made.clear()


def run(folder: Path, cache: Path | None, config: Config | None = None, select: str = "ALL", **kwargs):
    config = config or Config()
    return lint_paths([str(folder)], config, select_rules([select], []), cache_dir=cache, **kwargs)


def described(result) -> list[tuple]:
    """What a run reports, comparable across runs (positions, messages, fixes, related places)."""
    found = [
        (f.path, f.code, f.start, f.end, f.message, f.severity.value, f.fix, places_of(f.related))
        for f in result.findings
    ]
    return found + [("note", note) for note in result.notes]


def places_of(related: list) -> list[tuple[str, int, int]]:
    return [(place.path, place.start, place.end) for place in related]


def entries(cache: Path) -> list[Path]:
    return sorted(path for path in cache.glob(f"*{SUFFIX}") if not path.name.startswith("corpus-"))


def test_a_second_run_reuses_every_result_and_builds_documents_only_for_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET, "c.txt": LIBRARY, "d.txt": WHITESPACE})
    cache = tmp_path / "cache"
    spy = Spy(monkeypatch)
    first = run(folder, cache)
    assert sorted(spy.checked) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert len(entries(cache)) == 4
    spy.reset()
    second = run(folder, cache)
    assert spy.gathered == [] and spy.checked == []
    with_findings = {Path(f.path).name for f in second.findings}
    assert with_findings == {"a.txt", "d.txt"}
    assert set(spy.made) <= with_findings  # only what output shows, never the clean files
    assert described(second) == described(first) == described(run(folder, None))


def test_a_changed_statistic_rechecks_the_files_that_read_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CA001 flags 'lisbon' in a.txt until b.txt writes it in lowercase three times: a.txt's rules
    read that count, so a.txt is checked again although its bytes did not change; c.txt is not."""
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET, "c.txt": LIBRARY})
    cache = tmp_path / "cache"
    before = run(folder, cache)
    assert [(Path(f.path).name, f.code) for f in before.findings] == [("a.txt", "CA001")]
    write(folder, {"b.txt": MARKET_WITH_LISBON})
    spy = Spy(monkeypatch)
    after = run(folder, cache)
    assert spy.gathered == ["b.txt"]
    assert sorted(spy.checked) == ["a.txt", "b.txt"]
    assert after.findings == [] and described(after) == described(run(folder, None))
    spy.reset()
    assert described(run(folder, cache)) == described(after) and spy.checked == []  # a.txt's entry was rewritten


def test_recurring_lines_across_three_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A short line in three files is site chrome (BP001); when one file drops it, the two others
    are checked again and their findings go, while their bytes are the same."""
    stories = {name: valley_story(name) for name in ("a.txt", "b.txt", "c.txt")}
    folder = write(tmp_path / "news", {**stories, "d.txt": LIBRARY})
    cache = tmp_path / "cache"
    before = run(folder, cache)
    assert sorted(Path(f.path).name for f in before.findings if f.code == "BP001") == ["a.txt", "b.txt", "c.txt"]
    write(folder, {"c.txt": valley_story("c.txt", "The buses will run every twenty minutes on weekdays.")})
    spy = Spy(monkeypatch)
    after = run(folder, cache)
    assert not [f for f in after.findings if f.code == "BP001"]
    assert {"a.txt", "b.txt", "c.txt"} <= set(spy.checked)
    assert described(after) == described(run(folder, None))


def test_an_unrelated_change_rechecks_only_the_changed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET, "c.txt": LIBRARY})
    cache = tmp_path / "cache"
    run(folder, cache)
    write(folder, {"c.txt": LIBRARY + "\nThe  reading room reopens next week.\n"})
    spy = Spy(monkeypatch)
    after = run(folder, cache)
    assert spy.gathered == spy.checked == ["c.txt"]
    assert described(after) == described(run(folder, None))


def test_another_configuration_or_rule_selection_misses_and_output_options_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET, "d.txt": WHITESPACE})
    cache = tmp_path / "cache"
    run(folder, cache)
    spy = Spy(monkeypatch)
    accepting = Config(accept={"lisbon"})
    assert "CA001" not in {f.code for f in run(folder, cache, accepting).findings}
    assert sorted(spy.checked) == ["a.txt", "b.txt", "d.txt"]
    spy.reset()
    run(folder, cache, select="WS")
    assert sorted(spy.checked) == ["a.txt", "b.txt", "d.txt"]
    spy.reset()
    # Severity applies after the cache: the stored findings serve, with this run's severity.
    result = run(folder, cache, Config(severity={"WS001": Severity.ERROR}))
    assert spy.checked == []
    assert {f.code: f.severity.value for f in result.findings}["WS001"] == "error"
    spy.reset()
    assert {f.code: f.severity.value for f in run(folder, cache).findings}["WS001"] == "info"
    assert spy.checked == []


@pytest.mark.parametrize("damage", ["truncated", "garbled", "foreign"])
def test_a_corrupt_entry_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "d.txt": WHITESPACE})
    cache = tmp_path / "cache"
    first = run(folder, cache)
    for entry in entries(cache):
        data = entry.read_bytes()
        if damage == "truncated":
            entry.write_bytes(data[: len(data) // 2])
        elif damage == "garbled":
            entry.write_bytes(data[:40] + bytes([data[40] ^ 0xFF]) + data[41:])
        else:  # well sealed, but not an entry
            entry.write_bytes(sealed_files.seal(pickle.dumps({"not": "an entry"})))
    spy = Spy(monkeypatch)
    assert described(run(folder, cache)) == described(first)
    assert sorted(spy.checked) == ["a.txt", "d.txt"]


def test_a_rule_that_goes_through_a_whole_statistic_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No single value stands for what such a rule read: its file is checked on every run."""

    class Vocabulary(Rule):
        code = "ZZ900"
        name = "vocabulary-test"
        summary = "test rule"
        english_only = False
        corpus_statistics = frozenset({WORD_COUNTS})

        def check(self, doc):
            if len(doc.corpus.word_counts) > 10:
                yield self.finding(doc, 0, 1, "a large vocabulary")

    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET})
    cache = tmp_path / "cache"
    first = lint_paths([str(folder)], Config(), [Vocabulary], cache_dir=cache)
    spy = Spy(monkeypatch)
    second = lint_paths([str(folder)], Config(), [Vocabulary], cache_dir=cache)
    assert sorted(spy.checked) == ["a.txt", "b.txt"] and spy.gathered == []  # statistics still reused
    assert described(second) == described(first) and len(first.findings) == 2


def test_the_recording_corpus_logs_lookups_and_comparisons() -> None:
    corpus = Corpus(frozenset({WORD_COUNTS, "capitals", "line_fingerprints"}), 5, {"Mher": 2}, {}, frozenset({"menu"}))
    reads = CorpusReads()
    recording = RecordingCorpus(corpus, reads)
    assert recording.word_counts.get("Mher", 0) == 2 and "Zed" not in recording.word_counts
    assert recording.documents >= 3 and not recording.documents == 1
    assert recording.recurring_lines and "menu" in recording.recurring_lines
    assert reads.values == {
        ("word_counts", "Mher"): 2,
        ("word_counts", "Zed"): None,
        ("documents", ">= 3"): True,
        ("documents", "== 1"): False,
        ("recurring_lines", None): True,
        ("recurring_lines", "menu"): True,
    }
    assert not reads.whole
    assert reads_hold(reads.values, corpus)
    # One more file: the comparisons still hold; a changed count does not.
    grown = Corpus(corpus.statistics, 6, {"Mher": 2}, {}, frozenset({"menu"}))
    assert reads_hold(reads.values, grown)
    assert not reads_hold(reads.values, Corpus(corpus.statistics, 6, {"Mher": 3}, {}, frozenset({"menu"})))
    assert recording.documents + 1 == 6 and reads.values["documents", None] == 5  # arithmetic reads the number
    list(recording.word_counts)
    assert reads.whole


def cli_env(tmp_path: Path) -> dict[str, str]:
    """The command line's environment with the cache on, and newslint's cache folder in tmp_path
    (so the default result folder is there too), holding links to the word data already built."""
    home = tmp_path / "home-cache"
    if not home.exists():
        home.mkdir()
        word_data = _cache_path()
        assert word_data is not None
        for item in word_data.parent.iterdir():
            if item.is_file():
                (home / item.name).symlink_to(item)
    env = {key: value for key, value in os.environ.items() if key != "NEWSLINT_NO_CACHE"}
    env["NEWSLINT_CACHE_DIR"] = str(home)
    return env


def sorted_json(stdout: str) -> list:
    return sorted(json.loads(stdout), key=lambda finding: json.dumps(finding, sort_keys=True))


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "d.txt": WHITESPACE})
    cache = tmp_path / "cache"
    env = cli_env(tmp_path)
    run_cli(str(folder), "--no-cache", "--cache-dir", str(cache), env=env)
    assert not cache.exists()
    run_cli(str(folder), "--cache-dir", str(cache), env={**env, "NEWSLINT_NO_CACHE": "1"})
    assert not cache.exists()
    (tmp_path / "newslint.toml").write_text(f'cache = false\ncache-dir = "{cache.name}"\n', encoding="utf-8")
    run_cli(str(folder), "--config", str(tmp_path / "newslint.toml"), env=env)
    assert not cache.exists()
    run_cli("-", "--cache-dir", str(cache), input=WHITESPACE, env=env)  # standard input is never cached
    run_cli(str(folder), "--fix", "--cache-dir", str(cache), env=env)  # --fix lints real documents
    assert not cache.exists()
    (tmp_path / "newslint.toml").write_text(f'cache-dir = "{cache.name}"\n', encoding="utf-8")
    run_cli(str(folder), "--config", str(tmp_path / "newslint.toml"), env=env)
    assert len(entries(cache)) == 2


def test_jobs_give_the_same_findings_with_the_cache_cold_and_warm(tmp_path: Path) -> None:
    """Forked workers (--jobs 2) read and write entries as one process does; a warm run with
    enough changed files forks again, each worker mixing stored and fresh results."""
    stories = {f"s{index:02}.txt": valley_story(f"s{index:02}") for index in range(12)}
    other = {"a.txt": LISBON_ONCE, "b.txt": MARKET, "c.txt": LIBRARY, "d.txt": WHITESPACE}
    folder = write(tmp_path / "news", {**stories, **other})
    env = cli_env(tmp_path)

    def findings(*options: str) -> list:
        done = run_cli(str(folder), "--format", "json", *options, env=env)
        assert done.returncode == 1, done.stderr
        return sorted_json(done.stdout)

    reference = findings("--no-cache", "--jobs", "1")
    cache = str(tmp_path / "cache")
    assert findings("--cache-dir", cache, "--jobs", "2") == reference
    assert findings("--cache-dir", cache, "--jobs", "2") == reference
    assert findings("--cache-dir", cache, "--jobs", "1") == reference
    write(folder, {name: text.replace("Tuesday", "Thursday") for name, text in list(stories.items())[:9]})
    write(folder, {"b.txt": MARKET_WITH_LISBON})
    reference = findings("--no-cache", "--jobs", "1")
    assert findings("--cache-dir", cache, "--jobs", "2") == reference
    assert findings("--cache-dir", cache, "--jobs", "1") == reference


def test_the_default_folder_and_clean(tmp_path: Path) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET})
    env = cli_env(tmp_path)
    assert run_cli(str(folder), env=env).returncode == 1
    results = tmp_path / "home-cache" / "results"
    assert len(entries(results)) == 2
    (results / "mine.txt").write_text("not the cache's", encoding="utf-8")
    done = run_cli("clean", env=env)
    assert done.returncode == 0 and "Removed 3 cached results" in done.stdout  # two files and the corpus pass
    assert sorted(path.name for path in results.iterdir()) == ["mine.txt"]


def test_entries_unused_for_a_month_are_pruned(tmp_path: Path) -> None:
    folder = write(tmp_path / "news", {"a.txt": LISBON_ONCE, "b.txt": MARKET})
    cache = tmp_path / "cache"
    run(folder, cache)
    stale = cache / f"{'0' * 40}{SUFFIX}"
    stale.write_bytes(b"an entry of a configuration no longer used")
    month_ago = os.stat(stale).st_mtime - 31 * 24 * 3600
    os.utime(stale, (month_ago, month_ago))
    run(folder, cache)
    assert stale.exists()  # pruned at most once a day: the first run just did
    marker = cache / ".pruned"
    os.utime(marker, (month_ago, month_ago))
    run(folder, cache)
    assert not stale.exists() and len(entries(cache)) == 2


def test_the_api_does_not_use_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newslint

    monkeypatch.delenv("NEWSLINT_NO_CACHE")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "home-cache"))  # the word data is loaded already
    folder = write(tmp_path / "news", {"d.txt": WHITESPACE})
    assert [f.code for f in newslint.lint_paths([folder])] == ["WS001"]
    assert not (tmp_path / "home-cache").exists()


def iter_entries(cache: Path) -> Iterator[object]:
    for path in entries(cache):
        yield pickle.loads(sealed_files.read(path))


def test_an_html_page_with_findings_keeps_its_view_for_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = (
        "<html><body><nav>Home | World | Sport</nav><article><h1>Bridge reopens</h1>"
        "<p>The mayor opened the the new bridge on Friday morning after two years of works.</p>"
        "<p>Traffic will return to normal next week, the council said.</p></article></body></html>"
    )
    folder = write(tmp_path / "news", {"page.html": page, "b.txt": MARKET})
    cache = tmp_path / "cache"
    first = run(folder, cache)
    assert any(f.path.endswith("page.html") for f in first.findings)
    assert [entry.view is not None for entry in iter_entries(cache) if entry.kind == "html"] == [True]
    spy = Spy(monkeypatch)
    second = run(folder, cache)
    assert spy.made == [] and spy.checked == []  # the page is not parsed again, even for output
    path = str(folder / "page.html")

    def places(result) -> list:
        return [result.documents[path].position(f.start) for f in result.findings if f.path == path]

    assert places(second) == places(first)
    assert described(second) == described(first)
