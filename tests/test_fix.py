"""--fix and --diff: safe fixes applied, nothing else touched, idempotent, encodings kept."""

import json

from conftest import run_cli


def findings(path):
    return json.loads(run_cli(str(path), "--format", "json").stdout)


def test_fix_removes_every_safe_fixable_finding_and_touches_only_the_fixed_spans(seed_copy):
    before = {p.name: p.read_text(encoding="utf-8") for p in seed_copy.iterdir()}
    safe_before = [f for f in findings(seed_copy) if f["fix"] and f["fix"]["applicability"] == "safe"]
    assert safe_before
    result = run_cli(str(seed_copy), "--fix")
    assert "Fixed" in result.stdout
    after_findings = findings(seed_copy)
    assert not [f for f in after_findings if f["fix"] and f["fix"]["applicability"] == "safe"]
    for path in seed_copy.iterdir():
        old, new = before[path.name], path.read_text(encoding="utf-8")
        edits = [f["fix"]["edits"] for f in safe_before if f["path"].endswith(path.name)]
        if not edits:
            assert old == new
            continue
        # Outside the first and last edited offsets the text is identical.
        starts = [e["start"]["offset"] for group in edits for e in group]
        ends = [e["end"]["offset"] for group in edits for e in group]
        assert new[: min(starts)] == old[: min(starts)]
        tail = len(old) - max(ends)
        assert new[len(new) - tail :] == old[len(old) - tail :]
    second = run_cli(str(seed_copy), "--fix")
    assert "Fixed" not in second.stdout
    assert {p.name: p.read_text(encoding="utf-8") for p in seed_copy.iterdir()} == {
        p.name: p.read_text(encoding="utf-8") for p in seed_copy.iterdir()
    }


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
