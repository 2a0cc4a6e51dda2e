#!/usr/bin/env python3
"""Build data/training/answers-team-2.jsonl: entity-rich team-written MSQ answers (not real submissions).

Written in the writer's own words to widen the training data where it is thin:
question numbers the other files cover little (portal links Q8-12, sectoral CIOs,
crisis, expenditure and open-data law, the strategy-reference questions Q64-93,
sandboxes, monitoring, inclusion and e-participation measures, social media,
usage and satisfaction, partnerships), with most answers naming 1-4 entities
(bodies, legal instruments, plans, portals, partners, URLs in varied positions).
Languages: English, French, Spanish, and a few Portuguese, German, Italian, Dutch.
Names of institutions, instruments, portals and URLs are often generic or invented;
they are training text, never data about a country.

Entity offsets are never typed: each record lists (label, surface[, canonical]) in
order of appearance and build_team.locate() computes the offsets (it also refuses an
untagged repeat of a tagged name). Question texts come from the other training files.

Run: python3 data/build_team2.py   (then: python3 data/check.py)
"""
from __future__ import annotations

import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_team import (  # noqa: E402  (shared helpers of the team builder)
    BILL, LINK, NI, NIP, NOTYET, PA, R1, R2, R2P, R3, R4, SEE, build, write_records,
)

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "training")
OUT_NAME = "answers-team-2.jsonl"
OUT = os.path.join(TRAIN, OUT_NAME)

E, P, W, N, I = ("enacted", "planned", "provision_without_guidelines",
                 "not_in_place", "no_information")
G, L, POL, PO, U = "GOV_ORG", "LAW", "POLICY", "PORTAL", "URL"

# Rationales used many times (the shared ones come from build_team).
PORT = "Portal named or linked: it is online (rule 2)."
MENTION = "Mentioned in the broader strategy only, nothing dedicated (rule 4)."
ABSENT_STRAT = "The strategy explicitly leaves the topic out, no plan given (settled case)."
ALIGN = "Alignment stated (convention: alignment questions)."
DEDICATED = "A dedicated instrument in force for the topic, beyond a strategy mention (rule 2)."
DRAFT_STRAT = "Mention inside a strategy that is itself still a draft (settled case)."
MENTION_PREP = "Mention plus a dedicated instrument under preparation (convention 3)."
COOP = "Cooperation under way (rule 2)."
UNAVAIL = "The information is unavailable, not the thing (rule 5)."
OFF = "The text does not address the question (rule 5)."
ABSENT_PLAN = "Explicit absence but a plan is given: the plan wins (convention 4)."
ABSENT_MENTION = "Explicit absence of a dedicated instrument, but covered by a broader strategy (convention 4)."

DATA: list[tuple[str, list[tuple]]] = []


def add(country: str, rows: list[tuple]) -> None:
    """Register rows (qid, lang, status, text, entities, rationale) for one country."""
    DATA.append((country, rows))


# ======================================================================== DATA

# ---------------------------------------------------------------- batch 1
add("Lithuania", [
    (10, "en", E,
     "The open data portal is run by the State Data Agency: https://data.gov.lt",
     [(G, "State Data Agency"), (U, "https://data.gov.lt")], PORT),
    (11, "en", E,
     "Central Public Procurement Information System (CVP IS), available at https://pirkimai.eviesiejipirkimai.lt.",
     [(PO, "Central Public Procurement Information System"), (PO, "CVP IS"),
      (U, "https://pirkimai.eviesiejipirkimai.lt")], PORT),
    (99, "en", E,
     "Progress of the Digital Transformation Programme is tracked on a public dashboard maintained by the "
     "Ministry of the Economy and Innovation (https://eimin.lrv.lt/digital-dashboard), updated quarterly.",
     [(POL, "Digital Transformation Programme"), (G, "Ministry of the Economy and Innovation"),
      (U, "https://eimin.lrv.lt/digital-dashboard")], R2),
    (78, "en", W,
     "The once-only principle is listed among the guiding principles of the Digital Transformation Programme; "
     "no implementing rules have been adopted so far.",
     [(POL, "Digital Transformation Programme")], R1),
    (122, "en", N, "No, the satisfaction survey does not record the gender of respondents.", [], NIP),
])

add("Croatia", [
    (9, "en", E,
     "e-Savjetovanja, the central public consultation portal (https://esavjetovanja.gov.hr), operated by the "
     "Government Office for Cooperation with NGOs.",
     [(PO, "e-Savjetovanja"), (U, "https://esavjetovanja.gov.hr"),
      (G, "Government Office for Cooperation with NGOs")], PORT),
    (66, "en", E,
     "Yes. The National Development Strategy 2030 was prepared with reference to the 2030 Agenda, and the "
     "digital transition chapter takes over the relevant targets.",
     [(POL, "National Development Strategy 2030")], ALIGN),
    (93, "en", E,
     "The strategy follows the targets of the Digital Decade Policy Programme 2030 of the European Union.",
     [(POL, "Digital Decade Policy Programme 2030"), PA("European Union")], ALIGN),
    (89, "en", N, "The Digital Croatia Strategy 2032 does not cover the Internet of Things.",
     [(POL, "Digital Croatia Strategy 2032")], ABSENT_STRAT),
    (118, "en", I, "Information to be provided by the Central State Office for the Development of the Digital Society.",
     [(G, "Central State Office for the Development of the Digital Society")], NI),
])

add("Montenegro", [
    (20, "en", P,
     "Not yet. The Ministry of Public Administration is preparing the draft Decree on IT Officers in State "
     "Administration Bodies, planned for adoption by the Government in 2025.",
     [(G, "Ministry of Public Administration"), (L, "Decree on IT Officers in State Administration Bodies")],
     "Decree under preparation, not adopted (rule 3)."),
    (54, "en", W,
     "The Law on Free Access to Information refers to re-use of public data in one article, but there is no "
     "regulation on formats, licences or publication of open data yet.",
     [(L, "Law on Free Access to Information")], R1),
    (97, "en", N, "No regulatory sandboxes are in place.", [], NIP),
    (124, "en", E,
     "Cooperation with the e-Governance Academy on interoperability and with USAID on cybersecurity capacity "
     "building.",
     [PA("e-Governance Academy"), PA("USAID")], COOP),
])

add("Saint Lucia", [
    (36, "en", E,
     "The National Emergency Management Organisation (NEMO) publishes alerts and shelter information on "
     "https://nemo.gov.lc and through the NEMO Alert app.",
     [(G, "National Emergency Management Organisation"), (G, "NEMO"), (U, "https://nemo.gov.lc"),
      (PO, "NEMO Alert")], PORT),
    (34, "en", W,
     "Disaster response is one pillar of the National ICT Policy, but no separate digital crisis strategy or "
     "guideline has been prepared.",
     [(POL, "National ICT Policy")], R1),
    (114, "en", P,
     "The Social Media Policy for the Public Service is being drafted by the Department of Public Service; "
     "consultation with ministries is ongoing.",
     [(POL, "Social Media Policy for the Public Service"), (G, "Department of Public Service")], R3),
    (122, "und", I, "N/A", [], NI),
])

add("Kiribati", [
    (7, "en", E, "The Government portal is at https://www.president.gov.ki; a single services portal is planned.",
     [(U, "https://www.president.gov.ki")], R2P),
    (105, "en", E,
     "Yes. Under the Kiribati Connectivity Project community access points were opened on outer islands with "
     "support from the World Bank, giving free access to online services.",
     [(POL, "Kiribati Connectivity Project"), PA("World Bank")], R2),
    (68, "en", N,
     "No. Island councils do not have e-government strategies and the national plan does not address them.",
     [], NIP),
    (125, "en", P,
     "The Ministry of Information, Communications and Transport intends to draft a Digital Government "
     "Roadmap in 2025 with technical assistance from ITU.",
     [(G, "Ministry of Information, Communications and Transport"), PA("ITU")],
     "Only intention to prepare (rule 3)."),
])

add("Belize", [
    (50, "en", E,
     "The Finance and Audit (Reform) Act 2005 requires quarterly budget reports, and the Ministry of Finance "
     "publishes them online at https://www.mof.gov.bz/budget.",
     [(L, "Finance and Audit (Reform) Act 2005"), (G, "Ministry of Finance"), (U, "https://www.mof.gov.bz/budget")],
     R2),
    (87, "en", W,
     "Blockchain is named as a technology to explore in the Belize Digital Transformation Strategy, without any "
     "implementation detail.",
     [(POL, "Belize Digital Transformation Strategy")], R1),
    (113, "en", E,
     "Yes. The Government Press Office uses Facebook and YouTube for e-information; consultations on draft bills "
     "are also announced there.",
     [(G, "Government Press Office")], R2),
    (109, "en", I, "To be confirmed.", [], NI),
])

add("Mauritius", [
    (12, "en", E,
     "MNIS (Mauritius National Identity Scheme) and the e-Licensing platform: https://elicensing.govmu.org",
     [(PO, "MNIS"), (PO, "Mauritius National Identity Scheme"), (PO, "e-Licensing"),
      (U, "https://elicensing.govmu.org")], PORT),
    (97, "en", E,
     "The Economic Development Board operates the Regulatory Sandbox Licence scheme, allowing fintech and other innovative "
     "projects to be tested under agreed conditions.",
     [(G, "Economic Development Board"), (POL, "Regulatory Sandbox Licence")], R2),
    (86, "fr", W,
     "La robotique est citée dans le Digital Mauritius 2030 Strategic Plan parmi les technologies d'avenir, sans "
     "mesure précise.",
     [(POL, "Digital Mauritius 2030 Strategic Plan")], R4),
    (121, "en", P,
     "A citizen satisfaction module for the Citizen Support Portal is under development by the Ministry of "
     "Information Technology, Communication and Innovation.",
     [(PO, "Citizen Support Portal"), (G, "Ministry of Information Technology, Communication and Innovation")], R3),
])

add("Nauru", [
    (40, "en", N, "Nauru has no data protection legislation at present.", [], NIP),
    (36, "en", N, "Nil.", [], "'Nil' said of the thing asked about (settled case)."),
    (124, "en", E,
     "The Government of Australia supports our ICT Department through the Pacific Cable programme; we also "
     "work with the Pacific Community (SPC) on statistics systems.",
     [PA("Government of Australia", "Australia"), (G, "ICT Department"), (POL, "Pacific Cable"),
      PA("Pacific Community"), PA("SPC", "Pacific Community")], COOP),
    (80, "en", I, "No data.", [], NI),
])

add("Somalia", [
    (44, "en", P,
     "The National Identification and Registration Authority (NIRA) has prepared a draft regulation on "
     "digital ID, which is with the Cabinet for approval.",
     [(G, "National Identification and Registration Authority"), (G, "NIRA"), (G, "Cabinet")], R3),
    (11, "en", P,
     "An e-procurement module is being developed for the Somalia Financial Management Information System "
     "(SFMIS) with World Bank financing.",
     [(PO, "Somalia Financial Management Information System"), (PO, "SFMIS"), PA("World Bank")], R3),
    (64, "en", E,
     "Yes, the National ICT Policy and Strategy is aligned with the Ninth National Development Plan (NDP-9) and "
     "its implementation matrix.",
     [(POL, "National ICT Policy and Strategy"), (POL, "Ninth National Development Plan"), (POL, "NDP-9")], ALIGN),
    (116, "en", N, "No such information is published.", [], NIP),
])

add("Yemen", [
    (99, "en", I, "Please refer to the Ministry of Planning and International Cooperation.",
     [(G, "Ministry of Planning and International Cooperation")], SEE),
    (123, "en", E,
     "UNDP supports the digitisation of civil registry records in three governorates, and UNICEF supports "
     "birth registration.",
     [PA("UNDP"), PA("UNICEF")], COOP),
    (34, "en", N, "There is no digital strategy for crisis response.", [], NIP),
])

add("Comoros", [
    (8, "fr", P,
     "Le portail des e-services est en cours de développement par l'Agence Nationale de Développement du "
     "Numérique (ANADEN), dans le cadre du projet Comores Numérique.",
     [(G, "Agence Nationale de Développement du Numérique"), (G, "ANADEN"), (POL, "Comores Numérique")], R3),
    (42, "fr", E,
     "Loi n° 21-012/AU du 25 juin 2021 relative à la cybersécurité et à la lutte contre la cybercriminalité.",
     [(L, "Loi n° 21-012/AU du 25 juin 2021 relative à la cybersécurité et à la lutte contre la cybercriminalité")],
     R2),
    (74, "fr", W,
     "Le Plan Comores Numérique 2028 mentionne l'identité numérique comme un objectif, sans texte d'application.",
     [(POL, "Plan Comores Numérique 2028")], R1),
    (113, "fr", E,
     "Oui, la page Facebook du Gouvernement sert à l'information du public.", [], R2),
    (95, "fr", I, "Non renseigné.", [], NI),
])

add("Djibouti", [
    (12, "fr", E,
     "Guichet unique de création d'entreprise (https://www.guichetunique.dj) et plateforme de paiement des "
     "impôts e-Tax.",
     [(U, "https://www.guichetunique.dj"), (PO, "e-Tax")], PORT),
    (20, "fr", E,
     "Oui. Le décret n° 2022-041/PR/MCENI a créé des cellules informatiques dans chaque ministère, coordonnées "
     "par le Ministère de l'Économie Numérique et de l'Innovation.",
     [(L, "décret n° 2022-041/PR/MCENI"), (G, "Ministère de l'Économie Numérique et de l'Innovation")],
     "Positions created by an adopted decree (rule 2)."),
    (54, "fr", P,
     "Un avant-projet de loi sur les données ouvertes est en cours de rédaction avec l'appui de la Banque "
     "mondiale.",
     [PA("Banque mondiale", "World Bank")], R3),
    (82, "fr", N, "Non, la stratégie ne traite pas de l'inclusion dès la conception.", [], ABSENT_STRAT),
    (107, "fr", N, "Aucun e-service spécifique n'existe pour ces groupes.", [], NIP),
])

add("Burundi", [
    (10, "fr", N, "Il n'existe pas de portail de données ouvertes.", [], NIP),
    (36, "fr", I, "Voir la réponse à la question 34.", [], SEE),
    (64, "fr", E,
     "Oui. La Politique Nationale de Développement des TIC est alignée sur le Plan National de Développement "
     "du Burundi 2018-2027 (PND Burundi 2018-2027).",
     [(POL, "Politique Nationale de Développement des TIC"), (POL, "Plan National de Développement du Burundi 2018-2027"),
      (POL, "PND Burundi 2018-2027")], ALIGN),
    (111, "fr", E,
     "Le Ministère de la Communication, des Technologies de l'Information et des Médias organise avec "
     "ONU Femmes des formations en compétences numériques pour les jeunes filles.",
     [(G, "Ministère de la Communication, des Technologies de l'Information et des Médias"),
      PA("ONU Femmes", "UN Women")], R2),
])

add("Monaco", [
    (8, "fr", E, "Les démarches en ligne sont accessibles sur https://monservicepublic.gouv.mc.",
     [(U, "https://monservicepublic.gouv.mc")], PORT),
    (76, "fr", W,
     "Oui : le principe « numérique par défaut » figure parmi les principes du Programme Extended Monaco, piloté "
     "par la Délégation Interministérielle chargée de la Transition Numérique.",
     [(POL, "Programme Extended Monaco"), (G, "Délégation Interministérielle chargée de la Transition Numérique")],
     MENTION),
    (56, "fr", I, "Sans objet.", [], NI),
])

