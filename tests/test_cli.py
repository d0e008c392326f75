"""The command line as users and CI call it."""

import json

from conftest import SEEDS, run_cli

SEED = str(SEEDS / "001_f092433d0e0364e1.txt")


def test_text_output_has_positions_and_summary():
    result = run_cli(SEED)
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    path, line, column, rest = first.split(":", 3)
    assert path == SEED and int(line) >= 1 and int(column) >= 1
    assert rest.strip().split()[0][:2].isalpha()
    assert "Found" in result.stdout.splitlines()[-1]


def test_show_source_prints_caret_under_the_finding():
    result = run_cli(SEED, "--select", "RE001", "--show-source")
    lines = result.stdout.splitlines()
    assert "NATO countries NATO" in lines[1]
    caret_line = lines[2]
    assert caret_line.strip().endswith("^" * len("NATO countries NATO"))
    assert lines[1].index("NATO countries NATO") == caret_line.index("^")


def test_json_positions_match_the_file_text():
    result = run_cli(str(SEEDS), "--format", "json")
    findings = json.loads(result.stdout)
    assert findings
    for finding in findings[:50]:
        text = open(finding["path"], encoding="utf-8").read()
        start, end = finding["start"], finding["end"]
        line_start = text.rfind("\n", 0, start["offset"]) + 1
        assert start["line"] == text.count("\n", 0, start["offset"]) + 1
        assert start["column"] == start["offset"] - line_start + 1
        assert end["offset"] >= start["offset"]
        assert {"path", "code", "rule", "severity", "message", "fix"} <= finding.keys()


def test_select_ignore_by_code_prefix_and_name():
    only = json.loads(run_cli(str(SEEDS), "--format", "json", "--select", "capitalization").stdout)
    assert only and {f["code"] for f in only} == {"CA001"}
    prefix = json.loads(run_cli(str(SEEDS), "--format", "json", "--select", "RT").stdout)
    assert {f["code"] for f in prefix} == {"RT001"}
    ignored = json.loads(run_cli(str(SEEDS), "--format", "json", "--ignore", "CA001,boilerplate").stdout)
    assert not {"CA001", "BP001"} & {f["code"] for f in ignored}


def test_statistics_and_exit_zero():
    result = run_cli(str(SEEDS), "--statistics", "--exit-zero")
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert any(row[1].strip() == "CA001" and int(row[0]) > 1 for row in rows)


def test_json_lines_and_github_formats():
    lines = run_cli(SEED, "--format", "json-lines").stdout.splitlines()
    assert lines and all(json.loads(line)["path"] == SEED for line in lines)
    github = run_cli(SEED, "--format", "github").stdout.splitlines()
    assert github[0].startswith("::warning file=") or github[0].startswith("::error file=")
    assert ",line=" in github[0] and ",col=" in github[0]


def test_sarif_is_2_1_0_with_rules_and_regions():
    sarif = json.loads(run_cli(SEED, "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert run["results"]
    for result in run["results"]:
        assert result["ruleId"] in rule_ids
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_clean_text_exits_zero():
    result = run_cli("-", input="The Bank of England left interest rates on hold on Thursday.\n")
    assert result.returncode == 0
    assert "All checks passed" in result.stdout


def test_unreadable_files_are_reported_and_others_still_linted(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good.txt").write_text("He visited the the Louvre.\n", encoding="utf-8")
    result = run_cli(str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "bad.txt: not valid UTF-8" in result.stderr
    assert "binary.txt: binary file" in result.stderr
    assert "missing.txt: no such file or directory" in result.stderr
    assert "RE001" in result.stdout


def test_directory_loop_is_reported(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Fine text here.\n", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    result = run_cli(str(tmp_path))
    assert "directory loop" in result.stderr


def test_rules_listing_and_rule_documentation():
    listing = run_cli("rules").stdout
    assert "CA001" in listing and "capitalization" in listing
    doc = run_cli("rule", "RE001")
    assert doc.returncode == 0 and "Example" in doc.stdout and "repetition" in doc.stdout
    assert run_cli("rule", "XX999").returncode == 2


def test_usage_errors_exit_2():
    assert run_cli(SEED, "--format", "yaml").returncode == 2
    assert run_cli(SEED, "--select", "NOPE").returncode == 2
    assert run_cli(SEED, "--no-such-option").returncode == 2


def test_a_plain_check_ends_at_once_after_its_exit_handlers_and_output(tmp_path):
    """A plain check exits without tearing the interpreter down: the exit handlers still run
    (after the output, as at a normal exit), every line is written and the exit code kept."""
    import subprocess
    import sys

    story = tmp_path / "story.txt"
    story.write_text("The minister said  the plan,, would pass.\n" * 400, encoding="utf-8")
    program = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit handler ran', flush=True))\n"
        "from newslint.cli import main\n"
        "sys.argv = ['newslint', *sys.argv[1:]]\n"
        "main()\n"
    )
    for output_format, exit_code in (("json-lines", 1), ("text", 1)):
        result = subprocess.run(
            [sys.executable, "-c", program, "--format", output_format, str(story)], capture_output=True, text=True
        )
        assert result.returncode == exit_code, result.stderr
        lines = result.stdout.splitlines()
        assert lines[-1] == "exit handler ran"
        if output_format == "json-lines":
            assert len(lines) == 801 and all(json.loads(line)["code"] for line in lines[:-1])
    clean = tmp_path / "clean.txt"
    clean.write_text("The minister said the plan would pass.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", program, str(clean)], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "All checks passed!\nexit handler ran\n")
