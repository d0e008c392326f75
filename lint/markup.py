"""Prose views of Markdown and HTML sources, with a map back to the original offsets.

The view keeps prose verbatim (so fixes apply there) and replaces structure with line breaks:
a paragraph in the source stays a paragraph in the view, and every finding maps back to the
line and column of the file the writer edits.
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from newslint import regexes
from newslint.document import SourceMap
from newslint.htmlparse import Element, Tree, parse


class ViewBuilder:
    """Assembles a view from verbatim source runs and replacement text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, bool]] = []
        self.length = 0

    def copy(self, source: str, start: int, end: int) -> None:
        if end > start:
            self._add(source[start:end], start, end - start, True)

    def ends_in_space(self) -> bool:
        """True at the start of the view and after white space."""
        return not self.parts or self.parts[-1][-1] in " \n"

    def replace(self, text: str, source_start: int, source_length: int) -> None:
        if text:
            self._add(text, source_start, source_length, False)

    def _add(self, text: str, source_start: int, source_length: int, exact: bool) -> None:
        self.pieces.append((self.length, source_start, source_length, exact))
        self.parts.append(text)
        self.length += len(text)

    def build(self) -> tuple[str, SourceMap]:
        return "".join(self.parts), SourceMap(self.pieces)


# -- Markdown --------------------------------------------------------------------------------------
FRONT_MATTER = regexes.compile(r"\A(?:---|\+\+\+)\r?\n.*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|\Z)", regex.S)
LINE_PREFIX = regexes.compile(
    r"[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?"
)
INLINE_DROP = regexes.compile(
    r"<!--.*?-->"  # comments
    r"|!\[[^\]]*\]\([^)]*\)"  # images
    r"|\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"  # link targets: "](url)"
    r"|\]\[[^\]]*\]"  # reference links: "][ref]"
    r"|(?<![\\\w])\[(?=[^\]]+\](?:\(|\[))"  # the "[" opening a link
    r"|<(?:https?://|mailto:)[^>]+>"  # autolinks
    r"|</?[A-Za-z][^>]*>"  # inline HTML tags
    r"|(?<!\w)(?:\*\*|__|\*|_|~~)(?=\S)|(?<=\S)(?:\*\*|__|\*|_|~~)(?!\w)",  # emphasis markers
    regex.S,
)
BACKTICKS = regexes.compile(r"`+")
REFERENCE_DEFINITION = regexes.compile(r"^[ \t]{0,3}\[[^\]]+\]:\s*\S+.*$")
TABLE_RULE = regexes.compile(r"^[ \t|:-]+$")


def markdown_view(source: str) -> tuple[str, SourceMap]:
    from markdown_it import MarkdownIt

    builder = ViewBuilder()
    skip_lines: set[int] = set()
    line_starts = [0] + [m.end() for m in regex.finditer(r"\n", source)]
    body_start = 0
    front = FRONT_MATTER.match(source)
    if front:
        body_start = front.end()
        skip_lines.update(i for i, s in enumerate(line_starts) if s < body_start)
    # Only the block structure is read (code, HTML blocks, rules); inline markup is stripped by
    # INLINE_DROP below, so markdown-it's inline pass (5 s on 1 MB of '**a') is switched off.
    tokens = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"]).parse(source)
    for token in tokens:
        if token.type in ("fence", "code_block", "html_block", "hr") and token.map:
            skip_lines.update(range(token.map[0], token.map[1]))
    code = _code_spans(source, line_starts, skip_lines)
    for number, start in enumerate(line_starts):
        end = line_starts[number + 1] if number + 1 < len(line_starts) else len(source)
        line = source[start:end]
        newline = len(line) - len(line.rstrip("\r\n"))
        content_end = end - newline
        if (
            number in skip_lines
            or REFERENCE_DEFINITION.match(line)
            or ("|" in line and TABLE_RULE.match(line.rstrip("\r\n")))
        ):
            builder.replace("\n" if newline else "", start, end - start)
            continue
        prefix = LINE_PREFIX.match(source, start, content_end)
        position = prefix.end() if prefix else start
        _inline_markdown(source, position, content_end, builder, code)
        if newline:
            builder.replace("\n", content_end, newline)
    return builder.build()


