"""Layout A: the Forms "View results" page of one response, as text (or text taken from its PDF).

Questions are found by their titles from the catalog, not by line positions:
each title ends in its number (`… * 39.`, `…detail.40.` or `N.` on a line of its
own; some extractors put `N.` in front instead) and must match the catalog title
once whitespace, `*` and `[NEW]` are ignored. An answer is what lies between its
question and the printed lines (headings, notes, options) that lead to the next
question's title. Nothing shows which option of a choice question was chosen;
text printed with its options (typed for "Other") becomes its answer.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from classifier.catalog import Catalog, match_key

# Helvetica advance widths (1/1000 em) for ASCII 32-126: proportional text is wrapped by
# rendered width, not by character count, so wrap decisions are judged on this scale.
_ASCII_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_WIDTH = {chr(32 + i): w for i, w in enumerate(_ASCII_WIDTHS)}
# A line holding only a URL that fills at least this share of the print width was cut, not ended.
_FULL_LINE = 0.85

# A line that, with the next line's first word, would be wider than this share of the print width was wrapped.
_WRAPPED = 0.9
_BREAK_AFTER = ("-", "\u2010", "\u2013", "\u2014")  # a line may wrap after these inside a word
_URL_BREAK_AFTER = ("?", "!", "/", "&", "=", "#", "%", "~", "+")  # ... and inside a URL, after these
_URL_CHARS = r"[\w%~./?#&=+:;@!$*,()\[\]'-]"
_URL_TAIL = re.compile(rf"^{_URL_CHARS}*[=&%/#?]{_URL_CHARS}*$")
_URL_START = re.compile(r"^[(\[<]?(https?://|www\.)", re.IGNORECASE)
_RESPONSE_NUMBER = re.compile(r"^\d+$")


def char_width(char: str) -> int:
    """Approximate rendered width of one character."""
    if char in _WIDTH:
        return _WIDTH[char]
    base = unicodedata.normalize("NFKD", char)[:1]
    if base in _WIDTH:
        return _WIDTH[base]
    return 1000 if unicodedata.east_asian_width(char) in "WF" else 556


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


@dataclass
class ParsedPrint:
    """What one "View results" print says: answers by question number and the response number."""

    answers: dict[int, str | None]
    response_number: str | None
    missing: list[int] = field(default_factory=list)


@dataclass
class _Line:
    text: str  # stripped
    key: str  # match_key(text)


Span = tuple[int, int]  # first and last line of a printed title, its number included


def _number_after(lines: list[_Line], j: int, number: int, title_key: str, floor: int) -> Span | None:
    """The title ends at line j in `number.`: the lines before it must spell the title."""
    suffix = f"{number}."
    if not lines[j].key.endswith(suffix):
        return None
    acc = lines[j].key[: -len(suffix)]
    i = j
    while acc != title_key:
        i -= 1
        if i < floor or not title_key.endswith(acc):
            return None
        acc = lines[i].key + acc
    return i, j


def _number_before(lines: list[_Line], j: int, number: int, title_key: str, floor: int) -> Span | None:
    """The title starts at line j with `number.`: the lines from there must spell the title."""
    prefix = f"{number}."
    if not lines[j].key.startswith(prefix):
        return None
    acc = lines[j].key[len(prefix) :]
    i = j
    while acc != title_key:
        i += 1
        if i >= len(lines) or not title_key.startswith(acc):
            return None
        acc += lines[i].key
    while i + 1 < len(lines) and lines[i + 1].text and not lines[i + 1].key:  # a trailing `*` or `[NEW]`
        i += 1
    return j, i


def _number_after_fuzzy(lines: list[_Line], j: int, number: int, title_key: str, floor: int) -> Span | None:
    """Looser match for prints whose extractor garbled a title: similar text of about the same length."""
    suffix = f"{number}."
    if not lines[j].key.endswith(suffix):
        return None
    acc, i, start = lines[j].key[: -len(suffix)], j - 1, j
    while i >= floor and len(acc) < len(title_key):
        if lines[i].key:
            acc, start = lines[i].key + acc, i
        i -= 1
    if difflib.SequenceMatcher(None, acc, title_key, autojunk=False).ratio() >= 0.85:
        return start, j
    return None


_MATCHERS = (_number_after, _number_before, _number_after_fuzzy)


def _find_titles(lines: list[_Line], catalog: Catalog) -> dict[int, Span]:
    """The printed title of every question found, in form order."""
    found: dict[int, Span] = {}
    pos = 0
    for number, question in catalog.questions.items():
        title_key = match_key(question.title)
        for matcher in _MATCHERS:
            span = next(
                (hit for j in range(pos, len(lines)) if (hit := matcher(lines, j, number, title_key, pos))), None
            )
            if span:
                found[number] = span
                pos = span[1] + 1
                break
    return found


# Lines of their own a print may hold inside the options of a choice question (typed "Other" text).
_MAX_UNKNOWN_FURNITURE_LINES = 3


def _furniture(lines: list[_Line], begin: int, end: int, printed: tuple[str, ...]) -> tuple[int, list[int]]:
    """Where the lines printed before a title at `end` (headings, notes, options) start, no earlier than `begin`.

    Returns that line and the lines among them that are no part of the form (text shown
    with the options). Unknown lines are only accepted if the whole printed sequence is found.
    """
    target = "".join(match_key(p) for p in printed)
    if not target:
        return end, []
    acc, boundary, strict_boundary, unknown = "", end, None, []
    for i in range(end - 1, begin - 1, -1):
        if not lines[i].key:
            continue
        candidate = lines[i].key + acc
        if target.endswith(candidate):
            acc, boundary = candidate, i
            if acc == target:
                return boundary, unknown
            continue
        if strict_boundary is None:
            strict_boundary = boundary
        if len(unknown) >= _MAX_UNKNOWN_FURNITURE_LINES:
            break
        unknown.append(i)
    return (boundary if strict_boundary is None else strict_boundary), []


def _is_url_piece(line: str, continued: bool) -> bool:
    """A line that is nothing but a URL, or the middle of a URL cut on the line before."""
    return " " not in line and (continued or bool(_URL_START.match(line)))


def _continues_url(previous: str, line: str, url_piece: bool, width: float) -> bool:
    """Does `line` go on with the URL that ends `previous`?

    Either the URL was cut anywhere because it is longer than a line (the previous line is
    the URL alone, filling the line), or the browser broke it after a `?`, `/`, `&`, … because
    the rest did not fit (the next line starts with more of a URL that could not have fitted).
    """
    if _URL_START.match(line):
        return False
    if url_piece and text_width(previous) >= _FULL_LINE * width:
        return True
    tail, head = previous.rsplit(" ", 1)[-1], line.split(" ", 1)[0]
    return (
        (url_piece or bool(_URL_START.match(tail)))
        and tail.endswith(_URL_BREAK_AFTER)
        and bool(_URL_TAIL.match(head))
        and text_width(f"{previous} {head}") > _WRAPPED * width
    )


def _join(lines: list[str], width: float) -> str:
    """Join the printed lines of one answer.

    Wrapped lines are joined with one space; a word broken after its hyphen and a URL broken
    at the print width without one. A typed blank line is kept as a paragraph break.
    """
    paragraphs: list[str] = []
    current, previous, url_piece = "", "", False
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current, previous, url_piece = "", "", False
            continue
        continued = False
        if not current:
            current = line
        elif previous.endswith("\u00ad"):  # a soft hyphen shows only where the line broke
            current = current[:-1] + line
        elif previous.endswith(_BREAK_AFTER) and len(tail := previous.rsplit(" ", 1)[-1]) > 1:
            current += line
            continued = url_piece or bool(_URL_START.match(tail))
        elif _continues_url(previous, line, url_piece, width):
            current += line
            continued = True
        else:
            current += " " + line
        url_piece = _is_url_piece(line, continued)
        previous = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def parse_lines(raw_lines: list[str], catalog: Catalog) -> ParsedPrint:
    """Align the lines of one print with the catalog and return its answers."""
    lines = [_Line(text.strip(), match_key(text)) for text in raw_lines]
    titles = _find_titles(lines, catalog)
    numbers = list(titles)
    regions: dict[int, list[str]] = {}
    for index, number in enumerate(numbers):
        begin = titles[number][1] + 1
        if index + 1 < len(numbers):
            following = numbers[index + 1]
            end, unknown = _furniture(lines, begin, titles[following][0], catalog.questions[following].printed_before)
            if unknown and catalog.questions[following].kind == "choice":
                regions[following] = [lines[i].text for i in sorted(unknown)]
        else:
            end, _ = _furniture(lines, begin, len(lines), catalog.printed_after)
        regions[number] = regions.get(number, []) + _trim([line.text for line in lines[begin:end]])
    width = _print_width(lines, titles, regions)
    answers = {n: (_join(regions[n], width) or None) if regions.get(n) else None for n in catalog.questions}
    missing = [n for n in catalog.questions if n not in titles]
    first_title = titles[numbers[0]][0] if numbers else 0
    return ParsedPrint(answers, _response_number(lines[:first_title]), missing)


def _trim(texts: list[str]) -> list[str]:
    while texts and not texts[0]:
        texts.pop(0)
    while texts and not texts[-1]:
        texts.pop()
    return texts


def _print_width(lines: list[_Line], titles: dict[int, Span], regions: dict[int, list[str]]) -> float:
    """Width at which answers were wrapped: the widest answer line, at least the widest title line.

    (In the Forms print titles wrap at about 0.8 of the answer width; a PDF made elsewhere may
    use one width for both, so the title lines only give a lower bound.)
    """
    answer_width = max((text_width(t) for texts in regions.values() for t in texts), default=0)
    title_width = max(
        (text_width(lines[i].text) for start, last in titles.values() for i in range(start, last + 1)),
        default=0,
    )
    return max(answer_width, title_width, 1)


def _response_number(header: list[_Line]) -> str | None:
    """The response number printed above the label `Respondent` in the page header."""
    texts = [line.text for line in header if line.text]
    for i, text in enumerate(texts):
        if text.casefold() == "respondent" and i > 0 and _RESPONSE_NUMBER.match(texts[i - 1]):
            return texts[i - 1]
    return None
