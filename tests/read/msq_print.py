"""Make "View results" prints of made-up submissions, the way the form prints them, at any width.

Independent of the reader: text is wrapped like a browser does (at spaces, after a hyphen
inside a word, long words cut anywhere) using fpdf2's Helvetica metrics; pages start with
one extra space and lose the blank line at the break. Answers below are our own words.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from fpdf import FPDF

from classifier.catalog import load_catalog

NOT_REQUIRED = {10, 11, 12, 20, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 57, 58, 62, 64, 66, 68, 70, 72, 74,
                76, 78, 79, 80, 81, 82, 83, 84, *range(85, 92), 93, 95, 97, 98, 99, 101, 103, 105, 107, 109, 111,
                113, 114, 116, 118, 121}
TITLE_TO_ANSWER = 0.8  # titles wrap at this share of the answer width, as in the real print

FRENCH = {
    1: "Bénin",
    2: "Agent Fictif",
    3: "Directeur des systèmes d'information",
    4: "Agence des Services et Systèmes d'Information",
    5: "agent.fictif@example.org",
    7: "Portail national des services publics : https://service-public.example.bj/accueil - il regroupe les "
       "démarches administratives en ligne, les formulaires et les actualités des ministères. Le portail est géré "
       "par l'agence nationale chargée du numérique et reçoit environ 40 000 visites par mois.",
    8: "https://service-public.example.bj/demarches",
    10: "https://donnees.example.bj/jeux-de-donnees?theme=sante&page=2",
    13: "Ministère du Numérique et de la Digitalisation (https://numerique.example.bj/)\n"
        "Agence des Services et Systèmes d'Information (https://assi.example.bj/)",
    15: "Responsable Fictive",
    16: "Directrice générale",
    17: "Agence des Services et Systèmes d'Information",
    18: "dg@example.org",
    20: "Chaque ministère dispose d'un point focal numérique nommé par arrêté.\n\n"
        "Les points focaux se réunissent chaque trimestre sous la coordination de l'agence nationale.",
    21: "Ministère du Plan et du Développement (https://plan.example.bj)",
    22: "Ministère des Enseignements primaire et secondaire",
    32: "Ministère de l'Intérieur et de la Sécurité publique",
    33: "Un plan de continuité numérique existe au sein du plan national de gestion des risques.",
    34: "Non, il n'existe pas de stratégie dédiée à la gestion des crises.\nVoir la loi n° 2017-20, article 12.",
    38: "Loi n° 2015-07 portant code de l'information et de la communication, articles 1 à 12.",
    40: "Loi n° 2017-20 portant code du numérique, livre V : https://sgg.example.bj/documents/loi-2017-20/"
        "%C3%A9dition-consolid%C3%A9e-2023/protection-des-donn%C3%A9es-%C3%A0-caract%C3%A8re-personnel-et-autorit"
        "%C3%A9-de-contr%C3%B4le-version-finale.pdf",
    42: "- Loi sur la cybersécurité et la lutte contre la cybercriminalité\n- Décret d'application n° 2022-123\n"
        "- Stratégie nationale de cybersécurité 2020-2025",
    44: "Oui",
    46: "A. Signature électronique : reconnue par la loi de 2017.\nB. Cachet électronique : texte en préparation.",
    52: "Le décret n° 2020-456 sur l'interopérabilité des systèmes d'information de l'État est en vigueur depuis "
        "le 1er janvier 2021 ; la plateforme d'échange de données relie déjà 14 administrations et 3 sociétés "
        "publiques, avec un registre des services d'échange tenu par l'agence.",
    54: "-",
    56: "Non",
    64: "Le Plan national de développement 2018-2025 consacre un pilier entier à l'économie numérique, voir "
        "https://plan.example.bj/pnd-2018-2025.pdf pour le texte intégral et la feuille de route de mise en oeuvre "
        "adoptée en conseil des ministres.",
    66: "Oui, alignement sur les ODD 9 et 16. https://odd.example.bj/rapports\nRapport national volontaire 2022.",
    85: "Oui, l'intelligence artificielle est mentionnée dans la stratégie nationale, sans feuille de route "
        "détaillée pour le moment.",
    90: "Pas de données",
    93: "(https://numerique.example.bj/strategie-nationale-du-numerique-2020-2025-version-adoptee-en-conseil-des-"
        "ministres-du-12-mars-2020)",
    99: "Un tableau de bord trimestriel suit l'avancement des projets du programme phare 2021-2026.",
    111: "Programme Femmes et numérique : 3 000 femmes formées en 2023 dans les 12 départements.",
    116: "Consultations publiques en ligne :\nYes\nRéunions dans les communes : en cours de généralisation.",
    119: "Yes",
    122: "Non.",
    123: "Coopération avec le PNUD pour la transformation numérique des collectivités locales, appui de l'UIT pour "
         "la stratégie de cybersécurité et échanges avec l'UNDESA sur l'indice de développement de "
         "l'administration en ligne. Un atelier régional est prévu en 2025 avec la CEA.",
    124: "Partenariat avec l'Agence française de développement et la Banque mondiale.",
    125: "Rien à ajouter.",
}

SPANISH = {
    1: "Paraguay",
    2: "Persona de Ejemplo",
    5: "ejemplo@example.org",
    7: "Portal Único de Gobierno: https://www.gobierno.example.py, que concentra trámites, información "
       "institucional y servicios en línea de todas las entidades del Poder Ejecutivo.",
    13: "Ministerio de Tecnologías de la Información y Comunicación (MITIC) - https://mitic.example.py/",
    38: "Ley N° 5282/2014 de libre acceso ciudadano a la información pública y transparencia gubernamental.",
    40: "No existe una ley integral; hay un proyecto de ley de protección de datos personales en el Congreso "
        "desde 2021.",
    60: "Estrategia 2022-2030, con revisión intermedia en 2026",
    52: "Decreto N° 4321 sobre interoperabilidad: https://www.example.py/normativa/decreto-4321-interoperabilidad-"
        "de-los-sistemas-de-informacion-del-estado-y-lineamientos-tecnicos-anexo-I-version-2022.pdf",
    74: "Сведения отсутствуют",
    85: "Sí, la Estrategia Nacional de Inteligencia Artificial está en consulta pública.",
    93: "Alineada con la Agenda Digital regional, punto 94.",
    95: "Ver artículo 95.",
    97: "Sandbox regulatorio del Banco Central para pagos digitales (Resolución N° 12).",
    101: "No aplica",
    113: "https://www.facebook.com/example.gob.py\nhttps://x.com/example_py",
    118: "Estadísticas de uso publicadas en https://datos.example.py/dataset/estadisticas?desde=2020-01-01&hasta="
         "2023-12-31&formato=csv&agrupacion=mensual&entidad=todas&incluir=sexo%2Cedad%2Cdepartamento&token="
         "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
    121: "Encuesta anual de satisfacción.\n\nResultados 2023: 78 % de usuarios satisfechos.",
    123: "PNUD, CEPAL y UIT apoyan la Agenda Digital 2030.",
    125: "Ninguna.",
}

_METRICS = FPDF()
_METRICS.add_page()
_METRICS.set_font("helvetica", size=10)


def width(text: str) -> float:
    return _METRICS.get_string_width(text.encode("latin-1", "replace").decode("latin-1"))


def expected_answer(typed: str) -> str:
    """What the reader should give back: typed single line breaks become spaces, blank lines stay."""
    return "\n\n".join(" ".join(p.split("\n")) for p in typed.split("\n\n"))


def _pieces(word: str) -> list[str]:
    """Break opportunities inside a word: after each hyphen that follows a letter or digit."""
    return [p for p in re.split(r"(?<=[\w%]-)", word) if p]


def wrap(text: str, limit: float) -> list[str]:
    """Wrap one typed line like a browser: at spaces, after inner hyphens, long words cut anywhere."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        sep = " " if current else ""
        if width(current + sep + word) <= limit:
            current += sep + word
            continue
        pieces = _pieces(word)
        placed = False
        if current and len(pieces) > 1:  # fill the line up to a hyphen break
            head = ""
            for piece in pieces:
                if width(current + sep + head + piece) > limit:
                    break
                head += piece
            if head:
                lines.append(current + sep + head)
                current, word, placed = "", word[len(head):], True
        if current and not placed:
            lines.append(current)
            current = ""
        while width(word) > limit:  # longer than a whole line: hyphen breaks, else cut anywhere
            head = ""
            for piece in _pieces(word):
                if width(head + piece) > limit:
                    break
                head += piece
            if not head:
                head = word[0]
                while width(head + word[len(head)]) <= limit:
                    head += word[len(head)]
            lines.append(head)
            word = word[len(head):]
        current = word
    lines.append(current)
    return lines


