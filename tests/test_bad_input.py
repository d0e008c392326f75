"""Hostile and broken inputs: each is named on stderr with its problem, the good file beside it is
still linted, the exit code says so, and no file is changed."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from conftest import run_cli

from newslint.config import Config
from newslint.fixes import WriteRefused, write_fixed
from newslint.registry import select_rules
from newslint.rule import Rule
from newslint.runner import lint_paths
from newslint.sources import Fingerprint

GOOD = "The council approved the the budget on Tuesday.\n"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def assert_reported(result, name: str, problem: str) -> None:
    assert result.returncode == 2, result
    assert name in result.stderr and problem in result.stderr, result.stderr
    assert "good.txt" in result.stdout and "RE001" in result.stdout, result.stdout  # the good file was linted
    assert "All checks passed" not in result.stdout


def test_fifo_is_named_and_skipped_never_read(tmp_path: Path, good: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    before = snapshot(tmp_path)
    for args in ([str(fifo), str(good)], [str(tmp_path)]):  # given, and found in a folder
        result = run_cli(*args, "--no-show-source", timeout=60)
        assert_reported(result, "pipe.txt", "not a regular file (a FIFO)")
    assert snapshot(tmp_path) == before


def test_character_device_is_refused(good: Path) -> None:
    result = run_cli("/dev/zero", str(good), "--no-show-source", timeout=60)
    assert_reported(result, "/dev/zero", "character device")


def test_file_above_the_size_limit_is_skipped(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 400, encoding="utf-8")
    (tmp_path / "newslint.toml").write_text("max-file-size = 1000\n", encoding="utf-8")
    result = run_cli(str(big), str(good), "--no-show-source")
    assert_reported(result, "big.txt", "larger than the size limit")


@pytest.mark.parametrize("position", ["first", "later"])
def test_symlink_loop_is_reported_as_a_loop(tmp_path: Path, good: Path, position: str) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    paths = [str(tmp_path / "a.txt"), str(good)]
    result = run_cli(*(paths if position == "first" else paths[::-1]), "--no-show-source")
    assert_reported(result, "a.txt", "symbolic link loop")
    assert "internal error" not in result.stderr


def test_utf16_with_bom_is_decoded_and_without_bom_is_explained(tmp_path: Path, good: Path) -> None:
    with_bom = tmp_path / "wide.txt"
    with_bom.write_bytes("The the harbour reopened.\n".encode("utf-16"))
    result = run_cli(str(with_bom), "--no-show-source")
    assert "wide.txt:1:1: RE001" in result.stdout, result.stdout + result.stderr
    no_bom = tmp_path / "bare.txt"
    no_bom.write_bytes("The harbour reopened on Monday.\n".encode("utf-16-le"))
    result = run_cli(str(no_bom), str(good), "--no-show-source")
    assert_reported(result, "bare.txt", "UTF-16 without a byte-order mark is not supported")


def test_nul_byte_anywhere_makes_a_file_binary(tmp_path: Path, good: Path) -> None:
    late = tmp_path / "late.txt"
    late.write_bytes(b"Plain words. " * 1000 + b"\x00tail")
    result = run_cli(str(late), str(good), "--no-show-source")
    assert_reported(result, "late.txt", "binary file (NUL byte at byte offset 13000)")


def test_invalid_utf8_is_refused_on_stdin_as_in_a_file(tmp_path: Path) -> None:
    broken = b"The mayor said caf\xe9 owners agreed.\n"
    (tmp_path / "broken.txt").write_bytes(broken)
    from_file = run_cli(str(tmp_path / "broken.txt"))
    from_stdin = run_cli("-", input_bytes=broken)
    for result in (from_file, from_stdin):
        assert result.returncode == 2
        assert "not valid UTF-8 (byte 0xe9" in result.stderr


def test_no_all_clear_when_a_file_failed(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The harbour reopened on Monday after repairs.\n", encoding="utf-8")
    result = run_cli(str(clean), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "All checks passed" not in result.stdout
    assert "1 file could not be linted" in result.stdout


def test_broken_pyproject_with_newslint_table_is_an_error(tmp_path: Path, good: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\nselect = ["RE001"\n', encoding="utf-8")
    result = run_cli(str(good))
    assert result.returncode == 2
    assert "pyproject.toml: invalid TOML" in result.stderr


def test_deeply_nested_toml_is_a_clear_error(tmp_path: Path, good: Path) -> None:
    (tmp_path / "newslint.toml").write_text("accept = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = run_cli(str(good))
    assert result.returncode == 2
    assert "nested" in result.stderr and "internal error" not in result.stderr


def test_languagetool_language_is_type_checked(tmp_path: Path, good: Path) -> None:
    (tmp_path / "newslint.toml").write_text("languagetool-language = 7\n", encoding="utf-8")
    result = run_cli(str(good))
    assert result.returncode == 2
    assert "'languagetool-language' must be a language code" in result.stderr


# -- --fix never loses words ------------------------------------------------------------------------


def test_fix_writes_through_a_symlink_and_keeps_it(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(GOOD, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run_cli("--fix", str(link))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == GOOD.replace("the the", "the")


def test_fix_keeps_hard_links_mode_and_owner(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(GOOD, encoding="utf-8")
    second = tmp_path / "second.txt"
    os.link(first, second)
    os.chmod(first, 0o640)
    if os.geteuid() == 0:
        os.chown(first, 65534, 65534)
    before = os.stat(first)
    run_cli("--fix", str(first))
    after = os.stat(first)
    assert second.read_text(encoding="utf-8") == GOOD.replace("the the", "the")
    assert after.st_ino == os.stat(second).st_ino
    assert (after.st_mode, after.st_uid, after.st_gid) == (before.st_mode, before.st_uid, before.st_gid)


def test_fix_keeps_owner_of_a_replaced_file(tmp_path: Path) -> None:
    path = tmp_path / "owned.txt"
    path.write_text(GOOD, encoding="utf-8")
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)
    before = os.stat(path)
    run_cli("--fix", str(path))
    after = os.stat(path)
    assert path.read_text(encoding="utf-8") == GOOD.replace("the the", "the")
    assert (after.st_uid, after.st_gid, after.st_mode) == (before.st_uid, before.st_gid, before.st_mode)


def test_fix_leaves_read_only_files_alone_and_fixes_the_others(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    os.chmod(locked, 0o444)
    other = tmp_path / "other.txt"
    other.write_text(GOOD, encoding="utf-8")
    result = run_cli("--fix", str(locked), str(other))
    assert result.returncode == 2
    assert "locked.txt: read-only file; left unchanged" in result.stderr
    assert locked.read_text(encoding="utf-8") == GOOD
    assert other.read_text(encoding="utf-8") == GOOD.replace("the the", "the")
    assert "could not be written" in result.stdout


def test_write_refuses_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(GOOD.encode())
    fingerprint = Fingerprint.of(GOOD.encode(), os.stat(path))
    path.write_text(GOOD + "A paragraph the reporter added meanwhile.\n", encoding="utf-8")
    with pytest.raises(WriteRefused, match="changed on disk"):
        write_fixed(str(path), "fixed", expected=fingerprint)
    assert path.read_text(encoding="utf-8").endswith("added meanwhile.\n")


def test_fix_skips_a_file_edited_during_the_run(tmp_path: Path) -> None:
    """A real concurrent edit: a writer appends while newslint lints a large folder."""
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    for index in range(150):
        (tmp_path / f"filler{index:03}.txt").write_text("The harbour reopened on Monday. " * 300, encoding="utf-8")
    done = threading.Event()

    def edit_soon() -> None:
        import time

        time.sleep(1.5)
        with open(story, "a", encoding="utf-8") as handle:
            handle.write("Late paragraph the reporter typed.\n")
        done.set()

    threading.Thread(target=edit_soon).start()
    result = run_cli("--fix", str(tmp_path), timeout=300)
    done.wait(10)
    text = story.read_text(encoding="utf-8")
    assert text.endswith("Late paragraph the reporter typed.\n")  # the edit survived
    if "the the" in text:  # newslint saw the change and refused, saying so
        assert "story.txt: changed on disk" in result.stderr
        assert result.returncode == 2


def test_fix_keeps_the_byte_order_mark_and_columns_ignore_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfThe the budget passed.\n")
    result = run_cli(str(path), "--no-show-source")
    assert "bom.txt:1:1: RE001" in result.stdout
    run_cli("--fix", "--unsafe-fixes", str(path))
    assert path.read_bytes() == b"\xef\xbb\xbfThe budget passed.\n"


def test_fix_keeps_utf16(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The the budget passed.\n".encode("utf-16-be").join([b"\xfe\xff", b""]))
    run_cli("--fix", str(path))
    assert path.read_bytes() == b"\xfe\xff" + "The budget passed.\n".encode("utf-16-be")


def test_a_rule_that_fails_costs_only_its_own_findings(tmp_path: Path) -> None:
    """A bug in one rule is named with the file and the error; the other rules' findings and the
    other files are kept, and the file's results are not cached (a fixed newslint checks it again)."""
    class Broken(Rule):
        code = "ZZ901"
        name = "broken-test"
        summary = "test rule"
        english_only = False

        def check(self, doc):
            if "budget" in doc.text:
                raise ValueError("a bug")
            yield from ()

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text("The mayor opened the the bridge.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    rules = [Broken, *select_rules(["RE001"], [])]
    result = lint_paths([str(folder)], Config(), rules, cache_dir=cache)
    assert sorted(Path(f.path).name for f in result.findings if f.code == "RE001") == ["a.txt", "b.txt"]
    failures = [note for note in result.notes if "internal error in ZZ901" in note]
    assert len(failures) == 1 and "a.txt" in failures[0] and "ValueError: a bug" in failures[0]
    assert result.failures == failures  # what makes the command line exit 2
    again = lint_paths([str(folder)], Config(), rules, cache_dir=cache)
    assert [note for note in again.notes if "internal error" in note] == failures  # checked again, not cached
    forked = lint_paths([str(folder)], Config(jobs=2), rules)  # the failure crosses from a worker process
    assert forked.failures == failures


def test_the_summary_line_never_calls_a_run_with_a_failed_rule_clean() -> None:
    from newslint.output import render_summary

    assert render_summary([], 0) == "All checks passed!"
    failed = render_summary([], 0, failures=1)
    assert "All checks passed" not in failed
    assert failed == "No findings in the files that were linted. 1 rule failure: see the note on standard error."
