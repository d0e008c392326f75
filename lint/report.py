"""``newslint report``: one self-contained HTML file a person reads to see which articles are bad,
how bad, and why. No network and no external assets: styles, script and the score plot (SVG) are
inline. Every piece of article text is escaped, so an article holding ``<script>`` shows it as text.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from newslint import __version__
from newslint.document import Document
from newslint.finding import Finding
from newslint.quality import ArticleQuality

WORST_SHOWN = 20
HISTOGRAM_BINS = 12

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,main{max-width:70rem;margin:auto;padding:0 1rem}
h1{margin:.6em 0 .2em}h2{font-size:1.05rem;margin:.2em 0}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.15em .6em;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right}.grid{display:flex;flex-wrap:wrap;gap:2rem}
section.article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;max-height:40rem;overflow:auto}
mark{background:#ffe08a;border-bottom:2px solid #d49b00;cursor:pointer}
mark.sev-error{background:#ffb3b3;border-color:#c00}mark.sev-info{background:#d6ecff;border-color:#3a8dde}
mark.point{padding:0 1px}mark.selected{outline:2px solid #333}
.verdict{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.85em;color:#fff}
.v-clean{background:#2e7d32}.v-needs-a-look{background:#b38600}.v-machine-translation-damage{background:#d45500}
.v-unusable{background:#b00020}
#filters label{margin-right:.8em;white-space:nowrap}
#detail{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:.5em 1rem;display:none}
#detail a{color:#9cf}
"""

SCRIPT = """
const hidden = new Set();
function refresh(){
  document.querySelectorAll('mark[data-codes]').forEach(m=>{
    const codes = m.dataset.codes.split(' ');
    const off = codes.every(c=>hidden.has(c)) || hidden.has(m.dataset.severity);
    m.classList.toggle('off', off);
    m.style.background = off ? 'none' : ''; m.style.borderBottom = off ? 'none' : '';
  });
}
document.querySelectorAll('#filters input').forEach(box=>box.addEventListener('change',()=>{
  box.checked ? hidden.delete(box.value) : hidden.add(box.value); refresh();
}));
const detail = document.getElementById('detail');
document.addEventListener('click', e=>{
  const m = e.target.closest('mark'); if(!m) return;
  document.querySelectorAll('mark.selected').forEach(x=>x.classList.remove('selected'));
  m.classList.add('selected');
  detail.textContent = m.title;
  if (m.dataset.related){
    const a = document.createElement('a'); a.href = m.dataset.related; a.textContent = ' (see the other spelling)';
    detail.appendChild(a);
  }
  detail.style.display = 'block';
});
"""


def render_report(
    documents: dict[str, Document], findings: Sequence[Finding], qualities: Sequence[ArticleQuality]
) -> str:
    """The whole report as one HTML string."""
    by_path: dict[str, list[Finding]] = {path: [] for path in documents}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    ids = _finding_ids(documents, by_path)
    article_ids = {path: f"a{index}" for index, path in enumerate(sorted(documents))}
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width'>",
        f"<title>newslint report: {len(documents)} articles</title><style>{STYLE}</style></head><body>",
        _summary(documents, findings, qualities, article_ids),
        "<main>",
    ]
    for quality in sorted(qualities, key=lambda q: -q.score):
        doc = documents[quality.path]
        parts.append(_article(doc, by_path[quality.path], quality, ids, article_ids))
    parts.append("</main><div id='detail' role='status'></div>")
    parts.append(f"<script>{SCRIPT}</script></body></html>")
    return "".join(parts)


def _finding_ids(documents: dict[str, Document], by_path: dict[str, list[Finding]]) -> dict[tuple[str, int], str]:
    """An element id for the first finding that starts at each (path, offset): related links go there."""
    ids: dict[tuple[str, int], str] = {}
    for article, path in enumerate(sorted(documents)):
        for number, finding in enumerate(sorted(by_path[path], key=lambda f: (f.start, f.end))):
            ids.setdefault((path, finding.start), f"a{article}f{number}")
    return ids


def _summary(
    documents: dict[str, Document],
    findings: Sequence[Finding],
    qualities: Sequence[ArticleQuality],
    article_ids: dict[str, str],
) -> str:
    words = sum(q.words for q in qualities)
    per_rule = Counter((f.code, f.rule) for f in findings)
    verdicts = Counter(q.verdict for q in qualities)
    severities = sorted({f.severity.value for f in findings})
    rows = "".join(
        f"<tr><td>{html.escape(code)}</td><td>{html.escape(rule)}</td><td class='n'>{count}</td></tr>"
        for (code, rule), count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0]))
    )
    verdict_rows = "".join(
        f"<tr><td><span class='verdict v-{_slug(name)}'>{html.escape(name)}</span></td><td class='n'>{count}</td></tr>"
        for name, count in verdicts.most_common()
    )
    worst = "".join(
        f"<li><a href='#{article_ids[q.path]}'>{html.escape(q.path)}</a>: score {q.score:.1f} "
        f"({_count(q.findings, 'finding')}, {html.escape(q.verdict)})</li>"
        for q in sorted(qualities, key=lambda q: -q.score)[:WORST_SHOWN]
        if q.findings
    )
    boxes = "".join(
        f"<label><input type='checkbox' checked value='{html.escape(code)}'> {html.escape(code)} "
        f"{html.escape(rule)}</label>"
        for code, rule in sorted(per_rule)
    ) + "".join(
        f"<label><input type='checkbox' checked value='{html.escape(s)}'> severity {html.escape(s)}</label>"
        for s in severities
    )
    return (
        "<header><h1>newslint report</h1>"
        f"<p id='totals'><span id='articles'>{len(documents)}</span> articles, <span id='words'>{words}</span> words, "
        f"<span id='findings'>{len(findings)}</span> findings "
        f"({1000 * len(findings) / max(words, 1):.2f} per 1,000 words). newslint {__version__}.</p>"
        "<div class='grid'>"
        f"<div><h2>Findings per rule</h2><table id='per-rule'><tr><th>code</th><th>rule</th><th>findings</th></tr>"
        f"{rows}</table></div>"
        f"<div><h2>Verdicts</h2><table id='verdicts'>{verdict_rows}</table></div>"
        f"<div><h2>Scores (weighted findings per 1,000 words)</h2>{_histogram([q.score for q in qualities])}</div>"
        "</div>"
        f"<h2>Worst articles</h2><ol id='worst'>{worst}</ol>"
        f"<div id='filters'><h2>Show</h2>{boxes}</div></header>"
    )