add("Belgium", [
    (9, "fr", E,
     "Pas de portail fédéral unique ; les consultations régionales passent par https://participation.brussels "
     "et la plateforme Wallonie Participe.",
     [(U, "https://participation.brussels"), (PO, "Wallonie Participe")], PORT),
    (72, "fr", P,
     "Un cadre fédéral de gouvernance des données est en préparation au sein du SPF Stratégie et Appui (BOSA) ; "
     "la stratégie actuelle ne l'aborde pas encore.",
     [(G, "SPF Stratégie et Appui"), (G, "BOSA")], R3),
    (78, "fr", E,
     "Oui. La loi du 5 mai 2014 garantissant le principe de la collecte unique des données est appliquée via "
     "le service d'intégration FSB.",
     [(L, "loi du 5 mai 2014 garantissant le principe de la collecte unique des données"), (PO, "FSB")],
     DEDICATED),
])

add("Algeria", [
    (50, "fr", W,
     "La loi organique n° 18-15 relative aux lois de finances pose le principe de transparence budgétaire, mais "
     "aucun texte ne précise encore la publication en ligne des dépenses.",
     [(L, "loi organique n° 18-15 relative aux lois de finances")], R1),
    (46, "fr", E,
     "Loi n° 15-04 du 1er février 2015 fixant les règles générales relatives à la signature et à la "
     "certification électroniques ; autorité : Autorité Gouvernementale de Certification Électronique (AGCE).",
     [(L, "Loi n° 15-04 du 1er février 2015 fixant les règles générales relatives à la signature et à la "
          "certification électroniques"), (G, "Autorité Gouvernementale de Certification Électronique"), (G, "AGCE")],
     R2),
    (88, "fr", W,
     "La 5G est évoquée dans la Stratégie Nationale de Transformation Numérique comme une priorité, sans feuille "
     "de route détaillée.",
     [(POL, "Stratégie Nationale de Transformation Numérique")], R1),
    (103, "fr", N, "Il n'existe pas de politique nationale de participation électronique.", [], NIP),
])

add("Cuba", [
    (11, "es", E, "Sí: https://www.compras.gob.cu, administrado por el Ministerio de Finanzas y Precios.",
     [(U, "https://www.compras.gob.cu"), (G, "Ministerio de Finanzas y Precios")], PORT),
    (84, "es", N,
     "La Política para la Transformación Digital menciona la digitalización progresiva de trámites, pero no fija "
     "ningún porcentaje.",
     [(POL, "Política para la Transformación Digital")], ABSENT_STRAT),
    (118, "es", E,
     "Sí. El Ministerio de Comunicaciones (MINCOM) recopila las estadísticas de uso del Portal del Ciudadano y "
     "las publica en su informe anual.",
     [(G, "Ministerio de Comunicaciones"), (G, "MINCOM"), (PO, "Portal del Ciudadano")], R2),
    (91, "es", N, "Ninguna otra.", [], "'Ninguna' said of the thing asked about (settled case)."),
])

add("Nicaragua", [
    (48, "es", E,
     "Ley N° 737, Ley de Contrataciones Administrativas del Sector Público; las compras se publican en "
     "https://www.nicaraguacompra.gob.ni",
     [(L, "Ley N° 737"), (L, "Ley de Contrataciones Administrativas del Sector Público"),
      (U, "https://www.nicaraguacompra.gob.ni")], R2),
    (105, "es", I, "Sin información.", [], NI),
    (66, "es", P,
     "La nueva Estrategia Nacional de Gobierno Digital, en elaboración, incluirá una matriz de vinculación con "
     "los ODS.",
     [(POL, "Estrategia Nacional de Gobierno Digital")], R3),
])

add("El Salvador", [
    (12, "es", E,
     "Además: Portal de Transparencia (https://www.transparencia.gob.sv) y la app DUI Digital.",
     [(PO, "Portal de Transparencia"), (U, "https://www.transparencia.gob.sv"), (PO, "DUI Digital")], PORT),
    (56, "es", E,
     "Sí. Ley de Fomento a la Innovación y Manufactura de Tecnologías, y la Ley Bitcoin (Decreto Legislativo "
     "N° 57) sobre activos digitales.",
     [(L, "Ley de Fomento a la Innovación y Manufactura de Tecnologías"), (L, "Ley Bitcoin"),
      (L, "Decreto Legislativo N° 57")], R2),
    (82, "es", W,
     "La Agenda Digital El Salvador 2020-2030 habla de servicios inclusivos en términos generales, sin guías de "
     "diseño accesible.",
     [(POL, "Agenda Digital El Salvador 2020-2030")], R1),
    (121, "es", E,
     "Sí, la Secretaría de Innovación de la Presidencia aplica una encuesta al cierre de cada trámite en "
     "https://www.tramites.gob.sv.",
     [(G, "Secretaría de Innovación de la Presidencia"), (U, "https://www.tramites.gob.sv")], R2),
])

add("Equatorial Guinea", [
    (7, "es", P,
     "Aún no hay portal nacional. El Ministerio de Transportes, Telecomunicaciones y Sistemas de Inteligencia "
     "Artificial prepara su lanzamiento para 2025.",
     [(G, "Ministerio de Transportes, Telecomunicaciones y Sistemas de Inteligencia Artificial")], ABSENT_PLAN),
    (40, "es", E,
     "Ley Núm. 1/2016, de 22 de julio, de Protección de Datos Personales.",
     [(L, "Ley Núm. 1/2016, de 22 de julio, de Protección de Datos Personales")], R2),
    (89, "es", I, "No aplica.", [], NI),
    (124, "es", E,
     "Cooperación con la República de Corea (KOICA) en la formación de funcionarios en TIC.",
     [PA("República de Corea", "Republic of Korea"), PA("KOICA")], COOP),
])

add("Spain", [
    (10, "es", E, "Catálogo nacional de datos abiertos: https://datos.gob.es",
     [(U, "https://datos.gob.es")], PORT),
    (97, "es", E,
     "Sí. El primer entorno controlado de pruebas para la IA se puso en marcha mediante el Real Decreto "
     "817/2023, bajo la supervisión de la Secretaría de Estado de Digitalización e Inteligencia Artificial.",
     [(L, "Real Decreto 817/2023"), (G, "Secretaría de Estado de Digitalización e Inteligencia Artificial")], R2),
    (68, "es", E,
     "Sí. El Plan de Digitalización de las Administraciones Públicas 2021-2025 incluye un eje de cooperación "
     "con comunidades autónomas y entidades locales, con fondos transferidos.",
     [(POL, "Plan de Digitalización de las Administraciones Públicas 2021-2025")], ALIGN),
    (114, "es", E,
     "Guía de comunicación digital para la Administración General del Estado, publicada en "
     "https://www.lamoncloa.gob.es/guia-redes.",
     [(POL, "Guía de comunicación digital para la Administración General del Estado"),
      (U, "https://www.lamoncloa.gob.es/guia-redes")], R2),
])

add("Uruguay", [
    (99, "es", E,
     "AGESIC publica el seguimiento de la Agenda Uruguay Digital 2025 en el Observatorio de la Sociedad de la "
     "Información.",
     [(G, "AGESIC"), (POL, "Agenda Uruguay Digital 2025"), (PO, "Observatorio de la Sociedad de la Información")], R2),
    (80, "es", W,
     "El Plan de Gobierno Digital 2025 menciona los servicios por eventos de vida, sin una metodología "
     "definida.",
     [(POL, "Plan de Gobierno Digital 2025")], R1),
    (107, "es", E,
     "Sí. El Ministerio de Desarrollo Social ofrece la solicitud en línea de prestaciones para personas con "
     "discapacidad en https://www.gub.uy/mides.",
     [(G, "Ministerio de Desarrollo Social"), (U, "https://www.gub.uy/mides")], R2),
])

add("Portugal", [
    (9, "pt", E,
     "ConsultaLEX (https://www.consultalex.gov.pt) para consultas públicas de atos normativos.",
     [(PO, "ConsultaLEX"), (U, "https://www.consultalex.gov.pt")], PORT),
    (122, "pt", N, "Não, os inquéritos de satisfação não recolhem o sexo do utilizador.", [], NIP),
    (87, "pt", W,
     "A Estratégia para a Transformação Digital da Administração Pública refere a tecnologia blockchain, mas "
     "não existe orientação para a sua aplicação.",
     [(POL, "Estratégia para a Transformação Digital da Administração Pública")], R1),
])

add("Austria", [
    (12, "de", E,
     "Unternehmensserviceportal (USP): https://www.usp.gv.at sowie die App Digitales Amt.",
     [(PO, "Unternehmensserviceportal"), (PO, "USP"), (U, "https://www.usp.gv.at"), (PO, "Digitales Amt")], PORT),
    (44, "de", E,
     "Ja. E-Government-Gesetz (E-GovG), BGBl. I Nr. 10/2004, regelt die ID Austria.",
     [(L, "E-Government-Gesetz"), (L, "E-GovG"), (L, "BGBl. I Nr. 10/2004"), (PO, "ID Austria")], R2),
])

# ---------------------------------------------------------------- batch 2: more planned/provision/absent
add("Latvia", [
    (86, "en", N, "The Digital Transformation Guidelines 2021-2027 do not refer to robotics.",
     [(POL, "Digital Transformation Guidelines 2021-2027")], ABSENT_STRAT),
    (118, "en", E,
     "Yes. The State Regional Development Agency (VRAA) publishes monthly usage statistics of Latvija.gov.lv "
     "e-services on https://data.gov.lv.",
     [(G, "State Regional Development Agency"), (G, "VRAA"), (U, "Latvija.gov.lv"), (U, "https://data.gov.lv")], R2),
    (109, "en", P,
     "The Ministry of Smart Administration and Regional Development plans a consultation module adapted for "
     "persons with disabilities on the ManaBalss platform next year.",
     [(G, "Ministry of Smart Administration and Regional Development"), (PO, "ManaBalss")], R3),
])

add("Poland", [
    (89, "pl", W,
     "Internet rzeczy jest wymieniony w Programie Zintegrowanej Informatyzacji Państwa, ale bez wytycznych "
     "wdrożeniowych.",
     [(POL, "Programie Zintegrowanej Informatyzacji Państwa")], R1),
    (58, "en", P,
     "The draft Act on Artificial Intelligence Systems is being prepared by the Ministry of Digital Affairs; "
     "public consultation closed in 2024.",
     [(L, "Act on Artificial Intelligence Systems"), (G, "Ministry of Digital Affairs")], R3),
])

add("Serbia", [
    (72, "en", W,
     "The E-Government Development Programme 2023-2025 names a data governance framework as an expected result, "
     "but there are no guidelines for it yet.",
     [(POL, "E-Government Development Programme 2023-2025")], R1),
    (11, "en", E, "Public Procurement Portal of the Public Procurement Office: https://jnportal.ujn.gov.rs",
     [(PO, "Public Procurement Portal"), (G, "Public Procurement Office"), (U, "https://jnportal.ujn.gov.rs")], PORT),
    (91, "und", I, "-", [], NI),
])

add("Albania", [
    (20, "en", W,
     "The Cross-cutting Strategy for the Digital Agenda of Albania foresees IT focal points in every line ministry, "
     "but the implementing instruction has not been issued.",
     [(POL, "Cross-cutting Strategy for the Digital Agenda of Albania")], R1),
    (121, "en", E,
     "The National Agency for Information Society (AKSHI) runs a rating feature on e-Albania after each "
     "application (https://e-albania.al).",
     [(G, "National Agency for Information Society"), (G, "AKSHI"), (PO, "e-Albania"), (U, "https://e-albania.al")],
     R2),
])

add("North Macedonia", [
    (54, "en", P,
     "A law on open data is planned under the Public Administration Reform Strategy action plan; the Ministry of "
     "Digital Transformation is drafting it.",
     [(POL, "Public Administration Reform Strategy"), (G, "Ministry of Digital Transformation")],
     MENTION_PREP),
    (84, "en", P,
     "The draft National ICT Strategy 2023-2027 sets a target of 80% of services online; it has not yet been "
     "adopted by the Government.",
     [(POL, "National ICT Strategy 2023-2027")], DRAFT_STRAT),
])

add("Bosnia and Herzegovina", [
    (68, "en", W,
     "The Strategic Framework for Public Administration Reform refers to entity and cantonal e-government, "
     "with no guidelines on how the levels should align.",
     [(POL, "Strategic Framework for Public Administration Reform")], R1),
    (36, "en", N, "No such portal exists at state level.", [], NIP),
])

add("Tajikistan", [
    (99, "en", P,
     "A monitoring system for the Concept of Digital Economy is to be introduced by the Ministry of Economic "
     "Development and Trade together with UNDP.",
     [(POL, "Concept of Digital Economy"), (G, "Ministry of Economic Development and Trade"), PA("UNDP")], R3),
    (87, "ru", W,
     "Блокчейн упоминается в Концепции цифровой экономики, но порядок его применения не определён.",
     [(POL, "Концепции цифровой экономики")], R1),
])

add("Turkmenistan", [
    (113, "en", N, "Government bodies do not use social media platforms.", [], NIP),
    (64, "en", E,
     "The Concept for the Development of the Digital Economy 2019-2025 was adopted as part of the Programme of "
     "the President on Socio-Economic Development.",
     [(POL, "Concept for the Development of the Digital Economy 2019-2025"),
      (POL, "Programme of the President on Socio-Economic Development")], ALIGN),
])

add("South Sudan", [
    (48, "en", P,
     "The Public Procurement and Disposal of Assets Bill, which provides for e-procurement, is before the "
     "Transitional National Legislative Assembly.",
     [(L, "Public Procurement and Disposal of Assets Bill"), (G, "Transitional National Legislative Assembly")], BILL),
    (103, "en", N, "None.", [], "'None' said of the thing asked about (settled case)."),
    (125, "en", I, "No additional information at this time.", [], NI),
])

add("Libya", [
    (36, "en", P,
     "The National Centre for Disease Control intends to create an emergency information portal; funding is "
     "being discussed with WHO.",
     [(G, "National Centre for Disease Control"), PA("WHO")], R3),
    (44, "en", N, "There is no digital identity law.", [], NIP),
])

add("Sudan", [
    (10, "en", I, "Not applicable under current circumstances.", [], NI),
    (124, "en", P,
     "Discussions with the African Development Bank on a digital government project are ongoing; an agreement "
     "is expected in 2025.",
     [PA("African Development Bank")], "Only an expected cooperation (rule 3)."),
])

add("Eritrea", [
    (50, "en", N, "No.", [], NIP),
    (70, "en", I, "No information.", [], NI),
])

add("Micronesia (Federated States of)", [
    (34, "en", W,
     "The FSM ICT and Telecommunications Policy mentions disaster communications, but no dedicated digital "
     "crisis strategy or guidance exists.",
     [(POL, "FSM ICT and Telecommunications Policy")], R1),
    (74, "en", P,
     "A digital ID component is being designed under the Digital FSM Project financed by the World Bank.",
     [(POL, "Digital FSM Project"), PA("World Bank")], R3),
])

add("Palau", [
    (8, "und", I, "N/A", [], NI),
    (40, "en", P,
     "The Data Protection Bill was introduced in the Olbiil Era Kelulau and awaits committee review.",
     [(L, "Data Protection Bill"), (G, "Olbiil Era Kelulau")], BILL),
])

add("Marshall Islands", [
    (7, "en", N, "There is no national e-government portal.", [], NIP),
    (97, "en", I, "Information not available.", [], UNAVAIL),
])

