"""Prose views of Markdown and HTML sources, with a map back to the original offsets.

The view keeps prose verbatim (so fixes apply there) and replaces structure with line breaks:
a paragraph in the source stays a paragraph in the view, and every finding maps back to the
line and column of the file the writer edits.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

from lint.document import SourceMap


class ViewBuilder:
    """Assembles a view from verbatim source runs and replacement text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, bool]] = []
        self.length = 0

    def copy(self, source: str, start: int, end: int) -> None:
        if end > start:
            self._add(source[start:end], start, end - start, True)

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
FRONT_MATTER = regex.compile(r"\A(?:---|\+\+\+)\r?\n.*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|\Z)", regex.S)
LINE_PREFIX = regex.compile(
    r"^[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?|\d{1,9}[.)][ \t]+)?"
)
INLINE_DROP = regex.compile(
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
INLINE_CODE = regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)
REFERENCE_DEFINITION = regex.compile(r"^[ \t]{0,3}\[[^\]]+\]:\s*\S+.*$")
TABLE_RULE = regex.compile(r"^[ \t|:-]+$")


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
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    for token in tokens:
        if token.type in ("fence", "code_block", "html_block", "hr") and token.map:
            skip_lines.update(range(token.map[0], token.map[1]))
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
        _inline_markdown(source, position, content_end, builder)
        if newline:
            builder.replace("\n", content_end, newline)
    return builder.build()


def _inline_markdown(source: str, start: int, end: int, builder: ViewBuilder) -> None:
    drops: list[tuple[int, int, str]] = []
    for match in INLINE_CODE.finditer(source, start, end):
        drops.append((match.start(), match.end(), "0"))  # a neutral token: no rule looks at digits alone
    for match in INLINE_DROP.finditer(source, start, end):
        if not any(s <= match.start() < e for s, e, _ in drops):
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
HIDDEN = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "head",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "iframe",
    "object",
    "canvas",
    "math",
}
BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "dl",
    "dt",
    "dd",
    "hr",
    "body",
    "html",
    "title",
    "caption",
    "address",
    "details",
    "summary",
}
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}
CHROME_HINT = regex.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|recommended|"
    r"comments?|cookie|consent|newsletter|subscribe|sidebar|footer|header|masthead|promo|advert|ads?|"
    r"sponsor|outbrain|taboola)(?:$|[\s_-])",
    regex.I,
)


class _ProseExtractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in regex.finditer(r"\n", source)]
        self.builder = ViewBuilder()
        self.hidden_depth = 0
        self.stack: list[tuple[str, bool]] = []

    def _source_offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _break(self, offset: int, text: str = "\n\n") -> None:
        if self.hidden_depth == 0:
            self.builder.replace(text, offset, 0)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self._source_offset()
        if tag in VOID:
            if tag == "br":
                self._break(offset, "\n")
            elif tag == "hr":
                self._break(offset)
            return
        hint = " ".join(value or "" for name, value in attrs if name in ("class", "id", "role"))
        hides = (
            tag in HIDDEN
            or bool(CHROME_HINT.search(hint))
            or any(name == "hidden" or (name == "aria-hidden" and value == "true") for name, value in attrs)
        )
        self.stack.append((tag, hides))
        if hides:
            self.hidden_depth += 1
        elif tag in BLOCK:
            self._break(offset)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._break(self._source_offset(), "\n")

    def handle_endtag(self, tag: str) -> None:
        offset = self._source_offset()
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for _, hides in self.stack[index:]:
                    if hides:
                        self.hidden_depth -= 1
                del self.stack[index:]
                break
        if tag in BLOCK:
            self._break(offset)

    def handle_data(self, data: str) -> None:
        if self.hidden_depth:
            return
        start = self._source_offset()
        # Collapse source line breaks inside a paragraph into spaces, as a browser does.
        position = start
        for match in regex.finditer(r"[ \t]*\r?\n[ \t]*", data):
            self.builder.copy(self.source, position, start + match.start())
            self.builder.replace(" ", start + match.start(), match.end() - match.start())
            position = start + match.end()
        self.builder.copy(self.source, position, start + len(data))

    def _reference(self, raw: str) -> None:
        if self.hidden_depth:
            return
        start = self._source_offset()
        self.builder.replace(html.unescape(raw), start, len(raw))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};" if self.source.startswith(f"&{name};", self._source_offset()) else f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};" if self.source.startswith(f"&#{name};", self._source_offset()) else f"&#{name}")


def html_view(source: str) -> tuple[str, SourceMap]:
    parser = _ProseExtractor(source)
    parser.feed(source)
    parser.close()
    view, source_map = parser.builder.build()
    return view, source_map