def _code_spans(source: str, line_starts: list[int], skip_lines: set[int]) -> list[tuple[int, int]]:
    """Code spans, which CommonMark lets run over the line breaks of a paragraph: a run of
    backticks opens one that the next run of the same length closes; a run with no such partner
    is a literal backtick. Paragraphs end at blank lines, at the block lines skipped above, and
    at lines that open a block (a list item, a heading, a quotation). Linear in the source."""
    spans: list[tuple[int, int]] = []
    runs: list[tuple[int, int]] = []

    def close_paragraph() -> None:
        following: dict[int, int] = {}
        partner = [-1] * len(runs)
        for index in range(len(runs) - 1, -1, -1):
            length = runs[index][1] - runs[index][0]
            partner[index] = following.get(length, -1)
            following[length] = index
        index = 0
        while index < len(runs):
            if partner[index] < 0:
                index += 1
                continue
            spans.append((runs[index][0], runs[partner[index]][1]))
            index = partner[index] + 1
        runs.clear()

    for number, start in enumerate(line_starts):
        end = line_starts[number + 1] if number + 1 < len(line_starts) else len(source)
        if number in skip_lines or not source[start:end].strip():
            close_paragraph()
            continue
        prefix = LINE_PREFIX.match(source, start, end)
        marker = source[start : prefix.end()] if prefix else ""
        opens_block = bool(marker) and not marker.isspace()
        if opens_block:
            close_paragraph()
        runs.extend(match.span() for match in BACKTICKS.finditer(source, start, end))
        if opens_block and "#" in marker:
            close_paragraph()  # a heading is one line
    close_paragraph()
    return spans


def _inline_markdown(source: str, start: int, end: int, builder: ViewBuilder, code: list[tuple[int, int]]) -> None:
    drops: list[tuple[int, int, str]] = []
    first = bisect.bisect_right(code, (start, len(source))) - 1
    for span_start, span_end in code[max(first, 0) :]:
        if span_start >= end:
            break
        if span_end <= start:
            continue
        # A neutral token where the span opens (no rule looks at digits alone); nothing on the
        # lines it runs on to.
        drops.append((max(span_start, start), min(span_end, end), "0" if span_start >= start else ""))
    code_starts = [s for s, _, _ in drops]  # in text order, not overlapping
    for match in INLINE_DROP.finditer(source, start, end):
        # Inside a code span? One binary search, not a scan of every drop (linear on "**a**a…").
        index = bisect.bisect_right(code_starts, match.start()) - 1
        if index < 0 or match.start() >= drops[index][1]:
            drops.append((match.start(), match.end(), ""))
    drops.sort()
    position = start
    for drop_start, drop_end, replacement in drops:
        if drop_start < position:
            continue
        builder.copy(source, position, drop_start)
        builder.replace(replacement, drop_start, drop_end - drop_start)
        position = drop_end
    builder.copy(source, position, end)