add("Grenada", [
    (103, "en", W,
     "Public participation is one of the principles of the National Sustainable Development Plan 2020-2035, "
     "but there is no e-participation policy or guideline.",
     [(POL, "National Sustainable Development Plan 2020-2035")], R1),
    (46, "en", E, "Electronic Transactions Act, 2013 (Act No. 15 of 2013).",
     [(L, "Electronic Transactions Act, 2013"), (L, "Act No. 15 of 2013")], R2),
])

add("Dominica", [
    (36, "en", P,
     "The Office of Disaster Management is developing an online early-warning platform with support from "
     "the Caribbean Development Bank, to be launched in 2025.",
     [(G, "Office of Disaster Management"), PA("Caribbean Development Bank")], R3),
    (82, "en", N, "Not addressed.", [], ABSENT_STRAT),
])

add("Antigua and Barbuda", [
    (114, "en", N, "No guidelines exist for officers on social media use.", [], NIP),
    (62, "en", N,
     "Funding for e-government is included in the allocation of the Department of Information Technology; "
     "there is no separate digital budget line.",
     [(G, "Department of Information Technology")], "No dedicated budget line (rule 5)."),
])

add("Suriname", [
    (9, "nl", P,
     "Een e-participatieplatform wordt ontwikkeld door het Ministerie van Binnenlandse Zaken, met steun van "
     "de IDB.",
     [(G, "Ministerie van Binnenlandse Zaken"), PA("IDB", "Inter-American Development Bank")], R3),
    (40, "en", P,
     "The Personal Data Protection Bill was submitted to the National Assembly in 2023.",
     [(L, "Personal Data Protection Bill"), (G, "National Assembly")], BILL),
])

add("Bahamas", [
    (105, "en", I, "See response to question 101.", [], SEE),
    (99, "en", E,
     "The Digital Transformation Unit in the Office of the Prime Minister reports monthly to Cabinet on "
     "progress of the MyGateway rollout.",
     [(G, "Digital Transformation Unit"), (G, "Office of the Prime Minister"), (G, "Cabinet"), (PO, "MyGateway")], R2),
])

add("Congo", [
    (72, "fr", W,
     "La Stratégie nationale de développement de l'économie numérique « Congo Digital 2025 » évoque un cadre "
     "de gouvernance des données, sans texte d'application.",
     [(POL, "Stratégie nationale de développement de l'économie numérique"), (POL, "Congo Digital 2025")], R1),
    (109, "fr", N, "Non.", [], NIP),
    (20, "fr", I, "Information à compléter par le Ministère des Postes, des Télécommunications et de l'Économie "
     "Numérique.",
     [(G, "Ministère des Postes, des Télécommunications et de l'Économie Numérique")], NI),
])

add("Chad", [
    (54, "fr", N, "Le Tchad ne dispose pas de loi sur les données ouvertes.", [], NIP),
    (76, "fr", P,
     "Le principe du numérique par défaut sera inscrit dans le Plan Stratégique Tchad Numérique 2030, en cours "
     "de validation.",
     [(POL, "Plan Stratégique Tchad Numérique 2030")], DRAFT_STRAT),
    (118, "fr", P,
     "L'Agence de Développement des Technologies de l'Information et de la Communication (ADETIC) prévoit un "
     "tableau de bord des statistiques d'usage.",
     [(G, "Agence de Développement des Technologies de l'Information et de la Communication"), (G, "ADETIC")], R3),
])

add("Central African Republic", [
    (42, "fr", P,
     "Un projet de loi sur la cybersécurité a été adopté en Conseil des ministres et transmis à l'Assemblée "
     "nationale.",
     [(G, "Conseil des ministres"), (G, "Assemblée nationale")], BILL),
    (107, "fr", I, "Informations non disponibles pour le moment.", [], UNAVAIL),
])

add("Niger", [
    (88, "fr", W,
     "La 5G est citée dans le Plan Niger 2.0 comme axe d'avenir, sans calendrier ni directive de mise en "
     "œuvre.",
     [(POL, "Plan Niger 2.0")], R1),
    (12, "fr", E,
     "Portail de l'Agence Nationale pour la Société de l'Information (ANSI) : https://www.ansi.ne",
     [(G, "Agence Nationale pour la Société de l'Information"), (G, "ANSI"), (U, "https://www.ansi.ne")], PORT),
])

add("Guinea", [
    (66, "fr", W,
     "Les ODS sont cités dans la Politique Nationale de Développement du Numérique, sans indicateurs de suivi "
     "associés.",
     [(POL, "Politique Nationale de Développement du Numérique")], R4),
    (113, "fr", E,
     "Oui : le Ministère des Postes, des Télécommunications et de l'Économie Numérique publie ses communiqués "
     "sur Facebook et X, et y relaie les consultations.",
     [(G, "Ministère des Postes, des Télécommunications et de l'Économie Numérique")], R2),
])

add("Mauritania", [
    (80, "fr", N, "La stratégie ne mentionne pas l'approche par cycle de vie.", [], ABSENT_STRAT),
    (8, "fr", E, "Portail des services publics en ligne : https://www.service-public.mr",
     [(U, "https://www.service-public.mr")], PORT),
])

add("Venezuela", [
    (93, "es", I, "Sin datos.", [], NI),
    (52, "es", E,
     "Ley de Infogobierno (Gaceta Oficial N° 40.274), que regula la interoperabilidad entre los órganos del "
     "Poder Público.",
     [(L, "Ley de Infogobierno"), (L, "Gaceta Oficial N° 40.274")], R2),
])

add("Panama", [
    (89, "es", W,
     "El Internet de las Cosas aparece en la Agenda Digital Panamá 4.0 como tendencia a considerar, sin "
     "lineamientos de aplicación.",
     [(POL, "Agenda Digital Panamá 4.0")], R1),
    (107, "es", P,
     "La Autoridad Nacional para la Innovación Gubernamental (AIG) y la Secretaría Nacional de Discapacidad "
     "(SENADIS) diseñan un trámite en línea para el carné de discapacidad.",
     [(G, "Autoridad Nacional para la Innovación Gubernamental"), (G, "AIG"),
      (G, "Secretaría Nacional de Discapacidad"), (G, "SENADIS")], R3),
])

add("Costa Rica", [
    (97, "es", P,
     "Se tramita en la Asamblea Legislativa un proyecto de ley para crear un sandbox regulatorio financiero.",
     [(G, "Asamblea Legislativa")], BILL),
    (86, "es", N, "No, la Estrategia de Transformación Digital no hace referencia a la robótica.",
     [(POL, "Estrategia de Transformación Digital")], ABSENT_STRAT),
])

add("Honduras", [
    (114, "es", I, "Por definir.", [], NI),
    (50, "es", W,
     "La Ley de Transparencia y Acceso a la Información Pública obliga a publicar la ejecución presupuestaria, "
     "pero no hay reglamento sobre la publicación en datos abiertos.",
     [(L, "Ley de Transparencia y Acceso a la Información Pública")], R1),
])

# ---------------------------------------------------------------- batch 3: Spanish and French, all labels
add("Mexico", [
    (9, "es", E,
     "Participa, la plataforma de consulta ciudadana de la Agencia de Transformación Digital y "
     "Telecomunicaciones: https://participa.gob.mx",
     [(PO, "Participa"), (G, "Agencia de Transformación Digital y Telecomunicaciones"), (U, "https://participa.gob.mx")],
     PORT),
    (87, "es", W,
     "La Estrategia Digital Nacional menciona el uso de cadenas de bloques para la trazabilidad de trámites, "
     "pero no existen lineamientos para su implementación.",
     [(POL, "Estrategia Digital Nacional")], R1),
    (122, "es", E,
     "Sí. La Encuesta Nacional de Calidad e Impacto Gubernamental (ENCIG) del INEGI desagrega la satisfacción "
     "por sexo.",
     [(POL, "Encuesta Nacional de Calidad e Impacto Gubernamental"), (POL, "ENCIG"), (G, "INEGI")], R2),
    (20, "es", E,
     "Sí. Cada dependencia tiene una Unidad de Tecnologías de la Información que coordina con la Agencia de "
     "Transformación Digital conforme al Acuerdo de Políticas TIC.",
     [(G, "Agencia de Transformación Digital"), (L, "Acuerdo de Políticas TIC")],
     R2),
])

add("Chile", [
    (78, "es", E,
     "Sí. La Ley N° 21.180 de Transformación Digital del Estado consagra el principio de que los órganos no "
     "pueden pedir datos que ya obran en poder de la Administración; se opera mediante la Red de "
     "Interoperabilidad del Estado.",
     [(L, "Ley N° 21.180 de Transformación Digital del Estado"), (PO, "Red de Interoperabilidad del Estado")],
     DEDICATED),
    (109, "es", N, "No existen medidas específicas de participación digital para esos grupos.", [], NIP),
    (58, "es", P,
     "El proyecto de ley que regula los sistemas de inteligencia artificial (Boletín N° 16821-19) está en "
     "discusión en el Senado.",
     [(L, "Boletín N° 16821-19"), (G, "Senado")], BILL),
    (10, "es", E, "Portal de datos abiertos del Estado: https://datos.gob.cl, administrado por la División de "
     "Gobierno Digital.",
     [(U, "https://datos.gob.cl"), (G, "División de Gobierno Digital")], PORT),
])

add("Colombia", [
    (97, "es", E,
     "Sí. El Decreto 1732 de 2021 creó el ambiente especial de vigilancia y control (sandbox) de la "
     "Superintendencia Financiera, y la Superintendencia de Industria y Comercio tiene un sandbox de "
     "privacidad.",
     [(L, "Decreto 1732 de 2021"), (G, "Superintendencia Financiera"), (G, "Superintendencia de Industria y Comercio")],
     R2),
    (74, "es", W,
     "El Plan Nacional de Desarrollo 2022-2026 menciona la cédula digital como meta, sin lineamientos "
     "adicionales en la política de gobierno digital.",
     [(POL, "Plan Nacional de Desarrollo 2022-2026")], R4),
    (125, "es", E,
     "Desde 2023 el Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC) opera la "
     "Carpeta Ciudadana Digital, integrada con GOV.CO.",
     [(G, "Ministerio de Tecnologías de la Información y las Comunicaciones"), (G, "MinTIC"),
      (PO, "Carpeta Ciudadana Digital"), (PO, "GOV.CO")], R2),
])

add("Peru", [
    (70, "es", W,
     "Sí, la Política Nacional de Transformación Digital al 2030 incluye la participación digital como "
     "lineamiento general; no se ha aprobado una guía específica.",
     [(POL, "Política Nacional de Transformación Digital al 2030")], R1),
    (36, "es", E,
     "Sí: el INDECI difunde alertas en https://www.gob.pe/indeci y opera el Sistema de Información para la "
     "Gestión del Riesgo de Desastres (SIGRID).",
     [(G, "INDECI"), (U, "https://www.gob.pe/indeci"),
      (PO, "Sistema de Información para la Gestión del Riesgo de Desastres"), (PO, "SIGRID")], PORT),
])

add("Dominican Republic", [
    (103, "es", E,
     "La Política de Participación Ciudadana Digital fue aprobada mediante Resolución de la Oficina "
     "Gubernamental de Tecnologías de la Información y Comunicación (OGTIC); se aplica en "
     "https://participa.gob.do.",
     [(POL, "Política de Participación Ciudadana Digital"),
      (G, "Oficina Gubernamental de Tecnologías de la Información y Comunicación"), (G, "OGTIC"),
      (U, "https://participa.gob.do")], R2),
    (84, "es", W,
     "Sí. La Agenda Digital 2030 fija la meta de digitalizar el 100% de los servicios priorizados.",
     [(POL, "Agenda Digital 2030")], MENTION),
])

add("Paraguay", [
    (113, "es", E,
     "Sí. El MITIC usa Facebook, Instagram y X para información; las consultas públicas se anuncian allí y se "
     "reciben en https://www.paraguay.gov.py/consultas.",
     [(G, "MITIC"), (U, "https://www.paraguay.gov.py/consultas")], R2),
    (80, "es", P,
     "El enfoque de ciclo de vida será incorporado en el nuevo Plan Nacional de Gobierno Digital, cuyo borrador "
     "está en consulta.",
     [(POL, "Plan Nacional de Gobierno Digital")], DRAFT_STRAT),
])

add("Argentina", [
    (68, "es", E,
     "Sí. El Plan Federal de Transformación Digital articula con las provincias mediante el Consejo Federal "
     "de la Función Pública (COFEFUP).",
     [(POL, "Plan Federal de Transformación Digital"), (G, "Consejo Federal de la Función Pública"), (G, "COFEFUP")],
     ALIGN),
    (88, "es", I, "Información no disponible.", [], UNAVAIL),
])

add("Bolivia", [
    (116, "es", P,
     "La Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación (AGETIC) prepara la "
     "publicación de informes de participación ciudadana.",
     [(G, "Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación"), (G, "AGETIC")], R3),
    (91, "es", W,
     "Se mencionan los servicios en la nube en el Plan de Implementación de Gobierno Electrónico, sin mayor "
     "detalle.",
     [(POL, "Plan de Implementación de Gobierno Electrónico")], R4),
])

add("Guatemala", [
    (12, "es", I, "No aplica.", [], NI),
    (99, "es", P,
     "La Comisión Presidencial de Gobierno Abierto y Electrónico (GAE) trabaja en un tablero de seguimiento "
     "de la Agenda Nacional de Gobierno Digital.",
     [(G, "Comisión Presidencial de Gobierno Abierto y Electrónico"), (G, "GAE"),
      (POL, "Agenda Nacional de Gobierno Digital")], R3),
])

add("Ecuador", [
    (107, "es", E,
     "El Consejo Nacional para la Igualdad de Discapacidades (CONADIS) ofrece la certificación en línea en "
     "https://www.gob.ec/conadis.",
     [(G, "Consejo Nacional para la Igualdad de Discapacidades"), (G, "CONADIS"), (U, "https://www.gob.ec/conadis")],
     R2),
    (72, "es", E,
     "Sí. El Esquema Gubernamental de Seguridad de la Información y la Norma Técnica de Interoperabilidad del "
     "MINTEL regulan el intercambio de datos.",
     [(L, "Esquema Gubernamental de Seguridad de la Información"), (L, "Norma Técnica de Interoperabilidad"),
      (G, "MINTEL")], DEDICATED),
])

add("Honduras", [
    (11, "es", E, "HonduCompras: https://honducompras.gob.hn",
     [(PO, "HonduCompras"), (U, "https://honducompras.gob.hn")], PORT),
    (76, "es", N, "No. La Agenda Digital de Honduras no contempla ese principio.",
     [(POL, "Agenda Digital de Honduras")], ABSENT_STRAT),
])

add("Cuba", [
    (103, "es", W,
     "La participación ciudadana digital es uno de los objetivos de la Política para la Transformación Digital, "
     "sin normas de implementación aún.",
     [(POL, "Política para la Transformación Digital")], R1),
    (44, "es", E,
     "Decreto-Ley 370/2018 sobre la informatización de la sociedad; el carné de identidad electrónico se rige "
     "por la Resolución 35/2023 del Ministerio del Interior.",
     [(L, "Decreto-Ley 370/2018 sobre la informatización de la sociedad"), (L, "Resolución 35/2023"),
      (G, "Ministerio del Interior")], R2),
])

add("Spain", [
    (122, "es", I, "No se dispone de esa información.", [], UNAVAIL),
    (105, "es", E,
     "El Programa UNICO Demanda Rural financia bonos de conectividad para colectivos vulnerables en zonas "
     "rurales.",
     [(POL, "Programa UNICO Demanda Rural")], R2),
])

