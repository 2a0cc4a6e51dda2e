#!/usr/bin/env python3
"""Build data/training/answers-team-3.jsonl: team-written answers and report sentences (not real submissions).

Written in the writer's own words for phenomena the other files cover thinly, found
by reading errors on answers written for a spot check (benchmarks/data/status-fresh*.jsonl,
which are never trained on):
- the passage of bills: filed, approved by one chamber and sent to the other, stalled;
- topics listed among the objectives, pillars or priorities of a broader strategy, or a
  strategy that "refers to" / "mentions" a topic, with or without rules;
- absence said in other ways: "No X exists", "neither ... nor", "no se cuenta con",
  "has no plans to", "does not intend to";
- preparation said in other ways: talks started, "estamos empezando a", "would publish";
- operative law: a law that requires, obliges or regulates; services still online;
- third-person news and report register next to first-person answers.
Names of institutions, instruments, portals and URLs are often generic or invented;
they are training text, never data about a country.

Run: python3 data/build_team3.py   (then: python3 data/check.py)
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_team import (  # noqa: E402  (shared helpers and label shorthands of the team builder)
    BILL, NIP, NOTYET, PA, POL, PO, R1, R2, R3, SEE, E, G, I, L, N, P, U, W, build, write_records,
)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_NAME = "answers-team-3.jsonl"
OUT = os.path.join(HERE, "training", OUT_NAME)

ONE_CHAMBER = "A bill passed by one chamber only is still a bill (rule 3)."
OBLIGES = "A law in force that obliges or regulates: operative law (rule 4, enacted)."
ONLINE = "The service or portal is operating (rule 2)."
MENTION = "Only listed inside a broader strategy or plan, nothing dedicated (rule 4)."
ABSENT_MENTION = "No dedicated rules, only a mention in a broader strategy (convention 4)."
TALKS = "Talks or design work under way, nothing agreed or running yet (rule 3)."
NO_PLAN = "Explicit absence and explicitly no plan (rule 5)."
UNASSESSED = "The sentence says nothing about the thing itself (rule 5)."

DATA: list[tuple[str, list[tuple]]] = []


def add(country: str, rows: list[tuple]) -> None:
    """Register rows (qid, lang, status, text, entities, rationale) for one country."""
    DATA.append((country, rows))


# ======================================================================== DATA

add("Lesotho", [
    (40, "en", P,
     "Lesotho's National Assembly passed the Data Protection Amendment Bill in March; the Senate has not yet "
     "debated it.",
     [(G, "National Assembly"), (L, "Data Protection Amendment Bill"), (G, "Senate")], ONE_CHAMBER),
    (58, "en", N, "Lesotho has no rules on artificial intelligence and the government has no plans to draft any.",
     [], NO_PLAN),
])
add("Malawi", [
    (44, "en", E,
     "Malawi's National Registration Act requires every citizen aged 16 and over to hold a national ID card "
     "issued by the National Registration Bureau.",
     [(L, "National Registration Act"), (G, "National Registration Bureau")], OBLIGES),
    (85, "en", W,
     "Artificial intelligence is named among the priority areas of the Malawi Digital Economy Strategy, but "
     "the strategy contains no specific measures for it.",
     [(POL, "Malawi Digital Economy Strategy")], ABSENT_MENTION),
])
add("Belize", [
    (42, "en", P,
     "Several cybercrime bills have been introduced in Belize since 2019, none of which has reached a final vote.",
     [], BILL),
    (36, "en", E,
     "The COVID-19 information hub set up by the Ministry of Health and Wellness in 2020 is still online and "
     "now carries dengue alerts.",
     [(PO, "COVID-19 information hub"), (G, "Ministry of Health and Wellness")], ONLINE),
])
add("Suriname", [
    (56, "en", P,
     "Suriname has opened talks with the Inter-American Development Bank on support for a law on emerging "
     "technologies; no text has been agreed.",
     [PA("Inter-American Development Bank")], TALKS),
    (54, "en", N, "No open data law or policy exists in Suriname.", [], NIP),
])
add("Namibia", [
    (40, "en", P,
     "Namibia's cabinet approved the Data Protection Bill and referred it to Parliament, where it awaits its "
     "second reading.",
     [(L, "Data Protection Bill"), (G, "Parliament")], ONE_CHAMBER),
    (72, "en", W,
     "Namibia's Digital Strategy lists data governance as one of its six pillars; no data governance rules "
     "or guidance have followed.",
     [(POL, "Digital Strategy")], ABSENT_MENTION),
])
add("Eswatini", [
    (46, "en", E,
     "The Electronic Communications and Transactions Act of 2022 regulates electronic signatures and "
     "certification service providers in Eswatini.",
     [(L, "Electronic Communications and Transactions Act of 2022")], OBLIGES),
    (119, "en", N, "Not at present.", [], NIP),
])
add("Timor-Leste", [
    (44, "en", P,
     "Timor-Leste's government said it would introduce a unique digital identifier for citizens once the "
     "enabling decree-law is approved.",
     [], R3),
    (101, "en", W,
     "The Timor-Leste Digital Agenda refers to digital inclusion as a guiding principle but sets out no "
     "actions or guidelines for it.",
     [(POL, "Timor-Leste Digital Agenda")], ABSENT_MENTION),
])
add("Solomon Islands", [
    (58, "en", N,
     "The Solomon Islands neither regulates artificial intelligence nor intends to do so in the near term, "
     "officials said.",
     [], NO_PLAN),
    (123, "en", P,
     "Discussions have begun with UNDP on a digital government readiness assessment; nothing has been signed "
     "so far.",
     [PA("UNDP")], TALKS),
])
add("Kyrgyzstan", [
    (52, "en", E,
     "Kyrgyzstan's Law on Personal Information obliges state bodies to register their personal data "
     "databases with the data protection authority.",
     [(L, "Law on Personal Information")], OBLIGES),
    (56, "en", P,
     "A draft Digital Code passed its first reading in Kyrgyzstan's parliament and has been returned for "
     "revision.",
     [(L, "Digital Code")], ONE_CHAMBER),
])
add("Tajikistan", [
    (85, "en", W,
     "Artificial intelligence appears among the goals of Tajikistan's Concept of the Digital Economy, "
     "which gives no further detail.",
     [(POL, "Concept of the Digital Economy")], MENTION),
    (97, "en", N, "No regulatory sandbox is in place for public sector innovation.", [], NIP),
])
add("Montenegro", [
    (54, "en", E,
     "Montenegro's open data portal, data.gov.me, has been running since 2018 and lists datasets from "
     "ministries and municipalities.",
     [(U, "data.gov.me")], ONLINE),
    (58, "en", P,
     "The Ministry of Public Administration announced that it would put an AI strategy to public "
     "consultation in the autumn.",
     [(G, "Ministry of Public Administration")], R3),
])
add("North Macedonia", [
    (42, "en", P,
     "North Macedonia's Law on Security of Network and Information Systems was approved by the government "
     "and is now before the Assembly.",
     [(L, "Law on Security of Network and Information Systems"), (G, "Assembly")], ONE_CHAMBER),
    (118, "en", I, "The review did not examine whether usage statistics are collected.", [], UNASSESSED),
])
add("Bhutan", [
    (44, "en", E,
     "Bhutan's National Digital Identity Act, 2023 gives the national digital identity legal standing; "
     "the NDI wallet is in use.",
     [(L, "National Digital Identity Act, 2023"), (PO, "NDI wallet")], R2),
    (111, "en", W,
     "Digital skills feature among the objectives of the Digital Drukyul Flagship Programme, without a "
     "dedicated plan or guideline.",
     [(POL, "Digital Drukyul Flagship Programme")], MENTION),
])
add("Maldives", [
    (40, "en", P,
     "The Maldives' Personal Data Protection Bill remains with parliament's committee after public "
     "hearings ended last year.",
     [(L, "Personal Data Protection Bill")], BILL),
    (87, "en", N, "Blockchain is not covered by any law, strategy or plan, and none is being considered.", [], NO_PLAN),
])
add("Papua New Guinea", [
    (44, "en", E,
     "Papua New Guinea's SevisPass digital ID was launched in 2024 and is used to open bank accounts.",
     [(PO, "SevisPass")], R2),
])
add("Vanuatu", [
    (42, "en", N, "Vanuatu does not intend to adopt a cybersecurity law before the current strategy is reviewed.",
     [], NO_PLAN),
])
add("Haiti", [
    (101, "fr", W,
     "L'inclusion numérique figure parmi les objectifs du Plan stratégique de développement d'Haïti, sans "
     "mesures ni lignes directrices précises.",
     [(POL, "Plan stratégique de développement d'Haïti")], ABSENT_MENTION),
    (44, "fr", P,
     "Le ministère de l'Intérieur a commencé à concevoir un registre national d'identité numérique avec "
     "l'appui de la Banque mondiale.",
     [(G, "ministère de l'Intérieur"), PA("Banque mondiale", "World Bank")], R3),
])
add("Mali", [
    (42, "fr", P,
     "Un projet de loi sur la cybersécurité a été adopté en Conseil des ministres et transmis au Conseil "
     "national de Transition.",
     [(G, "Conseil des ministres"), (G, "Conseil national de Transition")], ONE_CHAMBER),
    (97, "fr", N, "Il n'existe aucun bac à sable réglementaire et aucun projet n'est envisagé.", [], NO_PLAN),
])
add("Niger", [
    (40, "fr", E,
     "La loi n° 2017-28 relative à la protection des données à caractère personnel oblige les responsables "
     "de traitement à déclarer leurs fichiers à la HAPDP.",
     [(L, "loi n° 2017-28 relative à la protection des données à caractère personnel"), (G, "HAPDP")], OBLIGES),
    (58, "fr", W,
     "La Stratégie nationale du numérique mentionne l'intelligence artificielle comme levier, mais ne "
     "prévoit aucune règle en la matière.",
     [(POL, "Stratégie nationale du numérique")], ABSENT_MENTION),
])
add("Burundi", [
    (119, "fr", N, "Non, pas à ce stade.", [], NIP),
    (123, "fr", P,
     "Des discussions ont débuté avec l'UIT pour un appui à la stratégie de cybersécurité ; aucun accord "
     "n'est encore signé.",
     [PA("UIT", "ITU")], TALKS),
])
add("Comores", [
    (54, "fr", N, "Les Comores n'ont ni loi ni politique sur les données ouvertes.", [], NIP),
])
add("Gabon", [
    (7, "fr", E, "Le portail des services publics (www.service-public.ga) est toujours en ligne et accessible.",
     [(PO, "portail des services publics"), (U, "www.service-public.ga")], ONLINE),
])
add("Guatemala", [
    (40, "es", P,
     "La iniciativa de ley de protección de datos personales fue aprobada en primera lectura por el "
     "Congreso y aún no ha sido votada en tercera lectura.",
     [(G, "Congreso")], ONE_CHAMBER),
    (87, "es", N, "No se cuenta con normativa sobre cadenas de bloques ni se prevé elaborarla.", [], NO_PLAN),
])
add("El Salvador", [
    (85, "es", W,
     "La Agenda Digital 2020-2030 incluye la inteligencia artificial entre sus ejes, pero no define acciones "
     "ni lineamientos.",
     [(POL, "Agenda Digital 2020-2030")], ABSENT_MENTION),
    (44, "es", E,
     "La Ley Especial del Registro Nacional de las Personas Naturales obliga a toda persona mayor de edad a "
     "portar el Documento Único de Identidad.",
     [(L, "Ley Especial del Registro Nacional de las Personas Naturales"), (PO, "Documento Único de Identidad")],
     OBLIGES),
])
add("Nicaragua", [
    (90, "es", P,
     "Estamos comenzando a diseñar, junto con el BID, un servicio proactivo de asignaciones familiares.",
     [PA("BID", "Inter-American Development Bank")], TALKS),
])
add("Bolivia", [
    (52, "es", N, "No contamos con una norma de gobernanza de datos ni está prevista.", [], NO_PLAN),
    (72, "es", W,
     "El Plan de Desarrollo Económico y Social menciona la gestión de datos como línea de acción, sin "
     "reglamentación específica.",
     [(POL, "Plan de Desarrollo Económico y Social")], ABSENT_MENTION),
])
add("Cuba", [
    (42, "es", E,
     "El Decreto-Ley 35 regula las telecomunicaciones y la seguridad de las redes; está vigente desde 2021.",
     [(L, "Decreto-Ley 35")], OBLIGES),
])
add("Venezuela", [
    (118, "es", I, "El informe no examinó si se recopilan estadísticas de uso.", [], UNASSESSED),
])
add("República Dominicana", [
    (56, "es", P,
     "El Senado aprobó el proyecto de ley de ciberseguridad, que pasa ahora a la Cámara de Diputados.",
     [(G, "Senado"), (G, "Cámara de Diputados")], ONE_CHAMBER),
])
add("Mozambique", [
    (58, "pt", W,
     "A Política para a Sociedade da Informação refere a inteligência artificial como área estratégica, "
     "sem diretrizes de implementação.",
     [(POL, "Política para a Sociedade da Informação")], ABSENT_MENTION),
    (40, "pt", P,
     "A proposta de lei de proteção de dados pessoais foi aprovada pelo Conselho de Ministros e aguarda "
     "debate na Assembleia da República.",
     [(G, "Conselho de Ministros"), (G, "Assembleia da República")], ONE_CHAMBER),
])
add("Cabo Verde", [
    (7, "pt", E, "O portal Porton di Nos Ilha continua em funcionamento: https://portondinosilha.cv",
     [(PO, "Porton di Nos Ilha"), (U, "https://portondinosilha.cv")], ONLINE),
])
add("Georgia", [
    (38, "en", E,
     "The General Administrative Code requires public institutions to release public information within "
     "ten days of a request.",
     [(L, "General Administrative Code")], OBLIGES),
    (119, "en", N, "Not at this point in time.", [], NIP),
])
add("Armenia", [
    (58, "en", P,
     "Armenia's Ministry of High-Tech Industry has said it will present an AI strategy to the government "
     "next year.",
     [(G, "Ministry of High-Tech Industry")], R3),
    (109, "en", I, "See the reply given for question 107.", [], SEE),
])
add("Azerbaijan", [
    (85, "en", W,
     "The national digital transformation strategy cites artificial intelligence as a priority, yet there are "
     "no implementing rules.",
     [], R1),
])
add("Sierra Leone", [
    (44, "en", E,
     "Sierra Leone's National Civil Registration Act established the National Civil Registration Authority, "
     "which issues the national identification number.",
     [(L, "National Civil Registration Act"), (G, "National Civil Registration Authority")], OBLIGES),
    (56, "en", N, "Sierra Leone has not adopted any law on emerging technologies and none is planned.", [], NO_PLAN),
])
add("Liberia", [
    (40, "en", P,
     "Liberia's data protection bill was validated at a stakeholder workshop and is expected to go to the "
     "Legislature next session.",
     [(G, "Legislature")], BILL),
    (121, "en", N, "Not yet.", [], NOTYET),
])

add("Zimbabwe", [
    (40, "en", E,
     "Zimbabwe's Data Protection Act has been in force since 2021; the regulator says the implementing "
     "regulations on licensing of controllers are still being finalised.",
     [(L, "Data Protection Act")], "Adopted law waiting for its implementing regulation (settled case)."),
    (46, "en", E,
     "Electronic signatures have had legal effect in Zimbabwe since the Cyber and Data Protection Act took "
     "effect, and the ICT ministry is now drafting rules on trust service providers.",
     [(L, "Cyber and Data Protection Act")], "In force; further rules in preparation do not change that (rule 2)."),
])
add("Côte d'Ivoire", [
    (44, "fr", E,
     "La loi sur l'identification des personnes a été promulguée en 2023, mais ses décrets d'application ne "
     "sont pas encore publiés.",
     [(L, "loi sur l'identification des personnes")], "Adopted law waiting for its implementing decrees (settled case)."),
    (123, "fr", I,
     "Le rapport ne dit pas si la Côte d'Ivoire mène des projets numériques avec des agences des Nations Unies.",
     [], UNASSESSED),
])
add("Honduras", [
    (40, "es", E,
     "La Ley de Protección de Datos Personales fue publicada en el Diario Oficial en 2024; su reglamento aún "
     "no ha sido emitido.",
     [(L, "Ley de Protección de Datos Personales")], "Adopted law waiting for its implementing regulation (settled case)."),
    (114, "es", N, "En Honduras no existen normas ni guías sobre el uso de redes sociales por funcionarios.", [], NIP),
])
add("Fiji", [
    (42, "en", E,
     "Fiji's Cybercrime Act received presidential assent in 2021 but only commenced two years later.",
     [(L, "Cybercrime Act")], "Assented and commenced: in force (rule 2)."),
    (56, "en", N,
     "Fiji withdrew its draft emerging technologies bill in 2022 and the ministry has ruled out a new one.",
     [], NO_PLAN),
])
add("Trinidad and Tobago", [
    (40, "en", E,
     "Trinidad and Tobago's Data Protection Act was passed in 2011, yet only some of its sections have been "
     "proclaimed; a commencement date for the rest is awaited.",
     [(L, "Data Protection Act")], "Adopted law partly commenced (settled case: enacted)."),
    (123, "en", I,
     "The country review does not say whether Trinidad and Tobago has ongoing digital projects with UN agencies.",
     [], UNASSESSED),
])
add("Gambia", [
    (89, "en", N,
     "The Gambia's digital economy master plan deliberately excludes the Internet of Things, and no "
     "separate work on it is planned.",
     [], "A broader plan that explicitly leaves the topic out (settled case)."),
    (118, "en", E,
     "The Gambia's public utilities regulator publishes a yearly report with the number of users of online "
     "government services.",
     [], "A practice carried out every year: in place (rule 2)."),
])
add("Uzbekistan", [
    (8, "en", E,
     "Uzbekistan's single portal of interactive public services now allows citizens to apply for more than "
     "300 services online.",
     [(PO, "single portal of interactive public services")], ONLINE),
    (97, "en", N,
     "Nowhere in Uzbekistan's digital strategy is a regulatory sandbox for the public sector foreseen.",
     [], NIP),
])
add("Burkina Faso", [
    (8, "fr", E,
     "Le portail e-services du Burkina Faso permet désormais de demander en ligne un extrait d'acte de naissance.",
     [(PO, "portail e-services")], ONLINE),
    (85, "fr", W,
     "La Stratégie nationale de développement de l'économie numérique, adoptée par décret, cite "
     "l'intelligence artificielle parmi ses axes prioritaires, sans directive de mise en œuvre.",
     [(POL, "Stratégie nationale de développement de l'économie numérique")],
     "Objective of a strategy approved by decree, no guideline (settled case)."),
])

add("Sao Tome and Principe", [
    (87, "en", N,
     "Sao Tome and Principe's digital transformation plan covers connectivity and e-services but leaves "
     "blockchain out altogether.",
     [], "A broader plan that explicitly leaves the topic out (settled case)."),
    (97, "en", N,
     "The central bank of Sao Tome and Principe has ruled out a regulatory sandbox for the time being.",
     [], NO_PLAN),
])
add("Nauru", [
    (42, "en", N, "Nauru still has no cybersecurity legislation, and none is in sight.", [], NO_PLAN),
    (89, "en", W,
     "The Nauru ICT masterplan mentions smart sensors once, as a long-term goal, with no timeline or rules.",
     [(POL, "Nauru ICT masterplan")], MENTION),
])
add("Palau", [
    (88, "en", W,
     "Palau's national broadband policy lists 5G as one of its long-term action areas but sets no targets.",
     [(POL, "national broadband policy")], ABSENT_MENTION),
])
add("Djibouti", [
    (46, "fr", E,
     "Djibouti s'est doté en 2022 d'une loi sur les transactions électroniques ; le décret d'application sur "
     "les prestataires de certification est encore en préparation.",
     [(L, "loi sur les transactions électroniques")], "Adopted law waiting for its implementing decree (settled case)."),
    (36, "fr", N,
     "Djibouti ne dispose d'aucune plateforme dédiée aux situations d'urgence ; l'information passe par la radio.",
     [], NIP),
    (8, "fr", E,
     "Le guichet unique de Djibouti a été mis en ligne et permet de créer une entreprise en 48 heures.",
     [(PO, "guichet unique")], ONLINE),
])
add("Paraguay", [
    (42, "es", P,
     "El Poder Ejecutivo vetó la ley de ciberdelitos y el ministerio prepara ahora un nuevo proyecto que prevé "
     "enviar al Congreso.",
     [(G, "Poder Ejecutivo"), (G, "Congreso")], "Vetoed, a new bill in preparation (rule 3)."),
    (87, "es", N,
     "La agenda digital de Paraguay deja fuera expresamente las cadenas de bloques.",
     [], "A broader plan that explicitly leaves the topic out (settled case)."),
])
add("Kiribati", [
    (124, "en", I,
     "In the regional profile of Kiribati, the box on cooperation with other partners was left blank.",
     [], UNASSESSED),
])

# === END OF DATA ===


def main() -> int:
    records = build(DATA, prefix="team3", out_name=OUT_NAME)
    return write_records(records, OUT)


if __name__ == "__main__":
    sys.exit(main())
