#!/usr/bin/env python3
"""Build data/training/answers-team.jsonl: team-written MSQ answers (not real submissions).

The answers were written in the writer's own words to widen the variety of the
training data: countries little covered by the other files, English, French,
Spanish, Portuguese and a few other languages, terse and long answers, hedges,
tense and modality variety, question-dependent answers, and a block of
third-person sentences in the register of reports, news and legal trackers.
Names of institutions and instruments are generic or invented where the writer
did not know the real one; they are training text, never data about a country.

Entity offsets are never typed: each record lists (label, surface[, canonical])
in order of appearance and locate() computes the character offsets.
Question texts are read from the other training files (same question_id, same text).

Run: python3 data/build_team.py   (then: python3 data/check.py)
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "training")
OUT_NAME = "answers-team.jsonl"
OUT = os.path.join(TRAIN, OUT_NAME)

E, P, W, N, I = ("enacted", "planned", "provision_without_guidelines",
                 "not_in_place", "no_information")
G, L, POL, PO, U = "GOV_ORG", "LAW", "POLICY", "PORTAL", "URL"
LABELS = ("GOV_ORG", "LAW", "POLICY", "PARTNER", "PORTAL", "URL")
NULL_STATUS_QIDS = {1, 13} | set(range(21, 33))

# Question 107 is not in the other files; its text follows the 2024 form like its neighbours.
EXTRA_QUESTIONS = {
    107: ("Does the Government provide any specific e-service(s) for women and/or other "
          "vulnerable groups? If yes, please provide link and detail."),
}

# Rationales used many times.
ORG = "Organisation answer; not status-coded."
R1 = "Provision inside a broader instrument, implementing guidelines explicitly missing (rule 1)."
R2 = "In force or operating for the asked topic (rule 2)."
R2P = "In force for the asked topic; the further plans do not change that (rule 2)."
R3 = "Only preparation, drafting or intention (rule 3)."
R4 = "Only a mention inside a broader strategy or plan (rule 4)."
NIP = "Explicit absence, no plan given (rule 5)."
NI = "No evidence either way (rule 5)."
SEE = "Cross-reference only; no evidence in the answer itself."
LINK = "Link given as evidence that the thing exists."
BILL = "Bill not yet adopted: preparation stage (rule 3)."
ADOPTED = "Instrument adopted: it exists (rule 2)."
NOTYET = "'Not yet' with no plan (settled case)."


def PA(surface: str, canonical: str | None = None) -> tuple[str, str, str]:
    """A PARTNER entity with its canonical name (defaults to the surface)."""
    return ("PARTNER", surface, canonical or surface)


DATA: list[tuple[str, list[tuple]]] = []


def add(country: str, rows: list[tuple]) -> None:
    """Register rows (qid, lang, status, text, entities, rationale) for one country."""
    DATA.append((country, rows))


# ======================================================================== DATA

# ---------------------------------------------------------------- batch 1: first-person answers
add("Brazil", [
    (13, "pt", None,
     "Secretaria de Governo Digital do Ministério da Gestão e da Inovação em Serviços Públicos.",
     [(G, "Secretaria de Governo Digital"), (G, "Ministério da Gestão e da Inovação em Serviços Públicos")], ORG),
    (7, "und", E, "https://www.gov.br", [(U, "https://www.gov.br")], LINK),
    (40, "pt", E,
     "Sim. Lei Geral de Proteção de Dados Pessoais (LGPD), Lei nº 13.709/2018, fiscalizada pela Autoridade "
     "Nacional de Proteção de Dados (ANPD).",
     [(L, "Lei Geral de Proteção de Dados Pessoais"), (L, "LGPD"), (L, "Lei nº 13.709/2018"),
      (G, "Autoridade Nacional de Proteção de Dados"), (G, "ANPD")], R2),
    (56, "pt", P,
     "Ainda não há lei específica. O projeto de lei sobre inteligência artificial está em tramitação no "
     "Congresso Nacional e deverá ainda ser votado pela Câmara dos Deputados.",
     [(G, "Congresso Nacional"), (G, "Câmara dos Deputados")], BILL),
    (38, "pt", E,
     "Lei de Acesso à Informação (Lei nº 12.527/2011), em vigor desde 2012. Os pedidos são feitos pela "
     "plataforma Fala.BR: https://falabr.cgu.gov.br",
     [(L, "Lei de Acesso à Informação"), (L, "Lei nº 12.527/2011"), (PO, "Fala.BR"),
      (U, "https://falabr.cgu.gov.br")], R2),
    (85, "pt", W,
     "Sim, a Estratégia de Governo Digital cita a inteligência artificial entre as tecnologias a explorar, "
     "mas ainda não existem diretrizes de implementação para o setor público.",
     [(POL, "Estratégia de Governo Digital")], R1),
    (95, "pt", I, "Sem informação.", [], NI),
    (122, "pt", N, "Não.", [], NIP),
    (10, "und", E, "https://dados.gov.br", [(U, "https://dados.gov.br")], LINK),
    (123, "pt", E,
     "O Brasil coopera com o PNUD e com a CEPAL em projetos de transformação digital e participa da Rede GEALC.",
     [PA("PNUD", "UNDP"), PA("CEPAL", "ECLAC"), PA("Rede GEALC", "Red GEALC")], "Cooperation under way."),
    (101, "pt", P,
     "Está em elaboração uma política nacional de inclusão digital, com consulta pública prevista para o "
     "próximo ano.", [], R3),
    (119, "pt", E, "Sim, os dados de uso da conta gov.br são desagregados por sexo.",
     [(U, "gov.br")], "Usage data disaggregated by sex are collected."),
    (48, "pt", E,
     "Nova Lei de Licitações e Contratos (Lei nº 14.133/2021); as contratações são publicadas no Portal "
     "Nacional de Contratações Públicas (PNCP).",
     [(L, "Nova Lei de Licitações e Contratos"), (L, "Lei nº 14.133/2021"),
      (PO, "Portal Nacional de Contratações Públicas"), (PO, "PNCP")], R2),
])

add("Guinea-Bissau", [
    (40, "pt", N, "Ainda não.", [], NOTYET),
    (42, "pt", P,
     "Está em preparação um anteprojeto de lei sobre cibersegurança, com o apoio da União Africana.",
     [PA("União Africana", "African Union")], R3),
    (7, "pt", I, "Informação não disponível.", [], "The information is unavailable, not the thing (rule 5)."),
    (62, "pt", N, "Não existe orçamento próprio para o governo digital.", [], NIP),
    (111, "pt", W,
     "A formação em competências digitais para mulheres é referida no plano nacional de desenvolvimento, "
     "sem medidas concretas de execução até agora.", [], R1),
    (123, "pt", E,
     "Projeto de identificação digital em curso, com apoio do Banco Mundial e do PNUD.",
     [PA("Banco Mundial", "World Bank"), PA("PNUD", "UNDP")], "Cooperation under way."),
])

add("Italy", [
    (40, "it", E,
     "Sì. Codice in materia di protezione dei dati personali (d.lgs. 196/2003), adeguato al GDPR; autorità "
     "di controllo: Garante per la protezione dei dati personali.",
     [(L, "Codice in materia di protezione dei dati personali"), (L, "d.lgs. 196/2003"), (L, "GDPR"),
      (G, "Garante per la protezione dei dati personali")], R2),
    (95, "it", N, "No, al momento non vengono utilizzati strumenti di previsione.", [], NIP),
    (58, "it", P, "È in discussione in Parlamento un disegno di legge sull'intelligenza artificiale.",
     [(G, "Parlamento")], BILL),
    (119, "it", I, "Dato non disponibile.", [], "The information is unavailable, not the thing (rule 5)."),
])

add("Argentina", [
    (40, "es", E,
     "Sí. Ley 25.326 de Protección de los Datos Personales; autoridad de aplicación: Agencia de Acceso a la "
     "Información Pública (AAIP). Existe además un proyecto de actualización en el Congreso.",
     [(L, "Ley 25.326 de Protección de los Datos Personales"),
      (G, "Agencia de Acceso a la Información Pública"), (G, "AAIP"), (G, "Congreso")], R2P),
    (38, "es", E, "Ley 27.275 de Derecho de Acceso a la Información Pública.",
     [(L, "Ley 27.275 de Derecho de Acceso a la Información Pública")], R2),
    (58, "es", W,
     "El plan nacional de ciencia y tecnología menciona la inteligencia artificial, pero no hay lineamientos "
     "específicos sobre su uso ético en la administración pública.", [], R1),
    (90, "es", I, "No aplica.", [], NI),
    (119, "es", N, "No se desagregan por género.", [], NIP),
    (87, "es", N, "La estrategia no hace referencia a blockchain.", [],
     "The strategy exists but leaves the topic out (settled case)."),
    (62, "es", I, "Sin información disponible.", [], NI),
    (103, "es", P,
     "Se está elaborando un nuevo plan de gobierno abierto que incluirá compromisos de participación "
     "ciudadana digital.", [], R3),
    (46, "es", E, "Ley 25.506 de Firma Digital; la plataforma de firma digital remota está operativa.",
     [(L, "Ley 25.506 de Firma Digital")], R2),
    (9, "und", E, "https://consultapublica.argentina.gob.ar",
     [(U, "https://consultapublica.argentina.gob.ar")], LINK),
])

add("Peru", [
    (40, "es", E, "Ley N° 29733, Ley de Protección de Datos Personales, y su reglamento.",
     [(L, "Ley N° 29733"), (L, "Ley de Protección de Datos Personales")], R2),
    (56, "es", E,
     "Sí. La Ley N° 31814 promueve el uso de la inteligencia artificial; su reglamento se encuentra en "
     "elaboración.", [(L, "Ley N° 31814")],
     "Dedicated law adopted; its regulation still in preparation does not change the label (settled case)."),
    (7, "und", E, "https://www.gob.pe", [(U, "https://www.gob.pe")], LINK),
    (74, "es", W,
     "Sí, la identidad digital figura como uno de los ejes de la política nacional de transformación "
     "digital; falta aún la norma que la desarrolle.", [], R1),
    (95, "es", N, "Ninguno.", [], "'Ninguno' said of the thing asked (settled case)."),
    (121, "es", E,
     "Sí, se aplica una encuesta de satisfacción al finalizar cada trámite en la plataforma gob.pe.",
     [(U, "gob.pe")], R2),
    (122, "es", P, "Todavía no; se prevé incorporar la variable sexo en la encuesta de satisfacción en 2025.",
     [], R3),
    (116, "es", I, "Ver respuesta a la pregunta 103.", [], SEE),
    (20, "es", E,
     "Sí. Cada entidad cuenta con un Oficial de Gobierno y Transformación Digital que coordina con la "
     "Secretaría de Gobierno y Transformación Digital.",
     [(G, "Secretaría de Gobierno y Transformación Digital")], R2),
])

add("Costa Rica", [
    (40, "es", E,
     "Ley N.° 8968 de Protección de la Persona frente al Tratamiento de sus Datos Personales, vigente desde "
     "2011. Se discute en la Asamblea Legislativa una reforma integral.",
     [(L, "Ley N.° 8968 de Protección de la Persona frente al Tratamiento de sus Datos Personales"),
      (G, "Asamblea Legislativa")], R2P),
    (42, "es", E,
     "No hay una ley específica de ciberseguridad, pero la Estrategia Nacional de Ciberseguridad 2023-2027 "
     "está vigente y el CSIRT-CR atiende los incidentes.",
     [(POL, "Estrategia Nacional de Ciberseguridad 2023-2027"), (G, "CSIRT-CR")],
     "No dedicated law, but a strategy and a CSIRT in force for the topic (settled case)."),
    (119, "es", N, "No.", [], NIP),
    (62, "und", I, "N/D", [], NI),
    (87, "es", P, "Se está realizando un estudio sobre el uso de blockchain en los registros públicos.", [],
     "A study towards it (rule 3)."),
    (101, "es", W, "La inclusión digital es un objetivo del Plan Nacional de Desarrollo, sin una política específica.",
     [(POL, "Plan Nacional de Desarrollo")], R4),
])

add("Mali", [
    (13, "fr", None,
     "Ministère de la Communication, de l'Économie numérique et de la Modernisation de l'Administration.",
     [(G, "Ministère de la Communication, de l'Économie numérique et de la Modernisation de l'Administration")],
     ORG),
    (40, "fr", E,
     "Loi n°2013-015 du 21 mai 2013 portant protection des données à caractère personnel. Autorité de "
     "Protection des Données à caractère Personnel (APDP).",
     [(L, "Loi n°2013-015 du 21 mai 2013 portant protection des données à caractère personnel"),
      (G, "Autorité de Protection des Données à caractère Personnel"), (G, "APDP")], R2),
    (42, "fr", E, "Loi n°2019-056 du 05 décembre 2019 portant répression de la cybercriminalité.",
     [(L, "Loi n°2019-056 du 05 décembre 2019 portant répression de la cybercriminalité")], R2),
    (85, "fr", N, "Non, la stratégie ne mentionne pas l'intelligence artificielle.", [],
     "The strategy exists but leaves the topic out (settled case)."),
    (95, "fr", N, "Néant.", [], "'Néant' (none) said of the thing asked (settled case)."),
    (62, "fr", I, "Données non disponibles.", [], "The information is unavailable, not the thing (rule 5)."),
    (101, "fr", P, "Une stratégie nationale d'inclusion numérique est en cours d'élaboration avec l'appui de l'UIT.",
     [PA("UIT", "ITU")], R3),
    (44, "fr", P, "Le projet de loi sur l'identité numérique sera adopté en Conseil des ministres au cours de l'année.",
     [(G, "Conseil des ministres")], "Bill announced for adoption: not adopted yet (rule 3)."),
    (119, "fr", N, "Pas de désagrégation par sexe pour le moment.", [], NIP),
    (121, "fr", W,
     "Le plan d'action de modernisation de l'administration prévoit des enquêtes de satisfaction, mais aucune "
     "méthodologie ni aucun outil n'ont encore été définis.", [], R1),
    (116, "fr", I, "Voir Q103.", [], SEE),
])

add("Gabon", [
    (40, "fr", E,
     "Oui. Loi n°001/2011 relative à la protection des données à caractère personnel, mise en œuvre par la "
     "Commission Nationale pour la Protection des Données à caractère Personnel (CNPDCP).",
     [(L, "Loi n°001/2011 relative à la protection des données à caractère personnel"),
      (G, "Commission Nationale pour la Protection des Données à caractère Personnel"), (G, "CNPDCP")], R2),
    (44, "fr", P,
     "Le cadre juridique de l'identité numérique est en cours de validation ; le texte sera ensuite soumis "
     "au Parlement.", [(G, "Parlement")], R3),
    (56, "fr", N, "Il n'existe pas de texte sur les technologies émergentes.", [], NIP),
    (88, "fr", W,
     "La 5G est évoquée dans le plan stratégique du numérique, sans calendrier ni modalités de déploiement.",
     [], R1),
    (90, "und", I, "N/A", [], NI),
    (123, "fr", E, "Coopération en cours avec la Banque mondiale (projet e-Gabon) et avec le PNUD.",
     [PA("Banque mondiale", "World Bank"), (POL, "e-Gabon"), PA("PNUD", "UNDP")], "Cooperation under way."),
    (111, "fr", P, "Un programme de formation au numérique pour les femmes rurales sera lancé en 2025.", [], R3),
    (119, "fr", N, "Non disponible.", [], "'Not available' said of the thing asked (settled case)."),
    (64, "fr", E, "Oui, la stratégie est alignée sur le Plan d'Accélération de la Transformation (PAT).",
     [(POL, "Plan d'Accélération de la Transformation"), (POL, "PAT")], "Alignment stated."),
])

add("Mauritania", [
    (40, "fr", E,
     "Loi n° 2017-020 sur la protection des données à caractère personnel. L'autorité de protection prévue "
     "par la loi n'est pas encore opérationnelle.",
     [(L, "Loi n° 2017-020 sur la protection des données à caractère personnel")],
     "Dedicated law adopted; an authority not yet operating does not change the label (settled case)."),
    (52, "fr", P,
     "Un décret sur l'interopérabilité des systèmes d'information de l'État est en cours de préparation au "
     "Ministère de la Transformation Numérique.", [(G, "Ministère de la Transformation Numérique")], R3),
    (85, "fr", W,
     "Oui, l'IA est citée dans l'Agenda national de transformation numérique 2022-2025, sans texte "
     "d'application.", [(POL, "Agenda national de transformation numérique 2022-2025")], R1),
    (95, "fr", I, "Sans objet.", [], NI),
    (62, "fr", N, "Pas de budget spécifique.", [], NIP),
    (103, "fr", N, "Aucune politique de e-participation n'existe à ce jour.", [], NIP),
    (119, "fr", N, "Non.", [], NIP),
])

add("Bangladesh", [
    (40, "en", P,
     "The draft Data Protection Act is under review by the ICT Division after the stakeholder consultation.",
     [(L, "Data Protection Act"), (G, "ICT Division")], BILL),
    (7, "und", E, "https://bangladesh.gov.bd", [(U, "https://bangladesh.gov.bd")], LINK),
    (46, "en", E,
     "Yes. Digital signatures are covered under the ICT Act, 2006. Licensing of certifying authorities is "
     "done by the Office of the CCA. Link: https://cca.gov.bd",
     [(L, "ICT Act, 2006"), (G, "Office of the CCA"), (U, "https://cca.gov.bd")], R2),
    (56, "en", W,
     "The Smart Bangladesh 2041 master plan refer to AI, blockchain and IoT as priority technology, but "
     "there is no law or regulation on these technologies yet.", [(POL, "Smart Bangladesh 2041")], R1),
    (90, "en", P,
     "Not yet. A study is being conducted by the Aspire to Innovate (a2i) programme on proactive delivery "
     "of social safety net allowances.", [(POL, "Aspire to Innovate"), (POL, "a2i")],
     "A study towards it (rule 3 before rule 5)."),
    (119, "en", N, "No.", [], NIP),
    (95, "en", I, "No data available.", [], NI),
    (111, "en", E,
     "Yes, a women ICT freelancer training programme is running in 64 districts by ICT Division.",
     [(G, "ICT Division")], R2),
    (62, "en", N,
     "No separate budget line for digital government. It is inside the allocation of each ministry.", [], NIP),
    (123, "en", E,
     "We have ongoing cooperation with UNDP through a2i and with ESCAP on the Asia-Pacific Information "
     "Superhighway.",
     [PA("UNDP"), (POL, "a2i"), PA("ESCAP"), (POL, "Asia-Pacific Information Superhighway")],
     "Cooperation under way."),
    (122, "en", N, "Not disaggregated.", [], NIP),
])

add("Botswana", [
    (40, "en", E,
     "Yes. The Data Protection Act is in force and is administered by the Information and Data Protection "
     "Commission.", [(L, "Data Protection Act"), (G, "Information and Data Protection Commission")], R2),
    (7, "und", E, "https://www.gov.bw", [(U, "https://www.gov.bw")], LINK),
    (85, "en", W, "SmartBots strategy mention AI as enabler, detail for implementation is not yet developed.",
     [(POL, "SmartBots")], R1),
    (44, "en", P,
     "A Digital Identity Bill is being prepared together with the Ministry of Communications, Knowledge "
     "and Technology.", [(L, "Digital Identity Bill"), (G, "Ministry of Communications, Knowledge and Technology")],
     BILL),
    (62, "und", I, "TBC", [], NI),
    (99, "en", E,
     "Yes. The SmartBots programme management office track the progress of every project with a monthly "
     "dashboard report to Cabinet.", [(POL, "SmartBots"), (G, "Cabinet")], R2),
    (119, "en", N, "Not yet.", [], NOTYET),
    (124, "en", E,
     "We have a cooperation agreement with the e-Governance Academy of Estonia for advisory on the digital "
     "transformation.", [PA("e-Governance Academy")], "Cooperation under way."),
    (121, "en", P, "Under consideration.", [], R3),
])

add("Nepal", [
    (40, "en", E,
     "Individual Privacy Act, 2075 (2018) is in force; Individual Privacy Regulation, 2077 also issued.",
     [(L, "Individual Privacy Act, 2075 (2018)"), (L, "Individual Privacy Regulation, 2077")], R2),
    (42, "en", E,
     "National Cyber Security Policy, 2023 is approved and a Cyber Security Bill is in drafting stage at "
     "Ministry of Communication and Information Technology (MoCIT).",
     [(POL, "National Cyber Security Policy, 2023"), (L, "Cyber Security Bill"),
      (G, "Ministry of Communication and Information Technology"), (G, "MoCIT")],
     "A policy in force for the topic where a law was asked (settled case); the bill is a further plan (rule 2)."),
    (44, "en", E,
     "Department of National ID and Civil Registration issues biometric national ID card, legal basis is "
     "the National Identity Card and Civil Registration Act, 2076.",
     [(G, "Department of National ID and Civil Registration"),
      (L, "National Identity Card and Civil Registration Act, 2076")], R2),
    (58, "en", N, "No legislation on ethical AI.", [], NIP),
    (85, "en", W,
     "Digital Nepal Framework has mentioned AI under the emerging technology domain; no separate policy or "
     "guideline.", [(POL, "Digital Nepal Framework")], R1),
    (90, "und", I, "-", [], NI),
    (111, "en", W, "Digital literacy for women is one objective under Digital Nepal Framework.",
     [(POL, "Digital Nepal Framework")], R4),
    (123, "en", E,
     "Ongoing: UNDP support for the e-governance master plan review, ITU assistance on cybersecurity "
     "capacity, UNICEF on digital learning.", [PA("UNDP"), PA("ITU"), PA("UNICEF")], "Cooperation under way."),
    (119, "en", N, "No", [], NIP),
    (68, "en", E,
     "Yes, provincial governments prepare their IT policies in line with the national e-Governance Master Plan.",
     [(POL, "e-Governance Master Plan")], "Alignment stated."),
])

add("Fiji", [
    (40, "en", P,
     "Fiji don't have a data protection law now. A Data Protection Bill was drafted and the consultation is "
     "completed, it will be tabled in Parliament.", [(L, "Data Protection Bill"), (G, "Parliament")], BILL),
    (42, "en", E, "Cybercrime Act 2021.", [(L, "Cybercrime Act 2021")], R2),
    (7, "und", E, "https://www.digitalfiji.gov.fj", [(U, "https://www.digitalfiji.gov.fj")], LINK),
    (44, "en", P, "The national digital ID is being developed, target launch is 2025.", [], R3),
    (85, "en", N, "The strategy doesn't mention AI.", [],
     "The strategy exists but leaves the topic out (settled case)."),
    (62, "en", E,
     "Yes, about 0.8% of total budget for 2023-2024 allocated to digitalFIJI and ICT programmes.",
     [(POL, "digitalFIJI")], "Dedicated budget exists."),
    (95, "en", N, "Nil.", [], "'Nil' said of the thing asked (settled case)."),
    (119, "en", I, "Unknown at this stage.", [], NI),
    (123, "en", E,
     "UNDP Pacific Office supports the digital ID project and the digital transformation strategy.",
     [PA("UNDP Pacific Office", "UNDP")], "Cooperation under way."),
    (101, "en", P, "A National Digital Inclusion Policy is under consultation.",
     [(POL, "National Digital Inclusion Policy")], R3),
])

add("Jordan", [
    (40, "en", E, "Personal Data Protection Law No. 24 of 2023, enter into force in March 2024.",
     [(L, "Personal Data Protection Law No. 24 of 2023")], R2),
    (42, "en", E, "Cybersecurity Law No. 16 of 2019 and National Cybersecurity Center (NCSC).",
     [(L, "Cybersecurity Law No. 16 of 2019"), (G, "National Cybersecurity Center"), (G, "NCSC")], R2),
    (7, "und", E, "https://portal.jordan.gov.jo", [(U, "https://portal.jordan.gov.jo")], LINK),
    (56, "en", W,
     "The Jordan Digital Transformation Strategy 2021-2025 refer to AI and blockchain as enablers; no specific "
     "regulation was issued for them so far.", [(POL, "Jordan Digital Transformation Strategy 2021-2025")], R1),
    (90, "en", P, "Proactive services is a target of the next phase, design is under way with MoDEE.",
     [(G, "MoDEE")], R3),
    (119, "en", E, "Yes, Sanad app usage statistics is collected by gender.", [(PO, "Sanad")],
     "Disaggregated usage data collected."),
    (95, "en", N, "No foresight tools currently.", [], NIP),
    (97, "en", E, "A regulatory sandbox is operated by the Central Bank of Jordan for fintech.",
     [(G, "Central Bank of Jordan")], R2),
    (103, "en", I, "Same as Q70.", [], SEE),
    (62, "en", I, "Figures are with the Ministry of Finance.", [(G, "Ministry of Finance")],
     "The answer defers; no evidence either way."),
])

add("Chile", [
    (40, "es", E,
     "Sí. La Ley N° 19.628 sobre protección de la vida privada sigue vigente; la nueva ley de protección de "
     "datos personales fue promulgada y entrará en vigor en 2026.",
     [(L, "Ley N° 19.628 sobre protección de la vida privada")], R2P),
    (52, "es", E,
     "Ley N° 21.180 de Transformación Digital del Estado y sus normas técnicas de interoperabilidad.",
     [(L, "Ley N° 21.180 de Transformación Digital del Estado")], R2),
    (58, "es", P,
     "Se encuentra en tramitación en el Congreso Nacional el proyecto de ley que regula los sistemas de "
     "inteligencia artificial.", [(G, "Congreso Nacional")], BILL),
    (95, "es", N, "Por ahora no usamos herramientas de prospectiva.", [], NIP),
    (7, "und", E, "https://www.gob.cl", [(U, "https://www.gob.cl")], LINK),
    (119, "es", I, "No se cuenta con esa información.", [], "The information is unavailable, not the thing."),
])

add("Côte d'Ivoire", [
    (40, "fr", E,
     "Loi n° 2013-450 du 19 juin 2013 relative à la protection des données à caractère personnel ; l'ARTCI "
     "est l'autorité de protection.",
     [(L, "Loi n° 2013-450 du 19 juin 2013 relative à la protection des données à caractère personnel"),
      (G, "ARTCI")], R2),
    (56, "fr", P,
     "Une stratégie nationale de l'intelligence artificielle est en cours de validation et un avant-projet "
     "de loi sur l'IA est annoncé.", [], R3),
    (119, "fr", N, "Pas encore.", [], NOTYET),
    (62, "fr", I, "À préciser.", [], NI),
    (7, "und", E, "https://www.gouv.ci", [(U, "https://www.gouv.ci")], LINK),
])

add("Seychelles", [
    (40, "en", E,
     "Data Protection Act, 2023 was passed by the National Assembly; the commencement date is to be announced.",
     [(L, "Data Protection Act, 2023"), (G, "National Assembly")],
     "Dedicated law adopted, awaiting commencement (settled case)."),
    (38, "en", E, "Access to Information Act, 2018. Information Commission is operational.",
     [(L, "Access to Information Act, 2018"), (G, "Information Commission")], R2),
    (85, "en", P, "A national AI policy is under preparation by the Department of Information Communications Technology.",
     [(G, "Department of Information Communications Technology")], R3),
    (119, "en", N, "None.", [], NIP),
    (95, "und", I, "n.a.", [], NI),
])

add("Germany", [
    (40, "de", E, "Ja. Neben der DSGVO gilt das Bundesdatenschutzgesetz (BDSG).",
     [(L, "DSGVO"), (L, "Bundesdatenschutzgesetz"), (L, "BDSG")], R2),
    (44, "de", E,
     "Der Online-Ausweis (eID-Funktion des Personalausweises) ist seit 2010 verfügbar; Rechtsgrundlage ist "
     "das Personalausweisgesetz.", [(PO, "Online-Ausweis"), (L, "Personalausweisgesetz")], R2),
    (95, "de", I, "Keine Angaben.", [], NI),
    (58, "de", E,
     "Es gilt die KI-Verordnung der Europäischen Union (EU AI Act), die seit August 2024 in Kraft ist.",
     [(L, "KI-Verordnung der Europäischen Union"), (L, "EU AI Act")], R2),
])

add("Netherlands", [
    (119, "nl", N, "Nee.", [], NIP),
    (7, "und", E, "https://www.overheid.nl", [(U, "https://www.overheid.nl")], LINK),
    (85, "nl", E,
     "Ja, naast de strategie heeft het kabinet een aparte overheidsbrede visie op generatieve AI vastgesteld.",
     [], "A dedicated AI instrument adopted, beyond a mention (rule 2)."),
])

# ---------------------------------------------------------------- batch 2: first-person answers
add("Mexico", [
    (40, "es", E,
     "Sí. Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados y Ley Federal de "
     "Protección de Datos Personales en Posesión de los Particulares.",
     [(L, "Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados"),
      (L, "Ley Federal de Protección de Datos Personales en Posesión de los Particulares")], R2),
    (85, "es", W,
     "La Estrategia Digital Nacional hace mención general de la inteligencia artificial; no se han emitido "
     "lineamientos para su aplicación en la administración pública.", [(POL, "Estrategia Digital Nacional")], R1),
    (56, "es", P,
     "Hay varias iniciativas de ley sobre inteligencia artificial presentadas en el Senado de la República, "
     "pendientes de dictamen.", [(G, "Senado de la República")], BILL),
    (122, "es", N, "No se recaba esa información por sexo.", [], NIP),
    (90, "es", I, "Sin información.", [], NI),
    (95, "es", W,
     "La prospectiva se menciona en el Plan Nacional de Desarrollo como enfoque deseable, sin herramientas "
     "ni metodología definidas.", [(POL, "Plan Nacional de Desarrollo")], R1),
    (7, "und", E, "https://www.gob.mx", [(U, "https://www.gob.mx")], LINK),
])

add("Colombia", [
    (40, "es", E,
     "Ley Estatutaria 1581 de 2012 y Decreto 1377 de 2013. Autoridad: Superintendencia de Industria y "
     "Comercio (SIC).",
     [(L, "Ley Estatutaria 1581 de 2012"), (L, "Decreto 1377 de 2013"),
      (G, "Superintendencia de Industria y Comercio"), (G, "SIC")], R2),
    (52, "es", E,
     "Sí. El Marco de Interoperabilidad y los servicios ciudadanos digitales (Decreto 620 de 2020) regulan "
     "el intercambio de datos entre entidades a través de X-Road.",
     [(POL, "Marco de Interoperabilidad"), (L, "Decreto 620 de 2020"), (PO, "X-Road")], R2),
    (58, "es", E,
     "No hay una ley, pero el Marco Ético para la Inteligencia Artificial en Colombia, publicado en 2021, "
     "orienta a las entidades públicas.", [(POL, "Marco Ético para la Inteligencia Artificial en Colombia")],
     "No law, but a framework in force for the topic (settled case)."),
    (119, "es", P,
     "Aún no. El Ministerio TIC está diseñando un tablero con datos desagregados por sexo que se pondrá en "
     "marcha el próximo año.", [(G, "Ministerio TIC")], R3),
    (62, "es", I, "Esta información la reporta el Departamento Nacional de Planeación.",
     [(G, "Departamento Nacional de Planeación")], "The answer defers; no evidence either way."),
    (95, "es", E,
     "Sí, actualmente se realiza un ejercicio de prospectiva sobre el futuro del gobierno digital con apoyo "
     "de la CEPAL.", [PA("CEPAL", "ECLAC")], "A foresight exercise under way: the tool is in use."),
    (111, "es", W,
     "La formación en habilidades digitales para mujeres aparece como línea del Plan Nacional de Desarrollo "
     "2022-2026, sin programa específico.", [(POL, "Plan Nacional de Desarrollo 2022-2026")], R4),
])

add("Uruguay", [
    (40, "es", E,
     "Ley N° 18.331 de Protección de Datos Personales, con control de la Unidad Reguladora y de Control de "
     "Datos Personales (URCDP).",
     [(L, "Ley N° 18.331 de Protección de Datos Personales"),
      (G, "Unidad Reguladora y de Control de Datos Personales"), (G, "URCDP")], R2),
    (85, "es", E,
     "Sí. Además de la agenda digital, Uruguay cuenta desde 2020 con una Estrategia de Inteligencia "
     "Artificial para el Gobierno Digital.",
     [(POL, "Estrategia de Inteligencia Artificial para el Gobierno Digital")],
     "A dedicated AI strategy in force, beyond a mention (rule 2)."),
    (7, "und", E, "https://www.gub.uy", [(U, "https://www.gub.uy")], LINK),
    (119, "es", E, "Sí, ver https://www.gub.uy/agesic/datos-y-estadisticas",
     [(U, "https://www.gub.uy/agesic/datos-y-estadisticas")], "'Yes' with a link as evidence."),
    (90, "es", P, "Está previsto desarrollar servicios proactivos vinculados a eventos de vida en el próximo plan.",
     [], R3),
    (87, "es", N, "No.", [], NIP),
])

add("Panama", [
    (40, "es", E,
     "Ley 81 de 2019 sobre Protección de Datos Personales, reglamentada por el Decreto Ejecutivo 285 de 2021.",
     [(L, "Ley 81 de 2019 sobre Protección de Datos Personales"), (L, "Decreto Ejecutivo 285 de 2021")], R2),
    (7, "und", I, "—", [], NI),
    (44, "es", P,
     "Se trabaja en un proyecto de ley de identidad digital junto con el Tribunal Electoral, que aún no ha "
     "sido presentado a la Asamblea Nacional.", [(G, "Tribunal Electoral"), (G, "Asamblea Nacional")], BILL),
    (85, "es", W,
     "Sí, la Agenda Digital Panamá 4.0 menciona la IA, sin embargo no existe una guía de implementación.",
     [(POL, "Agenda Digital Panamá 4.0")], R1),
    (122, "es", N, "No se recolecta.", [], NIP),
    (62, "es", I, "Por definir.", [], NI),
])

add("Spain", [
    (40, "es", E,
     "Sí. Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, que "
     "complementa el RGPD.",
     [(L, "Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales"),
      (L, "RGPD")], R2),
    (58, "es", E,
     "Sí. Se ha creado la Agencia Española de Supervisión de la Inteligencia Artificial (AESIA) y es de "
     "aplicación el Reglamento europeo de IA.",
     [(G, "Agencia Española de Supervisión de la Inteligencia Artificial"), (G, "AESIA"),
      (L, "Reglamento europeo de IA")], R2),
    (97, "es", E, "Sí, el primer entorno controlado de pruebas de IA se puso en marcha en 2024 mediante real decreto.",
     [], "Sandbox launched (rule 2)."),
    (122, "es", I, "No consta.", [], NI),
])

add("El Salvador", [
    (119, "es", N, "No.", [], NIP),
    (95, "es", I, "No se dispone de datos.", [], "The information is unavailable, not the thing."),
    (101, "es", W,
     "La inclusión digital está contemplada dentro de la Agenda Digital 2020-2030, pero no cuenta con "
     "lineamientos operativos.", [(POL, "Agenda Digital 2020-2030")], R1),
])

add("Senegal", [
    (85, "fr", E, "Oui, une stratégie nationale dédiée à l'intelligence artificielle a été validée en 2023.", [],
     "A dedicated AI strategy adopted, beyond a mention (rule 2)."),
    (52, "fr", W,
     "La stratégie Sénégal Numérique 2025 (SN2025) prévoit l'interopérabilité des systèmes, mais les textes "
     "d'application ne sont pas encore pris.", [(POL, "Sénégal Numérique 2025"), (POL, "SN2025")], R1),
    (119, "fr", I, "Information non disponible.", [], "The information is unavailable, not the thing (rule 5)."),
    (44, "fr", P,
     "Le projet d'identité numérique nationale est en phase de conception ; le cadre juridique sera élaboré "
     "en parallèle.", [], R3),
    (95, "fr", N, "Aucun outil de prospective n'est utilisé.", [], NIP),
])

add("Niger", [
    (40, "fr", E,
     "Loi n° 2017-28 du 3 mai 2017 relative à la protection des données à caractère personnel, modifiée en "
     "2019 ; Haute Autorité de Protection des Données à caractère Personnel (HAPDP).",
     [(L, "Loi n° 2017-28 du 3 mai 2017 relative à la protection des données à caractère personnel"),
      (G, "Haute Autorité de Protection des Données à caractère Personnel"), (G, "HAPDP")], R2),
    (56, "fr", N, "Non.", [], NIP),
    (85, "fr", W, "L'IA est mentionnée de façon générale dans la stratégie Niger 2.0, sans plan d'action.",
     [(POL, "Niger 2.0")], R1),
    (62, "fr", I, "Non renseigné.", [], NI),
    (111, "fr", P, "Un programme de formation des jeunes filles au numérique est en préparation avec l'UNICEF.",
     [PA("UNICEF")], R3),
])

add("Chad", [
    (40, "fr", E, "Loi n°007/PR/2015 portant protection des données à caractère personnel.",
     [(L, "Loi n°007/PR/2015 portant protection des données à caractère personnel")], R2),
    (42, "fr", E,
     "Loi n°006/PR/2015 portant création de l'Agence Nationale de Sécurité Informatique et de Certification "
     "Électronique (ANSICE).",
     [(L, "Loi n°006/PR/2015 portant création de l'Agence Nationale de Sécurité Informatique et de "
          "Certification Électronique"), (G, "ANSICE")], R2),
    (101, "fr", P, "Une politique nationale d'inclusion numérique est envisagée ; des consultations doivent démarrer.",
     [], R3),
    (119, "fr", N, "Non.", [], NIP),
    (90, "fr", I, "Pas de données.", [], NI),
    (123, "fr", E, "Projet de transformation numérique appuyé par la Banque mondiale, en cours d'exécution.",
     [PA("Banque mondiale", "World Bank")], "Cooperation under way."),
])

add("Guinea", [
    (40, "fr", E,
     "Loi L/2016/037/AN relative à la cybersécurité et à la protection des données à caractère personnel.",
     [(L, "Loi L/2016/037/AN relative à la cybersécurité et à la protection des données à caractère personnel")],
     R2),
    (44, "fr", P,
     "Le projet d'identification numérique soutenu par la Banque mondiale (WURI) est en phase préparatoire ; "
     "aucun identifiant numérique n'est encore délivré.", [PA("Banque mondiale", "World Bank"), (POL, "WURI")],
     "Preparation under way, nothing issued yet (rule 3)."),
    (85, "fr", N, "La stratégie n'aborde pas ce sujet.", [],
     "The strategy exists but leaves the topic out (settled case)."),
    (119, "und", I, "N/A", [], NI),
    (64, "fr", E, "Oui, aligné sur le Programme de Référence Intérimaire (PRI).",
     [(POL, "Programme de Référence Intérimaire"), (POL, "PRI")], "Alignment stated."),
])

add("Congo", [
    (40, "fr", E, "Loi n° 29-2019 du 10 octobre 2019 portant protection des données à caractère personnel.",
     [(L, "Loi n° 29-2019 du 10 octobre 2019 portant protection des données à caractère personnel")], R2),
    (42, "fr", E,
     "Loi n° 26-2020 relative à la cybersécurité et loi n° 27-2020 portant lutte contre la cybercriminalité.",
     [(L, "Loi n° 26-2020 relative à la cybersécurité"),
      (L, "loi n° 27-2020 portant lutte contre la cybercriminalité")], R2),
    (85, "fr", W,
     "Oui, la stratégie Congo Digital 2025 évoque l'intelligence artificielle, mais sans aucune mesure "
     "d'application à ce jour.", [(POL, "Congo Digital 2025")], R1),
    (95, "fr", I, "Non applicable.", [], NI),
    (119, "fr", N, "Pas encore de ventilation par sexe.", [], NOTYET),
])

add("Democratic Republic of the Congo", [
    (40, "fr", E,
     "Oui, l'Ordonnance-loi n° 23/010 du 13 mars 2023 portant Code du numérique contient des dispositions "
     "sur la protection des données personnelles.",
     [(L, "Ordonnance-loi n° 23/010 du 13 mars 2023 portant Code du numérique")],
     "Provisions inside an adopted code are operative law (rule 4)."),
    (56, "fr", W,
     "Le Plan National du Numérique Horizon 2025 cite l'IA et la blockchain, sans cadre de mise en œuvre.",
     [(POL, "Plan National du Numérique Horizon 2025")], R1),
    (44, "fr", P, "La carte d'identité biométrique est en cours de préparation par l'ONIP.", [(G, "ONIP")], R3),
    (122, "fr", N, "Non.", [], NIP),
    (62, "fr", I, "Information à confirmer par le Ministère des Finances.", [(G, "Ministère des Finances")],
     "Pending confirmation; no evidence either way."),
])

add("Burundi", [
    (101, "fr", W,
     "L'inclusion numérique est un axe de la Politique Nationale de Développement des TIC, sans plan de mise "
     "en œuvre.", [(POL, "Politique Nationale de Développement des TIC")], R1),
    (44, "fr", P, "Le projet d'identification numérique nationale est en cours d'étude.", [], R3),
    (95, "fr", N, "Néant", [], "'Néant' (none) said of the thing asked (settled case)."),
])

add("Comoros", [
    (40, "fr", P,
     "Le projet de loi sur la protection des données a été adopté par le gouvernement et transmis à "
     "l'Assemblée de l'Union.", [(G, "Assemblée de l'Union")],
     "Approved by the government but not yet passed by the Assembly: still a bill (rule 3)."),
    (85, "fr", W, "Comores Numérique 2028 mentionne l'IA sans autre précision.", [(POL, "Comores Numérique 2028")], R1),
    (62, "fr", N, "Il n'y a pas de budget dédié.", [], NIP),
])

add("Djibouti", [
    (40, "fr", E,
     "Oui, une loi sur la protection des données personnelles a été adoptée ; son décret d'application est "
     "en préparation.", [], "Dedicated law adopted; its missing decree does not change the label (settled case)."),
    (88, "fr", W, "La 5G est citée parmi les priorités du Plan Djibouti Numérique, sans feuille de route de déploiement.",
     [(POL, "Plan Djibouti Numérique")], R1),
    (95, "fr", I, "Sans réponse.", [], NI),
])

add("Morocco", [
    (40, "fr", E,
     "Loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à "
     "caractère personnel ; contrôle par la CNDP.",
     [(L, "Loi n° 09-08 relative à la protection des personnes physiques à l'égard du traitement des données "
          "à caractère personnel"), (G, "CNDP")], R2),
    (56, "fr", P,
     "Un cadre réglementaire pour l'intelligence artificielle est en cours de préparation par le ministère "
     "chargé de la transition numérique.", [], R3),
    (46, "fr", E, "Loi n° 43-20 relative aux services de confiance pour les transactions électroniques.",
     [(L, "Loi n° 43-20 relative aux services de confiance pour les transactions électroniques")], R2),
    (119, "fr", P, "La désagrégation par sexe sera intégrée dans le prochain tableau de bord des e-services.", [], R3),
    (90, "fr", W, "Maroc Digital 2030 évoque des services proactifs, sans mesure opérationnelle définie.",
     [(POL, "Maroc Digital 2030")], R1),
])

add("Algeria", [
    (40, "fr", E,
     "Loi n° 18-07 du 10 juin 2018 relative à la protection des personnes physiques dans le traitement des "
     "données à caractère personnel.",
     [(L, "Loi n° 18-07 du 10 juin 2018 relative à la protection des personnes physiques dans le traitement "
          "des données à caractère personnel")], R2),
    (85, "fr", W,
     "L'IA figure comme priorité dans la stratégie nationale de transformation numérique, mais sans texte "
     "d'application.", [], R1),
    (95, "fr", N, "Non.", [], NIP),
    (62, "fr", I, "Données confidentielles.", [], "Information withheld; no evidence either way."),
])

add("Central African Republic", [
    (40, "fr", N, "Pas de loi spécifique.", [], NIP),
    (7, "fr", N, "Il n'existe pas encore de portail national.", [], NOTYET),
    (123, "fr", E, "Appui de la Banque africaine de développement au projet de dorsale à fibre optique.",
     [PA("Banque africaine de développement", "African Development Bank")], "Cooperation under way."),
])

add("France", [
    (7, "und", E, "https://www.service-public.fr", [(U, "https://www.service-public.fr")], LINK),
    (58, "fr", E,
     "Oui : le règlement européen sur l'IA s'applique, et la DINUM publie des recommandations pour l'usage "
     "de l'IA générative dans l'administration.", [(L, "règlement européen sur l'IA"), (G, "DINUM")], R2),
    (38, "fr", E,
     "Code des relations entre le public et l'administration (CRPA), livre III ; la CADA traite les recours.",
     [(L, "Code des relations entre le public et l'administration"), (L, "CRPA"), (G, "CADA")], R2),
    (122, "fr", I, "Non communiqué.", [], NI),
])

add("Belgium", [
    (44, "fr", E,
     "Oui, la carte d'identité électronique et l'application itsme, reconnues par la loi, permettent "
     "l'authentification via le Federal Authentication Service (FAS).",
     [(PO, "itsme"), (PO, "Federal Authentication Service"), (PO, "FAS")], R2),
    (90, "fr", P, "L'octroi automatique de certains droits sociaux est à l'étude au niveau fédéral.", [],
     "A study towards it (rule 3)."),
])

add("Luxembourg", [
    (7, "und", E, "https://guichet.public.lu", [(U, "https://guichet.public.lu")], LINK),
    (95, "fr", W,
     "La prospective figure parmi les orientations de la stratégie de gouvernance électronique, sans outil "
     "défini à ce stade.", [], R1),
])

add("Switzerland", [
    (44, "de", E,
     "Das Gesetz über die elektronische Identität (BGEID) wurde vom Parlament verabschiedet; die E-ID soll "
     "2026 eingeführt werden.",
     [(L, "Gesetz über die elektronische Identität"), (L, "BGEID"), (G, "Parlament")],
     "Dedicated law adopted, service to start later (settled case)."),
    (119, "de", N, "Nein.", [], NIP),
])

add("Rwanda", [
    (40, "en", E,
     "Law N° 058/2021 of 13/10/2021 relating to the protection of personal data and privacy; NCSA is the "
     "supervisory authority.",
     [(L, "Law N° 058/2021 of 13/10/2021 relating to the protection of personal data and privacy"),
      (G, "NCSA")], R2),
    (85, "en", E, "Yes, and beyond the strategy Rwanda adopted a National AI Policy in 2023. Link: https://www.minict.gov.rw",
     [(POL, "National AI Policy"), (U, "https://www.minict.gov.rw")],
     "A dedicated AI policy adopted, beyond a mention (rule 2)."),
    (90, "en", P, "Proactive services are planned under the next phase of Irembo modernisation.",
     [(PO, "Irembo")], R3),
    (119, "en", E, "Yes, Irembo reports on applications by sex of applicant.", [(PO, "Irembo")],
     "Disaggregated usage data collected."),
    (95, "en", I, "Not applicable at the moment.", [], NI),
])

add("Sierra Leone", [
    (40, "en", P, "Data Protection Bill 2024 is in Parliament, second reading completed.",
     [(L, "Data Protection Bill 2024"), (G, "Parliament")], BILL),
    (62, "en", N, "No dedicated allocation.", [], NIP),
    (101, "en", W,
     "The National Innovation and Digital Strategy (2019-2029) has a pillar on inclusion, but no specific "
     "implementation guideline.", [(POL, "National Innovation and Digital Strategy")], R1),
])

add("Liberia", [
    (40, "en", N, "No data protection law at this time.", [], NIP),
    (38, "en", E, "Freedom of Information Act of 2010, Independent Information Commission.",
     [(L, "Freedom of Information Act of 2010"), (G, "Independent Information Commission")], R2),
    (44, "en", E,
     "National Identification Registry issues biometric ID cards under the National Identification Registry "
     "Act 2011.", [(G, "National Identification Registry"), (L, "National Identification Registry Act 2011")],
     R2),
    (85, "und", I, "N/A", [], NI),
    (111, "en", P, "Digital skills for women is being planned with partners.", [], R3),
])

add("Gambia", [
    (40, "en", P,
     "The Personal Data Protection and Privacy Bill has been validated and is awaiting tabling before the "
     "National Assembly.", [(L, "Personal Data Protection and Privacy Bill"), (G, "National Assembly")], BILL),
    (85, "en", W, "AI is mentioned in the Digital Economy Master Plan 2023-2033 without implementation detail.",
     [(POL, "Digital Economy Master Plan 2023-2033")], R1),
    (119, "en", N, "Not at present.", [], NIP),
    (95, "en", I, "Not sure.", [], NI),
])

add("Zimbabwe", [
    (40, "en", E,
     "Cyber and Data Protection Act [Chapter 12:07], 2021; POTRAZ acts as Data Protection Authority.",
     [(L, "Cyber and Data Protection Act [Chapter 12:07], 2021"), (G, "POTRAZ")], R2),
    (56, "en", W,
     "Emerging technologies are referred in the Smart Zimbabwe 2030 Master Plan, however regulations to "
     "guide their usage are not in place.", [(POL, "Smart Zimbabwe 2030 Master Plan")], R1),
    (97, "en", E, "Reserve Bank of Zimbabwe runs a fintech regulatory sandbox.",
     [(G, "Reserve Bank of Zimbabwe")], R2),
    (122, "en", N, "No.", [], NIP),
])

add("Lesotho", [
    (40, "en", E, "Data Protection Act 2011 exists but the Data Protection Commission is not yet established.",
     [(L, "Data Protection Act 2011"), (G, "Data Protection Commission")],
     "Dedicated law adopted; a missing authority does not change the label (settled case)."),
    (42, "en", P, "Computer Crime and Cyber Security Bill is before Parliament.",
     [(L, "Computer Crime and Cyber Security Bill"), (G, "Parliament")], BILL),
    (101, "en", N, "No policy.", [], NIP),
    (62, "und", I, "-", [], NI),
])

add("Namibia", [
    (40, "en", P, "The Data Protection Bill is being finalised by the Ministry of Information and Communication Technology.",
     [(L, "Data Protection Bill"), (G, "Ministry of Information and Communication Technology")], BILL),
    (38, "en", E, "Access to Information Act, 2022 passed; office of the Information Commissioner being set up.",
     [(L, "Access to Information Act, 2022")],
     "Dedicated law adopted; the office being set up does not change the label (settled case)."),
    (85, "en", N, "Not referenced.", [], "The strategy leaves the topic out (settled case)."),
    (119, "en", I, "Information to be provided.", [], NI),
])

add("South Africa", [
    (40, "en", E,
     "Protection of Personal Information Act 4 of 2013 (POPIA), enforced by the Information Regulator.",
     [(L, "Protection of Personal Information Act 4 of 2013"), (L, "POPIA"), (G, "Information Regulator")], R2),
    (56, "en", P,
     "A national AI policy framework was published for comment; the final policy is still being developed by DCDT.",
     [(G, "DCDT")], R3),
    (119, "en", I, "Differs by department; no consolidated data.", [], NI),
])

add("Maldives", [
    (40, "en", P, "Personal Data Protection Bill is drafted and will be submitted to People's Majlis.",
     [(L, "Personal Data Protection Bill"), (G, "People's Majlis")], BILL),
    (7, "und", E, "https://gov.mv", [(U, "https://gov.mv")], LINK),
    (85, "en", W, "The Digital Maldives strategy mentions AI but there is no guideline and detail yet.",
     [(POL, "Digital Maldives")], R1),
])

add("Bhutan", [
    (44, "en", E, "Yes. National Digital Identity Act of Bhutan 2023 and the Bhutan NDI wallet.",
     [(L, "National Digital Identity Act of Bhutan 2023"), (PO, "Bhutan NDI")], R2),
    (90, "en", N, "We do not have such services.", [], NIP),
    (95, "en", P, "GovTech Agency is considering scenario planning for the next digital strategy.",
     [(G, "GovTech Agency")], R3),
])

add("Mongolia", [
    (40, "en", E, "Law on Protection of Personal Information (2021), effective from 1 May 2022.",
     [(L, "Law on Protection of Personal Information")], R2),
    (7, "und", E, "https://e-mongolia.mn", [(U, "https://e-mongolia.mn")], LINK),
    (58, "en", P, "Ministry of Digital Development, Innovation and Communications is drafting a law on AI.",
     [(G, "Ministry of Digital Development, Innovation and Communications")], R3),
    (122, "en", N, "No", [], NIP),
])

add("Malaysia", [
    (40, "en", E, "Personal Data Protection Act 2010, amended in 2024.", [(L, "Personal Data Protection Act 2010")], R2),
    (58, "en", E, "National Guidelines on AI Governance and Ethics were launched in September 2024.",
     [(POL, "National Guidelines on AI Governance and Ethics")],
     "Guidelines in force for the topic where a law was asked (settled case)."),
    (119, "en", I, "Not sure, to check with MAMPU.", [(G, "MAMPU")], NI),
])

add("Thailand", [
    (40, "en", E, "Personal Data Protection Act B.E. 2562 (2019), fully effective since June 2022.",
     [(L, "Personal Data Protection Act B.E. 2562 (2019)")], R2),
    (56, "en", P,
     "The draft Royal Decree on Business Operations Using Artificial Intelligence Systems is under public hearing.",
     [(L, "Royal Decree on Business Operations Using Artificial Intelligence Systems")], BILL),
    (95, "en", E, "Yes, DGA uses scenario planning in preparing the Digital Government Development Plan.",
     [(G, "DGA"), (POL, "Digital Government Development Plan")], R2),
])

add("Solomon Islands", [
    (40, "en", N, "No law.", [], NIP),
    (85, "en", W, "National ICT Policy mention AI in general only.", [(POL, "National ICT Policy")], R4),
    (62, "en", I, "Not known.", [], NI),
])

add("Kiribati", [
    (7, "en", N, "We don't have national portal yet.", [], NOTYET),
    (101, "en", P, "Digital inclusion policy will be developed with ITU support next year.", [PA("ITU")], R3),
])

add("Palau", [(119, "en", N, "No, we don't.", [], NIP)])
add("Ireland", [(9, "en", E, "Public consultations are published on gov.ie.", [(U, "gov.ie")], R2)])
add("Malta", [(97, "en", E, "Yes, the MDIA technology assurance sandbox is in operation.", [(G, "MDIA")], R2)])
add("Guyana", [(40, "en", E, "Data Protection Act 2023.", [(L, "Data Protection Act 2023")], R2)])
add("Belize", [(44, "en", P, "The Digital ID is in procurement stage under the Digital Government project.", [],
                 "Procurement towards it: not operating yet (rule 3).")])
add("Saint Lucia", [
    (40, "en", E, "Data Protection Act, 2011 (not yet commenced).", [(L, "Data Protection Act, 2011")],
     "Dedicated law adopted, awaiting commencement (settled case)."),
    (119, "und", I, "n/a", [], NI),
])

add("Portugal", [
    (7, "und", E, "https://eportugal.gov.pt", [(U, "https://eportugal.gov.pt")], LINK),
    (85, "pt", E,
     "Sim. Para além da estratégia, existe a Estratégia Nacional de Inteligência Artificial (AI Portugal 2030).",
     [(POL, "Estratégia Nacional de Inteligência Artificial"), (POL, "AI Portugal 2030")],
     "A dedicated AI strategy in force, beyond a mention (rule 2)."),
    (122, "pt", I, "Sem dados.", [], NI),
    (90, "pt", P, "Está em estudo a atribuição automática de prestações sociais.", [], "A study towards it (rule 3)."),
])

add("Sao Tome and Principe", [
    (40, "pt", E, "Lei n.º 3/2016, Lei de Proteção de Dados Pessoais.",
     [(L, "Lei n.º 3/2016"), (L, "Lei de Proteção de Dados Pessoais")], R2),
    (85, "pt", N, "Não.", [], NIP),
    (101, "pt", P,
     "Uma estratégia de inclusão digital está a ser preparada com o apoio do Banco Africano de Desenvolvimento.",
     [PA("Banco Africano de Desenvolvimento", "African Development Bank")], R3),
])

# ---------------------------------------------------------------- batch 3: third-person register
# (reports, news, legal trackers, country profiles); bills at every legislative stage.
add("Latvia", [
    (44, "en", E,
     "Latvia's eParaksts mobile app lets residents identify themselves online and sign documents, backed by "
     "the national eID card.", [(PO, "eParaksts")], R2),
    (58, "en", P,
     "Latvian officials said guidelines on the use of generative AI in the civil service were being drafted "
     "and would be published after consultation.", [], R3),
])
add("Lithuania", [
    (48, "en", E,
     "Lithuanian contracting authorities have run their tenders through the Central Public Procurement "
     "Portal (CVP IS) for more than a decade.",
     [(PO, "Central Public Procurement Portal"), (PO, "CVP IS")], R2),
])
add("Estonia", [
    (52, "en", E,
     "Estonia's data exchange layer, X-tee, links hundreds of public and private databases, and the "
     "once-only principle is written into law.", [(PO, "X-tee")], R2),
    (95, "en", E,
     "Estonia's parliament hosts a Foresight Centre whose scenarios feed into digital government planning.",
     [(G, "Foresight Centre")], R2),
])
add("Poland", [
    (7, "en", E,
     "Poland's central gateway for public services is gov.pl, complemented by the mObywatel mobile app.",
     [(U, "gov.pl"), (PO, "mObywatel")], R2),
    (56, "en", P,
     "Poland's draft law implementing the EU AI Act was still at the government consultation stage at the "
     "end of 2024.", [(L, "EU AI Act")], "Draft implementing law in consultation (rule 3)."),
])
add("Republic of Korea", [
    (40, "en", E,
     "The Republic of Korea's Personal Information Protection Act, first enacted in 2011, was substantially "
     "amended in 2023; the Personal Information Protection Commission enforces it.",
     [(L, "Personal Information Protection Act"), (G, "Personal Information Protection Commission")], R2),
    (56, "en", E,
     "In December 2024 the National Assembly of the Republic of Korea passed a framework act on artificial "
     "intelligence that takes effect in 2026.", [(G, "National Assembly of the Republic of Korea")],
     "Law passed, awaiting commencement (settled case)."),
])
add("Japan", [
    (46, "en", E,
     "In Japan, the Act on Electronic Signatures and Certification Business has given electronic signatures "
     "legal effect since 2001.", [(L, "Act on Electronic Signatures and Certification Business")], R2),
    (58, "en", W,
     "Japan's AI strategy discusses rules for the use of AI by ministries, but no binding instrument or "
     "operational guidance for public administration had been issued.", [], R1),
])
add("Australia", [
    (44, "en", E,
     "Australia's Digital ID Act 2024 put the national digital identity system on a statutory footing after "
     "passing Parliament in May 2024.", [(L, "Digital ID Act 2024"), (G, "Parliament")], R2),
])
add("Canada", [
    (58, "en", E,
     "Canada's Directive on Automated Decision-Making has applied to federal institutions since 2019 and "
     "requires an algorithmic impact assessment before an automated system is deployed.",
     [(L, "Directive on Automated Decision-Making")], R2),
    (56, "en", N,
     "Canada's proposed Artificial Intelligence and Data Act died on the order paper when Parliament was "
     "prorogued, and no replacement bill had been introduced.",
     [(L, "Artificial Intelligence and Data Act"), (G, "Parliament")],
     "The bill lapsed and no new plan is given: nothing exists (rule 5)."),
    (40, "fr", E,
     "Au Canada, la Loi sur la protection des renseignements personnels encadre depuis 1983 le traitement des "
     "données par les institutions fédérales.", [(L, "Loi sur la protection des renseignements personnels")],
     R2),
])
add("United Kingdom", [
    (111, "en", E,
     "Adults in England without basic digital skills are entitled to free essential digital skills courses, "
     "funded by the government.", [], R2),
    (87, "en", W,
     "The United Kingdom's digital strategy mentions distributed ledgers as a growth area but sets out no "
     "implementing measures.", [], R1),
])
add("Norway", [
    (90, "en", E,
     "In Norway, parents receive the child benefit automatically once a birth is registered, without "
     "having to apply.", [], "Proactive service operating (rule 2)."),
])
add("Singapore", [
    (90, "en", E,
     "Singapore's LifeSG app bundles services around life events, such as registering a birth and applying "
     "for baby bonus benefits in one go.", [(PO, "LifeSG")], R2),
])
add("Kenya", [
    (42, "en", E,
     "Kenya's Computer Misuse and Cybercrimes Act, 2018 remains in force after parts of it were challenged "
     "in court.", [(L, "Computer Misuse and Cybercrimes Act, 2018")], R2),
    (58, "en", P,
     "Kenya's ICT ministry said a national AI strategy and a code of practice for public bodies were being "
     "prepared with development partners.", [], R3),
])
add("Uganda", [
    (46, "en", E,
     "Uganda's Electronic Signatures Act, 2011 gives digital signatures the same legal standing as "
     "handwritten ones.", [(L, "Electronic Signatures Act, 2011")], R2),
])
add("Mauritius", [
    (40, "en", E,
     "Mauritius replaced its 2004 law with the Data Protection Act 2017, modelled on the GDPR; the Data "
     "Protection Office supervises compliance.",
     [(L, "Data Protection Act 2017"), (L, "GDPR"), (G, "Data Protection Office")], R2),
    (38, "en", N, "Mauritius has not adopted freedom of information legislation.", [], NIP),
])
add("Egypt", [
    (40, "en", E,
     "Egypt's Personal Data Protection Law No. 151 of 2020 is formally in force, although its executive "
     "regulations had still not been issued by late 2024.",
     [(L, "Personal Data Protection Law No. 151 of 2020")],
     "Dedicated law adopted; missing executive regulations do not change the label (settled case)."),
])
add("Qatar", [
    (40, "en", E,
     "Qatar was the first Gulf state to adopt a general data protection law, Law No. 13 of 2016.",
     [(L, "Law No. 13 of 2016")], R2),
])
add("United Arab Emirates", [
    (85, "en", E,
     "The United Arab Emirates appointed a minister of state for artificial intelligence in 2017 and runs "
     "the UAE National Strategy for Artificial Intelligence 2031.",
     [(POL, "UAE National Strategy for Artificial Intelligence 2031")],
     "A dedicated AI strategy in force, beyond a mention (rule 2)."),
])
add("Bahrain", [
    (10, "en", E, "Bahrain publishes government datasets on its national open data portal, data.gov.bh.",
     [(U, "data.gov.bh")], R2),
])
add("Ukraine", [
    (7, "en", E,
     "Ukraine's Diia app and portal give citizens digital documents and access to dozens of public services.",
     [(PO, "Diia")], R2),
])
add("Albania", [
    (7, "en", E,
     "Albania moved nearly all public services online through the e-Albania portal and closed many service "
     "counters in 2022.", [(PO, "e-Albania")], R2),
    (40, "en", E,
     "Albania's parliament adopted a new personal data protection law in 2024 to align with European rules; it "
     "applies after a transition period.", [],
     "Law adopted, transition period pending (settled case)."),
])
add("North Macedonia", [
    (46, "en", E,
     "North Macedonia's Law on Electronic Documents, Electronic Identification and Trust Services aligns "
     "national rules with eIDAS.",
     [(L, "Law on Electronic Documents, Electronic Identification and Trust Services"), (L, "eIDAS")], R2),
])
add("Türkiye", [
    (40, "en", E,
     "Türkiye's Law No. 6698 on the Protection of Personal Data has applied since 2016 and was amended in "
     "2024 to ease cross-border transfers.", [(L, "Law No. 6698 on the Protection of Personal Data")], R2),
])
add("Uzbekistan", [
    (7, "en", E,
     "Uzbekistan's Single Portal of Interactive Public Services, my.gov.uz, offers several hundred services.",
     [(PO, "Single Portal of Interactive Public Services"), (U, "my.gov.uz")], R2),
    (56, "ru", P,
     "По сообщениям министерства, в Узбекистане разрабатывается закон об искусственном интеллекте.", [],
     R3),
])
add("Marshall Islands", [
    (123, "en", E,
     "The Marshall Islands receives World Bank support for a digital government project that includes a "
     "national ID system.", [PA("World Bank")], "Cooperation under way."),
])
add("Antigua and Barbuda", [
    (40, "en", E, "Antigua and Barbuda has a Data Protection Act on its statute book.",
     [(L, "Data Protection Act")], R2),
])
add("Saint Vincent and the Grenadines", [
    (56, "en", P,
     "The Government of Saint Vincent and the Grenadines has announced its intention to introduce "
     "legislation on artificial intelligence.", [], "Announced intention only (rule 3)."),
])
add("Grenada", [
    (40, "en", P,
     "Grenada's ICT ministry released a consultation paper on a data protection bill, inviting comments "
     "from the public.", [], "Consultation on a bill (rule 3)."),
])
add("Dominica", [
    (44, "en", P, "Dominica is drafting legislation to underpin its planned national digital ID.", [], R3),
    (101, "en", W,
     "Dominica's national ICT policy refers to universal access, but the report found no implementation "
     "plan or targets for digital inclusion.", [], R1),
])
add("Eritrea", [
    (40, "en", I,
     "No public information could be found on data protection legislation in Eritrea.", [],
     "The source found no information either way."),
    (7, "en", N, "Eritrea does not operate a national e-government portal.", [], NIP),
])
add("Tuvalu", [
    (42, "en", P, "Tuvalu's Cabinet has approved drafting instructions for a cybercrime bill.",
     [(G, "Cabinet")], "Drafting instructions approved: preparation (rule 3)."),
])
add("Kiribati", [
    (40, "en", P,
     "A data protection bill had its first reading in the Maneaba ni Maungatabu and was then sent back for "
     "further consultation.", [(G, "Maneaba ni Maungatabu")], BILL),
])
add("Nauru", [
    (42, "en", P, "Nauru's cybercrime bill is being examined by a parliamentary committee.", [], BILL),
])
add("Somalia", [
    (42, "en", P,
     "Somalia's cybersecurity bill was approved by the House of the People and awaits a vote in the Upper "
     "House.", [(G, "House of the People"), (G, "Upper House")], "Passed one chamber only (rule 3)."),
])
add("Solomon Islands", [
    (42, "en", P,
     "The Solomon Islands Parliament passed a cybercrime bill, which was awaiting the Governor-General's "
     "assent when this profile was compiled.", [(G, "Solomon Islands Parliament")],
     "Passed but assent pending: not yet law (rule 3)."),
])
add("Micronesia (Federated States of)", [
    (44, "en", P,
     "The Federated States of Micronesia is studying options for a national digital ID with the support "
     "of the World Bank.", [PA("World Bank")], "A study towards it (rule 3)."),
])
add("Yemen", [
    (40, "en", N, "Yemen has no data protection legislation.", [], NIP),
    (99, "en", I, "The review could not assess monitoring arrangements in Yemen.", [], NI),
])
add("Afghanistan", [
    (7, "en", I, "Information on Afghanistan's e-government portal could not be verified for this edition.", [],
     NI),
])
add("Syrian Arab Republic", [
    (42, "en", E,
     "Syria's cybercrime legislation was replaced by a new law in 2022 that tightened penalties for online "
     "offences.", [], "A law adopted and in force (rule 2)."),
])
add("Tajikistan", [
    (44, "en", P,
     "Tajikistan plans to introduce a digital ID as part of its e-government concept, with pilots expected "
     "after 2025.", [], R3),
])
add("Turkmenistan", [
    (85, "en", N,
     "Turkmenistan's digital economy concept does not mention artificial intelligence.", [],
     "The concept exists but leaves the topic out (settled case)."),
])
add("Iran", [
    (40, "en", P,
     "Iran's personal data protection bill has been under review in parliament for several years.", [], BILL),
])
add("Kuwait", [
    (85, "en", W,
     "Kuwait's digital transformation plans list artificial intelligence as a priority area, without a "
     "dedicated strategy or implementation guidance.", [], R1),
])
add("Sweden", [
    (95, "en", I, "Foresight practice in Sweden was outside the scope of this review.", [], NI),
    (119, "en", N, "Swedish agencies do not break down e-service usage by gender.", [], NIP),
])
add("Finland", [
    (78, "en", W,
     "Finland's digital compass lists the once-only principle among its aims, but it leaves implementation "
     "details to later programmes.", [], R1),
])
add("Denmark", [
    (7, "en", E, "Danish citizens access public services through borger.dk with their MitID credentials.",
     [(U, "borger.dk"), (PO, "MitID")], R2),
])
add("Austria", [
    (44, "en", E,
     "Austria switched from the mobile phone signature to ID Austria as its national digital identity in 2023.",
     [(PO, "ID Austria")], R2),
])
add("Ireland", [
    (103, "en", W,
     "Ireland's open government commitments mention online participation, but no dedicated e-participation "
     "policy or guidance had been issued by 2024.", [], R1),
])
add("Greece", [
    (7, "en", E, "Greece's single digital portal gov.gr hosts well over a thousand public services.",
     [(U, "gov.gr")], R2),
])
add("Cyprus", [
    (85, "en", W,
     "Cyprus refers to AI in its digital strategy only in general terms; the report notes no action plan.",
     [], R1),
])
add("Croatia", [
    (119, "en", I, "Data not reported.", [], NI),
])
add("Romania", [
    (56, "en", E,
     "Romania's government approved a national AI strategy in 2024, and a draft law on AI was registered "
     "in the Senate.", [(G, "Senate")],
     "A strategy in force for the topic where a law was asked (settled case); the draft law is a further plan (rule 2)."),
])
add("Bulgaria", [
    (38, "en", E, "Bulgaria's Access to Public Information Act has been in force since 2000.",
     [(L, "Access to Public Information Act")], R2),
])
add("Montenegro", [
    (42, "en", P,
     "Montenegro's new information security law was sent to parliament after a wave of cyberattacks in "
     "2022, but had not been adopted by the end of 2024.", [], BILL),
])
add("Bosnia and Herzegovina", [
    (40, "en", P,
     "A new personal data protection law for Bosnia and Herzegovina, meant to align with the GDPR, was still "
     "in parliamentary procedure in 2024.", [(L, "GDPR")], BILL),
])
add("Serbia", [
    (58, "en", E,
     "Serbia adopted ethical guidelines for the development and use of trustworthy AI in 2023.", [],
     "Guidelines in force for the topic where a law was asked (settled case)."),
])
add("Samoa", [
    (119, "en", N, "Samoa does not disaggregate e-service usage by sex.", [], NIP),
])
add("Micronesia (Federated States of)", [
    (40, "en", N, "There is no data protection law in the Federated States of Micronesia.", [], NIP),
])
add("Palau", [
    (101, "en", W,
     "Palau's national ICT policy mentions connectivity for outer islands as a goal, without a plan to "
     "reach it.", [], R1),
])
add("Bahamas", [
    (44, "en", P,
     "The Bahamas has announced a national digital ID and is preparing the enabling legislation.", [], R3),
])
add("Barbados", [
    (95, "en", I, "No information found.", [], NI),
])
add("Trinidad and Tobago", [
    (56, "en", N,
     "Trinidad and Tobago has no legislation on emerging technologies, and none is on the legislative agenda.",
     [], "Explicit absence and explicitly no plan (rule 5)."),
])
add("Guyana", [
    (44, "en", P,
     "Guyana's government said an electronic identity card would be rolled out after the necessary "
     "amendments to the registration law are passed.", [], R3),
])
add("Suriname", [
    (40, "en", P, "Suriname's draft personal data protection law was submitted to the National Assembly.",
     [(G, "National Assembly")], BILL),
])
add("Sudan", [
    (62, "en", I, "Budget figures for Sudan were not available because of the conflict.", [], NI),
])
add("South Sudan", [
    (40, "en", N, "South Sudan does not yet have a data protection law, and no bill has been published.", [],
     NIP),
])
add("Libya", [
    (85, "en", I, "No assessment was possible for Libya.", [], NI),
])
add("Malawi", [
    (44, "en", E, "Malawi's National Registration Bureau issues national ID cards used to verify identity for "
     "public and banking services.", [(G, "National Registration Bureau")], R2),
])
add("Zambia", [
    (58, "en", W,
     "Zambia's national AI strategy references ethical use in government only in general terms; no "
     "guidance for public bodies has followed.", [], R1),
])
add("Mozambique", [
    (56, "en", P,
     "Mozambique's regulator was reported to be preparing rules for emerging technologies, starting with "
     "fintech.", [], R3),
])
add("United Republic of Tanzania", [
    (40, "en", E,
     "Tanzania's Personal Data Protection Act came into force in May 2023, and the Personal Data Protection "
     "Commission began registering data controllers soon after.",
     [(L, "Personal Data Protection Act"), (G, "Personal Data Protection Commission")], R2),
])
add("Ghana", [
    (56, "en", P,
     "Ghana's Ministry of Communications and Digitalisation was reported to be drafting an emerging "
     "technologies bill.", [(G, "Ministry of Communications and Digitalisation")], R3),
])
add("Nigeria", [
    (58, "en", P,
     "Nigeria published a draft national AI strategy for comment; it proposes ethics rules for public bodies.",
     [], R3),
])
add("Lesotho", [
    (38, "en", N,
     "Lesotho has no access to information law; a bill drafted in 2000 was never passed and has not been "
     "revived.", [], "An old draft abandoned and no current plan: explicit absence (rule 5)."),
])
add("Mongolia", [
    (99, "en", I, "Mongolia's reply on monitoring was not available to the reviewers.", [], NI),
])
add("India", [
    (97, "en", E,
     "India's financial regulators have run regulatory sandboxes for digital products since 2019.", [], R2),
])
add("Pakistan", [
    (40, "en", P,
     "Pakistan's Personal Data Protection Bill was approved by the federal cabinet but has yet to be "
     "introduced in Parliament.", [(L, "Personal Data Protection Bill"), (G, "Parliament")], BILL),
])
add("Nepal", [
    (56, "en", W,
     "Nepal's AI concept paper proposes guiding principles but notes that no regulatory framework or "
     "implementation guideline exists yet.", [], R1),
])
add("Myanmar", [
    (40, "en", I, "The status of data protection rules in Myanmar could not be confirmed.", [], NI),
])
add("Timor-Leste", [
    (44, "en", P, "Timor-Leste is preparing a unique ID system; enrolment is expected to start in 2025.",
     [], R3),
])
add("Sri Lanka", [
    (40, "en", E,
     "Sri Lanka's Personal Data Protection Act, No. 9 of 2022 was certified in March 2022, with its "
     "provisions coming into force in stages.", [(L, "Personal Data Protection Act, No. 9 of 2022")],
     "Law adopted, commencement in stages (settled case)."),
])
add("Philippines", [
    (56, "en", P,
     "Several bills creating an AI regulatory body were filed in the Philippine House of Representatives "
     "and referred to committee.", [(G, "Philippine House of Representatives")], BILL),
])
add("Indonesia", [
    (85, "en", W,
     "Indonesia's e-government architecture refers to artificial intelligence only as an enabling "
     "technology, without implementing guidance for agencies.", [], R1),
])

# ---- French, third person
add("Benin", [
    (46, "fr", E,
     "Au Bénin, le Code du numérique, adopté en 2017, reconnaît la valeur juridique de la signature "
     "électronique.", [(L, "Code du numérique")], "Operative provisions of an adopted code (rule 4)."),
])
add("Togo", [
    (44, "fr", E,
     "Au Togo, la loi relative à l'identification biométrique des personnes physiques a été promulguée en "
     "2020 et l'enrôlement au programme e-ID Togo a commencé.",
     [(L, "loi relative à l'identification biométrique des personnes physiques"), (POL, "e-ID Togo")], R2),
])
add("Burkina Faso", [
    (40, "fr", E,
     "Le Burkina Faso a révisé en 2021 sa loi sur la protection des données à caractère personnel, et la "
     "Commission de l'informatique et des libertés (CIL) veille à son application.",
     [(G, "Commission de l'informatique et des libertés"), (G, "CIL")], R2),
])
add("Cameroon", [
    (40, "fr", P,
     "Le projet de loi camerounais sur la protection des données personnelles a été examiné en commission "
     "à l'Assemblée nationale.", [(G, "Assemblée nationale")], BILL),
])
add("Gabon", [
    (42, "fr", E,
     "Le Gabon a adopté une ordonnance sur la cybersécurité et la lutte contre la cybercriminalité, et "
     "l'agence nationale compétente est opérationnelle.", [],
     "Ordinance adopted and agency operating (rule 2)."),
])
add("Madagascar", [
    (56, "fr", N,
     "Madagascar ne dispose d'aucun texte sur l'intelligence artificielle et aucun projet n'a été annoncé.",
     [], "Explicit absence and no plan (rule 5)."),
])
add("Haiti", [
    (40, "fr", P,
     "En Haïti, un avant-projet de loi sur la protection des données personnelles a été élaboré, mais le "
     "Parlement ne siège plus depuis 2023.", [(G, "Parlement")],
     "Only a draft; it cannot be passed for now but exists as preparation (rule 3)."),
])
add("Tunisia", [
    (40, "fr", E,
     "La Tunisie prépare depuis plusieurs années une nouvelle loi organique sur les données personnelles "
     "destinée à remplacer la loi de 2004, toujours en vigueur.", [],
     "The 2004 law is still in force; the new law is a further plan (rule 2)."),
])
add("Lebanon", [
    (46, "fr", E,
     "Au Liban, la loi n° 81 de 2018 relative aux transactions électroniques et aux données personnelles "
     "reconnaît la signature électronique.",
     [(L, "loi n° 81 de 2018 relative aux transactions électroniques et aux données personnelles")], R2),
])
add("Senegal", [
    (58, "fr", W,
     "Le Sénégal mentionne l'usage éthique de l'IA dans sa stratégie nationale, mais aucune directive "
     "d'application n'a été publiée pour l'administration.", [], R1),
])
add("Mali", [
    (44, "fr", E,
     "Au Mali, le numéro d'identification nationale (NINA) sert de base à l'identification des citoyens "
     "auprès des services publics.", [(PO, "NINA")], R2),
])
add("Niger", [
    (103, "fr", N, "Le Niger ne dispose pas d'une politique de participation électronique.", [], NIP),
])
add("Chad", [
    (44, "fr", P,
     "Le Tchad a lancé un appel d'offres pour la mise en place d'un système d'identification numérique.", [],
     "Procurement towards it (rule 3)."),
])
add("Guinea", [
    (38, "fr", E,
     "En Guinée, la loi sur le droit d'accès à l'information publique, adoptée en 2020, attend toujours ses "
     "décrets d'application.", [],
     "Dedicated law adopted; missing decrees do not change the label (settled case)."),
])
add("Congo", [
    (101, "fr", W,
     "Au Congo, l'inclusion numérique figure parmi les objectifs de la stratégie nationale, sans plan "
     "opérationnel ni budget.", [], R1),
])
add("Burundi", [
    (40, "fr", P,
     "Au Burundi, un avant-projet de loi sur la protection des données personnelles est en cours de "
     "finalisation.", [], R3),
])
add("Comoros", [
    (7, "fr", I, "Le statut du portail national des Comores n'a pas pu être vérifié.", [], NI),
])
add("Djibouti", [
    (42, "fr", P,
     "À Djibouti, le projet de loi sur la cybersécurité a été adopté en Conseil des ministres et transmis "
     "à l'Assemblée nationale.", [(G, "Conseil des ministres"), (G, "Assemblée nationale")],
     "Approved by the government, not yet by parliament (rule 3)."),
])
add("Mauritania", [
    (44, "fr", E,
     "En Mauritanie, l'Agence Nationale du Registre des Populations et des Titres Sécurisés délivre des "
     "titres biométriques et propose une application d'identité numérique.",
     [(G, "Agence Nationale du Registre des Populations et des Titres Sécurisés")], R2),
])
add("Algeria", [
    (44, "fr", I, "Aucune information n'a été trouvée sur l'identité numérique en Algérie.", [], NI),
])
add("Morocco", [
    (38, "fr", E,
     "Au Maroc, la loi n° 31-13 relative au droit d'accès à l'information est entrée pleinement en vigueur "
     "en 2020.", [(L, "loi n° 31-13 relative au droit d'accès à l'information")], R2),
])
add("Central African Republic", [
    (44, "fr", P,
     "La Centrafrique prévoit, avec l'appui de ses partenaires, de moderniser son état civil et d'introduire "
     "un identifiant numérique.", [], R3),
])
add("Belgium", [
    (101, "fr", E,
     "La Belgique s'est dotée d'un plan national d'inclusion numérique, mis en œuvre par le SPF Stratégie et "
     "Appui.", [(G, "SPF Stratégie et Appui")], R2),
])
add("Vanuatu", [
    (40, "fr", P,
     "Selon le gouvernement, le Vanuatu prépare une loi sur la protection des données, qui doit encore être "
     "soumise au Parlement.", [(G, "Parlement")], BILL),
])
add("Rwanda", [
    (119, "fr", I, "Le rapport ne précise pas si les données sont ventilées par sexe.", [], NI),
])
add("Seychelles", [
    (85, "fr", W,
     "Les Seychelles citent l'intelligence artificielle dans leur stratégie numérique, sans lignes "
     "directrices d'application.", [], R1),
])
add("Switzerland", [
    (58, "fr", P,
     "En Suisse, le Conseil fédéral a chargé l'administration de préparer un projet de consultation sur la "
     "réglementation de l'IA d'ici fin 2026.", [(G, "Conseil fédéral")], R3),
])
add("Luxembourg", [
    (119, "fr", N, "Le Luxembourg ne ventile pas les statistiques d'usage par sexe.", [], NIP),
])
add("Equatorial Guinea", [
    (42, "fr", N, "La Guinée équatoriale n'a pas adopté de législation sur la cybersécurité.", [], NIP),
])

# ---- Spanish, third person
add("Bolivia", [
    (40, "es", P,
     "En Bolivia, el proyecto de ley de protección de datos personales fue presentado a la Asamblea "
     "Legislativa Plurinacional, donde espera ser tratado en comisión.",
     [(G, "Asamblea Legislativa Plurinacional")], BILL),
])
add("Cuba", [
    (40, "es", E,
     "Cuba aprobó en 2022 la Ley de Protección de Datos Personales, que entró en vigor tras su publicación "
     "en la Gaceta Oficial.", [(L, "Ley de Protección de Datos Personales")], R2),
])
add("Nicaragua", [
    (42, "es", E,
     "Nicaragua cuenta con una Ley Especial de Ciberdelitos desde 2020, criticada por organizaciones de "
     "prensa.", [(L, "Ley Especial de Ciberdelitos")], R2),
    (119, "es", I, "No se encontraron datos para Nicaragua.", [], NI),
])
add("Venezuela", [
    (40, "es", N, "Venezuela carece de una ley general de protección de datos personales.", [], NIP),
    (7, "es", I, "No fue posible verificar el portal nacional de Venezuela durante la revisión.", [], NI),
])
add("Honduras", [
    (38, "es", E,
     "Honduras tiene una Ley de Transparencia y Acceso a la Información Pública desde 2006.",
     [(L, "Ley de Transparencia y Acceso a la Información Pública")], R2),
])
add("Guatemala", [
    (42, "es", P,
     "En Guatemala, la iniciativa de ley contra la ciberdelincuencia fue retirada del pleno del Congreso "
     "tras las críticas y volvió a la comisión para su revisión.", [(G, "Congreso")],
     "Bill sent back to committee: still in preparation (rule 3)."),
])
add("Paraguay", [
    (40, "es", P,
     "En Paraguay, el proyecto de ley de protección de datos personales obtuvo media sanción en la Cámara de "
     "Diputados y pasó al Senado.", [(G, "Cámara de Diputados"), (G, "Senado")],
     "'Media sanción': passed by one chamber only (rule 3)."),
])
add("Dominican Republic", [
    (56, "es", W,
     "La República Dominicana incluyó la inteligencia artificial en su agenda digital, aunque el informe "
     "señala que no se ha definido ninguna normativa ni guía de implementación.", [], R1),
])
add("Ecuador", [
    (58, "es", P,
     "En Ecuador, la Asamblea Nacional recibió un proyecto de ley orgánica de regulación de la inteligencia "
     "artificial, que aún no se ha debatido.", [(G, "Asamblea Nacional")], BILL),
])
add("Equatorial Guinea", [
    (40, "es", I, "No se dispone de información sobre Guinea Ecuatorial.", [], NI),
])
add("Argentina", [
    (44, "es", E,
     "En Argentina, la aplicación Mi Argentina permite portar el DNI digital, con validez legal.",
     [(PO, "Mi Argentina")], R2),
])
add("Chile", [
    (56, "es", W,
     "Chile menciona la cadena de bloques en su estrategia de transformación digital, pero, según el "
     "informe, no existe normativa ni guía de implementación sobre esa tecnología.", [], R1),
])
add("Colombia", [
    (44, "es", E,
     "La Registraduría Nacional del Estado Civil de Colombia emite la cédula digital desde 2020.",
     [(G, "Registraduría Nacional del Estado Civil")], R2),
])
add("Peru", [
    (42, "es", P,
     "El Congreso del Perú discute un proyecto de ley de ciberseguridad que crearía una autoridad nacional.",
     [(G, "Congreso del Perú")], BILL),
])
add("Mexico", [
    (38, "es", E,
     "México garantiza el acceso a la información mediante la Ley General de Transparencia y Acceso a la "
     "Información Pública, aunque en 2024 se aprobó la desaparición del órgano garante.",
     [(L, "Ley General de Transparencia y Acceso a la Información Pública")], R2),
])
add("Uruguay", [
    (58, "es", E,
     "En Uruguay, una disposición de la ley de presupuesto encarga a AGESIC fijar principios para el uso "
     "ético de la IA en el Estado.", [(G, "AGESIC")],
     "An operative provision inside an adopted law (rule 4)."),
])
add("Spain", [
    (111, "es", E,
     "España financia programas de competencias digitales para mujeres del ámbito rural dentro del Plan "
     "Nacional de Competencias Digitales.", [(POL, "Plan Nacional de Competencias Digitales")], R2),
])
add("El Salvador", [
    (40, "es", E,
     "El Salvador aprobó a finales de 2024 una Ley de Protección de Datos Personales, que entrará en vigor "
     "de forma escalonada.", [(L, "Ley de Protección de Datos Personales")],
     "Law adopted, awaiting commencement (settled case)."),
])
add("Panama", [
    (119, "es", I, "El informe no contiene datos sobre Panamá para este indicador.", [], NI),
])
add("Costa Rica", [
    (56, "es", P,
     "En Costa Rica, la Asamblea Legislativa tramita un proyecto de ley para regular la inteligencia "
     "artificial, redactado en parte con ayuda de la propia IA.", [(G, "Asamblea Legislativa")], BILL),
])
add("Honduras", [
    (40, "es", N, "Honduras todavía no cuenta con una ley de protección de datos personales.", [],
     "'Not yet' with no plan (settled case)."),
])
add("Cuba", [
    (119, "es", N, "Cuba no desagrega por sexo las estadísticas de uso de sus portales.", [], NIP),
])
add("Venezuela", [
    (58, "es", P,
     "La Asamblea Nacional de Venezuela anunció que discutirá una ley sobre inteligencia artificial.",
     [(G, "Asamblea Nacional de Venezuela")], "Announced intention only (rule 3)."),
])
add("Bolivia", [
    (85, "es", N, "La agenda digital boliviana no hace referencia a la inteligencia artificial.", [],
     "The plan exists but leaves the topic out (settled case)."),
])
add("Paraguay", [
    (42, "es", N,
     "En Paraguay, el Poder Ejecutivo vetó la ley de ciberseguridad aprobada por el Congreso y no se ha "
     "presentado un nuevo texto.", [(G, "Poder Ejecutivo"), (G, "Congreso")],
     "The bill was vetoed and no new text is planned: nothing exists (rule 5)."),
])
add("Dominican Republic", [
    (40, "es", P,
     "El Poder Ejecutivo dominicano observó la nueva ley de protección de datos y la devolvió al Congreso "
     "para su modificación.", [(G, "Poder Ejecutivo"), (G, "Congreso")],
     "Returned to Congress for amendment: still a bill (rule 3)."),
])
add("Ecuador", [
    (119, "es", N, "Ecuador no publica estadísticas de uso desagregadas por sexo.", [], NIP),
])

# ---------------------------------------------------------------- batch 4: first-person, hard cases
# Question-dependent "Yes"/"see link" answers, explicit provision-without-guideline phrasings,
# hedges, non-answers, multi-instrument narratives.
YES_STRAT = "'Yes' to a question on what the strategy mentions: a mention in the broader strategy (rule 4)."
YES_LINK = "'Yes' with a link under a question on whether the thing exists: evidence that it exists."
OFF = "The text does not address the question (rule 5)."
add("Kenya", [
    (85, "en", W, "Yes, see link: https://www.ict.go.ke/digital-masterplan",
     [(U, "https://www.ict.go.ke/digital-masterplan")], YES_STRAT),
    (40, "en", E, "Yes, see link: https://www.odpc.go.ke", [(U, "https://www.odpc.go.ke")], YES_LINK),
    (64, "en", E, "Yes, see link: https://www.planning.go.ke", [(U, "https://www.planning.go.ke")],
     "Alignment stated with a link."),
    (74, "en", W, "Yes. See the Digital Master Plan, pillar on digital government services.",
     [(POL, "Digital Master Plan")], YES_STRAT),
    (89, "en", W, "Yes.", [], YES_STRAT),
    (119, "en", E, "Yes.", [], "'Yes' under a question on whether data are collected: they are."),
    (95, "en", I, "Please refer to the attached document.", [], SEE),
    (52, "en", W,
     "The Data Protection Act has a section on data sharing between public bodies, but the guidelines for "
     "interoperability are not yet issued.", [(L, "Data Protection Act")],
     "Provision inside a broader law, guidelines explicitly missing (rule 1)."),
])

add("Uganda", [
    (78, "en", W, "Yes", [], YES_STRAT),
    (121, "en", E, "Yes, see link https://www.nita.go.ug/citizen-satisfaction-survey",
     [(U, "https://www.nita.go.ug/citizen-satisfaction-survey")], YES_LINK),
    (116, "en", I, "The portal was redesigned in 2023 with a new look and feel.", [], OFF),
    (54, "en", W,
     "Section 5 of the Access to Information Act requires public bodies to publish information, but there "
     "is no open data guideline to implement it.", [(L, "Access to Information Act")],
     "Provision inside a broader act, no open-data guideline (rule 1, settled case)."),
])

add("Zambia", [
    (84, "en", N, "No target on percentage of services digitalised.", [],
     "The strategy sets no such target: explicit absence (settled case)."),
    (88, "en", W, "5G is one of the focus areas but implementation details are still lacking.", [], R1),
    (62, "en", E, "Yes.", [], "'Yes' under the budget question: a dedicated budget exists."),
    (118, "en", P, "We intend to introduce a dashboard for usage statistics in 2025.", [], R3),
])

add("Eswatini", [
    (80, "en", W, "Yes, the strategy refer to life-cycle approach in a general way, detail is lacking.", [], R1),
    (103, "en", N, "There isn't.", [], NIP),
    (124, "en", I, "Will be communicated later.", [], NI),
    (46, "en", E,
     "Electronic Communications and Transactions Act 2023 recognise electronic signature; regulations are "
     "still being prepared.", [(L, "Electronic Communications and Transactions Act 2023")],
     "Dedicated law adopted; regulations in preparation do not change the label (settled case)."),
])

add("Ghana", [
    (82, "en", W, "Inclusion-by-design is implied in the Digital Ghana Agenda but not spelt out in guidelines.",
     [(POL, "Digital Ghana Agenda")], R1),
    (86, "und", I, "?", [], NI),
])

add("Nigeria", [
    (76, "en", W, "Yes, digital-first is a principle of the strategy.", [], YES_STRAT),
    (114, "en", E,
     "Yes. The Guidelines for Social Media Use by Public Institutions were issued by NITDA.",
     [(POL, "Guidelines for Social Media Use by Public Institutions"), (G, "NITDA")], R2),
])

add("Malawi", [
    (114, "en", N, "No guidelines on social media for officials.", [], NIP),
    (72, "en", W,
     "The Digital Economy Strategy mentions a data governance framework as an outcome, no framework "
     "developed so far.", [(POL, "Digital Economy Strategy")], R1),
])

add("United Republic of Tanzania", [
    (70, "en", W, "Yes, e-participation is one of the strategic objectives.", [], YES_STRAT),
    (105, "en", E, "Yes, community ICT centres offer free access in rural districts.", [], R2),
])

add("Sierra Leone", [
    (74, "en", W, "Yes, it is referenced. See page 14 of the strategy.", [], YES_STRAT),
    (122, "en", I, "The information is being compiled by the statistics office.", [], NI),
    (44, "en", E,
     "The National Civil Registration Act 2016 provide the legal basis of the NCRA and the national "
     "identification number. A digital ID app will be launched next year.",
     [(L, "National Civil Registration Act 2016"), (G, "NCRA")], R2P),
])

add("Liberia", [
    (103, "en", W,
     "E-participation is one of the goals in the national ICT policy, however it is not operationalised.", [],
     R1),
    (121, "en", N, "Not existing.", [], NIP),
])

add("Gambia", [
    (97, "en", P, "The Central Bank is in the process of establishing a regulatory sandbox.", [], R3),
    (7, "en", E, "Yes, see link: https://www.gov.gm", [(U, "https://www.gov.gm")], YES_LINK),
])

add("Namibia", [
    (86, "en", W, "Robotics is mentioned as emerging technology in the Digital Strategy, no detail.", [], R1),
    (62, "en", I, "We don't have this figure.", [], NI),
])

add("South Africa", [
    (101, "en", W,
     "Digital inclusion is part of the National Development Plan 2030 and the ICT white paper, but there "
     "is no implementation guideline specific for it.", [(POL, "National Development Plan 2030")], R1),
    (113, "en", E, "Yes: Facebook, X and YouTube are used for e-information and e-consultation by GCIS.",
     [(G, "GCIS")], R2),
])

add("Rwanda", [
    (84, "en", E,
     "Yes, the target is to digitise 100% of government services, see https://www.irembo.gov.rw",
     [(U, "https://www.irembo.gov.rw")], "The strategy sets the target: it exists (yes with link)."),
    (124, "en", E, "Partnership with Smart Africa (hosted in Kigali) and GIZ on digital transformation centres.",
     [PA("Smart Africa"), PA("GIZ")], "Cooperation under way."),
])

add("Bangladesh", [
    (82, "en", W, "Yes, inclusion by design is one principle of Smart Bangladesh but no guideline is prepared.",
     [(POL, "Smart Bangladesh")], R1),
    (105, "en", E,
     "Union Digital Centres are giving assisted access to e-services for women and elderly in rural area.",
     [(G, "Union Digital Centres")], R2),
    (116, "en", I, "Please see the response under Q103.", [], SEE),
])

add("Nepal", [
    (97, "en", N, "No sandbox is there.", [], NIP),
    (70, "en", W, "Yes it is. Digital inclusion mentioned in Digital Nepal Framework as cross-cutting.",
     [(POL, "Digital Nepal Framework")], YES_STRAT),
    (48, "en", E, "Yes. Public Procurement Act 2063 and e-GP system https://bolpatra.gov.np",
     [(L, "Public Procurement Act 2063"), (PO, "e-GP"), (U, "https://bolpatra.gov.np")], R2),
])

add("Bhutan", [
    (78, "en", W, "Yes. Once-only is a principle in the Digital Drukyul flagship, but guidance is not developed.",
     [(POL, "Digital Drukyul")], R1),
    (119, "en", N, "We do not collect.", [], NIP),
])

add("Maldives", [
    (97, "en", I, "Not known to us.", [], NI),
    (58, "en", N, "Nothing yet.", [], "'Not yet' wording with no plan (settled case)."),
    (111, "en", P, "A programme for elderly and women digital skills is to be launched in 2025 with UNDP.",
     [PA("UNDP")], R3),
])

add("Fiji", [
    (72, "en", W, "Yes, the data governance framework is mentioned in the Digital Government Transformation Strategy.",
     [(POL, "Digital Government Transformation Strategy")], YES_STRAT),
    (116, "en", I, "Kindly refer to Q9.", [], SEE),
    (34, "en", E,
     "Yes. The Disaster Risk Management Act 2024 and the National Emergency Operations Centre coordinate "
     "response, and alerts are sent through the mobile networks.",
     [(L, "Disaster Risk Management Act 2024"), (G, "National Emergency Operations Centre")],
     "Instruments and a platform operating for the topic (settled case)."),
])

add("Solomon Islands", [
    (101, "en", P, "A digital inclusion plan is in the pipeline.", [], R3),
    (34, "en", N, "No such strategy.", [], NIP),
])

add("Tuvalu", [
    (7, "en", P, "The government portal is being developed and will go live soon.", [], R3),
    (88, "en", N, "No, 5G is not in our strategy.", [],
     "The strategy leaves the topic out (settled case)."),
])

add("Marshall Islands", [
    (40, "en", N, "We have no law on this.", [], NIP),
    (90, "en", I, "Unsure.", [], NI),
])

add("Nauru", [
    (44, "en", W,
     "Digital ID is an action in the national ICT policy but is yet to be implemented, there is no "
     "detail of how.", [], R1),
])

add("Palau", [
    (42, "en", P, "Palau is working on a cybersecurity bill with assistance from partners.", [], BILL),
])

add("Grenada", [
    (85, "en", W, "Yes - the ICT strategy mention AI, no implementing guidelines though.", [], R1),
    (122, "en", N, "no", [], NIP),
])

add("Saint Kitts and Nevis", [
    (44, "en", P, "The Electronic ID system is expected to be approved by Cabinet this year.",
     [(G, "Cabinet")], "Expected approval: not yet adopted (rule 3)."),
    (40, "en", E, "Data Protection Act, 2018.", [(L, "Data Protection Act, 2018")], R2),
])

add("Antigua and Barbuda", [
    (119, "en", I, "Pending.", [], NI),
    (52, "en", P, "Interoperability framework is in draft, awaiting consultation with agencies.", [], R3),
])

add("Dominica", [
    (62, "en", I, "To be advised by Ministry of Finance.", [(G, "Ministry of Finance")], NI),
])

add("Belize", [
    (85, "en", W, "Yes. AI is mentioned as opportunity in the Digital Agenda 2022-2025, without guidelines.",
     [(POL, "Digital Agenda 2022-2025")], R1),
    (95, "en", N, "No.", [], NIP),
])

add("Guyana", [
    (101, "en", W,
     "The Low Carbon Development Strategy 2030 mention connecting hinterland communities, no separate policy "
     "or guidelines yet.", [(POL, "Low Carbon Development Strategy 2030")], R1),
    (111, "en", E, "Yes, the hinterland ICT hubs provide free digital literacy courses for women and youth.",
     [], R2),
])

add("Bahamas", [
    (87, "en", W, "Blockchain is noted in the strategy in connection with the digital currency.", [], R4),
    (46, "en", E, "Electronic Communications and Transactions Act, 2003.",
     [(L, "Electronic Communications and Transactions Act, 2003")], R2),
])

add("Malta", [
    (87, "en", E,
     "Yes, and beyond the strategy there is a dedicated legal framework: the Malta Digital Innovation "
     "Authority Act and the Innovative Technology Arrangements and Services Act.",
     [(L, "Malta Digital Innovation Authority Act"), (L, "Innovative Technology Arrangements and Services Act")],
     "Dedicated laws in force, beyond a mention (rule 2)."),
    (119, "en", N, "Not disaggregated by gender.", [], NIP),
])

add("Cyprus", [
    (90, "en", P, "Proactive services are planned in the new digital strategy 2025-2030, under preparation.",
     [], R3),
])

add("Ireland", [
    (119, "en", I, "Varies across departments.", [], NI),
])

add("Jordan", [
    (70, "en", W,
     "Yes, e-participation is mentioned in the strategy as enabler, operational guidance not issued yet.", [],
     R1),
    (84, "en", E, "Yes, 100% of services to be digitised by 2025, see https://www.modee.gov.jo",
     [(U, "https://www.modee.gov.jo")], "The strategy sets the target (yes with link)."),
])

add("Malaysia", [
    (89, "en", W, "IoT is cited in MyDIGITAL blueprint without specific guidelines for public sector.",
     [(POL, "MyDIGITAL")], R1),
    (103, "en", E, "Yes, see https://www.malaysia.gov.my/portal/content/30983",
     [(U, "https://www.malaysia.gov.my/portal/content/30983")], YES_LINK),
])

add("Thailand", [
    (78, "en", E, "Yes. Once-only is implemented through the Linkage Center for data exchange among agencies.",
     [(PO, "Linkage Center")], "A mechanism operating for the principle, beyond a mention (rule 2)."),
    (122, "en", P, "Plan to include gender question in next survey.", [], R3),
])

add("Mongolia", [
    (76, "en", W, "Digital-by-default is written in E-Mongolia strategy as principle only.",
     [(POL, "E-Mongolia")], R4),
    (105, "en", I, "Refer to answer on question 111.", [], SEE),
])

add("Timor-Leste", [
    (85, "en", N, "The strategy don't have AI yet.", [], NOTYET),
])

add("Philippines", [
    (82, "en", W,
     "The E-Government Master Plan states inclusion as a principle; there are no detailed guidelines yet on "
     "how to apply it.", [(POL, "E-Government Master Plan")], R1),
])

add("Pakistan", [
    (90, "en", I, "Not relevant at this stage.", [], NI),
])

add("India", [
    (90, "en", E,
     "Yes. Several welfare schemes credit benefits automatically through Direct Benefit Transfer once "
     "eligibility is established.", [(POL, "Direct Benefit Transfer")], R2),
])

add("Sri Lanka", [
    (99, "en", P, "A monitoring dashboard is being built by ICTA and will be launched in 2025.",
     [(G, "ICTA")], R3),
])

# ---- Spanish
add("Mexico", [
    (74, "es", W, "Sí, la identidad digital se menciona en la estrategia.", [], YES_STRAT),
    (119, "es", I, "La información se está recopilando.", [], NI),
    (52, "es", W,
     "La Ley General de Mejora Regulatoria prevé la interoperabilidad entre registros, pero no se han "
     "emitido los lineamientos técnicos correspondientes.", [(L, "Ley General de Mejora Regulatoria")],
     "Provision inside a broader law, technical guidelines explicitly missing (rule 1)."),
])

add("Colombia", [
    (87, "es", W, "Sí, ver enlace: https://www.mintic.gov.co/plan-digital",
     [(U, "https://www.mintic.gov.co/plan-digital")], YES_STRAT),
    (103, "es", E, "Sí, ver enlace: https://www.urnadecristal.gov.co",
     [(U, "https://www.urnadecristal.gov.co")], YES_LINK),
    (70, "es", W, "Sí.", [], YES_STRAT),
    (116, "es", I, "Ídem respuesta anterior.", [], SEE),
])

add("Peru", [
    (52, "es", E,
     "Sí. El Decreto Legislativo N° 1412, Ley de Gobierno Digital, y su reglamento regulan la "
     "interoperabilidad a través de la Plataforma de Interoperabilidad del Estado (PIDE). Además, está en "
     "elaboración una política nacional de datos.",
     [(L, "Decreto Legislativo N° 1412"), (L, "Ley de Gobierno Digital"),
      (PO, "Plataforma de Interoperabilidad del Estado"), (PO, "PIDE")], R2P),
    (82, "es", W, "Se menciona como principio, sin lineamientos.", [], R1),
    (105, "es", P, "Se prevé implementar puntos de acceso en zonas rurales para mujeres en 2025.", [], R3),
])

add("Chile", [
    (80, "es", W, "Sí, la estrategia hace referencia al enfoque de ciclo de vida de los servicios.", [], YES_STRAT),
    (103, "es", W,
     "La participación ciudadana digital está contemplada en la Ley N° 20.500, pero no existe una política "
     "específica ni reglamentación para los canales digitales.", [(L, "Ley N° 20.500")],
     "Provision inside a broader law, explicitly without specific rules (rule 1)."),
    (111, "es", E, "Sí, el programa de alfabetización digital para mujeres jefas de hogar funciona desde 2022.",
     [], R2),
])

add("Argentina", [
    (72, "es", N, "No, la estrategia no incluye un marco de gobernanza de datos.", [],
     "The strategy leaves the topic out (settled case)."),
    (54, "es", E,
     "Sí. El Decreto 117/2016 establece el Plan de Apertura de Datos y el portal datos.gob.ar está activo.",
     [(L, "Decreto 117/2016"), (POL, "Plan de Apertura de Datos"), (U, "datos.gob.ar")], R2),
    (34, "es", I, "Ninguna información.", [], NI),
])

add("Uruguay", [
    (76, "es", W, "Sí, la Agenda Uruguay Digital 2025 lo plantea como principio general.",
     [(POL, "Agenda Uruguay Digital 2025")], YES_STRAT),
    (97, "es", E, "Sí, ver https://www.gub.uy/agesic/sandbox", [(U, "https://www.gub.uy/agesic/sandbox")],
     YES_LINK),
])

add("Panama", [
    (88, "und", I, "S/D", [], NI),
    (111, "es", P, "Está previsto un programa de habilidades digitales para mujeres con apoyo del BID.",
     [PA("BID", "Inter-American Development Bank")], R3),
])

add("Costa Rica", [
    (74, "es", W, "Sí, la identidad digital figura en la Estrategia de Transformación Digital, sin reglamento.",
     [(POL, "Estrategia de Transformación Digital")], R1),
    (116, "es", N, "No se publica.", [], NIP),
    (48, "es", E, "Sí, SICOP: https://www.sicop.go.cr", [(PO, "SICOP"), (U, "https://www.sicop.go.cr")], R2),
])

add("El Salvador", [
    (58, "es", P, "En proceso de elaboración.", [], R3),
    (7, "und", E, "https://www.gob.sv", [(U, "https://www.gob.sv")], LINK),
    (89, "es", W, "El Internet de las cosas se menciona como tendencia, sin acciones concretas.", [], R1),
])

add("Nicaragua", [
    (54, "es", W,
     "La Ley de Acceso a la Información Pública obliga a publicar información, pero no hay reglamentación "
     "sobre datos abiertos.", [(L, "Ley de Acceso a la Información Pública")],
     "Provision inside a broader law, no open-data regulation (rule 1)."),
    (95, "es", I, "No disponible la información.", [], NI),
    (101, "es", W,
     "El Plan Nacional de Lucha contra la Pobreza incluye la conectividad como objetivo, pero no se han "
     "definido acciones específicas.", [(POL, "Plan Nacional de Lucha contra la Pobreza")], R1),
])

add("Cuba", [
    (85, "es", E,
     "Sí. Además de la Política de Informatización, se aprobó en 2024 una Estrategia de Desarrollo de la "
     "Inteligencia Artificial.",
     [(POL, "Política de Informatización"), (POL, "Estrategia de Desarrollo de la Inteligencia Artificial")],
     "A dedicated AI strategy adopted, beyond a mention (rule 2)."),
    (122, "es", N, "No existe.", [], NIP),
])

add("Venezuela", [
    (62, "es", I, "Información reservada.", [], "Information withheld; no evidence either way."),
    (44, "es", E, "Sí, la cédula de identidad y el Sistema Patria permiten la identificación en línea.",
     [(PO, "Sistema Patria")], R2),
])

add("Equatorial Guinea", [
    (85, "es", N, "No contemplado.", [], "The strategy leaves the topic out (settled case)."),
    (101, "es", P, "Se prevé elaborar una política de inclusión digital con el apoyo del PNUD.",
     [PA("PNUD", "UNDP")], R3),
    (7, "es", N, "No existe un portal nacional todavía.", [], NOTYET),
])

add("Spain", [
    (84, "es", E,
     "Sí. El Plan de Digitalización de las Administraciones Públicas fija como meta que el 50% de los "
     "servicios estén disponibles en móvil.",
     [(POL, "Plan de Digitalización de las Administraciones Públicas")],
     "The plan sets the target: it exists."),
    (86, "es", W, "La robótica aparece de manera genérica, sin medidas específicas.", [], R1),
])

add("Honduras", [
    (52, "es", W,
     "La Agenda Digital de Honduras establece la interoperabilidad como objetivo, pero carece de normas de "
     "implementación.", [(POL, "Agenda Digital de Honduras")], R1),
    (119, "es", I, "Sin respuesta de la institución responsable.", [], NI),
])

add("Guatemala", [
    (99, "es", P, "Se está diseñando un tablero de seguimiento de la Agenda Nacional de Gobierno Digital.",
     [(POL, "Agenda Nacional de Gobierno Digital")], R3),
])

add("Bolivia", [
    (74, "es", W,
     "La identidad digital está prevista en la Ley General de Telecomunicaciones, pero falta su "
     "reglamentación.", [(L, "Ley General de Telecomunicaciones")],
     "Provision inside a broader law with its regulation explicitly missing (rule 1)."),
])

add("Dominican Republic", [
    (82, "es", W, "Sí, como principio. No hay lineamientos aprobados.", [], R1),
])

add("Paraguay", [
    (116, "es", I, "Se remitirá posteriormente.", [], NI),
])

# ---- French
add("Senegal", [
    (70, "fr", W, "Oui, la participation citoyenne est évoquée dans la stratégie, sans texte d'application.",
     [], R1),
    (113, "fr", E, "Oui : Facebook, X et LinkedIn du Gouvernement pour l'information et la consultation.", [],
     R2),
])

add("Côte d'Ivoire", [
    (74, "fr", W, "Oui. Voir la stratégie nationale du numérique, axe 2.", [], YES_STRAT),
    (40, "fr", E, "Oui. Voir le lien : https://www.artci.ci", [(U, "https://www.artci.ci")], YES_LINK),
    (97, "fr", W,
     "Le bac à sable réglementaire est prévu par la stratégie, mais ses modalités restent à définir.", [], R1),
])

add("Cameroon", [
    (85, "fr", W, "Oui.", [], YES_STRAT),
    (54, "fr", N, "Il n'y en a pas.", [], NIP),
])

add("Guinea", [
    (101, "fr", W, "L'inclusion numérique est prévue dans le PRI, mais les décrets d'application ne sont pas encore pris.",
     [(POL, "PRI")], R1),
    (95, "fr", I, "Cf. annexe.", [], SEE),
])

add("Gabon", [
    (72, "fr", W,
     "La gouvernance des données est mentionnée dans le Plan Gabon Digital, les modalités restent à "
     "préciser.", [(POL, "Gabon Digital")], R1),
    (116, "fr", N, "Aucun.", [], NIP),
])

add("Mali", [
    (88, "fr", W, "Oui, la 5G est citée dans Mali Numérique 2030 sans feuille de route.",
     [(POL, "Mali Numérique 2030")], R1),
    (52, "fr", P, "Un projet de décret sur l'interopérabilité est en cours de validation.", [], R3),
])

add("Niger", [
    (76, "fr", W, "Oui, en principe.", [], YES_STRAT),
])

add("Burkina Faso", [
    (52, "fr", W,
     "La loi sur la protection des données aborde le partage entre administrations, mais aucun référentiel "
     "d'interopérabilité n'a été adopté.", [],
     "Provision inside a broader law, no implementing reference framework (rule 1)."),
])

add("Chad", [
    (85, "fr", W, "Oui, l'IA est mentionnée dans le Plan Tchad Numérique, les textes d'application restent à élaborer.",
     [(POL, "Plan Tchad Numérique")], R1),
])

add("Mauritania", [
    (74, "fr", W, "L'identité numérique est inscrite dans l'Agenda numérique, sans mesures d'application.",
     [(POL, "Agenda numérique")], R1),
])

add("Morocco", [
    (82, "fr", W, "Oui, le principe est évoqué ; aucune ligne directrice n'a été publiée.", [], R1),
    (122, "fr", I, "Non disponible pour l'instant, les données sont en cours de traitement.", [], NI),
])

add("Djibouti", [
    (101, "fr", W, "L'inclusion numérique figure dans la Vision Djibouti 2035 comme orientation générale.",
     [(POL, "Vision Djibouti 2035")], R4),
])

add("Comoros", [
    (7, "fr", P, "Le portail national sera mis en ligne en 2025.", [], R3),
])

add("Haiti", [
    (122, "fr", I, "Nous n'avons pas l'information.", [], NI),
])

add("Democratic Republic of the Congo", [
    (101, "fr", W,
     "Le Code du numérique prévoit le service universel, mais ses mesures d'exécution ne sont pas encore "
     "adoptées.", [(L, "Code du numérique")],
     "Provision inside a broader code with implementing measures explicitly missing (rule 1)."),
])

# ---- Portuguese
add("Brazil", [
    (70, "pt", W, "Sim, ver o link: https://www.gov.br/governodigital/estrategia",
     [(U, "https://www.gov.br/governodigital/estrategia")], YES_STRAT),
    (116, "pt", E, "Sim, ver https://www.gov.br/participamaisbrasil",
     [(U, "https://www.gov.br/participamaisbrasil")], YES_LINK),
])

add("Mozambique", [
    (85, "pt", W,
     "A inteligência artificial é mencionada na Política para a Sociedade da Informação, sem regulamentação "
     "específica.", [(POL, "Política para a Sociedade da Informação")], R1),
    (119, "pt", I, "Não sabemos.", [], NI),
])

add("Angola", [
    (52, "pt", W,
     "A interoperabilidade está prevista no Plano Nacional de Desenvolvimento, mas ainda não foram definidas "
     "as normas de implementação.", [(POL, "Plano Nacional de Desenvolvimento")], R1),
    (58, "pt", N, "Não há.", [], NIP),
])

add("Cabo Verde", [
    (84, "pt", W, "Sim, a meta é referida na estratégia, mas sem plano de execução.", [], R1),
])

add("Timor-Leste", [
    (101, "pt", P, "A política de inclusão digital está em fase de elaboração.", [], R3),
])

add("Portugal", [
    (78, "pt", E,
     "Sim. O princípio só uma vez está consagrado em lei e é aplicado através da plataforma de "
     "interoperabilidade iAP.", [(PO, "iAP")], "Principle in force and applied through a platform (rule 2)."),
])

add("Guinea-Bissau", [
    (85, "pt", W, "Sim, está mencionado no plano estratégico, sem diretrizes de implementação.", [], R1),
])

add("Sao Tome and Principe", [
    (119, "pt", N, "Nenhum.", [], NIP),
])

# ---- other languages
add("Italy", [
    (85, "it", W,
     "Sì, il Piano triennale per l'informatica nella PA cita l'intelligenza artificiale, ma le linee guida "
     "attuative non sono ancora state adottate.", [(POL, "Piano triennale per l'informatica nella PA")], R1),
    (7, "und", E, "https://www.italia.gov.it", [(U, "https://www.italia.gov.it")], LINK),
])

add("Romania", [
    (119, "ro", N, "Nu.", [], NIP),
    (95, "ro", I, "Nu există informații.", [], NI),
])

add("Germany", [
    (90, "de", P,
     "Proaktive Leistungen wie die automatische Auszahlung des Kindergelds sind geplant; die rechtlichen "
     "Grundlagen werden derzeit vorbereitet.", [], R3),
])

# ---------------------------------------------------------------- batch 5: plans, non-answers, long narratives
add("Kenya", [
    (56, "en", P,
     "Kenya does not yet have a law on emerging technologies. The Kenya National Digital Master Plan "
     "2022-2032 identifies AI, blockchain and IoT as focus areas, and the Ministry of Information, "
     "Communications and the Digital Economy has set up a taskforce which is drafting a policy and "
     "regulatory framework for AI, expected to be validated in 2025.",
     [(POL, "Kenya National Digital Master Plan 2022-2032"),
      (G, "Ministry of Information, Communications and the Digital Economy")],
     "No law; a mention in the master plan plus a framework being drafted (mention plus preparation -> planned)."),
    (105, "en", I, "Kindly see the attached annex on gender.", [], SEE),
])
add("Botswana", [
    (52, "en", P,
     "There is no law on data governance. Government has engaged a consultant to draft the Data Governance "
     "Policy and the consultation with stakeholders will be in the next quarter.",
     [(POL, "Data Governance Policy")], R3),
])
add("Namibia", [
    (44, "en", P,
     "The Civil Registration and Identification Bill is expected to be passed by Parliament before the end "
     "of the year.", [(L, "Civil Registration and Identification Bill"), (G, "Parliament")], BILL),
])
add("Lesotho", [
    (44, "en", P,
     "Terms of reference for the national e-ID system have been prepared and the procurement will start in 2025.",
     [], R3),
])
add("Gambia", [
    (58, "en", P,
     "The Ministry of Communication and Digital Economy is developing the National AI Strategy, ethical use "
     "in public administration will be part of it.",
     [(G, "Ministry of Communication and Digital Economy"), (POL, "National AI Strategy")], R3),
])
add("Maldives", [
    (101, "en", P, "Digital inclusion policy drafting started with UNDP, first draft expected mid-2025.",
     [PA("UNDP")], R3),
])
add("Mongolia", [
    (101, "en", P, "A study is being conducted on the digital divide to prepare an inclusion programme.", [],
     "A study towards it (rule 3)."),
])
add("Solomon Islands", [
    (44, "en", P,
     "Not yet, but the Government is planning a national ID project with World Bank support, the "
     "feasibility study is completed.", [PA("World Bank")], "'Not yet' followed by a plan (rule 3 before rule 5)."),
])
add("Uganda", [(124, "en", I, "To be updated.", [], NI)])
add("Zambia", [(95, "und", I, "…", [], NI)])
add("Bhutan", [(62, "en", I, "Budget details are available with the Ministry of Finance.",
                 [(G, "Ministry of Finance")], "The answer defers; no evidence either way.")])
add("Fiji", [(109, "en", I, "Refer to Q105.", [], SEE)])
add("Nepal", [(34, "en", I, "Information is being collected from Ministry of Home Affairs.",
                [(G, "Ministry of Home Affairs")], NI)])
add("Bangladesh", [(34, "en", I, "Bangladesh is one of the most disaster-prone country in the world.", [], OFF)])
add("Ghana", [
    (54, "en", W,
     "The Right to Information Act, 2019 requires proactive disclosure, but no open data guideline has been "
     "issued.", [(L, "Right to Information Act, 2019")], "Provision inside a broader act, no open-data guideline (rule 1)."),
])
add("Grenada", [
    (34, "en", N, "We do not have a digital strategy for emergencies; NaDMA uses radio and SMS.",
     [(G, "NaDMA")], "Explicit absence of the asked strategy, no plan (rule 5)."),
])

add("Mexico", [
    (44, "es", P,
     "Se prevé implementar la CURP con datos biométricos como identidad digital; la reforma legal está en "
     "elaboración.", [], R3),
    (124, "es", I, "La Cancillería remitirá la información.", [(G, "Cancillería")], NI),
    (42, "es", E,
     "No existe una ley general de ciberseguridad; sin embargo, el Código Penal Federal tipifica delitos "
     "informáticos y la Guardia Nacional cuenta con una unidad de policía cibernética. Varias iniciativas "
     "de ley están pendientes en el Congreso.",
     [(L, "Código Penal Federal"), (G, "Guardia Nacional"), (G, "Congreso")],
     "No dedicated law, but operative provisions of an adopted code and a unit in operation (rules 2 and 4); "
     "the bills are further plans."),
])
add("Colombia", [
    (56, "es", P,
     "Está en elaboración un proyecto de ley de inteligencia artificial que el Gobierno radicará en el Congreso.",
     [(G, "Congreso")], BILL),
])
add("Costa Rica", [
    (44, "es", P, "Está en elaboración la estrategia de identidad digital; se espera su aprobación en 2025.", [], R3),
])
add("Uruguay", [
    (122, "es", P, "Se incorporará la variable género en la próxima encuesta de satisfacción.", [], R3),
])
add("Panama", [
    (103, "es", P, "El plan de participación digital se encuentra en consulta pública.", [], R3),
])
add("El Salvador", [
    (44, "es", P, "La identidad digital será lanzada el próximo año por la Secretaría de Innovación.",
     [(G, "Secretaría de Innovación")], R3),
])
add("Equatorial Guinea", [
    (42, "es", P, "Se prevé aprobar una ley de ciberseguridad; el texto está en elaboración.", [], R3),
])
add("Peru", [(34, "es", I, "Se consultará con el INDECI.", [(G, "INDECI")], NI)])
add("Argentina", [
    (116, "es", I, "El Estado argentino trabaja en la mejora continua de sus servicios digitales.", [], OFF),
])
add("Venezuela", [(103, "es", N, "No existe una política de participación electrónica.", [], NIP)])
add("Ecuador", [
    (111, "es", W,
     "El Plan de Creación de Oportunidades menciona la alfabetización digital de las mujeres, pero sin "
     "acciones específicas.", [(POL, "Plan de Creación de Oportunidades")], R1),
])

add("Senegal", [
    (40, "fr", E,
     "La loi n° 2008-12 est en vigueur ; un projet de loi de révision sera adopté prochainement.",
     [(L, "loi n° 2008-12")], R2P),
])
add("Niger", [(44, "fr", P, "Le système d'identité numérique est en cours de validation par le gouvernement.", [], R3)])
add("Congo", [
    (44, "fr", P, "Le projet d'identification unique sera lancé en 2025 avec l'appui de la Banque mondiale.",
     [PA("Banque mondiale", "World Bank")], R3),
])
add("Mali", [(58, "fr", P, "Une stratégie nationale de l'IA est en cours d'élaboration ; l'éthique y sera traitée.",
               [], R3)])
add("Gabon", [
    (52, "fr", P, "Le projet de loi sur la gouvernance des données sera soumis au Conseil des ministres.",
     [(G, "Conseil des ministres")], BILL),
])
add("Madagascar", [
    (44, "fr", P, "Le programme d'identité numérique est prévu pour 2025 ; le cadre légal est à l'étude.", [], R3),
])
add("Burundi", [(58, "fr", P, "Des réflexions sont en cours sur l'usage responsable de l'IA.", [], R3)])
add("Chad", [(105, "fr", I, "Idem.", [], SEE)])
add("Morocco", [(95, "fr", I, "Non renseigné à ce stade.", [], NI)])
add("Côte d'Ivoire", [
    (99, "fr", I, "Le gouvernement accorde une grande importance au suivi de sa stratégie.", [],
     "General statement with no evidence of a tool (rule 5)."),
    (54, "fr", W,
     "La loi relative à l'accès à l'information d'intérêt public impose la publication de certaines "
     "informations, mais aucun cadre sur les données ouvertes n'a été adopté.",
     [(L, "loi relative à l'accès à l'information d'intérêt public")],
     "Provision inside a broader law, no open-data framework (rule 1)."),
])
add("Haiti", [(58, "fr", N, "Aucun texte n'existe sur ce sujet.", [], NIP)])

add("Brazil", [
    (58, "pt", P,
     "O projeto de lei sobre inteligência artificial, aprovado no Senado Federal, aguarda votação na Câmara "
     "dos Deputados.", [(G, "Senado Federal"), (G, "Câmara dos Deputados")], "Passed one chamber only (rule 3)."),
    (62, "pt", I, "Os valores dependem de cada órgão; não há número consolidado.", [], NI),
    (44, "pt", E,
     "Sim. A Lei nº 14.534/2023 adotou o CPF como número único de identificação, e a Carteira de Identidade "
     "Nacional é emitida pelos estados. A conta gov.br oferece níveis de autenticação bronze, prata e ouro.",
     [(L, "Lei nº 14.534/2023"), (PO, "Carteira de Identidade Nacional"), (U, "gov.br")], R2),
])
add("Portugal", [
    (58, "pt", P, "Está prevista a publicação de orientações para o uso ético da IA na Administração Pública.",
     [], R3),
    (119, "pt", I, "Ver resposta anterior.", [], SEE),
])
add("Mozambique", [(40, "pt", P, "A proposta de lei de proteção de dados pessoais está em elaboração.", [], R3)])
add("Angola", [(56, "pt", P, "Está em estudo um quadro regulatório para a inteligência artificial.", [],
                 "A study towards it (rule 3).")])
add("Cabo Verde", [
    (101, "pt", W, "A inclusão digital consta como objetivo da Agenda Digital, mas aguarda regulamentação.",
     [(POL, "Agenda Digital")], R1),
])

# ---------------------------------------------------------------- batch 6: more third-person sentences
add("Sri Lanka", [
    (85, "en", W,
     "Sri Lanka's digital economy blueprint names AI as a growth area but, according to the tracker, sets "
     "out no implementing measures.", [], R1),
])
add("Philippines", [
    (101, "en", W,
     "In the Philippines, digital inclusion appears as an objective of the national broadband plan; "
     "analysts note there is no dedicated policy or implementation guideline.", [], R1),
])
add("Pakistan", [
    (70, "en", W, "Pakistan's digital policy refers to citizen engagement online only in passing, with no "
     "follow-up guidance.", [], R1),
])
add("Ethiopia", [
    (88, "en", W, "Ethiopia's Digital Ethiopia 2025 strategy cites 5G among future technologies, without a "
     "deployment roadmap.", [(POL, "Digital Ethiopia 2025")], R1),
])
add("Cambodia", [
    (87, "en", W, "Cambodia's digital economy framework mentions blockchain, but the report found no guidance "
     "on its use in government.", [], R1),
])
add("Azerbaijan", [
    (89, "en", W, "Azerbaijan lists the Internet of Things as a priority in its digital development concept, "
     "with no implementation detail.", [], R1),
])
add("Kyrgyzstan", [
    (74, "en", W, "Kyrgyzstan's digital transformation concept refers to a digital ID as a goal; the tracker "
     "records no implementing regulation.", [], R1),
])
add("Jamaica", [
    (82, "en", W, "Jamaica's ICT policy commits to inclusive design in broad terms only.", [], R4),
])
add("Tonga", [
    (101, "en", W, "Tonga's digital government strategy mentions outer-island connectivity, but no "
     "implementation plan has been published.", [], R1),
    (58, "en", N, "Tonga has no rules on the use of AI in government.", [], NIP),
])
add("Vanuatu", [
    (76, "en", W, "Vanuatu's strategy notes a digital-first principle without guidance for agencies.", [], R1),
])
add("Kazakhstan", [
    (95, "en", I, "The profile does not say whether foresight methods are used.", [], NI),
])
add("Georgia", [
    (122, "en", I, "No figures were published for this indicator.", [], NI),
])
add("Tunisia", [
    (85, "fr", W, "En Tunisie, l'intelligence artificielle est citée dans la stratégie numérique nationale, "
     "mais aucun texte d'application n'a suivi.", [], R1),
    (48, "fr", E, "La Tunisie impose depuis 2019 le recours au système TUNEPS pour les achats publics.",
     [(PO, "TUNEPS")], R2),
])
add("Cameroon", [
    (101, "fr", W, "Au Cameroun, l'inclusion numérique figure dans la stratégie nationale de développement, "
     "sans plan d'action spécifique.", [], R1),
])
add("Burkina Faso", [
    (78, "fr", W, "Au Burkina Faso, le principe « dites-le-nous une fois » est affirmé dans la stratégie, "
     "sans référentiel technique pour l'appliquer.", [], R1),
])
add("Madagascar", [
    (88, "fr", W, "Madagascar évoque la 5G dans sa politique numérique, sans calendrier ni cadre réglementaire.",
     [], R1),
])
add("Togo", [
    (72, "fr", W, "Au Togo, la gouvernance des données est mentionnée dans la stratégie, sans cadre de "
     "référence pour la mettre en œuvre.", [], R1),
])
add("Haiti", [
    (62, "fr", I, "Les chiffres du budget consacré au numérique en Haïti n'ont pas pu être obtenus.", [], NI),
])
add("Bolivia", [
    (101, "es", W, "En Bolivia, la inclusión digital figura entre los objetivos del plan de desarrollo, pero "
     "el informe no identifica lineamientos para su aplicación.", [], R1),
])
add("Guatemala", [
    (70, "es", W, "Guatemala menciona la participación ciudadana digital en su agenda de gobierno digital, "
     "sin mecanismos definidos.", [], R1),
])
add("Honduras", [
    (88, "es", W, "Honduras incluye la 5G en su agenda digital únicamente como objetivo general.", [], R4),
])
add("Paraguay", [
    (89, "es", W, "Paraguay cita el internet de las cosas en su agenda digital, sin reglamentación ni "
     "proyectos asociados.", [], R1),
])
add("Dominican Republic", [
    (78, "es", W, "La República Dominicana enuncia el principio de solo una vez en su agenda digital, aunque "
     "no existe una norma que lo haga obligatorio.", [], R1),
])
add("Cuba", [(95, "es", I, "El informe no aborda este punto para Cuba.", [], NI)])
add("Nicaragua", [(103, "es", N, "Nicaragua no cuenta con una política de participación electrónica.", [], NIP)])
add("Peru", [
    (48, "es", E, "En el Perú, las compras públicas se realizan a través del SEACE, administrado por el OSCE.",
     [(PO, "SEACE"), (G, "OSCE")], R2),
])

# === END OF DATA ===


def load_questions(out_name: str = OUT_NAME) -> dict[int, str]:
    """Question text per question_id, from the other training files (same id, same text)."""
    texts: dict[int, str] = {}
    for path in sorted(glob.glob(os.path.join(TRAIN, "*.jsonl"))):
        if os.path.basename(path) == out_name:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                texts.setdefault(r["question_id"], r["question"])
    for qid, text in EXTRA_QUESTIONS.items():
        texts.setdefault(qid, text)
    return texts


def _boundary_ok(text: str, i: int, j: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def locate(text: str, ents: list[tuple], rid: str) -> list[dict]:
    """Entity dicts with offsets; each surface is placed at its first free, word-bounded match."""
    placed: list[dict] = []
    for ent in ents:
        label, surface = ent[0], ent[1]
        canonical = ent[2] if len(ent) > 2 else None
        if label not in LABELS:
            raise ValueError(f"{rid}: bad label {label}")
        if (label == "PARTNER") != bool(canonical):
            raise ValueError(f"{rid}: canonical is required for PARTNER and only for it ({surface!r})")
        found = None
        start = 0
        while (i := text.find(surface, start)) >= 0:
            j = i + len(surface)
            free = all(j <= p["start"] or i >= p["end"] for p in placed)
            if free and _boundary_ok(text, i, j):
                found = (i, j)
                break
            start = i + 1
        if not found:
            raise ValueError(f"{rid}: entity {surface!r} not found (free, word-bounded) in {text!r}")
        d = {"start": found[0], "end": found[1], "label": label, "text": surface}
        if canonical:
            d["canonical"] = canonical
        placed.append(d)
    placed.sort(key=lambda d: d["start"])
    for d in placed:  # every repeat of a tagged name must be tagged too
        k = text.find(d["text"])
        while k >= 0:
            e = k + len(d["text"])
            if _boundary_ok(text, k, e) and not any(
                    not (e <= p["start"] or k >= p["end"]) for p in placed):
                raise ValueError(f"{rid}: untagged repeat of {d['text']!r} at {k}")
            k = text.find(d["text"], k + 1)
    return placed


def build(data: list[tuple[str, list[tuple]]] = DATA, prefix: str = "team",
          out_name: str = OUT_NAME) -> list[dict]:
    """All records of `data`, numbered `{prefix}-0001`... in the order written."""
    questions = load_questions(out_name)
    records = []
    for country, rows in data:
        for qid, lang, status, text, ents, rationale in rows:
            rid = f"{prefix}-{len(records) + 1:04d}"
            if qid not in questions:
                raise ValueError(f"{rid}: no question text for Q{qid}")
            if text != text.strip() or "  " in text or "\n" in text:
                raise ValueError(f"{rid}: whitespace problem in {text!r}")
            if (status is None) != (qid in NULL_STATUS_QIDS):
                raise ValueError(f"{rid}: status {status!r} wrong for Q{qid}")
            records.append({
                "id": rid, "country": country, "year": 2024, "question_id": qid,
                "question": questions[qid], "text": text, "lang": lang, "status": status,
                "entities": locate(text, ents, rid), "rationale": rationale,
            })
    return records


def write_records(records: list[dict], out: str) -> int:
    """Write `records` to `out` (atomically) and print their counts; 1 if long texts repeat."""
    texts = Counter(r["text"] for r in records)
    dup = [t for t, n in texts.items() if n > 1 and len(t) > 30]
    if dup:
        print(f"duplicate long texts: {dup}", file=sys.stderr)
        return 1
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    print(f"wrote {len(records)} records to {out}")
    print("status:", dict(Counter(str(r["status"]) for r in records).most_common()))
    print("lang:  ", dict(Counter(r["lang"] for r in records).most_common()))
    print("labels:", dict(Counter(e["label"] for r in records for e in r["entities"]).most_common()))
    print("countries:", len({r["country"] for r in records}))
    print("with entities:", sum(bool(r["entities"]) for r in records))
    return 0


def main() -> int:
    return write_records(build(), OUT)


if __name__ == "__main__":
    sys.exit(main())