add("Uruguay", [
    (113, "es", E,
     "Sí. AGESIC y Presidencia usan X, Instagram y YouTube para información; las consultas públicas se "
     "realizan en https://www.gub.uy/participacionciudadana.",
     [(G, "AGESIC"), (G, "Presidencia"), (U, "https://www.gub.uy/participacionciudadana")], R2),
])

add("El Salvador", [
    (54, "es", N, "No existe una ley específica de datos abiertos.", [], NIP),
    (118, "es", I, "Pendiente de confirmar con la Secretaría de Innovación.",
     [(G, "Secretaría de Innovación")], NI),
])

add("Nicaragua", [
    (99, "es", N, "No se cuenta con una herramienta de seguimiento.", [], NIP),
    (125, "es", I, "Sin comentarios adicionales.", [], NI),
])

add("Venezuela", [
    (20, "es", E,
     "Sí. La Ley de Infogobierno obliga a cada órgano a contar con una unidad de tecnologías de información, "
     "coordinadas por el Centro Nacional de Tecnologías de Información (CNTI).",
     [(L, "Ley de Infogobierno"), (G, "Centro Nacional de Tecnologías de Información"), (G, "CNTI")], R2),
    (109, "und", I, "S/D", [], NI),
])

add("Costa Rica", [
    (10, "es", E, "Portal Nacional de Datos Abiertos (https://datosabiertos.presidencia.go.cr).",
     [(PO, "Portal Nacional de Datos Abiertos"), (U, "https://datosabiertos.presidencia.go.cr")], PORT),
    (82, "es", W,
     "La Estrategia de Transformación Digital hacia la Costa Rica del Bicentenario 4.0 habla de inclusión, "
     "pero no define el diseño inclusivo ni guías para aplicarlo.",
     [(POL, "Estrategia de Transformación Digital hacia la Costa Rica del Bicentenario 4.0")], R1),
])

add("Panama", [
    (121, "es", N, "No, actualmente no se mide la satisfacción de los usuarios.", [], NIP),
    (34, "es", P,
     "El Sistema Nacional de Protección Civil (SINAPROC) y la AIG elaboran una estrategia digital para "
     "emergencias, prevista para 2025.",
     [(G, "Sistema Nacional de Protección Civil"), (G, "SINAPROC"), (G, "AIG")], R3),
])

add("France", [
    (9, "fr", E,
     "Plateforme de consultation publique de l'État : https://www.consultation.gouv.fr ; projets participatifs "
     "suivis sur la plateforme Je donne mon avis.",
     [(U, "https://www.consultation.gouv.fr"), (PO, "Je donne mon avis")], PORT),
    (97, "fr", E,
     "Oui. La loi n° 2019-486 du 22 mai 2019 relative à la croissance et la transformation des entreprises "
     "(PACTE) a ouvert des expérimentations, et la CNIL mène un « bac à sable » données personnelles.",
     [(L, "loi n° 2019-486 du 22 mai 2019 relative à la croissance et la transformation des entreprises"),
      (L, "PACTE"), (G, "CNIL")], R2),
    (114, "fr", E,
     "Oui, le Service d'information du Gouvernement (SIG) diffuse une charte d'usage des réseaux sociaux pour "
     "les agents publics.",
     [(G, "Service d'information du Gouvernement"), (G, "SIG")], R2),
])

add("Luxembourg", [
    (8, "fr", E, "Guichet.lu (https://guichet.public.lu) et MyGuichet.lu pour les démarches authentifiées.",
     [(PO, "Guichet.lu"), (U, "https://guichet.public.lu"), (PO, "MyGuichet.lu")], PORT),
    (89, "fr", W,
     "L'Internet des objets est cité dans la stratégie Electronic Governance 2021-2025, sans mesures "
     "concrètes.",
     [(POL, "Electronic Governance 2021-2025")], R4),
    (124, "fr", E,
     "Coopération avec l'OCDE sur la gouvernance numérique et participation au programme Europe numérique de "
     "l'Union européenne.",
     [PA("OCDE", "OECD"), (POL, "Europe numérique"), PA("Union européenne", "European Union")], COOP),
])

add("Switzerland", [
    (68, "fr", E,
     "Oui. La Stratégie Administration numérique suisse 2024-2027 est adoptée conjointement par la "
     "Confédération et les cantons ; l'organisation Administration numérique suisse (ANS) en coordonne la mise "
     "en œuvre.",
     [(POL, "Stratégie Administration numérique suisse 2024-2027"), (G, "Administration numérique suisse"),
      (G, "ANS")], ALIGN),
    (44, "de", P,
     "Der Entwurf zum Bundesgesetz über den elektronischen Identitätsnachweis (BGEID) wird derzeit im "
     "Parlament beraten.",
     [(L, "Bundesgesetz über den elektronischen Identitätsnachweis"), (L, "BGEID"), (G, "Parlament")], BILL),
])

add("Canada", [
    (99, "fr", E,
     "Le Secrétariat du Conseil du Trésor publie le Plan stratégique des opérations numériques et en suit la "
     "réalisation dans son rapport annuel.",
     [(G, "Secrétariat du Conseil du Trésor"), (POL, "Plan stratégique des opérations numériques")], R2),
    (93, "en", E,
     "Yes. The Digital Ambition is aligned with the OECD Recommendation on Digital Government Strategies and "
     "with our commitments in the Open Government Partnership.",
     [(POL, "Digital Ambition"), (L, "OECD Recommendation on Digital Government Strategies"),
      PA("Open Government Partnership")], ALIGN),
])

add("Haiti", [
    (113, "fr", E,
     "Oui, le Conseil National des Télécommunications (CONATEL) et la Primature publient leurs communiqués sur "
     "Facebook et X.",
     [(G, "Conseil National des Télécommunications"), (G, "CONATEL"), (G, "Primature")], R2),
    (89, "fr", I, "À déterminer.", [], NI),
])

add("Democratic Republic of the Congo", [
    (54, "fr", W,
     "La loi n° 20/017 relative aux télécommunications et aux TIC mentionne l'accès aux données publiques, "
     "mais aucune mesure d'application n'a été prise sur les données ouvertes.",
     [(L, "loi n° 20/017 relative aux télécommunications et aux TIC")], R1),
    (11, "fr", P,
     "La Direction Générale du Contrôle des Marchés Publics (DGCMP) met en place une plateforme de "
     "passation électronique avec l'appui de la Banque africaine de développement.",
     [(G, "Direction Générale du Contrôle des Marchés Publics"), (G, "DGCMP"),
      PA("Banque africaine de développement", "African Development Bank")], R3),
    (122, "fr", I, "Données non disponibles.", [], UNAVAIL),
])

add("Gabon", [
    (105, "fr", W,
     "La Stratégie Gabon Digital prévoit l'accès des populations rurales aux services en ligne, sans mesures "
     "détaillées pour les femmes ou les personnes vulnérables.",
     [(POL, "Gabon Digital")], R1),
    (116, "fr", N, "Non, aucune publication de ce type.", [], NIP),
])

add("Seychelles", [
    (70, "en", W,
     "The e-Government Strategy mentions citizen engagement under pillar 3, without an action plan for it.",
     [(POL, "e-Government Strategy")], R1),
    (48, "en", E,
     "Public Procurement Act, 2008, amended in 2023 to allow electronic tendering through the Procurement "
     "Oversight Unit.",
     [(L, "Public Procurement Act, 2008"), (G, "Procurement Oversight Unit")], R2),
])

add("Madagascar", [
    (109, "fr", P,
     "Un dispositif de consultation par SMS pour les femmes rurales est en préparation au Ministère du "
     "Développement Numérique, des Postes et des Télécommunications avec l'UNICEF.",
     [(G, "Ministère du Développement Numérique, des Postes et des Télécommunications"), PA("UNICEF")], R3),
    (66, "fr", E,
     "Oui. Le Plan Émergence Madagascar intègre les ODS et la stratégie numérique s'y réfère.",
     [(POL, "Plan Émergence Madagascar")], ALIGN),
])

add("Togo", [
    (107, "fr", E,
     "Oui. Le programme Novissi a versé des transferts monétaires par téléphone mobile aux travailleurs "
     "informels, en priorité aux femmes (https://novissi.gouv.tg).",
     [(POL, "Novissi"), (U, "https://novissi.gouv.tg")], R2),
    (86, "fr", W,
     "La robotique figure parmi les technologies émergentes de la Stratégie Togo Digital 2025, sans feuille de "
     "route spécifique.",
     [(POL, "Togo Digital 2025")], R1),
])

add("Benin", [
    (122, "fr", N, "Non, le sexe des répondants n'est pas collecté.", [], NIP),
    (12, "fr", E,
     "Portail de l'entreprise (https://monentreprise.bj) et la plateforme eServices de l'Agence des Services et "
     "Systèmes d'Information (ASSI).",
     [(U, "https://monentreprise.bj"), (PO, "eServices"), (G, "Agence des Services et Systèmes d'Information"),
      (G, "ASSI")], PORT),
])

add("Senegal", [
    (80, "fr", W,
     "New Deal Technologique évoque la simplification des démarches selon les événements de vie, sans "
     "guide méthodologique.",
     [(POL, "New Deal Technologique")], R1),
    (124, "fr", E,
     "Partenariat avec Smart Africa et la CEDEAO sur l'harmonisation des cadres numériques, et avec l'AFD pour "
     "le data center national.",
     [PA("Smart Africa"), PA("CEDEAO", "ECOWAS"), PA("AFD")], COOP),
])

add("Mali", [
    (36, "fr", N, "Il n'y a pas de portail dédié aux crises.", [], NIP),
    (74, "fr", P,
     "L'identité numérique sera traitée dans la future stratégie Mali Numérique 2030, dont l'élaboration a "
     "démarré.",
     [(POL, "Mali Numérique 2030")], DRAFT_STRAT),
])

add("Côte d'Ivoire", [
    (118, "fr", E,
     "Oui. La Société Nationale de Développement Informatique (SNDI) suit l'usage des e-services et en publie "
     "le bilan sur https://www.sndi.ci.",
     [(G, "Société Nationale de Développement Informatique"), (G, "SNDI"), (U, "https://www.sndi.ci")], R2),
    (87, "fr", N, "La stratégie ne fait pas référence à la blockchain.", [], ABSENT_STRAT),
])

add("Morocco", [
    (121, "fr", E,
     "Oui. L'Agence de Développement du Digital (ADD) intègre une évaluation de satisfaction sur le portail "
     "Idarati (https://www.idarati.ma).",
     [(G, "Agence de Développement du Digital"), (G, "ADD"), (PO, "Idarati"), (U, "https://www.idarati.ma")], R2),
    (93, "fr", E,
     "La stratégie Maroc Digital 2030 s'inscrit dans les orientations de l'Union africaine et de la "
     "Ligue arabe en matière de numérique.",
     [(POL, "Maroc Digital 2030"), PA("Union africaine", "African Union"), PA("Ligue arabe", "League of Arab States")],
     ALIGN),
])

add("Tunisia", [
    (103, "fr", P,
     "Un projet de stratégie nationale de participation électronique est en cours d'élaboration par la "
     "Présidence du Gouvernement.",
     [(G, "Présidence du Gouvernement")], R3),
    (78, "fr", W,
     "Le principe « une seule fois » est mentionné dans la stratégie Tunisie Digitale, mais aucun décret ne "
     "l'impose encore.",
     [(POL, "Tunisie Digitale")], R1),
])

add("Lebanon", [
    (72, "fr", P,
     "La Stratégie de Transformation Numérique 2020-2030, encore au stade de projet, prévoit un cadre de "
     "gouvernance des données.",
     [(POL, "Stratégie de Transformation Numérique 2020-2030")], DRAFT_STRAT),
])

add("Vanuatu", [
    (9, "en", N, "Vanuatu has no e-participation portal.", [], NIP),
    (105, "en", E,
     "The Universal Access Policy Fund of the Telecommunications and Radiocommunications Regulator (TRBR) "
     "subsidises connectivity for rural communities and women's groups.",
     [(POL, "Universal Access Policy Fund"), (G, "Telecommunications and Radiocommunications Regulator"), (G, "TRBR")],
     R2),
])

# ---------------------------------------------------------------- batch 4: English, all regions
add("United Kingdom", [
    (97, "en", E,
     "Yes. The Financial Conduct Authority runs a regulatory sandbox, and the Information Commissioner's Office "
     "(ICO) operates a sandbox for data protection issues.",
     [(G, "Financial Conduct Authority"), (G, "Information Commissioner's Office"), (G, "ICO")], R2),
    (99, "en", E,
     "The Central Digital and Data Office (CDDO) reports progress against the Transforming for a Digital Future "
     "roadmap on https://www.gov.uk/cddo.",
     [(G, "Central Digital and Data Office"), (G, "CDDO"), (POL, "Transforming for a Digital Future"),
      (U, "https://www.gov.uk/cddo")], R2),
])

add("Ireland", [
    (76, "en", W,
     "Connecting Government 2030 states a digital-first principle for public services; detailed guidance for "
     "departments has not been issued.",
     [(POL, "Connecting Government 2030")], R1),
    (118, "en", E,
     "Yes. MyGovID usage figures are published by the Office of the Government Chief Information Officer "
     "(OGCIO) in its annual report.",
     [(PO, "MyGovID"), (G, "Office of the Government Chief Information Officer"), (G, "OGCIO")], R2),
])

add("Malta", [
    (87, "en", E,
     "Beyond the strategy, the Malta Digital Innovation Authority Act (Cap. 591) established the MDIA, which "
     "certifies blockchain and other innovative technology arrangements.",
     [(L, "Malta Digital Innovation Authority Act"), (L, "Cap. 591"), (G, "MDIA")], DEDICATED),
    (116, "en", I, "We refer to the reply of the Ministry for the Public Service.",
     [(G, "Ministry for the Public Service")], SEE),
])

add("Cyprus", [
    (10, "en", E, "The national open data portal is https://www.data.gov.cy.", [(U, "https://www.data.gov.cy")], PORT),
    (91, "en", W,
     "Cloud computing is referred to in the Digital Strategy for Cyprus 2020-2025, without specific measures for "
     "the public sector.",
     [(POL, "Digital Strategy for Cyprus 2020-2025")], R4),
])

add("Greece", [
    (8, "en", E,
     "All e-services are available through gov.gr (https://www.gov.gr); the gov.gr wallet app holds digital ID "
     "and driving licence.",
     [(U, "gov.gr"), (U, "https://www.gov.gr"), (PO, "gov.gr wallet")], PORT),
    (122, "en", P,
     "The Ministry of Digital Governance plans to add an optional gender field to the satisfaction survey in "
     "2025.",
     [(G, "Ministry of Digital Governance")], R3),
])

add("Bulgaria", [
    (54, "en", E,
     "The Access to Public Information Act regulates the re-use of public sector information, and datasets are "
     "published on the Open Data Portal (https://data.egov.bg).",
     [(L, "Access to Public Information Act"), (PO, "Open Data Portal"), (U, "https://data.egov.bg")], R2),
    (105, "en", N, "No specific measures for vulnerable groups.", [], NIP),
])

add("Romania", [
    (72, "ro", P,
     "Un cadru național de guvernanță a datelor este în pregătire la Autoritatea pentru Digitalizarea "
     "României (ADR).",
     [(G, "Autoritatea pentru Digitalizarea României"), (G, "ADR")], R3),
    (11, "en", E, "SEAP/SICAP electronic procurement system: https://www.e-licitatie.ro",
     [(PO, "SEAP"), (PO, "SICAP"), (U, "https://www.e-licitatie.ro")], PORT),
])

