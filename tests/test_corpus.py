"""Corpus statistics (newslint.corpus) and the engines that share them: merges in any order give
one corpus, a related location in another file keeps that file's line and column, and forked
workers (--jobs) find exactly what one process finds."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from newslint.config import Config
from newslint.corpus import COUNTS, STATISTICS, Corpus, CorpusStats
from newslint.output import render_json
from newslint.registry import rules_for_config, select_rules
from newslint.runner import lint_documents, lint_paths
from newslint.sources import make_document

# Three sites' pages and a story told twice (own sentences; English, with names from Serbian,
# Portuguese and Polish).
PAGES = [
    (
        "a.txt",
        "Harbour works delayed\nShare this story\nThe port authority in Kotor said on Monday that "
        "Minister Radomir Vukotić had approved the plan. Vukotić met Zoran Bjelobrk in Podgorica.\n"
        "Follow us on social media\n",
    ),
    (
        "b.txt",
        "Council approves budget\nShare this story\nThe council of Braga voted for the budget, said "
        "mayor Joana Ferreira. Ferreira said the Vote was close.\nFollow us on social media\n",
    ),
    (
        "c.txt",
        "Rail line reopens\nShare this story\nVukotic told Bjelobrk in Podgorica that the line from "
        "Gdańsk would reopen. Tomasz Wiśniewski welcomed it.\nFollow us on social media\n",
    ),
    ("d.txt", "Mayor Joana Ferreira opened the bridge in Braga on Friday.\nShare this story\n"),
]


def _documents():
    return [make_document(path, text) for path, text in PAGES]


def _canonical(stats: CorpusStats) -> tuple:
    entries = {ordinal: asdict(entry) for ordinal, entry in stats.entries.items()}
    return (
        stats.documents,
        dict(stats.word_counts),
        dict(stats.capitals),
        dict(stats.line_documents),
        entries,
        stats.unread,
    )


def test_merge_is_associative_and_commutative() -> None:
    parts = [CorpusStats.extract(doc, ordinal) for ordinal, doc in enumerate(_documents())]
    a, b, c, d = parts
    left = a.merge(b).merge(c).merge(d)
    tree = a.merge(b).merge(c.merge(d))
    shuffled = d.merge(b).merge(a.merge(c))
    assert _canonical(left) == _canonical(tree) == _canonical(shuffled) == _canonical(CorpusStats.combine(parts))
    assert left.documents == 4 and left.word_counts["Ferreira"] == 3
    # The parts are left as they were: a merge builds a new object.
    assert a.documents == 1 and a.word_counts["Ferreira"] == 0
    finished = left.finish(), tree.finish()
    assert (
        finished[0].recurring_lines == finished[1].recurring_lines == {"share this story", "follow us on social media"}
    )
    assert [entry.path for entry in shuffled.ordered_entries()] == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_statistics_must_be_declared() -> None:
    doc = make_document("a.txt", "The mayor of Braga spoke.\n")
    corpus = CorpusStats.extract(doc, 0, frozenset()).finish()
    with pytest.raises(LookupError, match="word_counts"):
        corpus.word_counts.get("mayor")
    assert Corpus.of_document(doc).word_counts["mayor"] == 1
    assert COUNTS < STATISTICS


def test_a_document_alone_is_its_own_corpus() -> None:
    doc = make_document("a.txt", "Joana Ferreira spoke. Ferreira left.\n")
    assert doc.corpus.documents == 1 and doc.corpus_word_counts["Ferreira"] == 2


def test_rules_read_the_statistics_of_every_file() -> None:
    # CA001 takes 'Vote' for a common word only because the other files never capitalize it.
    docs = _documents()
    rules = select_rules(["CA001", "BP001"], [])
    alone = lint_documents([docs[1]], Config(), rules).findings
    together = lint_documents(_documents(), Config(), rules).findings
    assert not any(f.code == "BP001" and "repeated across files" in f.message for f in alone)
    assert any(f.path == "b.txt" and "repeated across files" in f.message for f in together)


HTML_STORY = (
    "<html><body><article><h1>Talks in Podgorica</h1>\n"
    "<p>Minister <b>Radomir Vukotić</b> met Zoran Bjelobrk in Podgorica on Monday.</p>\n"
    "<p>Vukotić said the talks &amp; the visit went well, and Bjelobrk agreed.</p>\n"
    "</article></body></html>\n"
)
HTML_OTHER = (
    "<html><body><article><h1>Second day</h1>\n"
    "<p>On Tuesday Vukotic told Bjelobrk that Radomir would return to Podgorica.</p>\n"
    "</article></body></html>\n"
)


def _story_folder(root: Path) -> Path:
    root.mkdir(exist_ok=True)
    (root / "a-story.html").write_text(HTML_STORY, encoding="utf-8")
    (root / "b-other.html").write_text(HTML_OTHER, encoding="utf-8")
    for index in range(8):  # enough files for two worker processes
        (root / f"filler{index}.txt").write_text(
            f"The library in Braga lends {index + 2} new books a week, said Joana Ferreira.\n", encoding="utf-8"
        )
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_related_location_in_another_file_has_that_files_line_and_column(tmp_path: Path, jobs: int) -> None:
    folder = _story_folder(tmp_path)
    config = Config()
    config.jobs = jobs
    result = lint_paths([str(folder)], config, select_rules(["NC001"], []))
    [finding] = [json.loads(render_json([f], result.documents))[0] for f in result.findings]
    assert finding["path"].endswith("b-other.html")
    [related] = finding["related"]
    assert related["path"].endswith("a-story.html")
    # The first 'Vukotić' of the other file: line 2, after "<p>Minister <b>Radomir ".
    line = HTML_STORY.splitlines()[1]
    assert related["start"]["line"] == 2
    assert related["start"]["column"] == line.index("Vukotić") + 1
    assert related["start"]["offset"] == HTML_STORY.index("Vukotić")
    # Where that file's own Document places the end (json output maps it as a start offset).
    story = make_document("a-story.html", HTML_STORY, "html")
    end = story.text.index("Vukotić") + len("Vukotić")
    assert (related["end"]["line"], related["end"]["column"]) == story.position(end)[:2]


def _run(paths: list[str], jobs: int, **options) -> tuple[str, list[str], list[str]]:
    config = Config()
    config.jobs = jobs
    config.max_file_size = 4000
    result = lint_paths(paths, config, rules_for_config(config), **options)
    return render_json(result.findings, result.documents), result.notes, [str(error) for error in result.errors]


def test_jobs_find_what_one_process_finds(tmp_path: Path) -> None:
    folder = _story_folder(tmp_path / "news")
    (folder / "huge.txt").write_text("The council met. " * 400, encoding="utf-8")  # over max_file_size
    (folder / "polish.txt").write_text(
        "Rada miasta zebrała się w poniedziałek, aby omówić nowy budżet i plany na przyszły rok.\n", encoding="utf-8"
    )
    (folder / "glued.txt").write_text("The mayor spoke on Monday.The council agreed.\n", encoding="utf-8")
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "old.txt").write_text("Vukotić and Bjelobrk met in Podgorica last year.\n", encoding="utf-8")
    for options in ({}, {"corpus_paths": [str(archive)]}):
        one = _run([str(folder), str(tmp_path / "missing")], 1, **options)
        two = _run([str(folder), str(tmp_path / "missing")], 2, **options)
        assert one == two
        findings, notes, errors = one
        assert json.loads(findings) and any("not English" in note for note in notes)
        assert [error.split(": ", 1)[1] for error in errors] == [
            "larger than the size limit (0.0 MB > 0.0 MB); skipped",
            "no such file or directory",
        ]


def test_the_portable_copy_places_findings_like_the_document() -> None:
    doc = make_document("a.html", HTML_STORY, "html")
    copy = doc.portable()
    assert copy.text == doc.text and copy.kind == "html"
    assert [copy.position(offset) for offset in range(0, len(doc.text), 7)] == [
        doc.position(offset) for offset in range(0, len(doc.text), 7)
    ]


def test_a_document_released_between_stages_gives_the_same_findings() -> None:
    """The runner drops a waiting document's tokens and spans (flat memory); whatever stage B
    asks for is built again, to the same findings."""
    config = Config()
    rules = rules_for_config(config)
    text = dict(PAGES)["a.txt"]
    fresh = make_document("a.txt", text)
    expected = [(f.code, f.start, f.end) for f in lint_documents([fresh], config, rules).findings]
    released = make_document("a.txt", text)
    assert released.tokens and released.sentences and released.word_counts
    released.release_structure()
    assert not {"tokens", "sentences", "word_counts"} & set(vars(released))
    assert [(f.code, f.start, f.end) for f in lint_documents([released], config, rules).findings] == expected
    assert expected
