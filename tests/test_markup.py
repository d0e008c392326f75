"""Markdown and HTML: only prose is linted, positions point into the original file."""

import json

from conftest import run_cli

MARKDOWN = """---
title: The the front matter
---
# Troops

Russia warned that a nuclear war. . could follow, said **Olaf ScholzSaid** in [Berlin](https://x.test/the%20the).

```
code the the block. . with alliesEspecially
```

Inline `the the` code is fine. <!-- the the comment -->
"""

HTML = """<html><head><title>the the</title><script>var a = "war. ."; // the the</script></head>
<body><nav><a href="/">Home</a> the the menu</nav>
<article><h1>Russia warns</h1>
<p>The Kremlin warned that a <b>nuclear</b> war. . could follow &amp; said
Olaf ScholzSaid on Tuesday.</p>
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
    assert ("RT001", "ScholzSaid") in flagged
    assert all(f["start"]["line"] == 6 for f in found), found
    assert not any(f["code"] == "RE001" for f in found)


def test_html_visible_text_only_with_original_positions(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    found = json.loads(run_cli(str(path), "--format", "json").stdout)
    flagged = {(f["code"], HTML[f["start"]["offset"] : f["end"]["offset"]]) for f in found}
    assert ("PU001", " .") in flagged
    assert ("RT001", "ScholzSaid") in flagged
    assert not any(f["code"] == "RE001" for f in found)
    scholz = next(f for f in found if f["code"] == "RT001")
    assert scholz["start"]["line"] == 5 and scholz["start"]["column"] == 6


def test_suppression_comments(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "<!-- newslint-disable-next-line RT001 -->\nOlaf ScholzSaid it.\n\nOlaf MeloniDeclared it.\n\n"
        "<!-- newslint-disable repetition -->\nthe the\n<!-- newslint-enable -->\n\n<!-- newslint-disable CA001 -->\n",
        encoding="utf-8",
    )
    found = json.loads(run_cli(str(path), "--format", "json", "--report-unused-suppressions").stdout)
    codes = [(f["code"], f["start"]["line"]) for f in found]
    assert ("RT001", 4) in codes and ("RT001", 2) not in codes
    assert not any(code == "RE001" for code, _ in codes)
    assert ("NL001", 10) in codes