add("Finland", [
    (82, "en", E,
     "Yes. Accessibility is binding through the Act on the Provision of Digital Services (306/2019), and the "
     "Digital Compass refers to it as a design principle.",
     [(L, "Act on the Provision of Digital Services"), (L, "306/2019"), (POL, "Digital Compass")], DEDICATED),
    (95, "en", E,
     "Yes. The Prime Minister's Office coordinates the government foresight network and publishes joint "
     "foresight reports.",
     [(G, "Prime Minister's Office")], R2),
])

add("Denmark", [
    (80, "en", E,
     "Yes. The joint-public digital strategy is built around life events, and the Agency for Digital Government "
     "manages the life-event programme for services such as moving and having a child.",
     [(G, "Agency for Digital Government")], "A running programme implements the approach (rule 2)."),
    (107, "en", I, "See question 105.", [], SEE),
])

add("Norway", [
    (89, "en", N, "The national digitalisation strategy does not refer to the Internet of Things.", [],
     ABSENT_STRAT),
    (124, "en", E,
     "Norway takes part in the Nordic Council of Ministers' cooperation on cross-border digital services and in "
     "the Nordic Institute for Interoperability Solutions (NIIS).",
     [PA("Nordic Council of Ministers"), PA("Nordic Institute for Interoperability Solutions"),
      PA("NIIS", "Nordic Institute for Interoperability Solutions")], COOP),
])

add("Sweden", [
    (9, "en", N, "There is no single national e-participation portal.", [], NIP),
    (58, "en", E,
     "The EU AI Act applies directly; the Agency for Digital Government (DIGG) has issued guidance on the use of "
     "generative AI in public administration.",
     [(L, "EU AI Act"), (G, "Agency for Digital Government"), (G, "DIGG")], R2),
])

add("Iceland", [
    (113, "en", E,
     "Yes. Ministries use Facebook and Instagram for information; consultations are held on Samráðsgátt, the "
     "consultation portal (https://samradsgatt.island.is).",
     [(PO, "Samráðsgátt"), (U, "https://samradsgatt.island.is")], R2),
    (36, "en", E, "Yes: https://www.almannavarnir.is, run by the Department of Civil Protection and Emergency "
     "Management.",
     [(U, "https://www.almannavarnir.is"), (G, "Department of Civil Protection and Emergency Management")], PORT),
])

add("Estonia", [
    (78, "en", E,
     "Yes. The once-only principle is set in the Public Information Act and implemented through X-tee, the "
     "Estonian data exchange layer.",
     [(L, "Public Information Act"), (PO, "X-tee")], DEDICATED),
    (125, "en", E,
     "Estonia's Information System Authority (RIA) operates the eesti.ee portal and the national proactive "
     "services programme.",
     [(G, "Information System Authority"), (G, "RIA"), (U, "eesti.ee")], R2),
])

add("Netherlands", [
    (121, "nl", E,
     "Ja. Logius meet de tevredenheid over DigiD via een doorlopend gebruikersonderzoek.",
     [(G, "Logius"), (PO, "DigiD")], R2),
    (114, "en", E,
     "Yes. The Government Information Service (RVD) has issued guidelines on social media for civil servants.",
     [(G, "Government Information Service"), (G, "RVD")], R2),
])

add("Germany", [
    (50, "de", E,
     "Ja. Die Haushaltsdaten des Bundes werden vom Bundesministerium der Finanzen auf "
     "https://www.bundeshaushalt.de veröffentlicht.",
     [(G, "Bundesministerium der Finanzen"), (U, "https://www.bundeshaushalt.de")], R2),
    (68, "en", E,
     "Yes. The Online Access Act (OZG) obliges the federal government and the Länder to offer services online, "
     "coordinated by the IT Planning Council.",
     [(L, "Online Access Act"), (L, "OZG"), (G, "IT Planning Council")], R2),
])

add("Czechia", [
    (52, "en", E,
     "Act No. 12/2020 Coll., on the Right to Digital Services, and the basic registers under Act No. "
     "111/2009 Coll. govern data sharing between authorities.",
     [(L, "Act No. 12/2020 Coll., on the Right to Digital Services"), (L, "Act No. 111/2009 Coll.")], R2),
    (86, "en", I, "Not known.", [], NI),
])

add("Slovakia", [
    (93, "en", E,
     "Yes, the Strategy of the Digital Transformation of Slovakia 2030 follows the EU Digital Decade targets.",
     [(POL, "Strategy of the Digital Transformation of Slovakia 2030"), (POL, "EU Digital Decade")], ALIGN),
    (109, "en", N, "No targeted measures exist.", [], NIP),
])

add("Slovenia", [
    (34, "en", N, "Slovenia has no separate digital strategy for crisis response.", [], NIP),
    (12, "en", E, "e-Uprava (https://e-uprava.gov.si) and the SPOT business portal.",
     [(PO, "e-Uprava"), (U, "https://e-uprava.gov.si"), (PO, "SPOT")], PORT),
])

add("Hungary", [
    (121, "en", P,
     "A satisfaction survey for the Client Gate+ service is planned by the Digital Government Agency.",
     [(PO, "Client Gate+"), (G, "Digital Government Agency")], R3),
])

add("Ukraine", [
    (36, "en", E,
     "Yes. Air-raid alerts and shelter maps are provided in the Diia app and on https://www.dsns.gov.ua, run by "
     "the State Emergency Service.",
     [(PO, "Diia"), (U, "https://www.dsns.gov.ua"), (G, "State Emergency Service")], PORT),
    (20, "en", E,
     "Yes. Chief Digital Transformation Officers (CDTOs) work in every ministry and regional state "
     "administration under Cabinet of Ministers Resolution No. 194 of 2020.",
     [(G, "Cabinet of Ministers"), (L, "Resolution No. 194 of 2020")], R2),
])

add("Türkiye", [
    (70, "en", W,
     "The Digital Transformation Office's public sector strategy mentions participation in general terms, "
     "without an e-participation action plan.",
     [(G, "Digital Transformation Office")], R1),
])

add("Israel", [
    (88, "en", W,
     "5G deployment is listed in the National Digital Program as an infrastructure objective, without "
     "guidance for public services.",
     [(POL, "National Digital Program")], R1),
])

add("Afghanistan", [
    (10, "und", I, "N/A", [], NI),
    (99, "en", N, "No such tool exists.", [], NIP),
])

add("Syrian Arab Republic", [
    (48, "en", P,
     "The Ministry of Communications and Technology is drafting an e-procurement regulation with the Central "
     "Authority for Financial Control.",
     [(G, "Ministry of Communications and Technology"), (G, "Central Authority for Financial Control")], R3),
])

add("Kuwait", [
    (84, "en", N,
     "The New Kuwait Vision 2035 refers to digitising government services but sets no percentage.",
     [(POL, "New Kuwait Vision 2035")], ABSENT_STRAT),
    (12, "en", E, "Sahel app (https://sahel.gov.kw) for unified government services.",
     [(PO, "Sahel"), (U, "https://sahel.gov.kw")], PORT),
])

add("Qatar", [
    (74, "en", E,
     "Yes, and beyond the strategy the Tawtheeq national authentication system is operated by the Ministry of "
     "Communications and Information Technology.",
     [(PO, "Tawtheeq"), (G, "Ministry of Communications and Information Technology")], DEDICATED),
    (103, "en", I, "To be advised.", [], NI),
])

add("Bahrain", [
    (121, "en", E,
     "Yes. Tawasul, the National Suggestions and Complaints System (https://www.bahrain.bh/tawasul), measures "
     "satisfaction for each entity.",
     [(PO, "Tawasul"), (PO, "National Suggestions and Complaints System"), (U, "https://www.bahrain.bh/tawasul")], R2),
])

add("United Arab Emirates", [
    (97, "en", E,
     "Yes. The Regulations Lab (RegLab) tests legislation for new technologies, under the Prime Minister's "
     "Office.",
     [(G, "Regulations Lab"), (G, "RegLab"), (G, "Prime Minister's Office")], R2),
])

add("Jordan", [
    (109, "en", P,
     "The Ministry of Digital Economy and Entrepreneurship is preparing an accessible version of the e-participation "
     "platform for persons with disabilities, with UNDP support.",
     [(G, "Ministry of Digital Economy and Entrepreneurship"), PA("UNDP")], R3),
])

add("India", [
    (9, "en", E, "MyGov (https://www.mygov.in) is the citizen engagement platform of the Government of India.",
     [(PO, "MyGov"), (U, "https://www.mygov.in")], PORT),
    (107, "en", E,
     "Yes. The Unique Disability ID portal (https://www.swavlambancard.gov.in) issues disability cards online, "
     "and the e-Shram portal registers unorganised workers.",
     [(PO, "Unique Disability ID"), (U, "https://www.swavlambancard.gov.in"), (PO, "e-Shram")], R2),
])

add("Bhutan", [
    (44, "en", E,
     "The Bhutan National Digital Identity Act 2023 provides the legal basis for the NDI wallet.",
     [(L, "Bhutan National Digital Identity Act 2023"), (PO, "NDI")], R2),
    (116, "en", P,
     "GovTech Agency plans to publish consultation outcomes on the national e-participation page from 2025.",
     [(G, "GovTech Agency")], R3),
])

add("Maldives", [
    (54, "en", W,
     "The Right to Information Act (Law No. 1/2014) refers to proactive disclosure, but there is no open data "
     "regulation or guideline.",
     [(L, "Right to Information Act"), (L, "Law No. 1/2014")], R1),
    (113, "en", E,
     "Yes. The President's Office and ministries use X and Facebook for e-information.",
     [(G, "President's Office")], R2),
])

add("Myanmar", [
    (103, "en", N, "There is no e-participation policy.", [], NIP),
    (105, "en", I, "Data not available.", [], UNAVAIL),
])

add("Thailand", [
    (118, "en", E,
     "Yes. The Digital Government Development Agency (DGA) tracks usage of the Thang Rath app and publishes "
     "monthly figures.",
     [(G, "Digital Government Development Agency"), (G, "DGA"), (PO, "Thang Rath")], R2),
    (86, "en", W,
     "Robotic process automation is mentioned in the Digital Government Development Plan 2023-2027, without "
     "guidance.",
     [(POL, "Digital Government Development Plan 2023-2027")], R1),
])

add("Malaysia", [
    (88, "en", E,
     "Beyond the MyDIGITAL blueprint, 5G is being deployed by Digital Nasional Berhad (DNB), a state-owned "
     "company.",
     [(POL, "MyDIGITAL"), (G, "Digital Nasional Berhad"), (G, "DNB")], DEDICATED),
    (20, "en", E,
     "Yes. Every ministry has a Chief Digital Officer under a circular of the Malaysian Administrative "
     "Modernisation and Management Planning Unit (MAMPU).",
     [(G, "Malaysian Administrative Modernisation and Management Planning Unit"), (G, "MAMPU")], R2),
])

add("Singapore", [
    (76, "en", E,
     "Yes. Beyond the Digital Government Blueprint, the Digital Service Standards issued by GovTech make "
     "digital-first design mandatory for all agencies.",
     [(POL, "Digital Government Blueprint"), (POL, "Digital Service Standards"), (G, "GovTech")], DEDICATED),
    (74, "en", E, "Singpass is the national digital identity (https://www.singpass.gov.sg).",
     [(PO, "Singpass"), (U, "https://www.singpass.gov.sg")], DEDICATED),
])

add("Brunei Darussalam", [
    (122, "en", I, "Figures not yet compiled.", [], UNAVAIL),
    (8, "en", E, "e-Darussalam portal: https://www.gov.bn",
     [(PO, "e-Darussalam"), (U, "https://www.gov.bn")], PORT),
])

add("Japan", [
    (91, "en", W,
     "Generative AI and cloud are referred to in the Priority Policy Program for Realizing Digital Society, "
     "without detailed measures.",
     [(POL, "Priority Policy Program for Realizing Digital Society")], R4),
    (124, "en", E,
     "The Digital Agency cooperates with the European Commission on digital identity and with ASEAN on "
     "data flows.",
     [(G, "Digital Agency"), PA("European Commission", "European Union"), PA("ASEAN")], COOP),
])

add("Republic of Korea", [
    (89, "en", E,
     "Yes. Besides the Digital Platform Government Realization Plan, NIA runs IoT pilot projects in public "
     "services under the Framework Act on Intelligent Informatization.",
     [(POL, "Digital Platform Government Realization Plan"), (G, "NIA"),
      (L, "Framework Act on Intelligent Informatization")],
     DEDICATED),
])

add("Mongolia", [
    (82, "en", N, "No reference.", [], ABSENT_STRAT),
    (11, "en", E, "Electronic procurement system: https://user.tender.gov.mn",
     [(U, "https://user.tender.gov.mn")], PORT),
])

add("Australia", [
    (99, "en", E,
     "Yes. The Digital Transformation Agency (DTA) publishes progress against the Data and Digital Government "
     "Strategy implementation plan.",
     [(G, "Digital Transformation Agency"), (G, "DTA"), (POL, "Data and Digital Government Strategy")], R2),
])

add("New Zealand", [
    (116, "en", E,
     "Yes. Government agencies publish summaries of submissions on https://www.govt.nz/consultations, and "
     "Te Puni Kōkiri reports on Māori engagement.",
     [(U, "https://www.govt.nz/consultations"), (G, "Te Puni Kōkiri")], R2),
])

add("Tuvalu", [
    (64, "en", E,
     "Yes, the Tuvalu Digital Transformation Plan is aligned with Te Kakeega IV, the national strategy for "
     "sustainable development.",
     [(POL, "Tuvalu Digital Transformation Plan"), (POL, "Te Kakeega IV")], ALIGN),
])

add("Samoa", [
    (105, "en", W,
     "Connectivity for women and persons with disabilities is an objective of the Samoa Digital Transformation "
     "Strategy, but no guideline or programme implements it yet.",
     [(POL, "Samoa Digital Transformation Strategy")], R1),
])

add("Tonga", [
    (93, "en", E,
     "Yes, it is aligned with the Pacific Regional Digital Transformation Roadmap of the Pacific Islands Forum.",
     [(POL, "Pacific Regional Digital Transformation Roadmap"), PA("Pacific Islands Forum", "PIFS")], ALIGN),
])

add("Solomon Islands", [
    (87, "en", N, "The National ICT Policy makes no reference to blockchain.",
     [(POL, "National ICT Policy")], ABSENT_STRAT),
    (118, "en", I, "Unknown.", [], NI),
])

add("Fiji", [
    (109, "en", E,
     "Yes. The Ministry of Women, Children and Social Protection runs online consultations through "
     "https://www.digitalfiji.gov.fj/consult with sign-language videos.",
     [(G, "Ministry of Women, Children and Social Protection"), (U, "https://www.digitalfiji.gov.fj/consult")], R2),
])

add("Jamaica", [
    (114, "en", P,
     "Draft Social Media Guidelines for the Public Sector are with the Office of the Cabinet for approval.",
     [(POL, "Social Media Guidelines for the Public Sector"), (G, "Office of the Cabinet")], R3),
    (50, "en", E,
     "The Public Bodies Management and Accountability Act and the Financial Administration and Audit Act "
     "require publication of estimates, which the Ministry of Finance and the Public Service posts online.",
     [(L, "Public Bodies Management and Accountability Act"), (L, "Financial Administration and Audit Act"),
      (G, "Ministry of Finance and the Public Service")], R2),
])