def _title_lines(number: int, answer_width: float, number_first: bool = False) -> list[str]:
    """The printed title: `text * N.`, `textN.` or wrapped lines then `N.`; or `N. text *` when number_first."""
    question = load_catalog().questions[number]
    star = "" if number in NOT_REQUIRED else " *"
    limit = answer_width * TITLE_TO_ANSWER
    if number_first:
        return [line + " " for line in wrap(f"{number}. " + " ".join(question.title.split()) + star, limit)]
    one_line = question.title.strip(" ") + (star + " " if star else "") + f"{number}."
    if "\n" not in question.title and width(one_line) <= limit:
        return [question.title.rstrip(" ") + (f"{star} {number}." if star else f"{number}.")]
    lines: list[str] = []
    for paragraph in question.title.split("\n\n"):
        for typed in paragraph.split("\n"):
            wrapped = wrap(typed.strip(" "), limit)
            lines.extend(line + " " for line in wrapped)
        lines.append("")
    lines.pop()
    if star:
        lines[-1] += "* "
    return lines + ["", f"{number}."]


def print_lines(answers: dict[int, str], answer_width: float, page_lines: int = 42, number_first: bool = False) -> list[str]:
    """The lines of the print of one response, page breaks included.

    An entry for a choice question is text typed for its "Other" option, printed after that option.
    """
    catalog = load_catalog()
    blocks: list[list[str]] = [["View results"], ["Anonymous 51:07", "Time to complete"], ["213"], ["Respondent"]]
    for number, question in catalog.questions.items():
        for line in question.printed_before:
            blocks.append([line])
            if line == "Other" and question.kind == "choice" and number in answers:
                blocks.append(wrap(answers[number], answer_width))
        blocks.append(_title_lines(number, answer_width, number_first))
        if number in answers and question.kind != "choice":
            block: list[str] = []
            for typed in answers[number].split("\n"):
                block.extend(wrap(typed, answer_width) if typed else [""])
            blocks.append(block)
    blocks.append(["Thank you for taking time to complete this important questionnaire. We very much appreciate "
                   "your participation. "])
    lines: list[str] = []
    for block in blocks:
        lines.extend(block + [""])
    return _paginate(lines, page_lines)