# -- HTML ------------------------------------------------------------------------------------------
# Never shown to a reader.
HIDDEN_TAGS = frozenset(
    """head script style noscript template svg math iframe object embed canvas select datalist textarea
    title button audio video map input""".split()
)
# Page furniture by its element (header and footer only outside an article: inside, they hold
# the headline and byline).
CHROME_TAGS = frozenset(("nav", "aside", "form", "dialog", "menu"))
PAGE_PART_TAGS = frozenset(("header", "footer"))
FURNITURE_TAGS = frozenset(("nav", "aside", "header", "footer"))
CHROME_ROLES = frozenset(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog alertdialog tablist".split()
)
# Words in class and id names that mark page furniture, matched against whole name parts
# ("share-bar", "socialLinks", "related_posts"), never inside longer words.
CHROME_NAME_PARTS = frozenset(
    """nav navbar navigation menu menus breadcrumb breadcrumbs share shares sharing sharebar social
    related recommended recommendations newsletter newsletters subscribe subscription signup
    cookie cookies consent gdpr comments comment disqus sidebar widget widgets promo promos
    promotion sponsor sponsored advert adverts advertisement advertising ad ads adsbygoogle outbrain
    taboola popup modal toolbar pagination pager trending popular skip tags login""".split()
)
PAGE_PART_NAME_PARTS = frozenset(("header", "footer", "masthead", "topbar"))
# Quoted material inside an article ("social-embed", "twitter-tweet") is content, not furniture.
EMBED_NAME_PARTS = frozenset(("embed", "embedded", "tweet"))
CHROME_NAMES = frozenset(("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "ad-slot"))
NO_PARTS: frozenset[str] = frozenset()
NAME_PART = regexes.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
HIDDEN_STYLE = regexes.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
ARTICLE_TAGS = frozenset(("article", "main"))
# Class and id names of article containers across publishing systems.
ARTICLE_NAME_PARTS = frozenset(("article", "story", "articlebody", "storybody"))
POST_NAME_PARTS = frozenset(("post", "entry", "blog", "news", "main"))
BODY_NAME_PARTS = frozenset(("body", "content", "text"))
# A container whose words are mostly link text is a menu or a list of links to other pages.
LIST_CONTAINERS = frozenset(("div", "ul", "ol", "section", "table", "dl"))
LINK_LIST_SHARE = 0.8
BLOCK = frozenset(
    """p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption table tr td th
    pre dl dt dd hr body html caption address details summary header footer nav aside form fieldset
    legend center dialog hgroup menu tbody thead tfoot""".split()
)
WORD = regexes.compile(r"[^\W_]+")
CHARACTER_REFERENCE = r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)"
# Character references, and white space a browser shows as one space: runs, line breaks, tabs,
# no-break spaces (in HTML those are typesetting, not an artifact of the text).
TEXT_PIECE = regexes.compile(CHARACTER_REFERENCE + r"|[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f\u00a0]")
PREFORMATTED_PIECE = regexes.compile(CHARACTER_REFERENCE)
LEADING_SPACE = regexes.compile(r"[ \t\n\r\f\u00a0]*")
PREFORMATTED_TAGS = frozenset(("pre", "listing", "plaintext"))
# A container holding at least this share of the page's prose is the article (or holds it).
BULK_SHARE = 0.5
# An article container holding the core paragraphs is the article when it holds this share of the
# page's prose (teaser lists with summaries can outweigh a short article).
ROOT_SHARE = 0.3
# The best paragraphs outside page chrome are the article's unless those inside are 4 times longer.
CHROME_CORE_SHARE = 0.25
ROOT_TAGS = frozenset(("#document", "html", "body"))
COMMENT_NAME_PARTS = frozenset(("comment", "comments", "disqus", "discussion", "replies"))
# Below this many words the view is "almost empty" when the page holds several times more.
LOW_TEXT_WORDS = 50


@dataclass
class HtmlView:
    text: str
    source_map: SourceMap
    words: int  # words in the view
    page_words: int  # words of visible text in the whole body
    notes: list[str] = field(default_factory=list)


def html_view(source: str) -> tuple[str, SourceMap]:
    view = extract_html_view(source)
    return view.text, view.source_map


def extract_html_view(source: str) -> HtmlView:
    """The article of a page: its <article>/<main> when that holds the bulk of the text (plus the
    headline), else the body without page chrome. The element whose paragraphs hold the most
    text, its ancestors and any element holding the bulk of the page's prose (reader comments
    apart) are never dropped, whatever their class names say; but a <nav>, <footer>, <aside> or
    page <header> is chrome even when the page has nothing else (then a note says so)."""
    tree = parse(source)
    _count_words(tree, source)
    body = next((e for e in tree.elements if e.tag == "body" and not e.hidden), tree.root)
    core = _paragraph_core(tree, body)
    root = _article_root(tree, body, core)
    protected = _ancestors(core) | {e for e in tree.elements if _holds_bulk(e, body) and not _names_comments(e)}
    protected = {e for e in protected if e.tag not in FURNITURE_TAGS}
    headline = _headline(tree, body, root, core)
    builder = ViewBuilder()
    _emit(tree, source, builder, root, headline, protected)
    text, source_map = builder.build()
    words = len(WORD.findall(text))
    view = HtmlView(text, source_map, words, body.words)
    if words < LOW_TEXT_WORDS and body.words >= 3 * LOW_TEXT_WORDS:
        view.notes.append(
            f"only {words} of the page's {body.words} words were read as article text; the article may be "
            "loaded by JavaScript, or its markup was not recognised (see what is linted with 'newslint view')"
        )
    return view


def _count_words(tree: Tree, source: str) -> None:
    """Words, linked words and paragraph words of every element (children before parents)."""
    for element in tree.elements[1:]:
        parent = element.parent
        element.hidden = parent.hidden or element.tag in HIDDEN_TAGS
    for element in reversed(tree.elements):
        if element.hidden:
            continue
        own = 0
        for child in element.children:
            if type(child) is tuple:
                own += len(WORD.findall(source, child[0], child[1]))
        element.words += own
        element.paragraph_words += own
        if element.tag == "a":
            element.linked = element.words
        parent = element.parent
        if parent is not None:
            parent.words += element.words
            parent.linked += element.linked
            if element.tag == "p":
                parent.paragraph_words += element.prose


def _paragraph_core(tree: Tree, body: Element) -> Element:
    """The element whose own paragraphs hold the most prose: where the article text sits.

    Paragraphs inside page chrome (a long reader comment) count only when the best ones outside
    it are much shorter: then the article itself sits in a wrongly named wrapper.
    """
    best_anywhere = best_outside_chrome = body
    in_chrome: dict[Element, bool] = {}
    in_article: dict[Element, bool] = {}
    for element in tree.elements:
        if element.hidden:
            continue
        parent = element.parent
        chrome = in_chrome.get(parent, False)
        inside = in_article.get(parent, False)
        if not chrome and element.tag not in ROOT_TAGS:
            chrome = _is_chrome(element, Context(in_article=inside), _parts(element))
        in_chrome[element] = chrome
        in_article[element] = inside or element.tag in ARTICLE_TAGS
        if element.paragraph_words > best_anywhere.paragraph_words:
            best_anywhere = element
        if not chrome and element.paragraph_words > best_outside_chrome.paragraph_words:
            best_outside_chrome = element
    if best_outside_chrome.paragraph_words >= CHROME_CORE_SHARE * best_anywhere.paragraph_words:
        return best_outside_chrome
    return best_anywhere


def _holds_bulk(element: Element, body: Element) -> bool:
    return element.prose > 0 and element.prose >= BULK_SHARE * body.prose and not element.hidden


def _names_comments(element: Element) -> bool:
    """Reader comments: the one kind of page chrome that can hold more text than the article."""
    return bool(_parts(element) & COMMENT_NAME_PARTS)


def _article_root(tree: Tree, body: Element, core: Element) -> Element:
    """Where the article is: the tightest <article>, <main> or articleBody that holds the core
    paragraphs and the bulk of the page's prose; failing that, the widest element whose class
    names an article ("story-body", "entry-content"), as those often leave the standfirst out;
    failing that, the body."""
    if body.prose == 0:
        return body
    core_line = _ancestors(core)
    semantic: list[Element] = []
    named: list[Element] = []
    for element in tree.elements:
        if element.hidden or element.prose < ROOT_SHARE * body.prose or element not in core_line:
            continue
        if _is_semantic_article(element):
            semantic.append(element)
        elif _is_named_article(element):
            named.append(element)
    if semantic:
        return min(semantic, key=lambda element: element.prose)
    if named:
        return max(named, key=lambda element: element.prose)
    return body


def _is_semantic_article(element: Element) -> bool:
    """<article>, <main>, schema.org's articleBody or role=main."""
    attrs = element.attrs
    return (
        element.tag in ARTICLE_TAGS
        or "articlebody" in attrs.get("itemprop", "").lower()
        or attrs.get("role", "").lower() == "main"
    )


def _is_named_article(element: Element) -> bool:
    """A class or id naming the article: "article", "story-body", "entry-content", "post-text"."""
    attrs = element.attrs
    if "class" not in attrs and "id" not in attrs:
        return False
    parts = _parts(element)
    return bool(parts & ARTICLE_NAME_PARTS or (parts & POST_NAME_PARTS and parts & BODY_NAME_PARTS))


def _ancestors(element: Element) -> set[Element]:
    """The element and all its ancestors."""
    line = set()
    while element is not None:
        line.add(element)
        element = element.parent
    return line


def _headline(tree: Tree, body: Element, root: Element, core: Element) -> Element | None:
    """The page's headline, shown even where a page header around it is dropped: the article's
    own <h1>, else the last <h1> before the article text, else the first <h1>."""
    first = before = None
    for element in tree.elements:
        if element.tag != "h1" or element.hidden or element.words == 0:
            continue
        if root is not body and root in _ancestors(element):
            return element
        first = first or element
        if element.start < core.start:
            before = element
    return before or first


class Context(NamedTuple):
    """Where an element sits: inside an <article>/<main>, inside an embed (quoted tweet, card)."""

    in_article: bool = False
    in_embed: bool = False
    in_pre: bool = False  # white space is kept as written


def _is_chrome(element: Element, context: Context, parts: frozenset[str]) -> bool:
    """Page furniture, judged by the element itself: its tag, role, hidden state, class names,
    and for containers whether their text is mostly links (menus, link lists)."""
    tag = element.tag
    if tag in CHROME_TAGS or (tag in PAGE_PART_TAGS and not context.in_article):
        return True
    attrs = element.attrs
    if not attrs:
        return tag in LIST_CONTAINERS and not context.in_embed and _mostly_links(element)
    if attrs.get("role", "").lower() in CHROME_ROLES:
        return True
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    if "style" in attrs and HIDDEN_STYLE.search(attrs["style"]):
        return True
    if parts and any(name.lower() in CHROME_NAMES for name in _names(element)):
        return True
    if parts & EMBED_NAME_PARTS:
        return False
    if parts & CHROME_NAME_PARTS or (not context.in_article and parts & PAGE_PART_NAME_PARTS):
        return True
    return tag in LIST_CONTAINERS and not context.in_embed and _mostly_links(element)


def _mostly_links(element: Element) -> bool:
    return element.words > 0 and element.linked >= LINK_LIST_SHARE * element.words


def _parts(element: Element) -> frozenset[str]:
    """The words of the element's class and id names, computed once per element."""
    parts = element.name_parts
    if parts is None:
        attrs = element.attrs
        parts = _name_parts(_names(element)) if "class" in attrs or "id" in attrs else NO_PARTS
        element.name_parts = parts
    return parts


def _names(element: Element) -> list[str]:
    return [*element.attrs.get("class", "").split(), *element.attrs.get("id", "").split()]


def _name_parts(names: list[str]) -> frozenset[str]:
    """The words of class and id names: "socialShare-bar" gives social, share, bar."""
    return frozenset(part.lower() for name in names for part in NAME_PART.findall(name))


def _inner_context(element: Element, context: Context, parts: frozenset[str]) -> Context:
    in_article = context.in_article or element.tag in ARTICLE_TAGS
    in_embed = context.in_embed or bool(parts & EMBED_NAME_PARTS)
    in_pre = context.in_pre or element.tag in PREFORMATTED_TAGS
    inner = Context(in_article, in_embed, in_pre)
    return context if inner == context else inner


def _emit(
    tree: Tree, source: str, builder: ViewBuilder, root: Element, headline: Element | None, protected: set[Element]
) -> None:
    """Write the root's (and the headline's) text to the builder, leaving chrome out."""
    wanted = {headline} if headline is not None else set()
    wanted.add(root)
    leads_to = set()
    for element in wanted:
        leads_to |= _ancestors(element)
    # Stack items: (element or text run, emitting, context) to enter, or (element, None, None) to leave.
    stack: list[tuple] = [(tree.root, False, Context())]
    while stack:
        element, emitting, context = stack.pop()
        if type(element) is tuple:
            if emitting:
                _emit_text(source, element[0], element[1], builder, context.in_pre)
            continue
        if emitting is None:
            if element.tag in BLOCK:
                builder.replace("\n\n", element.end, 0)
            continue
        if element.hidden:
            continue
        parts = _parts(element)
        if element in wanted:
            emitting = True
        elif emitting and element not in protected and _is_chrome(element, context, parts):
            emitting = False
        if not emitting and element not in leads_to:
            continue
        if emitting:
            if element.tag == "br":
                builder.replace("\n", element.start, 0)
                continue
            if element.tag in BLOCK:
                builder.replace("\n\n", element.start, 0)
            stack.append((element, None, None))
        inner = _inner_context(element, context, parts)
        for child in reversed(element.children):
            stack.append((child, emitting, inner))


def _emit_text(source: str, start: int, end: int, builder: ViewBuilder, preformatted: bool) -> None:
    """Copy a text run verbatim, decoding character references and showing white space as a
    browser does: one space, none after a line break or another space."""
    if preformatted:
        _emit_references(source, start, end, builder)
        return
    position = start
    if builder.ends_in_space():
        position = LEADING_SPACE.match(source, start, end).end()
    for match in TEXT_PIECE.finditer(source, position, end):
        builder.copy(source, position, match.start())
        raw = match.group()
        decoded = html.unescape(raw) if raw[0] == "&" else " "
        if decoded == raw:
            builder.copy(source, match.start(), match.end())
        elif decoded.isspace():
            builder.replace("" if builder.ends_in_space() else " ", match.start(), len(raw))
        else:
            builder.replace(decoded, match.start(), len(raw))
        position = match.end()
    builder.copy(source, position, end)


def _emit_references(source: str, start: int, end: int, builder: ViewBuilder) -> None:
    position = start
    for match in PREFORMATTED_PIECE.finditer(source, start, end):
        builder.copy(source, position, match.start())
        builder.replace(html.unescape(match.group()), match.start(), len(match.group()))
        position = match.end()
    builder.copy(source, position, end)