add("Trinidad and Tobago", [
    (34, "en", P,
     "The Ministry of Digital Transformation and the Office of Disaster Preparedness and Management (ODPM) are "
     "preparing a digital resilience strategy.",
     [(G, "Ministry of Digital Transformation"), (G, "Office of Disaster Preparedness and Management"), (G, "ODPM")],
     R3),
])

add("Barbados", [
    (107, "en", P,
     "An online application for the Senior Citizens Benefit is being developed by the National Insurance and "
     "Social Security Service.",
     [(POL, "Senior Citizens Benefit"), (G, "National Insurance and Social Security Service")], R3),
])

add("Guyana", [
    (91, "en", N, "None.", [], "'None' said of the thing asked about (settled case)."),
    (36, "en", E,
     "The Civil Defence Commission (CDC) issues alerts through https://cdc.gy and its mobile app.",
     [(G, "Civil Defence Commission"), (G, "CDC"), (U, "https://cdc.gy")], PORT),
])

add("Saint Kitts and Nevis", [
    (88, "und", I, "TBD", [], NI),
    (66, "en", W,
     "The SDGs are mentioned in the National ICT Strategic Plan, without a link to specific e-government "
     "actions.",
     [(POL, "National ICT Strategic Plan")], R4),
])

add("Saint Vincent and the Grenadines", [
    (80, "en", P,
     "The revised National Digital Government Strategy, currently in draft, will introduce a life-event "
     "approach.",
     [(POL, "National Digital Government Strategy")], DRAFT_STRAT),
    (40, "en", E, "Privacy Act, 2003 and Data Protection Act 2022.",
     [(L, "Privacy Act, 2003"), (L, "Data Protection Act 2022")], R2),
])

add("Liberia", [
    (74, "en", W,
     "Digital identity is mentioned in the Liberia Digital Transformation Strategy, linked to the National "
     "Identification Registry, but no implementing guideline exists.",
     [(POL, "Liberia Digital Transformation Strategy"), (G, "National Identification Registry")], R1),
])

add("Sierra Leone", [
    (97, "en", E,
     "The Bank of Sierra Leone runs the Regulatory Sandbox Framework, and DSTI tests new public service tools in "
     "its innovation lab.",
     [(G, "Bank of Sierra Leone"), (POL, "Regulatory Sandbox Framework"), (G, "DSTI")], R2),
])

add("Gambia", [
    (64, "en", E,
     "Yes. The Digital Economy Master Plan 2023-2033 is aligned with the Recovery-Focused National Development "
     "Plan (RF-NDP).",
     [(POL, "Digital Economy Master Plan 2023-2033"), (POL, "Recovery-Focused National Development Plan"),
      (POL, "RF-NDP")], ALIGN),
    (122, "en", N, "Not disaggregated.", [], NIP),
])

add("Namibia", [
    (70, "en", P,
     "The Digital Strategy for Namibia, which includes e-participation, is still in draft.",
     [(POL, "Digital Strategy for Namibia")], DRAFT_STRAT),
])

add("Botswana", [
    (8, "en", E, "1Gov portal (https://www.gov.bw), with online services delivered under the SmartBots programme.",
     [(PO, "1Gov"), (U, "https://www.gov.bw"), (POL, "SmartBots")], PORT),
])

add("Lesotho", [
    (52, "en", P,
     "The Data Sharing and Interoperability Bill is being drafted by the Ministry of Information, Communications, "
     "Science, Technology and Innovation.",
     [(L, "Data Sharing and Interoperability Bill"),
      (G, "Ministry of Information, Communications, Science, Technology and Innovation")], BILL),
])

add("Eswatini", [
    (121, "en", I, "Not applicable.", [], NI),
])

add("Zimbabwe", [
    (72, "en", W,
     "The National Data Strategy component of the Smart Zimbabwe 2030 Master Plan is stated as an objective, "
     "with no implementing guidelines yet.",
     [(POL, "Smart Zimbabwe 2030 Master Plan")], R1),
])

add("Malawi", [
    (54, "en", N, "There is no law on open government data.", [], NIP),
])

add("Zambia", [
    (113, "en", E,
     "Yes. SMART Zambia Institute and ministries use Facebook, X and WhatsApp channels for information and "
     "consultation.",
     [(G, "SMART Zambia Institute")], R2),
])

add("Uganda", [
    (124, "en", E,
     "NITA-U works with the Korea International Cooperation Agency on the e-government master plan and with "
     "GIZ on digital skills.",
     [(G, "NITA-U"), PA("Korea International Cooperation Agency", "KOICA"), PA("GIZ")], COOP),
])

add("United Republic of Tanzania", [
    (89, "en", W,
     "The Digital Economy Strategic Framework 2024-2034 names IoT among emerging technologies, with no "
     "implementation detail.",
     [(POL, "Digital Economy Strategic Framework 2024-2034")], R1),
])

add("Rwanda", [
    (87, "en", I, "See the answer under Q85.", [], SEE),
])

add("Kenya", [
    (105, "en", E,
     "Yes. Ajira Digital and the public Wi-Fi hotspots of the Ministry of Information, Communications and the "
     "Digital Economy target youth and women.",
     [(POL, "Ajira Digital"), (G, "Ministry of Information, Communications and the Digital Economy")], R2),
])

add("South Africa", [
    (50, "en", E,
     "National Treasury publishes budget and expenditure data on Vulekamali (https://vulekamali.gov.za), "
     "based on the Public Finance Management Act, 1999.",
     [(G, "National Treasury"), (PO, "Vulekamali"), (U, "https://vulekamali.gov.za"),
      (L, "Public Finance Management Act, 1999")], R2),
])

# ---------------------------------------------------------------- batch 5: French, planned/provision/absent/no information
add("Burkina Faso", [
    (99, "fr", W,
     "Le suivi de la mise en œuvre est prévu par la Stratégie Nationale de Développement de l'Économie "
     "Numérique (SN-DEN), mais aucun outil ni indicateur n'a encore été défini.",
     [(POL, "Stratégie Nationale de Développement de l'Économie Numérique"), (POL, "SN-DEN")], R1),
    (114, "fr", P,
     "Une charte d'utilisation des réseaux sociaux par les agents publics est en cours d'élaboration par le "
     "Service d'Information du Gouvernement (SIG).",
     [(G, "Service d'Information du Gouvernement"), (G, "SIG")], R3),
    (9, "fr", I, "Cf. réponse de l'Agence Nationale de Promotion des TIC (ANPTIC).",
     [(G, "Agence Nationale de Promotion des TIC"), (G, "ANPTIC")], SEE),
])

add("Cameroon", [
    (116, "fr", W,
     "La prise en compte de l'avis des femmes est mentionnée dans la Stratégie Nationale de Développement "
     "2020-2030 (SND30), sans mécanisme de publication.",
     [(POL, "Stratégie Nationale de Développement 2020-2030"), (POL, "SND30")], R1),
    (118, "fr", P,
     "Le Ministère des Postes et Télécommunications (MINPOSTEL) prévoit de collecter les statistiques d'usage "
     "des e-services à partir de 2025.",
     [(G, "Ministère des Postes et Télécommunications"), (G, "MINPOSTEL")], R3),
    (93, "fr", N, "Non, la stratégie n'est alignée sur aucun cadre régional.", [], NIP),
])

add("Senegal", [
    (34, "fr", W,
     "La résilience des services publics en cas de crise est un objectif du New Deal Technologique, mais aucune "
     "stratégie dédiée ni directive n'existe.",
     [(POL, "New Deal Technologique")], R1),
    (122, "fr", I, "Information non disponible.", [], UNAVAIL),
    (52, "fr", P,
     "Un projet de décret sur l'interopérabilité des systèmes d'information de l'État a été préparé par "
     "Sénégal Numérique SA (SENUM SA) et doit être adopté en Conseil des ministres.",
     [(G, "Sénégal Numérique SA"), (G, "SENUM SA"), (G, "Conseil des ministres")], R3),
])

add("Mali", [
    (105, "fr", W,
     "Le Plan d'Actions du Gouvernement prévoit l'accès des femmes rurales au numérique, sans mesure concrète "
     "pour l'instant.",
     [(POL, "Plan d'Actions du Gouvernement")], R1),
    (64, "fr", I, "À préciser par l'Agence des Technologies de l'Information et de la Communication (AGETIC).",
     [(G, "Agence des Technologies de l'Information et de la Communication"), (G, "AGETIC")], NI),
])

add("Niger", [
    (116, "fr", N, "Non.", [], NIP),
    (103, "fr", P,
     "Une stratégie de participation citoyenne en ligne est annoncée dans la feuille de route de l'Agence "
     "Nationale pour la Société de l'Information (ANSI) pour 2025.",
     [(G, "Agence Nationale pour la Société de l'Information"), (G, "ANSI")], R3),
])

add("Guinea", [
    (97, "fr", N, "Il n'existe pas de bac à sable réglementaire.", [], NIP),
    (50, "fr", P,
     "Le Ministère de l'Économie et des Finances prépare un arrêté sur la publication en ligne de l'exécution "
     "budgétaire, avec l'appui du FMI.",
     [(G, "Ministère de l'Économie et des Finances"), PA("FMI", "IMF")], R3),
])

add("Chad", [
    (99, "fr", I, "Informations en cours de collecte auprès de l'ADETIC.",
     [(G, "ADETIC")], NI),
    (111, "fr", P,
     "Des formations numériques pour les femmes sont prévues dans le cadre du Projet de Transformation "
     "Numérique du Tchad financé par la Banque mondiale.",
     [(POL, "Projet de Transformation Numérique du Tchad"), PA("Banque mondiale", "World Bank")], R3),
])

add("Central African Republic", [
    (64, "fr", W,
     "Le Plan National de Développement 2024-2028 mentionne l'administration électronique, mais la stratégie "
     "numérique n'a pas encore de feuille de route de mise en œuvre.",
     [(POL, "Plan National de Développement 2024-2028")], R1),
    (8, "fr", N, "Aucun portail d'e-services n'est disponible.", [], NIP),
])

add("Comoros", [
    (99, "fr", P,
     "Un tableau de bord de suivi du Plan Comores Numérique 2028 sera mis en place par l'ANADEN avec l'appui du "
     "PNUD.",
     [(POL, "Plan Comores Numérique 2028"), (G, "ANADEN"), PA("PNUD", "UNDP")], R3),
    (66, "fr", I, "Voir ci-dessus.", [], SEE),
])

add("Djibouti", [
    (88, "fr", W,
     "La 5G est citée dans le Schéma Directeur du Numérique comme perspective, sans plan d'action ni texte "
     "d'application.",
     [(POL, "Schéma Directeur du Numérique")], R1),
    (116, "fr", I, "Question transmise au Ministère de la Femme et de la Famille.",
     [(G, "Ministère de la Femme et de la Famille")], NI),
])

add("Burundi", [
    (86, "fr", N, "La robotique n'est pas abordée.", [], ABSENT_STRAT),
    (48, "fr", P,
     "Un projet de loi portant révision du Code des marchés publics, introduisant la passation électronique, "
     "est examiné par l'Assemblée nationale.",
     [(L, "Code des marchés publics"), (G, "Assemblée nationale")], BILL),
])

add("Mauritania", [
    (105, "fr", P,
     "Le Ministère de la Transformation Numérique, de l'Innovation et de la Modernisation de l'Administration "
     "prévoit des espaces numériques pour les femmes dans les wilayas.",
     [(G, "Ministère de la Transformation Numérique, de l'Innovation et de la Modernisation de l'Administration")],
     R3),
    (121, "fr", N, "La satisfaction des usagers n'est pas mesurée.", [], NIP),
])

add("Algeria", [
    (82, "fr", I, "Non communiqué.", [], NI),
    (34, "fr", P,
     "Une stratégie numérique de gestion des crises est en cours de préparation par la Délégation Nationale aux "
     "Risques Majeurs.",
     [(G, "Délégation Nationale aux Risques Majeurs")], R3),
])

add("Morocco", [
    (54, "fr", W,
     "La loi n° 31-13 relative au droit d'accès à l'information évoque la publication proactive, mais aucun "
     "texte ne régit encore les données ouvertes.",
     [(L, "loi n° 31-13 relative au droit d'accès à l'information")], R1),
])

add("Tunisia", [
    (109, "fr", N, "Aucune mesure spécifique.", [], NIP),
    (20, "fr", W,
     "La fonction de responsable de la transformation digitale dans chaque ministère est prévue par la "
     "stratégie, sans texte fixant ses attributions.",
     [], R1),
])

add("Lebanon", [
    (97, "fr", P,
     "Le Bureau du Ministre d'État pour la Réforme Administrative (OMSAR) étudie un cadre d'expérimentation "
     "réglementaire avec l'ESCWA.",
     [(G, "Bureau du Ministre d'État pour la Réforme Administrative"), (G, "OMSAR"), PA("ESCWA")], R3),
])

add("Madagascar", [
    (87, "fr", W,
     "La blockchain est mentionnée dans la Stratégie Madagascar Digital 2023-2028, sans guide d'application.",
     [(POL, "Madagascar Digital 2023-2028")], R1),
    (114, "fr", N, "Pas de lignes directrices à ce jour.", [], NIP),
])

add("Gabon", [
    (76, "fr", P,
     "Le principe du numérique par défaut figurera dans le Plan Stratégique Gabon Digital 2030, actuellement en "
     "consultation.",
     [(POL, "Plan Stratégique Gabon Digital 2030")], DRAFT_STRAT),
    (10, "fr", I, "Sans objet.", [], NI),
])

add("Congo", [
    (87, "fr", W,
     "La blockchain apparaît dans la stratégie Congo Digital 2025 comme technologie à explorer, sans "
     "directives.",
     [(POL, "Congo Digital 2025")], R1),
    (12, "fr", P,
     "Un portail du guichet unique foncier est en construction au Ministère des Affaires Foncières.",
     [(G, "Ministère des Affaires Foncières")], R3),
])

add("Democratic Republic of the Congo", [
    (82, "fr", W,
     "Le Plan National du Numérique « Horizon 2025 » évoque l'inclusion, sans principe d'inclusion dès la "
     "conception ni guide.",
     [(POL, "Plan National du Numérique"), (POL, "Horizon 2025")], R1),
    (113, "fr", I, "Voir la réponse de la Question 112.", [], SEE),
])

add("Côte d'Ivoire", [
    (20, "fr", P,
     "La création de Directions des Systèmes d'Information dans les ministères est prévue par un projet de "
     "décret soumis au Gouvernement par le Ministère de la Transition Numérique et de la Digitalisation.",
     [(G, "Ministère de la Transition Numérique et de la Digitalisation")], R3),
    (66, "fr", W,
     "Les ODS sont cités dans le Plan National de Développement 2021-2025, sans lien précis avec "
     "l'administration électronique.",
     [(POL, "Plan National de Développement 2021-2025")], R4),
])

add("Benin", [
    (34, "fr", N, "Il n'existe pas de stratégie numérique de crise.", [], NIP),
    (89, "fr", W,
     "L'Internet des objets est mentionné dans le Programme d'Actions du Gouvernement, sans détail.",
     [(POL, "Programme d'Actions du Gouvernement")], R4),
])

add("Togo", [
    (116, "fr", I, "Non renseigné.", [], NI),
    (52, "fr", E,
     "Loi n° 2019-014 relative à la protection des données à caractère personnel et décret sur "
     "l'interopérabilité mis en œuvre par l'Agence Togo Digital (ATD).",
     [(L, "Loi n° 2019-014 relative à la protection des données à caractère personnel"), (G, "Agence Togo Digital"),
      (G, "ATD")], R2),
])

