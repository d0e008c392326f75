"""Markdown and HTML: only prose is linted, positions point into the original file."""

import json

from conftest import run_cli

MARKDOWN = """---
title: The the front matter
---
# Ferry

The council warned that the old boat. . could fail, said **Mayor Ana LimaSaid** in [Wrenmouth](https://x.test/the%20the).

```
code the the block. . with ferryEspecially
```

Inline `the the` code is fine. <!-- the the comment -->
"""

HTML = """<html><head><title>the the</title><script>var a = "boat. ."; // the the</script></head>
<body><nav><a href="/">Home</a> the the menu</nav>
<article><h1>Council orders a ferry</h1>
<p>The council warned that the <b>old</b> boat. . could fail &amp; said
Mayor Ana LimaSaid on Monday.</p>
<style>p { content: "the the" }</style>
</article><footer>Share this the the</footer></body></html>
"""


def test_markdown_prose_only_with_original_positions(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    found = json.loads(run_cli(str(path), "--format", "json").stdout)
    text = MARKDOWN
    flagged = {(f["code"], text[f["start"]["offset"] : f["end"]["offset"]]) for f in found}
    assert ("PU001", " .") in flagged
    assert ("RT001", "LimaSaid") in flagged
    assert all(f["start"]["line"] == 6 for f in found), found
    assert not any(f["code"] == "RE001" for f in found)


def test_html_visible_text_only_with_original_positions(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    found = json.loads(run_cli(str(path), "--format", "json").stdout)
    flagged = {(f["code"], HTML[f["start"]["offset"] : f["end"]["offset"]]) for f in found}
    assert ("PU001", " .") in flagged
    assert ("RT001", "LimaSaid") in flagged
    assert not any(f["code"] == "RE001" for f in found)
    glued = next(f for f in found if f["code"] == "RT001")
    assert glued["start"]["line"] == 5 and glued["start"]["column"] == 11


def test_suppression_comments(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "<!-- newslint-disable-next-line RT001 -->\nMayor Ana LimaSaid it.\n\nMayor Rui CostaSaid it.\n\n"
        "<!-- newslint-disable repetition -->\nthe the\n<!-- newslint-enable -->\n\n<!-- newslint-disable CA001 -->\n",
        encoding="utf-8",
    )
    found = json.loads(run_cli(str(path), "--format", "json", "--report-unused-suppressions").stdout)
    codes = [(f["code"], f["start"]["line"]) for f in found]
    assert ("RT001", 4) in codes and ("RT001", 2) not in codes
    assert not any(code == "RE001" for code, _ in codes)
    assert ("NL001", 10) in codes


def test_realistic_saved_news_page():
    from conftest import ROOT

    page = ROOT / "tests" / "data" / "article.html"
    html = page.read_text(encoding="utf-8")
    found = json.loads(run_cli(str(page), "--format", "json").stdout)
    flagged = [(f["code"], html[f["start"]["offset"] : f["end"]["offset"]], f["start"]["line"]) for f in found]
    assert ("RT001", "mayorAdded", 25) in flagged
    assert ("RT001", "springEspecially", 27) in flagged
    assert ("PU001", " .", 28) in flagged
    assert any(code == "BP001" and "AFP/Reuters" in text for code, text, _ in flagged)
    # Nothing from <head>, scripts, styles, navigation, share bar, related links, newsletter box or footer,
    # although <html> and <body> carry class names ("header-spacing", "sidebar-right") that look like chrome.
    assert not any(code == "RE001" for code, _, _ in flagged)
    assert all(19 <= line <= 28 for _, _, line in flagged), flagged
    for finding in found:
        line_text = html.splitlines()[finding["start"]["line"] - 1]
        column = finding["start"]["column"]
        assert html[finding["start"]["offset"]] == line_text[column - 1]


def test_stdin_filename_sets_type_and_path():
    result = run_cli("-", "--stdin-filename", "notes.md", "--format", "json", input="`the the` and the the\n")
    found = json.loads(result.stdout)
    assert [f["path"] for f in found] == ["notes.md"]
    assert found[0]["start"]["column"] == 15


def test_markdown_seed_with_code_block():
    from conftest import ROOT

    page = ROOT / "tests" / "data" / "seed.md"
    source = page.read_text(encoding="utf-8")
    found = json.loads(run_cli(str(page), "--format", "json").stdout)
    flagged = {(f["code"], source[f["start"]["offset"] : f["end"]["offset"]], f["start"]["line"]) for f in found}
    assert ("QU001", "dangerous”", 9) in flagged
    assert ("RE001", "councils councils", 17) in flagged
    assert ("PU001", " .", 18) in flagged
    assert ("RT001", "Xthe", 22) in flagged
    code_lines = {1, 2, 3, 4, 13, 14, 15, 20}
    assert not [f for f in found if f["start"]["line"] in code_lines], found
    for finding in found:
        line_text = source.splitlines()[finding["start"]["line"] - 1]
        assert source[finding["start"]["offset"]] == line_text[finding["start"]["column"] - 1]


def test_markdown_code_span_over_a_line_break_and_markers_on_later_lines():
    from newslint.markup import markdown_view

    source = (
        "Intro line.\n\n"
        "- Run `tool  --the the\n"
        "  --flag <dir>` to rebuild.\n"
        "## Heading with ` one tick\n"
        "A closing` tick on the next block stays text.\n"
    )
    text, _ = markdown_view(source)
    lines = text.split("\n")
    assert "the the" not in text and "<dir>" not in text and "  " not in text
    assert lines[2] == "Run 0"  # the list marker is stripped on a later line too
    assert lines[4] == "Heading with ` one tick"  # a heading is one line: no span over its end
    assert lines[5] == "A closing` tick on the next block stays text."