def _paginate(lines: list[str], page_lines: int) -> list[str]:
    out: list[str] = []
    count = 0
    for line in lines:
        if count >= page_lines and (line or out[-1:] != [""]):
            if not line:  # the blank line between two blocks is lost at the break
                continue
            line, count = " " + line, 0
        out.append(line)
        count += 1
    return out


def write_pdf(lines: list[str], path: Path, page_lines: int = 40) -> Path:
    """Print lines to a PDF with a browser-like header (date, title) and footer (URL, n/N) on every page."""

    class BrowserPrint(FPDF):
        def header(self) -> None:
            self.set_font("helvetica", size=8)
            self.cell(0, 4, "3/14/24, 10:52 AM", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Microsoft Forms", new_x="LMARGIN", new_y="NEXT")
            self.set_font("helvetica", size=10)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", size=8)
            self.cell(0, 4, f"https://forms.office.com/Pages/AnalysisPage.aspx?id=Xy12AbC&tab=1   {self.page_no()}/{{nb}}")

    pdf = BrowserPrint(orientation="L")
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=10)
    for index, line in enumerate(lines):
        if index % page_lines == 0:
            pdf.add_page()
        pdf.cell(0, 4.5, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def results_page_html(answers: dict[int, str], width_px: int) -> str:
    """A web page laid out like the form's "View results" page (titles bold, answers as typed)."""
    catalog = load_catalog()
    style = (f"body{{font-family:Arial,sans-serif;font-size:14px;width:{width_px}px}} p{{margin:0 0 1em 0}}"
             ".t{font-weight:600;font-size:15px} .a{white-space:pre-wrap;overflow-wrap:break-word}")
    out = [f"<html><head><title>Microsoft Forms</title><style>{style}</style></head><body>",
           "<p>View results</p><p>Anonymous 51:07<br>Time to complete</p><p>213</p><p>Respondent</p>"]
    for number, question in catalog.questions.items():
        for line in question.printed_before:
            out.append(f"<p>{html.escape(line)}</p>")
            if line == "Other" and question.kind == "choice" and number in answers:
                out.append(f"<p class=a>{html.escape(answers[number])}</p>")
        star = "" if number in NOT_REQUIRED else " *"
        out.append(f"<p class=t>{html.escape(question.title).replace(chr(10), '<br>')}{star} {number}.</p>")
        if number in answers and question.kind != "choice":
            out.append(f"<p class=a>{html.escape(answers[number])}</p>")
    out.append("</body></html>")
    return "\n".join(out)