add("Haiti", [
    (54, "fr", N, "Haïti ne dispose d'aucune loi sur les données ouvertes.", [], NIP),
    (99, "fr", P,
     "Le Conseil National des Télécommunications (CONATEL) envisage un mécanisme de suivi avec le PNUD.",
     [(G, "Conseil National des Télécommunications"), (G, "CONATEL"), PA("PNUD", "UNDP")], R3),
])

add("France", [
    (91, "fr", W,
     "L'informatique en nuage est citée dans la feuille de route de la DINUM, sans directive propre aux "
     "collectivités.",
     [(G, "DINUM")], R1),
    (105, "fr", E,
     "Oui. Le programme France Services (https://www.france-services.gouv.fr) offre un accompagnement de "
     "proximité, et le dispositif Conseillers numériques aide les publics éloignés du numérique.",
     [(POL, "France Services"), (U, "https://www.france-services.gouv.fr"), (POL, "Conseillers numériques")],
     R2),
])

add("Belgium", [
    (107, "fr", N, "Il n'y a pas de service en ligne spécifique à ces groupes au niveau fédéral.", [], NIP),
    (88, "fr", I, "Compétence régionale, pas d'information au niveau fédéral.", [], NI),
])

add("Switzerland", [
    (122, "fr", N, "Non.", [], NIP),
    (86, "fr", I, "Aucune information disponible.", [], UNAVAIL),
])

add("Luxembourg", [
    (34, "fr", N, "Pas de stratégie numérique spécifique pour les crises.", [], NIP),
])

add("Monaco", [
    (113, "fr", E,
     "Oui, le Centre de Presse du Gouvernement Princier gère les comptes officiels sur Facebook, Instagram et "
     "LinkedIn.",
     [(G, "Centre de Presse du Gouvernement Princier")], R2),
    (109, "fr", N, "Non, aucune mesure particulière.", [], NIP),
])

add("Canada", [
    (107, "fr", P,
     "Emploi et Développement social Canada prépare une demande en ligne pour la Prestation canadienne pour "
     "les personnes handicapées.",
     [(G, "Emploi et Développement social Canada"), (POL, "Prestation canadienne pour les personnes handicapées")], R3),
])

add("Seychelles", [
    (93, "fr", W,
     "La Stratégie de gouvernement électronique cite l'Agenda 2063 de l'Union africaine, sans plan d'alignement.",
     [(POL, "Stratégie de gouvernement électronique"), (POL, "Agenda 2063"), PA("Union africaine", "African Union")],
     R1),
])

add("Rwanda", [
    (103, "fr", W,
     "La participation citoyenne en ligne est mentionnée dans la politique ICT Sector Strategic Plan, sans "
     "stratégie dédiée.",
     [(POL, "ICT Sector Strategic Plan")], R4),
])

add("Vanuatu", [
    (116, "fr", N, "Non, ces informations ne sont pas publiées.", [], NIP),
])

add("Guinea-Bissau", [
    (8, "pt", P,
     "O portal de serviços públicos está em desenvolvimento pelo Ministério dos Transportes e Comunicações com "
     "o apoio do Banco Africano de Desenvolvimento.",
     [(G, "Ministério dos Transportes e Comunicações"), PA("Banco Africano de Desenvolvimento", "African Development Bank")],
     R3),
])

add("Sao Tome and Principe", [
    (54, "pt", N, "Não existe legislação sobre dados abertos.", [], NIP),
    (124, "pt", E,
     "Cooperação com Portugal através da Agência para a Modernização Administrativa (AMA) e com a CPLP.",
     [PA("Portugal"), PA("Agência para a Modernização Administrativa", "Agency for Administrative Modernization (Portugal)"),
      PA("AMA", "Agency for Administrative Modernization (Portugal)"), PA("CPLP")], COOP),
    (99, "pt", I, "Sem dados.", [], NI),
])

add("Cabo Verde", [
    (86, "pt", W,
     "A robótica é referida no Plano Estratégico para a Economia Digital, mas não existem orientações de "
     "aplicação.",
     [(POL, "Plano Estratégico para a Economia Digital")], R1),
])

add("Italy", [
    (76, "it", W,
     "Il Piano Triennale per l'informatica nella Pubblica Amministrazione richiama il principio digital by "
     "default, senza linee guida operative dedicate.",
     [(POL, "Piano Triennale per l'informatica nella Pubblica Amministrazione")], R1),
    (113, "it", E,
     "Sì. Il Dipartimento per la trasformazione digitale usa X e LinkedIn per l'informazione; le consultazioni "
     "si svolgono su https://partecipa.gov.it.",
     [(G, "Dipartimento per la trasformazione digitale"), (U, "https://partecipa.gov.it")], R2),
])

add("Austria", [
    (97, "de", P,
     "Ein Regulatory Sandbox für KI-Anwendungen wird von der KI-Servicestelle der RTR vorbereitet.",
     [(G, "KI-Servicestelle"), (G, "RTR")], R3),
])

add("Germany", [
    (122, "de", N, "Nein, die Zufriedenheitsdaten werden nicht nach Geschlecht erhoben.", [], NIP),
])

# ---------------------------------------------------------------- batch 6: Spanish and English, non-enacted
add("Mexico", [
    (70, "es", W,
     "La Estrategia Digital Nacional menciona la participación ciudadana digital como principio, pero no hay "
     "lineamientos para aplicarla.",
     [(POL, "Estrategia Digital Nacional")], R1),
    (125, "es", P,
     "La Agencia de Transformación Digital y Telecomunicaciones prepara la iniciativa de Ley Nacional para Eliminar "
     "Trámites Burocráticos, que se enviará al Congreso de la Unión.",
     [(G, "Agencia de Transformación Digital y Telecomunicaciones"), (L, "Ley Nacional para Eliminar Trámites Burocráticos"),
      (G, "Congreso de la Unión")], R3),
])

add("Chile", [
    (84, "es", W,
     "La Estrategia de Gobierno Digital plantea que el 80% de los trámites sea digital, sin plan de "
     "implementación por institución.",
     [(POL, "Estrategia de Gobierno Digital")], R1),
    (36, "es", I, "Consultar con el Servicio Nacional de Prevención y Respuesta ante Desastres (SENAPRED).",
     [(G, "Servicio Nacional de Prevención y Respuesta ante Desastres"), (G, "SENAPRED")], NI),
])

add("Colombia", [
    (78, "es", W,
     "El principio de solo una vez está en la Política de Gobierno Digital, pero el reglamento para "
     "aplicarlo a todas las entidades aún no existe.",
     [(POL, "Política de Gobierno Digital")], R1),
    (116, "es", P,
     "El Departamento Administrativo de la Función Pública (DAFP) diseña un reporte público sobre cómo se "
     "incorporan los aportes ciudadanos, previsto para 2025.",
     [(G, "Departamento Administrativo de la Función Pública"), (G, "DAFP")], R3),
])

add("Peru", [
    (68, "es", P,
     "La Secretaría de Gobierno y Transformación Digital (SGTD) elabora lineamientos para planes de gobierno "
     "digital regionales, que se aprobarán en 2025.",
     [(G, "Secretaría de Gobierno y Transformación Digital"), (G, "SGTD")], R3),
    (93, "es", I, "Ver pregunta 64.", [], SEE),
])

add("Dominican Republic", [
    (80, "es", N, "No, la Agenda Digital 2030 no incluye el enfoque de ciclo de vida.",
     [(POL, "Agenda Digital 2030")], ABSENT_STRAT),
    (122, "es", P,
     "La OGTIC incorporará la variable sexo en la encuesta de satisfacción del portal GOB.DO en 2025.",
     [(G, "OGTIC"), (PO, "GOB.DO")], R3),
])

add("Paraguay", [
    (74, "es", P,
     "La identidad digital será un eje del nuevo Plan Nacional de TIC, cuyo proyecto elabora el MITIC con "
     "apoyo del BID.",
     [(POL, "Plan Nacional de TIC"), (G, "MITIC"), PA("BID", "Inter-American Development Bank")], DRAFT_STRAT),
    (118, "es", I, "Dato a ser proporcionado por el MITIC.", [(G, "MITIC")], NI),
])

add("Argentina", [
    (72, "es", W,
     "El Plan de Modernización del Estado hace referencia a un marco de gobernanza de datos, sin normas de "
     "implementación.",
     [(POL, "Plan de Modernización del Estado")], R1),
    (34, "es", N, "No existe una estrategia digital específica para emergencias.", [], NIP),
])

add("Bolivia", [
    (64, "es", W,
     "El Plan de Implementación de Gobierno Electrónico menciona el Plan de Desarrollo Económico y Social "
     "2021-2025, sin una hoja de ruta de implementación conjunta.",
     [(POL, "Plan de Implementación de Gobierno Electrónico"), (POL, "Plan de Desarrollo Económico y Social 2021-2025")],
     R1),
    (122, "es", I, "Sin información.", [], NI),
])

add("Ecuador", [
    (76, "es", P,
     "El principio de digital por defecto se incluirá en la Política de Transformación Digital que prepara el "
     "MINTEL.",
     [(POL, "Política de Transformación Digital"), (G, "MINTEL")], DRAFT_STRAT),
    (91, "es", I, "No aplica.", [], NI),
])

add("Guatemala", [
    (70, "es", N, "La Agenda Nacional de Gobierno Digital no aborda la participación electrónica.",
     [(POL, "Agenda Nacional de Gobierno Digital")], ABSENT_STRAT),
    (124, "es", P,
     "Se negocia un memorando de entendimiento con la Agencia de Cooperación Internacional de Corea (KOICA) "
     "para un proyecto de interoperabilidad.",
     [PA("Agencia de Cooperación Internacional de Corea", "KOICA"), PA("KOICA")], "Agreement still under negotiation (rule 3)."),
])

add("Honduras", [
    (66, "es", P,
     "La vinculación con los ODS se hará en la nueva Agenda Digital de Honduras, todavía en borrador.",
     [(POL, "Agenda Digital de Honduras")], DRAFT_STRAT),
    (36, "es", N, "No contamos con un portal de emergencias.", [], NIP),
])

add("El Salvador", [
    (74, "es", I, "Información a cargo del Registro Nacional de las Personas Naturales (RNPN).",
     [(G, "Registro Nacional de las Personas Naturales"), (G, "RNPN")], NI),
    (68, "es", N, "No existen estrategias municipales de gobierno electrónico.", [], NIP),
])

add("Nicaragua", [
    (80, "es", W,
     "El enfoque de ciclo de vida se menciona en la Estrategia Nacional de Ciberseguridad, sin desarrollo.",
     [(POL, "Estrategia Nacional de Ciberseguridad")], R4),
    (114, "es", N, "No hay lineamientos.", [], NIP),
])

add("Costa Rica", [
    (125, "es", P,
     "El Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones (MICITT) prepara la Estrategia "
     "Nacional de Inteligencia Artificial, que se publicará en 2025.",
     [(G, "Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones"), (G, "MICITT"),
      (POL, "Estrategia Nacional de Inteligencia Artificial")], R3),
    (109, "es", I, "No se tiene el dato.", [], NI),
])

add("Panama", [
    (78, "es", P,
     "La AIG tramita un decreto ejecutivo sobre interoperabilidad que introducirá el principio de solo una vez.",
     [(G, "AIG")], R3),
    (12, "und", I, "-", [], NI),
])

add("Venezuela", [
    (84, "es", N, "No se fija un porcentaje de servicios a digitalizar.", [], ABSENT_STRAT),
    (105, "es", P,
     "El Ministerio del Poder Popular para Ciencia y Tecnología prevé ampliar los Infocentros para mujeres y "
     "adultos mayores en 2025.",
     [(G, "Ministerio del Poder Popular para Ciencia y Tecnología"), (G, "Infocentros")], R3),
])

add("Cuba", [
    (72, "es", P,
     "Se elabora el proyecto de Decreto sobre la Gobernanza de Datos, previsto en el cronograma legislativo del Consejo de "
     "Ministros.",
     [(L, "Decreto sobre la Gobernanza de Datos"), (G, "Consejo de Ministros")], R3),
    (89, "es", N, "No se menciona.", [], ABSENT_STRAT),
])

add("Equatorial Guinea", [
    (64, "es", P,
     "La estrategia de gobierno electrónico se está redactando en línea con la Agenda Guinea Ecuatorial 2035.",
     [(POL, "Agenda Guinea Ecuatorial 2035")], R3),
    (113, "es", I, "Sin datos.", [], NI),
])

add("Spain", [
    (91, "es", W,
     "La computación en la nube aparece en la Estrategia España Digital 2026, sin medidas específicas.",
     [(POL, "España Digital 2026")], R4),
    (36, "es", I, "Véase la respuesta del Ministerio del Interior.", [(G, "Ministerio del Interior")], SEE),
])

add("Uruguay", [
    (93, "es", I, "Sin comentarios.", [], NI),
    (34, "es", W,
     "La Agenda Uruguay Digital 2025 incluye la continuidad de servicios ante emergencias como meta, sin una "
     "estrategia específica ni guías.",
     [(POL, "Agenda Uruguay Digital 2025")], R1),
])

add("Lithuania", [
    (34, "en", P,
     "The Fire and Rescue Department is preparing a digital crisis communication strategy, to be adopted in "
     "2025.",
     [(G, "Fire and Rescue Department")], R3),
    (66, "en", I, "Please refer to the Office of the Government.", [(G, "Office of the Government")], SEE),
])

add("Croatia", [
    (105, "en", P,
     "Vouchers for broadband access for low-income households are planned under the National Recovery and "
     "Resilience Plan.",
     [(POL, "National Recovery and Resilience Plan")], R3),
])

add("Montenegro", [
    (91, "en", W,
     "Cloud services are mentioned in the Digital Transformation Strategy 2022-2026, but there are no "
     "guidelines for their use in public administration.",
     [(POL, "Digital Transformation Strategy 2022-2026")], R1),
    (125, "en", I, "No further comments.", [], NI),
])

add("Saint Lucia", [
    (84, "en", P,
     "The target of digitising 60% of services will be set in the National Digital Transformation Strategy now "
     "being drafted with the Caribbean Development Bank.",
     [(POL, "National Digital Transformation Strategy"), PA("Caribbean Development Bank")], DRAFT_STRAT),
])

add("Kiribati", [
    (78, "en", N, "No reference.", [], ABSENT_STRAT),
    (114, "en", I, "Unknown at this stage.", [], NI),
])

add("Belize", [
    (72, "en", P,
     "The National Data Governance Framework is being prepared by the E-Governance and Digitalization Unit with "
     "support from the IDB.",
     [(POL, "National Data Governance Framework"), (G, "E-Governance and Digitalization Unit"),
      PA("IDB", "Inter-American Development Bank")], R3),
])

add("Nauru", [
    (70, "en", N, "The National Sustainable Development Strategy does not mention e-participation.",
     [(POL, "National Sustainable Development Strategy")], ABSENT_STRAT),
])

add("Somalia", [
    (74, "en", W,
     "Digital ID is one of the priorities of the National Development Plan, but NIRA has not issued "
     "implementing rules yet.",
     [(POL, "National Development Plan"), (G, "NIRA")], R1),
    (8, "en", I, "Will be shared later.", [], NI),
])

add("Yemen", [
    (70, "en", I, "There is no updated information.", [], UNAVAIL),
])

add("Papua New Guinea", [
    (68, "en", W,
     "Provincial e-government is referred to in the Digital Government Plan 2023-2027, without guidance for "
     "provincial administrations.",
     [(POL, "Digital Government Plan 2023-2027")], R1),
])

