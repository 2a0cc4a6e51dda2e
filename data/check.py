#!/usr/bin/env python3
"""Validate the hand-coded MSQ answer files against ../codebook.md.

Usage: python3 data/check.py [FILE.jsonl ...]
Without arguments it checks every *.jsonl file in data/training/. Exit status 0
when there are no errors; warnings do not fail.

Checks (errors):
  * every line is a JSON object with the record fields and types
  * ids unique across all files checked
  * status is one of the codebook's five labels, or null only for name/
    organisation questions (Q1, Q13, Q21-Q32) -- and those are always null
  * entity labels are the codebook's six labels; text[start:end] == entity text;
    offsets inside the text; no overlapping spans; no leading/trailing space
  * PARTNER entities carry a non-empty "canonical"; other labels do not
  * URL spans do not include the surrounding parentheses or end in . , ; :
  * lang is an ISO 639-1 code or "und"; "und" answers have no words outside URLs;
    non-Latin language codes are backed by text in that script
  * question_id 1..126; the same question_id always has the same question text
  * ids carry their file's prefix (lao-, dev-, dev2-, dev3-, dev4-, team-); gold is Lao PDR only
Warnings:
  * URL-looking strings or known partner names not covered by an entity span
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "training")
ID_PREFIX = {"lao-pdr-2024.gold.jsonl": "lao", "answers-dev.jsonl": "dev",
             "answers-dev-2.jsonl": "dev2", "answers-dev-3.jsonl": "dev3",
             "answers-dev-4.jsonl": "dev4", "answers-team.jsonl": "team",
             "answers-team-2.jsonl": "team2"}
ABBREVIATION = re.compile(r"^\W*(n/?a|s/?d|n\.a\.|s\.o\.|tbc|tbd|nd|s/o)\W*$", re.I)

STATUSES = {"enacted", "planned", "provision_without_guidelines", "not_in_place", "no_information"}
LABELS = {"GOV_ORG", "LAW", "POLICY", "PARTNER", "PORTAL", "URL"}
NULL_STATUS_QIDS = {1, 13} | set(range(21, 33))
ISO639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())
LANG_CODES = ISO639_1 | {"und"}
SCRIPTS = {  # lang -> (first, last) code point of its script block
    "lo": (0x0E80, 0x0EFF), "km": (0x1780, 0x17FF), "am": (0x1200, 0x139F),
    "ka": (0x10A0, 0x10FF), "hy": (0x0530, 0x058F), "si": (0x0D80, 0x0DFF),
    "th": (0x0E00, 0x0E7F), "ar": (0x0600, 0x06FF), "ur": (0x0600, 0x06FF),
}
VI_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
FIELDS = {"id": str, "country": str, "year": int, "question_id": int, "question": str,
          "text": str, "lang": str, "entities": list, "rationale": str}
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s,;()<>«»\"]+"
    r"|(?<![\w.@/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|go|gob|org|edu|com|net|gouv)"
    r"(?:\.[a-z]{2})?(?:/[^\s,;()]*)?"
    r"|(?<![\w.@/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:tn|cm|mg|gt|bo|ec|am|ge|lk|pk|pg|gh|ng|et|kh|vn|la|ph|id)\b"
)
PARTNER_NAMES = [
    "UNDP", "PNUD", "UNDESA", "UN DESA", "DAES", "ITU", "UIT", "UNICEF", "UNESCO", "UN Women",
    "ONU Femmes", "ONU Mujeres", "ESCAP", "UNESCAP", "UN ESCAP", "ECA", "UNECA", "CEA", "ECLAC",
    "CEPAL", "ESCWA", "CESAO", "World Bank", "Banque mondiale", "Banco Mundial", "ADB", "AfDB",
    "BAD", "BID", "IDB", "CAF", "OECD", "OCDE", "GIZ", "KOICA", "JICA", "USAID", "AFD", "GovStack",
    "Govstack", "Smart Africa", "African Union", "ASEAN", "European Union", "Union européenne",
    "Unión Europea", "EU", "UE",
]


def in_script(text, lang):
    if lang in SCRIPTS:
        a, b = SCRIPTS[lang]
        return any(a <= ord(ch) <= b for ch in text)
    if lang == "vi":
        return any(ch in VI_LETTERS for ch in text.lower())
    return True


def check_file(path, seen_ids, qtext, errors, warnings, stats):
    name = os.path.basename(path)
    prefix = ID_PREFIX.get(name)
    is_gold = name.startswith("lao-")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        where = f"{name}:{ln}"

        def err(msg):
            errors.append(f"{where}: {msg}")

        def warn(msg):
            warnings.append(f"{where}: {msg}")

        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"invalid JSON ({e})")
            continue
        if not isinstance(r, dict):
            err("not a JSON object")
            continue
        missing = (set(FIELDS) | {"status"}) - set(r)
        if missing:
            err(f"missing fields {sorted(missing)}")
            continue
        extra = set(r) - set(FIELDS) - {"status"}
        if extra:
            warn(f"extra fields {sorted(extra)}")
        bad_type = [k for k, t in FIELDS.items() if not isinstance(r[k], t) or isinstance(r[k], bool)]
        if bad_type:
            err(f"wrong type for {bad_type}")
            continue
        rid = r["id"]
        where = f"{name}:{ln} ({rid})"
        if rid in seen_ids:
            err(f"duplicate id (also {seen_ids[rid]})")
        seen_ids[rid] = f"{name}:{ln}"
        if prefix and not re.fullmatch(prefix + r"-\d{4}", rid):
            err(f"ids in {name} must look like {prefix}-0001")
        if is_gold and r["country"] != "Lao PDR":
            err("gold file holds Lao PDR only")
        if r["year"] != 2024:
            err("year must be 2024")
        q = r["question_id"]
        if not 1 <= q <= 126:
            err(f"question_id {q} out of range")
        if not r["question"].strip():
            err("empty question text")
        if q in qtext and qtext[q][0] != r["question"]:
            err(f"question text for Q{q} differs from {qtext[q][1]}")
        qtext.setdefault(q, (r["question"], where))
        text = r["text"]
        if text != text.strip() or "\n" in text or "  " in text:
            err("text has leading/trailing/double whitespace or a newline")
        if not r["rationale"].strip():
            err("empty rationale")
        st = r["status"]
        if st is None:
            if q not in NULL_STATUS_QIDS:
                err(f"status null but Q{q} is status-coded")
        elif st not in STATUSES:
            err(f"status {st!r} not in codebook")
        elif q in NULL_STATUS_QIDS:
            err(f"Q{q} is a name/organisation answer: status must be null")
        lang = r["lang"]
        if lang not in LANG_CODES:
            err(f"lang {lang!r} is not ISO 639-1 or 'und'")
        elif not in_script(text, lang):
            err(f"lang {lang!r} but no characters of that script")
        # entities
        spans = []
        for k, e in enumerate(r["entities"]):
            if not isinstance(e, dict):
                err(f"entity {k} not an object")
                continue
            for key, t in (("start", int), ("end", int), ("label", str), ("text", str)):
                if not isinstance(e.get(key), t) or isinstance(e.get(key), bool):
                    err(f"entity {k} field {key!r} missing or wrong type")
                    break
            else:
                s, t_end, lab, et = e["start"], e["end"], e["label"], e["text"]
                extra_keys = set(e) - {"start", "end", "label", "text", "canonical"}
                if extra_keys:
                    err(f"entity {k} has unknown keys {sorted(extra_keys)}")
                if lab not in LABELS:
                    err(f"entity {k} label {lab!r} not in codebook")
                if not (0 <= s < t_end <= len(text)):
                    err(f"entity {k} offsets {s}-{t_end} outside text")
                    continue
                if text[s:t_end] != et:
                    err(f"entity {k} text mismatch: {text[s:t_end]!r} != {et!r}")
                if et != et.strip():
                    err(f"entity {k} {et!r} has surrounding whitespace")
                if lab == "PARTNER":
                    if not isinstance(e.get("canonical"), str) or not e["canonical"].strip():
                        err(f"PARTNER {et!r} lacks canonical")
                elif "canonical" in e:
                    err(f"{lab} {et!r} must not have canonical")
                if lab == "URL" and (et[0] in "(" or et[-1] in ").,;:"):
                    err(f"URL {et!r} includes surrounding punctuation")
                spans.append((s, t_end, lab, et))
                stats["label"][lab] += 1
                if lab == "PARTNER":
                    stats["canonical"][e.get("canonical")] += 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"overlapping spans {a[3]!r} and {b[3]!r}")
        if lang == "und":
            rest = text
            for s, t_end, lab, et in sorted(spans, reverse=True):
                if lab == "URL":
                    rest = rest[:s] + " " * (t_end - s) + rest[t_end:]
            if re.search(r"[^\W\d_]{2,}", rest) and not ABBREVIATION.match(rest):
                err(f"lang 'und' but words outside URLs: {rest.strip()!r}")

        def covered(i, j):
            return any(not (j <= s or i >= t_end) for s, t_end, _, _ in spans)

        for m in URL_RE.finditer(text):
            u = m.group(0).rstrip(".:")
            if u and not any(s <= m.start() and m.start() + len(u) <= t_end and lab == "URL"
                             for s, t_end, lab, _ in spans):
                warn(f"URL-like {u!r} not tagged as URL")
        for pname in PARTNER_NAMES:
            for m in re.finditer(r"(?<![\w-])" + re.escape(pname) + r"(?![\w-])", text):
                if not covered(m.start(), m.end()):
                    warn(f"partner name {pname!r} not covered by a span")
        stats["status"][str(st)] += 1
        stats["lang"][lang] += 1
        stats["records"] += 1
        stats["country"][r["country"]] += 1


def main(argv):
    files = argv[1:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".jsonl"))
    seen_ids, qtext = {}, {}
    errors, warnings = [], []
    per_file = {}
    for path in files:
        stats = {"status": Counter(), "lang": Counter(), "label": Counter(),
                 "canonical": Counter(), "country": Counter(), "records": 0}
        if not os.path.exists(path):
            errors.append(f"{path}: file not found")
            continue
        check_file(path, seen_ids, qtext, errors, warnings, stats)
        per_file[os.path.basename(path)] = stats
    for name, st in per_file.items():
        print(f"== {name}: {st['records']} records")
        print("   status:", dict(sorted(st["status"].items())))
        print("   lang:  ", dict(sorted(st["lang"].items())))
        print("   labels:", dict(sorted(st["label"].items())))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
