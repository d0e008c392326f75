"""The HTML view keeps the article and drops page chrome; `newslint view` prints what is linted."""

import gc
import time

from conftest import ROOT, run_cli

from newslint.config import Config
from newslint.markup import extract_html_view
from newslint.registry import select_rules
from newslint.runner import lint_documents
from newslint.sources import make_document

STORY = [
    "Councillors in the fishing town of Porthallow voted late on Monday to rebuild the harbour wall.",
    "The old wall, finished in the reign of a long-forgotten king, cracked during the February gales.",
    "Engineers from the county said the repair would take two summers and most of the reserve fund.",
    "Several skippers told the meeting that the work could not begin soon enough for the winter fleet.",
]


def paragraphs(indent: str = "") -> str:
    return "\n".join(f"{indent}<p>{sentence}</p>" for sentence in STORY)


def view_of(page: str) -> str:
    return extract_html_view(page).text


def keeps_story(view: str) -> bool:
    return all(sentence in view for sentence in STORY)


def test_class_names_on_html_and_body_do_not_hide_the_page():
    page = f"""<html class="header-spacing nav-open"><body class="sidebar footer-fixed ad-free">
<div class="wrap">{paragraphs()}</div></body></html>"""
    assert keeps_story(view_of(page))


def test_article_inside_a_wrongly_named_wrapper_is_kept():
    page = f"""<html><body>
<div class="content-with-sidebar"><div class="story">{paragraphs()}</div>
<div class="sidebar"><p>Most read this week in the town</p></div></div>
<div id="comments"><p>Great news for the fleet at last, says a reader.</p></div>
</body></html>"""
    view = view_of(page)
    assert keeps_story(view)
    assert "Most read" not in view
    assert "Great news" not in view


def test_paragraphs_split_across_blocks_in_a_wrongly_named_wrapper_are_kept():
    blocks = "".join(f'<div class="para">{sentence}</div>' for sentence in STORY)
    about = "<div class='about'><p>The Post has covered the coast since the old railway came to town.</p></div>"
    page = f"<html><body><div class='sidebar-main'>{blocks}</div>{about}</body></html>"
    assert keeps_story(view_of(page))


def test_long_reader_comments_do_not_push_the_article_out():
    comment = (
        "<div class='comment-text'><p>" + "I have sailed past that wall for forty years and more. " * 12 + "</p></div>"
    )
    page = f"""<html><body><div class="story">{paragraphs()}</div>
<div id="comments">{comment * 6}</div></body></html>"""
    view = view_of(page)
    assert keeps_story(view) and "sailed past" not in view


def test_an_element_with_most_of_the_text_is_never_dropped_as_chrome():
    page = f"""<html><body><form id="aspnetForm"><div class="menu-layout">{paragraphs()}</div></form>
<nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>"""
    view = view_of(page)
    assert keeps_story(view)
    assert "Home" not in view


def test_navigation_share_bars_footers_and_hidden_parts_are_dropped():
    page = f"""<html><body>
<header class="site-header"><a href="/">The Porthallow Post</a>
  <ul><li><a href="/a">Local</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul></header>
<div role="navigation">Jump to the town council pages here</div>
<main><article>
  <header><h1>Harbour wall to be rebuilt</h1></header>
  <div class="share-tools">Share on every network you like today</div>
{paragraphs("  ")}
  <div class="social_links">Follow our reporters on their channels</div>
  <p class="shared-ownership-note">The harbour trust and the council share ownership of the wall.</p>
  <div style="display: none">Text kept for a script, never shown here</div>
  <span aria-hidden="true">Decorative words nobody reads</span>
</article></main>
<div class="newsletter">Sign up for the morning letter from our desk</div>
<div class="cookie-banner">We use small files to remember your choices</div>
<footer><p>All rights reserved by the owners of the paper</p></footer>
</body></html>"""
    view = view_of(page)
    assert keeps_story(view)
    assert "Harbour wall to be rebuilt" in view  # a header inside the article holds the headline
    assert "share ownership of the wall" in view  # "shared" is not the word "share"
    for chrome in (
        "Porthallow Post",
        "Sport",
        "Jump to",
        "every network",
        "Follow our",
        "never shown",
        "Decorative",
        "morning letter",
        "small files",
        "rights reserved",
    ):
        assert chrome not in view, chrome


