"""A small, linear-time HTML tree builder that keeps exact source offsets.

Python's html.parser rescans the rest of the document for every start tag, comment or quoted
attribute that never closes, so a page with many unclosed ``<a `` tags takes minutes. This
tokenizer moves strictly forward (every search either consumes what it scanned or ends the
document), and the tree builder applies the HTML rules for implied end tags (a new ``<p>``
closes the open one, a ``<li>`` its open sibling, ...) so that malformed pages nest the way a
browser shows them. Text is kept as (start, end) runs into the source: the view copies the
source verbatim, so fixes land where they should.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterator

import regex

from newslint import regexes

VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont bgsound frame".split()
)
# Elements whose content is not markup: skipped up to their end tag.
RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes noscript plaintext".split())
CLOSES_P = frozenset(
    """address article aside blockquote center details dialog dir div dl fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table ul
    dd dt""".split()
)
SCOPE = frozenset("applet caption html table td th marquee object template button".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
HEAD_CONTENT = frozenset("meta link title style script noscript base template".split())
FOREIGN = frozenset(("svg", "math"))
# Attributes the view judges elements by (the others are not kept).
KEPT_ATTRIBUTES = frozenset(("class", "id", "role", "itemprop", "hidden", "aria-hidden", "style"))
# How far up the open elements an implied end tag looks; keeps deep, broken nesting linear.
SCOPE_LIMIT = 64

TAG_NAME = regexes.compile(r"[A-Za-z][^\s/>]*")
GAP = regexes.compile(r"[\s/]*")
ATTRIBUTE = regexes.compile(r"""([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?""")
# A well-formed start tag in one match (the common case); anything odder takes the tolerant path.
SIMPLE_TAG = regexes.compile(
    r"""<([A-Za-z][^\s/>]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*+)\s*(/?)>"""
)
KEPT_NAME = regexes.compile(r"(?i)(?:class|id|role|itemprop|hidden|style)\s*(?:=|\s|/|$)")
SIMPLE_ATTRIBUTE = regexes.compile(r"""\s+([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
END_TAG_NAME = regexes.compile(r"</([A-Za-z][^\s/>]*)")


class Element:
    """One element: its tag, the attributes the view needs, children (elements and text runs)."""

    __slots__ = (
        "tag",
        "attrs",
        "parent",
        "children",
        "start",
        "end",
        "words",
        "linked",
        "paragraph_words",
        "hidden",
        "name_parts",
    )

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None, start: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Element | tuple[int, int]] = []
        self.start = start  # offset of "<"
        self.end = start  # offset where the element closes (its end tag, or the token that closed it)
        self.words = 0  # words of visible text in the subtree
        self.linked = 0  # of which inside links
        self.paragraph_words = 0  # words in this element's own paragraphs (direct <p> children and text)
        self.hidden = False  # never shown: inside <head>, <script>, <template>, ...
        self.name_parts: frozenset[str] | None = None  # words of the class and id names, once computed

    @property
    def prose(self) -> int:
        """Words not inside links: menus and link lists have few, articles many."""
        return self.words - self.linked

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs} @{self.start}>"


class Tree:
    """The parsed page: a synthetic root element and every element in document order."""

    def __init__(self, root: Element, elements: list[Element]) -> None:
        self.root = root
        self.elements = elements

    def first(self, tag: str) -> Element | None:
        return next((e for e in self.elements if e.tag == tag), None)


def tokens(source: str) -> Iterator[tuple]:
    """("text", start, end) | ("start", tag, attrs, start, end, self_closing) | ("end", tag, start, end).

    Comments, doctypes and processing instructions are dropped; raw-text elements (script,
    style, ...) come as a start tag followed by their end tag.
    """
    length = len(source)
    last_close = source.rfind(">")
    position = 0
    text_start = 0
    while True:
        lt = source.find("<", position)
        if lt < 0:
            break
        nxt = source[lt + 1 : lt + 2]
        if nxt.isascii() and nxt.isalpha():
            if text_start < lt:
                yield ("text", text_start, lt)
            if lt > last_close:
                return  # no ">" follows: an unfinished start tag at end of file, which browsers drop
            tag, attrs, end, self_closing = _start_tag(source, lt)
            if end < 0:
                return  # an unfinished start tag at end of file: browsers drop it
            yield ("start", tag, attrs, lt, end, self_closing)
            position = text_start = end
            if tag in RAW_TEXT:
                close = _raw_text_end(tag).search(source, end)
                if close is None:
                    return
                finish = source.find(">", close.end())
                finish = length if finish < 0 else finish + 1
                yield ("end", tag, close.start(), finish)
                position = text_start = finish
            continue
        if nxt == "/":
            name = END_TAG_NAME.match(source, lt)
            finish = source.find(">", lt + 2)
            if text_start < lt:
                yield ("text", text_start, lt)
            finish = length if finish < 0 else finish + 1
            if name and finish <= length:
                yield ("end", name.group(1).lower(), lt, finish)
            position = text_start = finish
            continue
        if nxt == "!" or nxt == "?":
            if text_start < lt:
                yield ("text", text_start, lt)
            if source.startswith("<!--", lt):
                if source.startswith("<!-->", lt) or source.startswith("<!--->", lt):
                    finish = source.find(">", lt + 4) + 1
                else:
                    finish = source.find("-->", lt + 4)
                    finish = length if finish < 0 else finish + 3
            else:
                finish = source.find(">", lt + 2)
                finish = length if finish < 0 else finish + 1
            position = text_start = finish
            continue
        position = lt + 1  # a bare "<" is text
    if text_start < length:
        yield ("text", text_start, length)


@functools.cache
def _raw_text_end(tag: str) -> regex.Pattern:
    return regex.compile(r"</" + regex.escape(tag) + r"(?=[\s/>])", regex.I)


def _start_tag(source: str, lt: int) -> tuple[str, dict[str, str], int, bool]:
    """Tag name, kept attributes, the offset after ">" (-1: no end) and whether it ended with "/>"."""
    simple = SIMPLE_TAG.match(source, lt)
    if simple:
        attrs = {}
        if simple.end(2) > simple.start(2) and KEPT_NAME.search(source, simple.start(2), simple.end(2)):
            for attribute in SIMPLE_ATTRIBUTE.finditer(source, simple.start(2), simple.end(2)):
                key = attribute.group(1).lower()
                if key in KEPT_ATTRIBUTES and key not in attrs:
                    value = attribute.group(2) or attribute.group(3) or attribute.group(4) or ""
                    attrs[key] = html.unescape(value) if "&" in value else value
        return simple.group(1).lower(), attrs, simple.end(), bool(simple.group(3))
    return _tolerant_start_tag(source, lt)


def _tolerant_start_tag(source: str, lt: int) -> tuple[str, dict[str, str], int, bool]:
    """The slow path for tags with odd attributes: one attribute at a time, as a browser reads them."""
    name = TAG_NAME.match(source, lt + 1)
    tag = name.group().lower()
    position = name.end()
    attrs: dict[str, str] = {}
    length = len(source)
    while True:
        position = GAP.match(source, position).end()
        if position >= length:
            return tag, attrs, -1, False
        if source[position] == ">":
            return tag, attrs, position + 1, source[position - 1] == "/"
        attribute = ATTRIBUTE.match(source, position)
        key = attribute.group(1).lower()
        if key in KEPT_ATTRIBUTES and key not in attrs:
            value = attribute.group(2) or attribute.group(3) or attribute.group(4) or ""
            attrs[key] = html.unescape(value) if "&" in value else value
        position = attribute.end()


def parse(source: str) -> Tree:
    """The element tree of a page, built with the browser's rules for implied end tags."""
    root = Element("#document", {}, None, 0)
    root.end = len(source)
    elements: list[Element] = [root]
    stack: list[Element] = [root]
    open_count: dict[str, int] = {}

    def push(tag: str, attrs: dict[str, str], start: int) -> Element:
        element = Element(tag, attrs, stack[-1], start)
        stack[-1].children.append(element)
        stack.append(element)
        elements.append(element)
        open_count[tag] = open_count.get(tag, 0) + 1
        return element

    def pop_through(tag: str, offset: int) -> None:
        while len(stack) > 1:
            element = stack.pop()
            element.end = offset
            open_count[element.tag] -= 1
            if element.tag == tag:
                return

    def close_in_scope(tag: str, boundaries: frozenset[str], offset: int) -> None:
        if not open_count.get(tag):
            return
        for index in range(len(stack) - 1, max(0, len(stack) - SCOPE_LIMIT), -1):
            name = stack[index].tag
            if name == tag:
                pop_through(tag, offset)
                return
            if name in boundaries or name in SCOPE:
                return

    for token in tokens(source):
        kind = token[0]
        if kind == "text":
            stack[-1].children.append((token[1], token[2]))
        elif kind == "start":
            _, tag, attrs, start, end, self_closing = token
            foreign = bool(open_count.get("svg") or open_count.get("math"))
            if not foreign:
                _imply_end_tags(tag, start, stack, open_count, close_in_scope, pop_through)
            if tag in ("html", "body") and open_count.get(tag):
                continue  # a second <body>: browsers merge it into the first
            if tag == "head" and (open_count.get("head") or open_count.get("body")):
                continue
            if tag == "br" or tag in VOID or (self_closing and (foreign or tag in FOREIGN)):
                push(tag, attrs, start)
                pop_through(tag, end)
                continue
            push(tag, attrs, start)
        else:
            _, tag, start, end = token
            if tag in ("body", "html"):
                continue  # text after </body> is still shown in the body
            if tag == "br":
                push("br", {}, start)
                pop_through("br", end)
            elif open_count.get(tag):
                pop_through(tag, start)
    while len(stack) > 1:
        stack.pop().end = len(source)
    return Tree(root, elements)


def _imply_end_tags(tag, offset, stack, open_count, close_in_scope, pop_through) -> None:
    """Close what a new start tag closes in a browser (unclosed <p>, <li>, <td>, <a>, <head>...)."""
    if open_count.get("head") and tag not in HEAD_CONTENT and tag != "head":
        pop_through("head", offset)
    if tag in CLOSES_P:
        close_in_scope("p", frozenset(), offset)
    if tag == "li":
        close_in_scope("li", frozenset(("ul", "ol", "menu")), offset)
    elif tag in ("dt", "dd"):
        close_in_scope("dt", frozenset(("dl",)), offset)
        close_in_scope("dd", frozenset(("dl",)), offset)
    elif tag in ("td", "th"):
        close_in_scope("td", frozenset(("tr", "table")), offset)
        close_in_scope("th", frozenset(("tr", "table")), offset)
    elif tag == "tr":
        for name in ("td", "th", "tr"):
            close_in_scope(name, frozenset(("table", "tbody", "thead", "tfoot")), offset)
    elif tag in ("tbody", "thead", "tfoot"):
        for name in ("td", "th", "tr", "tbody", "thead", "tfoot"):
            close_in_scope(name, frozenset(("table",)), offset)
    elif tag == "option":
        close_in_scope("option", frozenset(("select", "datalist")), offset)
    elif tag == "a":
        close_in_scope("a", frozenset(), offset)
    elif tag in HEADINGS and stack[-1].tag in HEADINGS:
        pop_through(stack[-1].tag, offset)
