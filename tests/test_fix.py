"""--fix and --diff: safe fixes applied, nothing else touched, idempotent, encodings kept."""

import json

from conftest import run_cli


def findings(path):
    return json.loads(run_cli(str(path), "--format", "json").stdout)


def apply_safe_edits(text: str, found: list[dict]) -> str:
    """What --fix should write: every safe edit of the first lint, none overlapping, nothing else."""
    edits = sorted(
        (e["start"]["offset"], e["end"]["offset"], e["content"])
        for f in found
        if f["fix"] and f["fix"]["applicability"] == "safe"
        for e in f["fix"]["edits"]
    )
    chosen, last_end = [], -1
    for start, end, content in edits:
        if start > last_end or (start == end and start >= last_end):
            chosen.append((start, end, content))
            last_end = end
    for start, end, content in reversed(chosen):
        text = text[:start] + content + text[end:]
    return text


def test_fix_removes_every_safe_fixable_finding_and_changes_nothing_else(seed_copy):
    before = {p.name: p.read_text(encoding="utf-8") for p in seed_copy.iterdir()}
    first = findings(seed_copy)
    assert [f for f in first if f["fix"] and f["fix"]["applicability"] == "safe"]
    result = run_cli(str(seed_copy), "--fix")
    assert "Fixed" in result.stdout and "remaining" in result.stdout
    assert not [f for f in findings(seed_copy) if f["fix"] and f["fix"]["applicability"] == "safe"]
    for path in seed_copy.iterdir():
        own = [f for f in first if f["path"].endswith(path.name)]
        assert path.read_text(encoding="utf-8") == apply_safe_edits(before[path.name], own), path.name
    after_first = {p.name: p.read_bytes() for p in seed_copy.iterdir()}
    second = run_cli(str(seed_copy), "--fix")
    assert "Fixed" not in second.stdout
    assert {p.name: p.read_bytes() for p in seed_copy.iterdir()} == after_first


def test_fix_keeps_crlf_and_bom(tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"The war. .\r\n\r\nHe visited the the Louvre.\r\n")
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffThe war. .\nIt is\u00a0here.\n".encode())
    run_cli(str(tmp_path), "--fix")
    assert crlf.read_bytes() == b"The war.\r\n\r\nHe visited the Louvre.\r\n"
    assert bom.read_bytes() == "\ufeffThe war.\nIt is here.\n".encode()
    again = run_cli(str(tmp_path), "--fix")
    assert "Fixed" not in again.stdout
    assert crlf.read_bytes() == b"The war.\r\n\r\nHe visited the Louvre.\r\n"


def test_diff_prints_and_changes_nothing(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The war. .\n", encoding="utf-8")
    result = run_cli(str(path), "--diff")
    assert "-The war. ." in result.stdout and "+The war." in result.stdout
    assert path.read_text(encoding="utf-8") == "The war. .\n"


def test_unsafe_fixes_only_on_request(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Macron spoke about support for kyiv on Monday in Paris.\n", encoding="utf-8")
    run_cli(str(path), "--fix")
    assert "kyiv" in path.read_text(encoding="utf-8")
    run_cli(str(path), "--fix", "--unsafe-fixes")
    assert "Kyiv" in path.read_text(encoding="utf-8")
