"""Configuration files: discovery, selection, per-file ignores, severities, accepted words, errors."""

import json

from conftest import run_cli

TEXT = "He visited the the Louvre. Joe Biden“has spoken. Then kyiv answered.\n"


def write(folder, name, content):
    (folder / name).write_text(content, encoding="utf-8")


def test_pyproject_table_is_found_from_the_linted_path(tmp_path):
    write(
        tmp_path, "pyproject.toml", '[tool.newslint]\nignore = ["RE001"]\n[tool.newslint.severity]\nRT001 = "error"\n'
    )
    (tmp_path / "news").mkdir()
    write(tmp_path / "news", "a.txt", TEXT)
    findings = json.loads(run_cli(str(tmp_path / "news"), "--format", "json").stdout)
    codes = {f["code"] for f in findings}
    assert "RE001" not in codes and "RT001" in codes
    assert all(f["severity"] == "error" for f in findings if f["code"] == "RT001")


def test_newslint_toml_per_file_ignores_and_accept(tmp_path):
    write(tmp_path, "newslint.toml", 'accept = ["kyiv"]\n[per-file-ignores]\n"wire/*" = ["RT"]\n')
    (tmp_path / "wire").mkdir()
    write(tmp_path / "wire", "a.txt", TEXT)
    write(tmp_path, "b.txt", TEXT)
    findings = json.loads(run_cli(str(tmp_path), "--format", "json").stdout)
    by_file = {}
    for f in findings:
        by_file.setdefault(f["path"].rsplit("/", 1)[-1], set()).add(f["code"])
    assert "RT001" not in by_file["a.txt"] and "RT001" in by_file["b.txt"]
    assert not any(f["code"] == "CA001" and "kyiv" in f["message"] for f in findings)


def test_explicit_config_and_bad_configs_exit_2(tmp_path):
    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, "good.toml", 'select = ["RE"]\n')
    findings = json.loads(
        run_cli(str(tmp_path / "a.txt"), "--config", str(tmp_path / "good.toml"), "--format", "json").stdout
    )
    assert {f["code"] for f in findings} == {"RE001"}
    write(tmp_path, "bad.toml", "select = [\n")
    result = run_cli(str(tmp_path / "a.txt"), "--config", str(tmp_path / "bad.toml"))
    assert result.returncode == 2 and "bad.toml: invalid TOML" in result.stderr
    write(tmp_path, "unknown.toml", 'selekt = ["RE"]\n')
    result = run_cli(str(tmp_path / "a.txt"), "--config", str(tmp_path / "unknown.toml"))
    assert result.returncode == 2 and "unknown key(s) selekt" in result.stderr
    write(tmp_path, "severity.toml", '[severity]\nRE001 = "fatal"\n')
    result = run_cli(str(tmp_path / "a.txt"), "--config", str(tmp_path / "severity.toml"))
    assert result.returncode == 2 and "use error, warning or info" in result.stderr


def test_stdin_uses_the_configuration_of_its_stdin_filename(tmp_path):
    write(tmp_path, "newslint.toml", 'ignore = ["RE001"]\n')
    result = run_cli("-", "--stdin-filename", str(tmp_path / "a.txt"), "--format", "json", input=TEXT)
    codes = {f["code"] for f in json.loads(result.stdout)}
    assert "RE001" not in codes and "RT001" in codes


def test_user_configuration_applies_when_the_project_has_none(tmp_path):
    import os

    from conftest import run_cli

    home = tmp_path / "home-config"
    home.mkdir()
    (home / "newslint.toml").write_text('ignore = ["RE001"]\n', encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    story = project / "story.txt"
    story.write_text("The the council met on Friday.\n", encoding="utf-8")
    env = {**os.environ, "NEWSLINT_CONFIG_DIR": str(home)}
    assert run_cli(str(story), env=env).returncode == 0
    (project / "newslint.toml").write_text("select = [\"RE\"]\n", encoding="utf-8")  # the project's wins
    assert run_cli(str(story), env=env).returncode == 1