def test_the_main_article_wins_over_teasers_and_nested_comments():
    teaser = '<article class="card"><h2>Another story</h2><p>A short teaser on the new bus timetable.</p></article>'
    page = f"""<html><body>
<h1 class="headline">Harbour wall to be rebuilt</h1>
{teaser}
<article class="story">{paragraphs()}
  <article class="comment"><p>A reader comment that goes on about the weather and the tides.</p></article>
</article>
{teaser}</body></html>"""
    view = view_of(page)
    assert keeps_story(view)
    assert "Harbour wall to be rebuilt" in view  # the headline outside the article is added
    assert "bus timetable" not in view
    assert "reader comment" not in view


def test_a_container_named_for_the_article_is_taken_with_its_standfirst():
    page = f"""<html><body><div class="page"><div class="promo-strip"><p>Win a weekend by the sea</p></div>
<div class="story"><p class="standfirst">The harbour wall will be rebuilt after all.</p>
<div class="story-body">{paragraphs()}</div></div>
<div class="more"><p>Teaser text about another town and its bridge.</p></div></div></body></html>"""
    view = view_of(page)
    assert keeps_story(view) and "The harbour wall will be rebuilt after all." in view
    assert "Win a weekend" not in view and "another town" not in view


def test_the_headline_stays_when_the_page_header_around_it_goes():
    page = f"""<html><body><header class="top"><a href="/">Logo</a><h1>Harbour wall to be rebuilt</h1></header>
<div class="wrap">{paragraphs()}</div><footer>About us and contact details</footer></body></html>"""
    view = view_of(page)
    assert keeps_story(view) and "Harbour wall to be rebuilt" in view
    assert "Logo" not in view and "About us" not in view


def test_embedded_posts_inside_an_article_stay():
    page = f"""<html><body><article>{paragraphs()}
<div class="social-embed"><blockquote class="twitter-tweet"><p>The wall is finally getting fixed, what a day for us</p>
<a href="https://example.test/status/1">a link</a></blockquote></div></article></body></html>"""
    assert "what a day for us" in view_of(page)


def test_character_references_are_decoded_and_positions_stay_exact():
    page = (
        "<html><body><article>\n"
        "<p>Fish &amp; chips cost &pound;9&nbsp;now &#8212; up from &#x24;5, said Ms O&#8217;Brien.</p>\n"
        "<p>An unknown &bogus; reference stays as written, and the harbourMaster agreed.</p>\n"
        + paragraphs()
        + "\n</article></body></html>"
    )
    doc = make_document("p.html", page, "html")
    assert "Fish & chips cost £9 now — up from $5, said Ms O’Brien." in doc.text  # no-break space shown as a space
    assert "&bogus;" in doc.text
    start = doc.text.index("harbourMaster")
    line, column, offset = doc.position(start)
    assert page[offset : offset + len("harbourMaster")] == "harbourMaster"
    assert line == 3 and column == page.splitlines()[2].index("harbourMaster") + 1


def test_white_space_is_shown_as_a_browser_shows_it():
    page = (
        "<html><body><article>\n<p>The   wall\t<b> will </b>  be&nbsp;&nbsp;rebuilt\n    soon.</p>\n"
        "<pre>line one\n  line two</pre>\n" + paragraphs() + "</article></body></html>"
    )
    doc = make_document("p.html", page, "html")
    assert "The wall will be rebuilt soon." in doc.text
    assert "line one\n  line two" in doc.text
    assert not [f for f in lint_documents([doc], Config(), select_rules(["WS001"], [])).findings]


def test_a_finding_in_the_view_points_at_its_line_and_column_in_the_file():
    page = (
        "<html>\n<body>\n<nav>Home</nav>\n<article>\n<h1>Harbour wall</h1>\n"
        "<p>The engineers &ldquo;agreed&rdquo; and the\n   councilSaid it would pay.</p>\n"
        + paragraphs()
        + "\n</article>\n</body>\n</html>\n"
    )
    doc = make_document("page.html", page, "html")
    findings = lint_documents([doc], Config(), select_rules(["RT001"], [])).findings
    assert [doc.text[f.start : f.end] for f in findings] == ["councilSaid"]
    line, column, _ = doc.position(findings[0].start)
    assert (line, column) == (7, page.splitlines()[6].index("councilSaid") + 1)