add("Timor-Leste", [
    (84, "en", P,
     "The TIC Timor agency is defining a percentage target for online services for the forthcoming Timor-Leste "
     "Digital Strategy.",
     [(G, "TIC Timor"), (POL, "Timor-Leste Digital Strategy")], DRAFT_STRAT),
])

add("Bangladesh", [
    (80, "en", I, "Information will be provided by the a2i programme.", [(POL, "a2i")], NI),
])

add("Nepal", [
    (64, "en", P,
     "The Digital Nepal Framework is being revised to align with the 16th Periodic Plan.",
     [(POL, "Digital Nepal Framework"), (POL, "16th Periodic Plan")], R3),
])

add("Sri Lanka", [
    (125, "en", P,
     "The Information and Communication Technology Agency (ICTA) plans to launch the Sri Lanka Unique Digital "
     "Identity (SL-UDI) in 2025.",
     [(G, "Information and Communication Technology Agency"), (G, "ICTA"), (PO, "Sri Lanka Unique Digital Identity"),
      (PO, "SL-UDI")], R3),
])

add("Pakistan", [
    (78, "en", W,
     "Once-only data collection is an objective of the Digital Pakistan Policy, but no interoperability rules "
     "implement it.",
     [(POL, "Digital Pakistan Policy")], R1),
])

add("Philippines", [
    (66, "en", E,
     "Yes. The E-Government Master Plan 2022 maps each programme to the SDGs; see https://dict.gov.ph/egmp.",
     [(POL, "E-Government Master Plan 2022"), (U, "https://dict.gov.ph/egmp")], ALIGN),
])

add("Indonesia", [
    (125, "en", I, "Refer to attached document.", [], SEE),
])

add("Viet Nam", [
    (70, "en", N, "No specific reference.", [], ABSENT_STRAT),
])

add("Cambodia", [
    (76, "en", P,
     "Digital-by-default will be stated in the Digital Government Policy implementation plan under preparation "
     "by the Ministry of Post and Telecommunications.",
     [(POL, "Digital Government Policy"), (G, "Ministry of Post and Telecommunications")], MENTION_PREP),
])

add("Ghana", [
    (125, "en", E,
     "Ghana.gov (https://www.ghana.gov.gh) now hosts over 1,000 services and the Ghana Card is used as the "
     "single identifier.",
     [(PO, "Ghana.gov"), (U, "https://www.ghana.gov.gh"), (PO, "Ghana Card")], R2),
])

add("Nigeria", [
    (72, "en", I, "The response will be provided by NITDA.", [(G, "NITDA")], NI),
])

add("Ethiopia", [
    (66, "en", P,
     "The revised Digital Ethiopia 2030 strategy, under preparation by the Ministry of Innovation and Technology, "
     "will map its actions to the SDGs.",
     [(POL, "Digital Ethiopia 2030"), (G, "Ministry of Innovation and Technology")], DRAFT_STRAT),
])

add("Brazil", [
    (80, "pt", W,
     "A Estratégia Nacional de Governo Digital menciona a organização dos serviços por eventos da vida, sem "
     "orientação metodológica.",
     [(POL, "Estratégia Nacional de Governo Digital")], R1),
])

add("Portugal", [
    (125, "pt", P,
     "A AMA prepara a nova versão da app gov.pt, com lançamento previsto para 2025.",
     [(G, "AMA"), (U, "gov.pt")], R3),
])

# ---------------------------------------------------------------- batch 7: balance (Spanish, English)
add("Mexico", [
    (118, "es", I, "La información corresponde a cada dependencia; no contamos con el dato consolidado.", [], UNAVAIL),
])

add("Chile", [
    (86, "es", W,
     "La robótica se menciona en la Política Nacional de Inteligencia Artificial, pero no hay lineamientos para "
     "su uso en servicios públicos.",
     [(POL, "Política Nacional de Inteligencia Artificial")], R1),
])

add("Colombia", [
    (122, "es", I, "Por confirmar con el Departamento Administrativo Nacional de Estadística (DANE).",
     [(G, "Departamento Administrativo Nacional de Estadística"), (G, "DANE")], NI),
])

add("Peru", [
    (87, "es", P,
     "La Secretaría de Gobierno y Transformación Digital elabora lineamientos sobre cadenas de bloques, que se "
     "incorporarán a la política nacional.",
     [(G, "Secretaría de Gobierno y Transformación Digital")], R3),
])

add("Paraguay", [
    (99, "es", W,
     "El Plan Nacional de TIC prevé indicadores de seguimiento, pero aún no se ha definido una herramienta ni "
     "la metodología.",
     [(POL, "Plan Nacional de TIC")], R1),
])

add("Bolivia", [
    (36, "es", P,
     "El Viceministerio de Defensa Civil (VIDECI) y la AGETIC desarrollan un portal de alertas, con apoyo del "
     "PNUD.",
     [(G, "Viceministerio de Defensa Civil"), (G, "VIDECI"), (G, "AGETIC"), PA("PNUD", "UNDP")], R3),
])

add("Guatemala", [
    (88, "es", I, "Sin respuesta de la Superintendencia de Telecomunicaciones (SIT).",
     [(G, "Superintendencia de Telecomunicaciones"), (G, "SIT")], NI),
])

add("Honduras", [
    (103, "es", W,
     "La participación ciudadana electrónica está mencionada en el Plan de Gobierno Abierto, sin una política "
     "ni guía propia.",
     [(POL, "Plan de Gobierno Abierto")], R1),
])

add("Ecuador", [
    (89, "es", N, "La Política de Transformación Digital no hace referencia al Internet de las Cosas.",
     [(POL, "Política de Transformación Digital")], ABSENT_STRAT),
])

add("Argentina", [
    (114, "es", P,
     "La Secretaría de Comunicación y Medios redacta una guía de uso de redes sociales para organismos "
     "públicos.",
     [(G, "Secretaría de Comunicación y Medios")], R3),
])

add("Nicaragua", [
    (66, "es", I, "Véase la respuesta a la pregunta 64.", [], SEE),
])

add("Spain", [
    (109, "es", P,
     "La Dirección General de Gobernanza Pública prevé adaptar el Portal de Participación a lectura fácil en "
     "2025.",
     [(G, "Dirección General de Gobernanza Pública"), (PO, "Portal de Participación")], R3),
])

add("Uruguay", [
    (84, "es", W,
     "La Agenda Uruguay Digital 2025 establece que el 100% de los trámites pueda iniciarse en línea, sin plan "
     "por organismo.",
     [(POL, "Agenda Uruguay Digital 2025")], R1),
])

add("Serbia", [
    (99, "en", I, "Please see the website of the Office for IT and eGovernment.",
     [(G, "Office for IT and eGovernment")], SEE),
])

add("Albania", [
    (88, "en", P,
     "5G will be covered in the new Digital Agenda 2022-2026 action plan that AKSHI is finalising.",
     [(POL, "Digital Agenda 2022-2026"), (G, "AKSHI")], DRAFT_STRAT),
])

add("North Macedonia", [
    (113, "en", I, "This information is held by each ministry and was not collected for this questionnaire.", [],
     UNAVAIL),
])

add("Ukraine", [
    (93, "en", P,
     "Alignment with the eGovernment acquis is being prepared within the Ukraine Facility plan agreed with the "
     "European Union.",
     [(POL, "Ukraine Facility"), PA("European Union")], R3),
])

add("Kazakhstan", [
    (86, "en", W,
     "Robotics is referred to in the Digital Kazakhstan programme, with no guidance for government bodies.",
     [(POL, "Digital Kazakhstan")], R1),
])

add("Uzbekistan", [
    (116, "en", N, "This information is not published.", [], NIP),
])

add("Iran", [
    (124, "en", I, "Not applicable.", [], NI),
])

add("Bahrain", [
    (70, "en", W,
     "The Digital Government Strategy 2022 refers to e-participation, but there is no implementing "
     "guideline.",
     [(POL, "Digital Government Strategy 2022")], R1),
])

add("Kenya", [
    (70, "en", P,
     "An e-participation framework is being drafted by the ICT Authority to complement the Digital Master Plan.",
     [(G, "ICT Authority"), (POL, "Digital Master Plan")], MENTION_PREP),
])

add("Tonga", [
    (122, "en", I, "Data being compiled by MEIDECC.", [(G, "MEIDECC")], NI),
])

add("Jamaica", [
    (87, "en", P,
     "The Bank of Jamaica and the Ministry of Science, Energy, Telecommunications and Transport are preparing "
     "a blockchain policy paper.",
     [(G, "Bank of Jamaica"), (G, "Ministry of Science, Energy, Telecommunications and Transport")], R3),
])

add("Angola", [
    (68, "pt", I, "Sem informação.", [], NI),
])

# ---------------------------------------------------------------- batch 8: partner-rich answers
add("Kyrgyzstan", [
    (124, "en", E,
     "The Asian Development Bank (ADB) finances the Digital CASA project, and the Eurasian Development Bank "
     "supports data centre upgrades.",
     [PA("Asian Development Bank"), PA("ADB", "Asian Development Bank"), (POL, "Digital CASA"),
      PA("Eurasian Development Bank")], COOP),
])

add("Mongolia", [
    (123, "en", E,
     "UNDP and the UN Economic and Social Commission for Asia and the Pacific (ESCAP) support the E-Mongolia "
     "platform and digital skills for herders.",
     [PA("UNDP"), PA("UN Economic and Social Commission for Asia and the Pacific", "ESCAP"), PA("ESCAP"),
      (PO, "E-Mongolia")], COOP),
])

add("Cabo Verde", [
    (124, "pt", E,
     "Parceria com o Luxemburgo e a LuxDev no Parque Tecnológico, e com o Banco Mundial no projeto de "
     "identificação digital.",
     [PA("Luxemburgo", "Luxembourg"), PA("LuxDev"), (G, "Parque Tecnológico"), PA("Banco Mundial", "World Bank")],
     COOP),
])

add("Niger", [
    (123, "fr", E,
     "Le PNUD et l'UIT accompagnent l'ANSI dans la mise en place du Centre de Transformation Digitale ; "
     "l'UNICEF appuie l'état civil numérique.",
     [PA("PNUD", "UNDP"), PA("UIT", "ITU"), (G, "ANSI"), (POL, "Centre de Transformation Digitale"), PA("UNICEF")],
     COOP),
])

add("Burkina Faso", [
    (124, "fr", E,
     "Coopération avec l'Estonie sur l'interopérabilité, avec l'Union européenne (programme D4D Hub) et avec "
     "la Banque islamique de développement.",
     [PA("Estonie", "Estonia"), PA("Union européenne", "European Union"), (POL, "D4D Hub"),
      PA("Banque islamique de développement", "Islamic Development Bank")], COOP),
])

add("Guinea", [
    (124, "fr", P,
     "Un accord de coopération avec l'Agence japonaise de coopération internationale (JICA) est en cours de "
     "signature pour le projet e-Guinée.",
     [PA("Agence japonaise de coopération internationale", "JICA"), PA("JICA"), (POL, "e-Guinée")],
     "Agreement not yet signed (rule 3)."),
])

add("Mauritania", [
    (123, "fr", E,
     "La CEA et le PNUD appuient l'élaboration de l'Agenda Numérique, et l'UNESCO soutient la politique "
     "d'éducation numérique.",
     [PA("CEA", "ECA"), PA("PNUD", "UNDP"), (POL, "Agenda Numérique"), PA("UNESCO")], COOP),
])

add("Paraguay", [
    (124, "es", E,
     "Participamos en la Red GEALC de la OEA y cooperamos con la Agencia de Cooperación Internacional del Japón "
     "(JICA) en la digitalización de trámites.",
     [PA("Red GEALC"), PA("OEA", "Organization of American States"),
      PA("Agencia de Cooperación Internacional del Japón", "JICA"), PA("JICA")], COOP),
])

add("Dominican Republic", [
    (123, "es", E,
     "La OGTIC coopera con el PNUD en el Laboratorio de Aceleración y con la CEPAL en la Agenda Digital "
     "para América Latina y el Caribe (eLAC2026).",
     [(G, "OGTIC"), PA("PNUD", "UNDP"), PA("Laboratorio de Aceleración", "UNDP"), PA("CEPAL", "ECLAC"),
      (POL, "Agenda Digital para América Latina y el Caribe"), (POL, "eLAC2026")], COOP),
])

add("Honduras", [
    (124, "es", E,
     "El Banco Interamericano de Desarrollo (BID) financia el programa Honduras Digital, y la Unión Europea "
     "apoya la interoperabilidad.",
     [PA("Banco Interamericano de Desarrollo", "Inter-American Development Bank"),
      PA("BID", "Inter-American Development Bank"), (POL, "Honduras Digital"), PA("Unión Europea", "European Union")],
     COOP),
])

add("Cuba", [
    (123, "es", I, "Información pendiente del Ministerio de Relaciones Exteriores.",
     [(G, "Ministerio de Relaciones Exteriores")], NI),
])

add("Bhutan", [
    (124, "en", E,
     "GovTech Agency works with the Government of India on the Digital Drukyul programme and with the "
     "Government of Singapore on training.",
     [(G, "GovTech Agency"), PA("Government of India", "India"), (POL, "Digital Drukyul"),
      PA("Government of Singapore", "Singapore")], COOP),
])

add("Timor-Leste", [
    (123, "en", E,
     "UNDP, UNICEF and the ITU support TIC Timor on the e-government roadmap and civil registration.",
     [PA("UNDP"), PA("UNICEF"), PA("ITU"), (G, "TIC Timor")], COOP),
])

add("Solomon Islands", [
    (124, "en", P,
     "A partnership with the Australian Department of Foreign Affairs and Trade (DFAT) on a national data centre "
     "is under discussion.",
     [PA("Department of Foreign Affairs and Trade", "DFAT"), PA("DFAT")], "Partnership under discussion (rule 3)."),
])

add("Grenada", [
    (123, "en", N, "There is no ongoing cooperation with UN bodies on e-government at present.", [], NIP),
])

add("Eswatini", [
    (124, "en", E,
     "The Southern African Development Community (SADC) and the Commonwealth Secretariat support the "
     "cybersecurity framework, and Taiwan funds the e-government system.",
     [PA("Southern African Development Community", "SADC"), PA("Commonwealth Secretariat"),
      PA("Taiwan", "Taiwan Province of China")], COOP),
])

add("Djibouti", [
    (123, "fr", E,
     "Le DAES de l'ONU a organisé un atelier sur la stratégie d'administration électronique, et la CEA appuie "
     "le cadre de l'identité numérique.",
     [PA("DAES de l'ONU", "UN DESA"), PA("CEA", "ECA")], COOP),
])

add("Italy", [
    (124, "it", E,
     "Cooperazione con l'OCSE sulla governance digitale e partecipazione al programma Europa digitale "
     "dell'Unione europea.",
     [PA("OCSE", "OECD"), (POL, "Europa digitale"), PA("Unione europea", "European Union")], COOP),
])

add("Germany", [
    (123, "de", E,
     "Deutschland beteiligt sich gemeinsam mit der ITU, Estland und der Digital Impact Alliance an der "
     "GovStack-Initiative.",
     [PA("ITU"), PA("Estland", "Estonia"), PA("Digital Impact Alliance"), PA("GovStack")], COOP),
])

# === END OF DATA ===


def main() -> int:
    records = build(DATA, prefix="team2", out_name=OUT_NAME)
    status = write_records(records, OUT)
    print("questions:", dict(sorted(Counter(r["question_id"] for r in records).items())))
    return status


if __name__ == "__main__":
    sys.exit(main())
