"""`newslint report`: the quality score, and the HTML report rendered in a real browser (headless
Chromium): every finding highlighted with its message, the summary numbers, text escaped. A
screenshot is written next to the report for a person to look at."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

from newslint.config import Config
from newslint.finding import Finding, Severity
from newslint.quality import QualitySettings, assess
from newslint.sources import make_document

CHROMIUM = next(
    (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

ARTICLES = {
    "harbour.txt": "Mayor Ingrid Solvang opened the the harbour on Monday. Solvang thanked the crews.\n\n"
    "The port authority said the new quay «would double capacity.\n",
    "market.txt": "Traders said prices rose sharply. Mayor Ingrid Solvag visited the market.\n\n"
    "Share this article\n\n<script>alert('not run')</script> was printed in the notice.\n",
    "clean.txt": "The council approved the budget after a long debate on Tuesday evening.\n",
}


def finding(code: str, severity: Severity) -> Finding:
    return Finding(code=code, rule="x", message="m", start=0, end=1, severity=severity)


def test_score_weights_findings_per_thousand_words_and_bands() -> None:
    doc = make_document("a.txt", "word " * 500)
    settings = QualitySettings()
    assert assess(doc, [], settings).verdict == "clean"
    one = assess(doc, [finding("RE001", Severity.WARNING)], settings)
    assert one.score == pytest.approx(2.0)  # 1 weighted finding in 500 words
    heavy = assess(doc, [finding("FR001", Severity.ERROR)] * 10, settings)
    assert heavy.score == pytest.approx(1000 * 10 * 3 * 2.0 / 500)
    assert heavy.verdict == "unusable"


def test_quality_settings_come_from_configuration(tmp_path: Path) -> None:
    from newslint.config import load_config

    path = tmp_path / "newslint.toml"
    path.write_text(
        '[quality]\nrule-weights = {RE001 = 0}\nbands = {clean = 5, "needs a look" = 9}\n', encoding="utf-8"
    )
    config: Config = load_config(path)
    doc = make_document("a.txt", "word " * 500)
    quality = assess(doc, [finding("RE001", Severity.WARNING)] * 3, config.quality)
    assert quality.score == 0 and quality.verdict == "clean"


@pytest.fixture
def report(tmp_path: Path) -> tuple[Path, list[dict]]:
    folder = tmp_path / "desk"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    output = tmp_path / "report.html"
    result = run_cli("report", str(folder), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "3 articles" in result.stdout
    findings = json.loads(run_cli(str(folder), "--format", "json").stdout)
    assert findings, "the test articles must give findings"
    return output, findings


def test_report_is_self_contained_and_escaped(report) -> None:
    output, findings = report
    page = output.read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=['\"]https?:", page)  # no external assets
    assert "<script>alert" not in page
    assert html.escape("<script>alert('not run')</script>") in page
    assert page.count("<mark ") >= len({(f["path"], f["start"]["offset"]) for f in findings if f["rule"]})


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium); .ci/run installs it")
def test_report_renders_in_chromium_with_every_finding_highlighted(report) -> None:
    output, findings = report
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={output.parent / 'profile'}", "--dump-dom", output.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert f'<span id="articles">{len(ARTICLES)}</span>' in dom
    assert f'<span id="findings">{len(findings)}</span>' in dom
    titles = " ".join(html.unescape(t) for t in re.findall(r'<mark [^>]*title="([^"]*)"', dom))
    for item in findings:
        assert f"{item['code']} {item['rule']}: {item['message']}" in titles, item
    assert "&lt;script&gt;alert('not run')&lt;/script&gt;" in dom
    screenshot = output.with_suffix(".png")
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={output.parent / 'profile'}",
            f"--screenshot={screenshot}",
            "--window-size=1200,1600",
            output.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.stat().st_size > 10_000
    keep = Path(__file__).parent.parent / ".cache" / "report-screenshot.png"
    keep.parent.mkdir(exist_ok=True)
    shutil.copyfile(screenshot, keep)