def _histogram(scores: Sequence[float]) -> str:
    """An inline SVG bar chart of the score distribution."""
    if not scores:
        return "<p>No articles.</p>"
    top = max(max(scores), 1.0)
    width = top / HISTOGRAM_BINS
    counts = [0] * HISTOGRAM_BINS
    for score in scores:
        counts[min(HISTOGRAM_BINS - 1, int(score / width))] += 1
    tallest = max(counts)
    bars = []
    for index, count in enumerate(counts):
        height = 100 * count / tallest if tallest else 0
        label = f"{index * width:.1f}–{(index + 1) * width:.1f}: {count} articles"
        bars.append(
            f"<rect x='{index * 25 + 2}' y='{110 - height:.1f}' width='21' height='{height:.1f}' fill='#d49b00'>"
            f"<title>{label}</title></rect>"
        )
    return (
        f"<svg id='histogram' role='img' aria-label='score distribution' width='{HISTOGRAM_BINS * 25 + 4}' "
        f"height='130' viewBox='0 0 {HISTOGRAM_BINS * 25 + 4} 130'>{''.join(bars)}"
        f"<text x='2' y='126' font-size='10'>0</text>"
        f"<text x='{HISTOGRAM_BINS * 25 - 30}' y='126' font-size='10'>{top:.0f}</text></svg>"
    )


def _article(
    doc: Document,
    findings: list[Finding],
    quality: ArticleQuality,
    ids: dict[tuple[str, int], str],
    article_ids: dict[str, str],
) -> str:
    verdict = f"<span class='verdict v-{_slug(quality.verdict)}'>{html.escape(quality.verdict)}</span>"
    return (
        f"<section class='article' id='{article_ids[doc.path]}' data-score='{quality.score:.2f}'>"
        f"<h2>{html.escape(doc.path)}</h2><p>{verdict} score {quality.score:.1f}: "
        f"{_count(quality.findings, 'finding')} in {_count(quality.words, 'word')}</p>"
        f"<div class='text'>{_highlighted(doc, findings, ids, article_ids)}</div></section>"
    )


def _highlighted(
    doc: Document, findings: list[Finding], ids: dict[tuple[str, int], str], article_ids: dict[str, str]
) -> str:
    """The article text with each finding in a <mark>: overlapping findings split the text into
    segments, each marked with every finding that covers it; an empty finding is a caret."""
    text = doc.text
    spans = sorted((f for f in findings if not f.in_source), key=lambda f: (f.start, f.end))
    cuts = sorted({0, len(text), *(f.start for f in spans), *(f.end for f in spans)})
    out: list[str] = []
    points: dict[int, list[Finding]] = {}
    for finding in spans:
        if finding.start == finding.end:
            points.setdefault(finding.start, []).append(finding)
    active_from = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        for finding in points.get(left, ()):
            out.append(_mark(doc, [finding], "⁁", ids, article_ids, left, point=True))
        covering = [f for f in spans[active_from:] if f.start <= left and f.end >= right and f.start < f.end]
        while active_from < len(spans) and spans[active_from].end <= left:
            active_from += 1
        piece = text[left:right]
        out.append(_mark(doc, covering, piece, ids, article_ids, left) if covering else html.escape(piece))
    for finding in points.get(len(text), ()):
        out.append(_mark(doc, [finding], "⁁", ids, article_ids, len(text), point=True))
    return "".join(out)


def _mark(
    doc: Document,
    findings: list[Finding],
    piece: str,
    ids: dict[tuple[str, int], str],
    article_ids: dict[str, str],
    at: int,
    point: bool = False,
) -> str:
    """One marked segment starting at offset ``at``; the id (a link target) only where a finding starts."""
    first = findings[0]
    codes = " ".join(sorted({f.code for f in findings}))
    title = " | ".join(f"{f.code} {f.rule}: {f.message}" for f in findings)
    severity = max((f.severity.value for f in findings), key=["info", "warning", "error"].index)
    element_id = ids.get((doc.path, first.start))
    attributes = [
        f"class='f sev-{severity}{' point' if point else ''}'",
        f"data-codes='{html.escape(codes)}'",
        f"data-severity='{severity}'",
        f"title='{html.escape(title)}'",
    ]
    if element_id and at == first.start:
        attributes.append(f"id='{element_id}'")
    related = next((item for f in findings for item in f.related), None)
    if related is not None:
        target = ids.get((related.path, related.start)) or article_ids.get(related.path)
        if target:
            attributes.append(f"data-related='#{target}'")
    return f"<mark {' '.join(attributes)}>{html.escape(piece)}</mark>"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _slug(name: str) -> str:
    return name.replace(" ", "-")