def test_malformed_markup_nests_as_a_browser_shows_it():
    page = """<html><body><div class="wrap">
<p>First paragraph about the harbour wall and its repair
<p>Second paragraph about the fleet waiting for spring
<ul><li>one item on the list<li>another item on the list</ul>
</div></div></div><p>Closing paragraph after stray end tags
<a href="/x" title="unclosed quote>Text hidden inside a broken attribute</a>
</body></html>"""
    view = view_of(page)
    assert "repair\n" in view or "repair \n" in view  # the unclosed <p> ends at the next <p>
    assert "one item on the list" in view and "another item on the list" in view
    assert "Closing paragraph after stray end tags" in view


def _cpu_seconds(page: str) -> float:
    """The CPU time of one view in this thread: threads earlier tests left running (a Dask
    cluster's workers, a language server's) count in the process's time, not in the view's.
    The garbage collector is paused while it runs: a full collection walks every object earlier
    tests left alive, so its cost follows the suite's heap, not this page."""
    gc.collect()
    gc.disable()
    try:
        began = time.thread_time()
        view_of(page)
        return time.thread_time() - began
    finally:
        gc.enable()


def test_many_unclosed_tags_stay_linear():
    """Eight times the input takes about eight times as long, never sixty-four (a ratio with a
    wide margin on both sides, so that a busy machine does not fail it; absolute speed is
    bench/adversarial.py's job)."""
    patterns = [
        ("<html><body><p>start ", "<a ", 5_000),
        ("<html><body><p>start ", '<a href="x ', 2_500),
        ("<html><body><p>start ", "<!-- open ", 2_500),
        ("<html><body>", "<div><span>word ", 2_500),
    ]
    for head, unit, count in patterns:
        small = min(_cpu_seconds(head + unit * count) for _ in range(3))
        large = min(_cpu_seconds(head + unit * count * 8) for _ in range(3))
        assert large < 24 * max(small, 0.005), unit


def test_a_megabyte_page_keeps_its_story():
    card = '<div class="card"><a href="/x">Link text here</a><span class="meta">today</span></div>\n'
    page = "<html><body>" + card * 11_500 + "<article>" + paragraphs() * 40 + "</article></body></html>"
    assert len(page) > 1_000_000
    assert keeps_story(view_of(page))


def test_a_page_with_almost_no_article_text_gets_a_note():
    chrome = "".join(f'<li><a href="/s{i}">Section number {i} of the site menu</a></li>' for i in range(40))
    footer = "<footer><p>" + "Terms and conditions apply to every visit. " * 20 + "</p></footer>"
    page = f"<html><body><nav><ul>{chrome}</ul></nav><div id='app'></div>{footer}</body></html>"
    view = extract_html_view(page)
    assert view.words < 50 and view.notes and "JavaScript" in view.notes[0]
    short = "<html><body><article><p>A short notice: the harbour office is closed today.</p></article></body></html>"
    assert extract_html_view(short).notes == []
    assert extract_html_view(f"<html><body><article>{paragraphs()}</article></body></html>").notes == []


def test_view_command_prints_the_linted_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><nav><a href='/'>Front page</a></nav><article>{paragraphs()}</article></body></html>",
        encoding="utf-8",
    )
    result = run_cli("view", str(page))
    assert result.returncode == 0
    assert keeps_story(result.stdout) and "Front page" not in result.stdout

    result = run_cli("view", str(ROOT / "tests" / "data" / "seed.md"))
    assert result.returncode == 0
    assert "The council voted on Monday" in result.stdout
    for hidden in ("title:", "Raw feed dump", "example.test"):  # front matter, code block, link target
        assert hidden not in result.stdout

    text = tmp_path / "note.txt"
    text.write_text("Plain text <b>stays</b> exactly as written.\n", encoding="utf-8")
    assert run_cli("view", str(text)).stdout == "Plain text <b>stays</b> exactly as written.\n"


def test_view_command_reports_a_low_text_page_on_stderr(tmp_path):
    page = tmp_path / "app.html"
    page.write_text("<html><body><div id='root'></div><footer>" + "Legal words here. " * 60 + "</footer></body></html>")
    result = run_cli("view", str(page))
    assert result.returncode == 0
    assert "note:" in result.stderr and "app.html" in result.stderr


def test_view_command_errors_and_help(tmp_path):
    missing = tmp_path / "gone.html"
    result = run_cli("view", str(missing))
    assert result.returncode == 2 and "gone.html" in result.stderr
    help_text = run_cli("view", "--help")
    assert help_text.returncode == 0 and "article" in help_text.stdout
    assert help_text.stdout != run_cli("--help").stdout
