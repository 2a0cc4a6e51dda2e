"""The `msq_urls` component: web addresses as written, labelled `URL`.

Rules (data/codebook.md and the data conventions):
- `http(s)://...`, `ftp://...` and `www....` addresses, and bare domains such as
  `gob.ec` or `verify.gov.kh` (lower case, ending in a country code or a generic
  top-level domain);
- without surrounding parentheses or brackets and without sentence-final
  punctuation ("(https://x.gov.la/)." -> "https://x.gov.la/");
- e-mail addresses are not URLs.

Tokens are split or merged where needed so that every URL is exactly one token.
"""


# No `from __future__ import annotations` here: spaCy validates the factory's config
# against its type hints, and string hints break that validation.
import re
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from classifier.annotate.entities.spans import add_entities, char_spans

URL_LABEL = "URL"

_GENERIC_TLDS = "com|org|net|int|gov|edu|info|io|app|biz|mil|online|site|asia|africa|eu"
_URL_RE = re.compile(
    r"""
    (?<![\w@./-])                                   # not inside a word or an e-mail
    (?:
        (?:https?|ftp)://[^\s<>"'{}|\\^`\[\]]+      # with a scheme
      | www\d?\.[^\s<>"'{}|\\^`\[\]]+               # www.
      | (?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+       # bare domain: lower-case labels
        (?:[a-z]{2}|"""
    + _GENERIC_TLDS
    + r""")
        (?![\w@-]|\.[a-z0-9])                       # the domain really ends here
        (?:/[^\s<>"'{}|\\^`\[\]]*)?                 # optional path
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"»›”’…"
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def _trim(url: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets at the end."""
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in _CLOSERS and url.count(last) > url.count(_CLOSERS[last]):
            url = url[:-1]
        else:
            break
    return url


_GOVERNMENT_DOMAIN = re.compile(r"\.(?:gov|gob|gouv|go|gv|govt|org|com|net|edu|ac)\.[a-z]{2}(?:/|$)", re.IGNORECASE)


def _looks_like_address(url: str) -> bool:
    """Bare domains count when written in lower case or ending like `.gov.lv`
    ("Latvija.gov.lv" is an address, "Ghana.gov" a name)."""
    if url.lower().startswith(("http", "ftp", "www")) or url == url.lower():
        return True
    return _GOVERNMENT_DOMAIN.search(_trim(url)) is not None


_JOINED = re.compile(r"[,;](?=(?:https?|ftp)://|www\.)", re.IGNORECASE)  # "https://a.org,https://b.org"


def find_urls(text: str) -> Iterator[tuple[int, int]]:
    """Character spans `(start, end)` of the web addresses in `text`."""
    for match in _URL_RE.finditer(text):
        if not _looks_like_address(match.group(0)):
            continue
        start = match.start()
        for piece in _JOINED.split(match.group(0)):
            url = _trim(piece)
            if "." in url or "://" in url:
                yield start, start + len(url)
            start += len(piece) + 1


class UrlTagger:
    """Adds a `URL` entity for every web address; leaves other tokens unannotated."""

    def __init__(self, nlp: Language, name: str = "msq_urls", label: str = URL_LABEL) -> None:
        self.name = name
        self.label = label

    def __call__(self, doc: Doc) -> Doc:
        offsets = list(find_urls(doc.text))
        if not offsets:
            return doc
        return add_entities(doc, char_spans(doc, offsets, self.label, merge=True))


@Language.factory("msq_urls", default_config={"label": URL_LABEL})
def make_url_tagger(nlp: Language, name: str, label: str) -> UrlTagger:
    """spaCy factory of the `msq_urls` component."""
    return UrlTagger(nlp, name, label)
