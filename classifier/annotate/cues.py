"""Visible, documented cues for the implementation status of an answer.

Bag-of-words features miss what decides many answers: negation ("there is no
dedicated law"), modality and tense ("will be adopted", "is being drafted"), a
provision that lacks guidelines, and the short answers whose meaning the
codebook fixes ("No." vs "N/A"). Each cue below is one named regular expression
with a one-line description, in English, French, Spanish and Portuguese. The
status classifier (`classifier.annotate.status`) uses the cues as features next
to its n-grams, crossed with the kind of question asked, so that a weight can be
read as "this cue under this kind of question pushes towards this label".

`cue_names(text)` lists the cues that fire on an answer; `question_kind(question)`
names the kind of question. Both are pure functions of their input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Cue:
    """One visible rule: a name, what it means, and the pattern that detects it.

    `pattern` is written in lower case and runs on the lower-cased answer (faster than
    case-insensitive matching); `cased`, if any, runs on the answer as written (names of laws).
    """

    name: str
    description: str
    pattern: re.Pattern[str]
    whole_answer: bool = False  # True: the pattern must match the whole (trimmed) answer
    cased: re.Pattern[str] | None = None

    def fires(self, text: str, lowered: str | None = None) -> bool:
        lowered = text.lower() if lowered is None else lowered
        if self.whole_answer:
            return self.pattern.fullmatch(lowered.strip()) is not None
        if self.pattern.search(lowered) is not None:
            return True
        return self.cased is not None and self.cased.search(text) is not None


def _cue(name: str, description: str, *alternatives: str, whole: bool = False, cased: tuple[str, ...] = ()) -> Cue:
    def join(parts: tuple[str, ...]) -> str:
        return "|".join(f"(?:{a})" for a in parts)

    pattern = re.compile(join(alternatives) if alternatives else r"(?!)", re.UNICODE)
    return Cue(name, description, pattern, whole, re.compile(join(cased), re.UNICODE) if cased else None)


URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|gob|gouv|go|org|int)(?:\.[a-z]{2})?\b\S*", _FLAGS)

CUES: tuple[Cue, ...] = (
    # --- whole-answer cues: the codebook's short answers -------------------------------
    _cue("empty", "No words at all: blank, dashes, dots.", r"[\s\-–—_.…/]*", whole=True),
    _cue(
        "short_negative",
        "A bare no / none said of the thing asked (codebook: not_in_place).",
        r"((no|none|not|nothing)( yet)?,? (at (this|the) (time|moment|present|stage|point)|currently|for now|so far)|not existing|"
        r"non-existent|pas pour le moment|a[úu]n no existe|por ahora no|no|non|none|nil|n[ée]ant|ninguno|ninguna|"
        r"nada|nenhum|nenhuma|n[ãa]o|aucun|aucune|not yet|"
        r"pas encore|a[úu]n no|todav[íi]a no|ainda n[ãa]o|not available|non disponible|no disponible|"
        r"n[ãa]o dispon[íi]vel|no existe|n[ãa]o existe|не?т|لا)[\s.!,;]*",
        whole=True,
    ),
    _cue(
        "no_information_short",
        "A bare no-information answer: N/A, TBD, S/D, No data, Sans objet (codebook: no_information).",
        r"(n\s*/\s*a|n\.?\s?a\.?|s\s*/\s*d|tbd|tbc|tba|no data|no info(rmation)?|not applicable|non applicable|"
        r"sans objet|no aplica|n[ãa]o se aplica|sin datos|sem dados|pas de donn[ée]es|unknown|inconnu|"
        r"desconocido|not sure|non renseign[ée]|sin informaci[óo]n|sem informa[çc][ãa]o|no consta|nc|нет данных|"
        r"нет информации|не применимо)[\s.!,;]*",
        whole=True,
    ),
    _cue("affirmative_short", "A bare yes (Yes / Oui / Sí / Sim).", r"(yes|oui|s[íi]|sim|да|نعم)[\s.!,;]*", whole=True),
    _cue("link_only", "Only web addresses, no words.", r"(?:(?:https?://|www\.)\S+[\s,;]*)+", whole=True),
    # --- cross-references and unavailable information -----------------------------------
    _cue(
        "cross_reference",
        "Points elsewhere instead of answering: see above, refer to Q40, voir ci-dessus, ver respuesta anterior.",
        r"\b(see|refer(?: to)?|cf\.?|voir|ver|vide|consultar|consulter)\b[^.]{0,40}\b(above|below|previous|answer|"
        r"response|question|item|section|attached|annex|q\s?\d+|ci-dessus|pr[ée]c[ée]dente?|r[ée]ponse|respuesta|"
        r"anterior|pregunta|resposta|acima|anexo|annexe)",
        r"\bsame as (above|previous)\b",
        r"\b(see|voir|ver)\s+q\s?\d+\b",
        r"см\.\s|ответ аналогичен",
    ),
    _cue(
        "information_unavailable",
        "It is the information that is missing, not the thing: 'information not available', "
        "'données non disponibles', 'to be confirmed'.",
        r"\b(information|informations|data|donn[ée]es?|datos|informaci[óo]n|informa[çc][ãa]o|dados|figures)\b"
        r"[^.]{0,25}\b(not|non|no|n[ãa]o|pas|unavailable|insufficient)\b[^.]{0,15}\b(available|disponibles?|"
        r"dispon[íi]vel|dispon[íi]veis)",
        r"\b(to be|[àa]|por|a ser) (confirmed|completed|provided|confirmer|compl[ée]ter|confirmar|completar|fournir|"
        r"proporcionar|confirmado)\b",
        r"\b(we do not|we don't|nous n'avons pas|no tenemos|n[ãa]o temos)\b[^.]{0,20}\b(have )?(this |the )?"
        r"(information|data|donn[ée]es|informaci[óo]n|dados|informa[çc][ãa]o)",
        r"\bleft (blank|empty)\b|\blaiss[ée]e?s? (vide|en blanc)\b|\b(qued[óo]|dejad[oa]) en blanco\b",
        r"\b(did|does|do) not (assess|cover|examine|review|evaluate|look at)\b|\bwas not (assessed|covered|examined|reviewed)\b",
        r"\b(no se cuenta con informaci[óo]n|insufficient data|not assessed)\b|\bnot covered by (this|the) (review|report|survey|study)\b",
        r"\b(figures|data|statistics|information|numbers)\b[^.]{0,60}\b(is|are) not (published|available|known|public)\b",
        r"\b(does|do|did) not (say|state|specify|indicate|mention|show) (whether|if)\b|\bne (pr[ée]cise|dit|indique) "
        r"pas si\b|\bno (indica|precisa|especifica|dice) si\b",
        r"\b(could|can)( ?not|n't) be (verified|confirmed)\b|n'a pas pu [êe]tre (v[ée]rifi|confirm)|no (fue|ha sido) "
        r"posible (verificar|confirmar)|no se pudo (verificar|confirmar)|n[ãa]o foi poss[íi]vel (verificar|confirmar)",
        r"\b(aucune information|no (updated |further |available )?information|ninguna informaci[óo]n|"
        r"nenhuma informa[çc][ãa]o|information not found|no se encontr[óo] informaci[óo]n)\b",
        r"\b([àa] pr[ée]ciser|por precisar|a precisar|informaci[óo]n (pendiente|a cargo)|information (to follow|pending))\b",
        r"\b(pendiente de confirmaci[óo]n|information pending|pending from|could not be (verified|confirmed|"
        r"established|determined)|did not respond|no response|further research is needed|en attente de confirmation)\b",
    ),
    # --- negation / absence ------------------------------------------------------------
    _cue(
        "negation_absence",
        "States that the thing does not exist: 'there is no dedicated law', 'no existe', 'il n'existe pas'.",
        r"\bthere (is|are|was) (no|not any|currently no)\b",
        r"\b(has|have|is|are) yet to (adopt|put|enact|establish|develop|create|introduce|pass|set)\b|\bhas never\b",
        r"\b(legal|regulatory) (vacuum|void|gap)\b|\bvide juridique\b|\bvac[íi]o (legal|normativo|jur[íi]dico)\b",
        r"\b(is|are) silent on\b|\b(sets|contains|provides|includes|gives) no\b|\bnot existing\b|\bnon-?existent\b",
        r"\b(has|have) not (yet )?been (developed|adopted|defined|established|created|set up|published|passed|"
        r"approved|enacted|introduced|put in place)\b|\bnever (been )?(passed|adopted|enacted|implemented|approved)\b",
        r"\bno (incluye|prev[ée]|establece|aborda|recoge|fue aprobad\w*|se ha presentado)\b|\bvet[óo]\b|\bvetoed\b",
        r"\bmakes? no (mention|reference)\b|\bno (law|rule|regulation|norm|policy)s? (or \w+ )?(governs?|covers?|exists?|regulates?)\b",
        r"\bno ([\w-]+ ){1,5}(exists?|is in place|has been (adopted|established|set up|developed|put in place))\b",
        r"\bneither\b[^.;]{0,60}\bnor\b|\bnone of (which|them|these|those) (has|have|was|were)\b",
        r"\bno (se )?(cuenta|contamos|disponemos|dispone) (con|de)\b|\bni (tampoco )?(una? )?(ley|pol[íi]tica|estrategia|normativa)\b",
        r"\bne (comporte|contient|fait|pr[ée]voit|mentionne) (aucune?|pas|nulle)\b|\baucune? (ligne|r[ée]f[ée]rence|mention|volet)\b",
        r"\bninguna? (norma|ley|pol[íi]tica|referencia|menci[óo]n|l[íi]nea)\b|\bno hace (menci[óo]n|referencia)\b",
        r"\bnenhuma? (lei|norma|pol[íi]tica|refer[êe]ncia|men[çc][ãa]o)\b",
        r"\b(does|do|did) not (yet )?(exist|have|cover|include|mention|refer|address|provide|use|collect|publish|"
        r"measure|set out|establish|contain|define|foresee|envisage)\b",
        r"\b(has|have|had) (not|no)\b",
        r"\b(no|none of the|not any) (specific|dedicated|standalone|stand-alone|separate|formal|such|national|"
        r"comprehensive|legal|law|legislation|regulation|policy|strategy|framework|data|plan|rules?)\b",
        r"\bnot (in place|available|established|covered|addressed|mentioned|referred|yet|adopted|used|applicable)\b"
        r"(?! by (this|the) (review|report|survey|study))",
        r"\b(lacks?|absence of|without any)\b",
        r"\bn'(existe|a|y a|ont) (pas|encore|aucun)|\bne (dispose\w*|pr[ée]voi\w*|mentionne\w*|couvre\w*|traite\w*|fai\w*|"
        r"poss[èe]de\w*|compte\w*) (pas|aucun|encore|d'aucun)",
        r"\bil n'y a (pas|aucun)|\baucune? (loi|texte|strat[ée]gie|politique|disposition|cadre|plan|r[ée]glementation)",
        r"\bpas (de|d')\s?(loi|texte|strat[ée]gie|politique|cadre|plan|r[ée]glementation)",
        r"\bno (existen?|hay|cuenta|dispone|tiene|contempla|menciona|se ha|ha sido)\b",
        r"\bnowhere\b|\b(remains?|still|is left) without\b|\bno\b[^.;]{0,40}\bin sight\b|\bsigue sin\b|\breste (d[ée]pourvu|sans)\b",
        r"\b(carece|a[úu]n no|todav[íi]a no|sin (una )?(ley|pol[íi]tica|estrategia|normativa|marco))\b",
        r"\bn[ãa]o (existe|h[áa]|possui|tem|disp[õo]e|menciona|prev[êe])\b|\bainda n[ãa]o\b|\bsem (lei|pol[íi]tica)\b",
    ),
    _cue(
        "left_out_of_scope",
        "A broader plan or law explicitly leaves the asked topic out (settled case: not_in_place).",
        r"\b(leaves?|left|keeps?|kept|places?|puts?)\b[^.;]{0,60}\b(out of|outside)( of)? (its|the|their) scope\b",
        r"\b(leaves?|left) (\w+ ){1,4}out\b|\b(explicitly |expressly |deliberately )?exclude[sd]?\b|\bfalls? outside\b|"
        r"\bdoes not extend to\b",
        r"\b(exclut|laisse de c[ôo]t[ée]|hors (de son )?champ|excluye|deja fuera|fuera (de su )?alcance|exclui|deixa de fora)\b",
    ),
    _cue(
        "not_yet",
        "Says 'not yet' / 'pas encore' / 'aún no': absent now, possibly coming.",
        r"\bnot yet\b|\bpas encore\b|\ba[úu]n no\b|\btodav[íi]a no\b|\bainda n[ãa]o\b|\bno yet\b",
    ),
    # --- preparation, modality, future tense -----------------------------------------
    _cue(
        "in_preparation",
        "Work under way: 'is being drafted', 'under preparation', 'en cours d'élaboration', 'en proceso de'.",
        r"\bbeing (drafted|prepared|developed|elaborated|reviewed|finali[sz]ed|formulated|discussed|considered|"
        r"validated|set up|established|put in place)\b",
        r"\b(is|are) (now |currently |already )?(developing|drafting|preparing|elaborating|finali[sz]ing|working on)\b",
        r"\btrabaja(n)? (ya )?en (una|un|la|el|los|las)\b|\btravaille(nt)? (à|sur|d[ée]j[àa])\b|\btrabalha(m)? (em|na|no)\b",
        r"\b(discussions|consultations|negotiations|work) (are|is) (under way|underway|ongoing)\b",
        r"\b(discussions|talks|negotiations|consultations) (have|has) (started|begun|opened)\b|\b(in|holding) "
        r"(talks|discussions|negotiations) (with|on)\b",
        r"\b(empezando|comenzando|empezamos|comenzamos|iniciamos|iniciando) a (dise[ñn]ar|elaborar|redactar|preparar|"
        r"desarrollar|construir|trabajar)\b|\bestamos (dise[ñn]ando|elaborando|redactando|preparando|desarrollando)\b",
        r"\bcommen[cç](ons|ent|e|é) [àa] (concevoir|r[ée]diger|[ée]laborer|pr[ée]parer|d[ée]velopper)\b",
        r"\b(under|in) (preparation|development|drafting|review|consultation|discussion|consideration|"
        r"the process|progress|elaboration|formulation)\b",
        r"\b(starting|started|begun|began|beginning|working|plans?|planning|intends?|aims?|expects?|"
        r"seeks?|proceeding) to (draft|develop|prepare|adopt|create|establish|introduce|formulate|set up|launch|"
        r"elaborate|enact|put in place)\b",
        r"\ben cours (d'|de )?(é|e)?(laboration|r[ée]daction|pr[ée]paration|adoption|validation|finalisation|"
        r"examen|d[ée]veloppement|signature|n[ée]gociation|conception|mise en place|r[ée]vision)|\ben pr[ée]paration\b|"
        r"\bsont? en cours\b|\b(l'[ée]laboration|la r[ée]daction|la pr[ée]paration) (a|est) (d[ée]marr[ée]|commenc[ée]|"
        r"lanc[ée]|en cours)",
        r"\b(started|begun|began|launched|initiated|has started)( in \d{4})? (the )?(preparation|drafting|development|"
        r"elaboration|design) of\b|\b(in|at) (the )?(drafting|draft|design|planning|preparatory) (stage|phase)\b",
        r"\bse (est[áa]|encuentra|est[áa]n) (redactando|gestionando|negociando|dise[ñn]ando|construyendo|elaborando|"
        r"preparando|desarrollando|trabajando)\b|\bprepara(n)? (ahora |actualmente |ya )?(la|el|un|una|los|las)\b",
        r"\ben (proceso|fase|etapa) de\b|\ben (elaboraci[óo]n|preparaci[óo]n|construcci[óo]n|discusi[óo]n|"
        r"revisi[óo]n|tr[áa]mite)\b|\bse (est[áa]|encuentra) (elaborando|preparando|desarrollando|trabajando)",
        r"\bem (elabora[çc][ãa]o|prepara[çc][ãa]o|processo de|curso|desenvolvimento|discuss[ãa]o|an[áa]lise)\b",
        r"\bestá(n)? (sendo|a ser) (elaborad|preparad|desenvolvid)",
        r"\b(pr[ée]pare|pr[ée]parent|[ée]labore|[ée]laborent|r[ée]dige|r[ée]digent) (actuellement |en ce moment )?"
        r"(un|une|le|la|les|des|l')",
    ),
    _cue(
        "future_or_intention",
        "Future tense or intention: 'will be adopted', 'sera adopté', 'se prevé', 'será aprovado'.",
        r"\b(will|shall|is expected to|are expected to|is scheduled to|is due to|is going to) (be )?(adopted|approved|"
        r"enacted|launched|published|developed|introduced|established|submitted|finali[sz]ed|set up|rolled out|"
        r"implemented|created|operational|presented|signed|drafted|adopt|approve|enact|launch|publish|develop|"
        r"introduce|establish|submit|finali[sz]e|set|roll|implement|create|present|sign|draft|table)\b",
        r"\b(said|says|announced|pledged|promised|stated|indicated)( that)? (it|they|the \w+) (would|will|plans? to|intends? to)\b",
        r"\bwould (be )?(adopt|approv|enact|launch|publish|develop|introduc|establish|submit|finali[sz]|set up|roll|"
        r"implement|creat|present|sign|draft|table)\w*\b",
        r"\b(is|are) to be (\w+ed|set up|built)\b|\b(sera|seront) \w+[ée]e?s?\b|"
        r"\b(envisage|envisagent|pr[ée]voit|pr[ée]voient|projette|[ée]tudie|compte) (de |d'|un |une |la |le )|\b(tiene|tienen) previsto\b",
        r"\best[áa] (estudiando|evaluando|considerando)\b|\bpretende\b|\bplanea\b|\bprev[ée]n? (presentar|aprobar|"
        r"adoptar|lanzar|publicar|crear|implementar)\b",
        r"\b(planned|scheduled|envisaged|foreseen|proposed|intended|expected) (for|in|to|by)\b",
        r"\b(sera|seront) (adopt[ée]|approuv[ée]|lanc[ée]|mis|cr[ée][ée]|publi[ée]|soumis|d[ée]velopp[ée])",
        r"\b(pr[ée]vu|envisag[ée]|programm[ée])e?s? (pour|en|d'ici)\b|\bpr[ée]voit de\b",
        r"\b(ser[áa]n?|se (prev[ée]|planea|proyecta|espera)) ",
        r"\b(previsto|prevista|planificad[oa]|programad[oa]) (para|en)\b",
        r"\b(ser[áa]|ser[ãa]o) (aprovad|adotad|lan[çc]ad|criad|publicad)|\b(prev[êe]-se|est[áa] previsto)\b",
        r"\bdevrai(t|ent) (bient[ôo]t )?(être )?(adopt|approuv|lanc|publi|finalis|valid|mis en place|sign)",
        r"\bdeber[íi]a(n)? (ser )?(aprobad|adoptad|lanzad|publicad|aprobarse|adoptarse)|\bdever[áa] ser (aprovad|adotad)",
    ),
    _cue(
        "no_plan",
        "Says there is no plan either: 'no plan to prepare one', 'aucun projet', 'sin planes' (rule 5: not_in_place).",
        r"\b(no|not any|without) (current |immediate |specific )?(plans?|intention|initiative|project)s? (to|for|of|at)\b",
        r"\b(is|are) not (planning|planned|envisaged|foreseen)\b|\bnor (is|are) (one|any) (planned|envisaged)\b",
        r"\bnone (is|are|has been|have been) (under consideration|planned|envisaged|being (considered|prepared|drafted))\b",
        r"\b(shelved|abandoned|scrapped|withdrawn|lapsed|ruled out|dropped)\b|\b(abandonn[ée]|retir[ée]|archiv[ée])e?\b|"
        r"\b(archivad[oa]|retirad[oa]|abandonad[oa]|descartad[oa])\b",
        r"\bnor (any )?(plans?|intention)s? to\b|\b(does|do|did) not (intend|plan)\b|\b(has|have) no (plans?|intention)\b",
        r"\b(aucun|sans) (projet|plan|intention)\b|\bn'est pas (pr[ée]vu|envisag[ée])",
        r"\b(ning[úu]n|sin) (plan|proyecto|intenci[óo]n)\b|\bno (est[áa] previsto|se prev[ée]|se planea)\b",
        r"\b(nenhum|sem) (plano|projeto|inten[çc][ãa]o)\b|\bn[ãa]o (est[áa] previsto|se prev[êe])\b",
    ),
    _cue(
        "draft_or_bill",
        "A draft, a bill, a proposal or a consultation: 'draft law', 'bill before parliament', 'projet de loi'.",
        r"\b(drafts?|drafting|bills?|proposals?|proposed|consultation|white paper|concept note|roadmap under)\b",
        r"\b(goes|go|went|sent|moves?|passes|passed) (on )?to the (other |lower |upper )?(chamber|house|senate|"
        r"parliament|assembly|congress)\b|\b(approved|passed) by (the )?(senate|lower house|upper house|one chamber)\b",
        r"\byet to be (signed|adopted|approved|passed|enacted|finali[sz]ed|validated|tabled)\b|\b(has|have) not "
        r"(yet )?been signed\b|\bno agreement has been signed\b",
        r"\b(projet|avant-projet|proposition) de (loi|d[ée]cret|strat[ée]gie|politique|texte)\b",
        r"\b(proyecto|anteproyecto|propuesta|borrador|iniciativa) de\b",
        r"\b(projeto|anteprojeto|proposta|minuta) de\b",
        r"\b(tabled|submitted|sent|before|pending (in|before|at)) (to )?(the )?(parliament|national assembly|cabinet|"
        r"congress|senate|council of ministers)\b",
        r"\b(recommended|proposed|called for|urged)\b[^.]{0,60}\b(law|legislation|act|policy|framework)\b",
        r"\b(first|second|third) reading\b|\bpublic (discussion|comment|consultation)\b|\bfor comment\b",
        r"\b(filed|introduced|tabled) in (the )?(house|senate|parliament|congress|assembly)\b",
        r"\b(doit encore|attend son adoption|en attente d'adoption|still (has|needs) to|awaits?|awaiting|pending)\b",
        r"\b(recomend[óo]|propuso|recommand[ée]|propos[ée])\b",
    ),
    _cue(
        "study_or_assessment",
        "A study, assessment or feasibility work towards the thing.",
        r"\b(feasibility|readiness assessment|gap analysis|study|[ée]tude|estudio|estudo|diagnostic|diagn[óo]stico)\b",
    ),
    # --- in force / in operation ----------------------------------------------------
    _cue(
        "in_force",
        "Says the instrument exists and is in force or running: adopted, enacted, in force, launched, en vigueur, vigente.",
        r"(?<!be )(?<!being )\b(adopted|enacted|promulgated|approved|passed|ratified|gazetted|signed into law|in force|entered into force|"
        r"came into (force|effect)|took effect|came into operation|in effect|effective since|commenced)\b",
        r"\b(runs|operates|is used|are used|has been (running|operating|used|in use)|have been (running|used))\b",
        r"\bs'est dot[ée]e?s? d|\bmise? en ligne\b|\ben ligne depuis\b|\bpuesto en l[íi]nea\b|\ben l[íi]nea desde\b",
        r"\b(now )?(allows|enables|lets) (users|citizens|residents|businesses|people|the public)\b|\bpermet (d[ée]sormais )?"
        r"(aux|de|d')|\bd[ée]sormais\b|\bpermite (a|que|realizar|tramitar)\b|\bya (permite|funciona|est[áa])\b",
        r"\bstill (online|active|available|live|operating|running|in (use|operation|force))\b|\b(is|are) (now )?online\b",
        r"\b(a|ont) g[ée]n[ée]ralis[ée]|\bsert de base\b|\best utilis[ée]e?\b|\bse utiliza\b|\b[ée] utilizad[oa]\b",
        r"(?<!be )(?<!being )\b(launched|operational|operating|is live|went live|online since|in operation|in use|running|deployed|"
        r"rolled out|implemented|established|set up|created|introduced|published|in place)\b",
        r"\b(adopt[ée]e?s?|promulgu[ée]e?s?|approuv[ée]e?s?|en vigueur|entr[ée]e? en vigueur|lanc[ée]e?s?|"
        r"op[ée]rationnel(le)?s?|mis en (place|œuvre|oeuvre)|publi[ée]e?s?|institu[ée]e?s?|cr[ée]{2}e?s?)\b",
        r"\b(aprobad[oa]s?|promulgad[oa]s?|adoptad[oa]s?|vigentes?|en vigor|publicad[oa]s?|lanzad[oa]s?|"
        r"implementad[oa]s?|operativ[oa]s?|en funcionamiento|cre[óo]|aprob[óo]|promulg[óo]|establecid[oa]s?)\b",
        r"\b(aprovad[oa]s?|promulgad[oa]s?|em vigor|publicad[oa]s?|lan[çc]ad[oa]s?|implementad[oa]s?|"
        r"operacional|em funcionamento|institu[íi]d[oa]s?|criad[oa]s?)\b",
    ),
    _cue(
        "named_instrument",
        "Names a legal instrument with a number or year: 'Act 843', 'Law No. 12', 'Loi n° 2014-006', 'Decreto 1234'.",
        r"\b(act|law|decree|regulation|order|ordinance|proclamation|code)\b[^.]{0,40}\b(no\.?|n°|nº|number)?\s?"
        r"\d{1,4}([/-]\d{1,4})?\b",
        r"\b(loi|d[ée]cret|ordonnance|arr[êe]t[ée]|ley|decreto|resoluci[óo]n|acuerdo|lei|portaria|"
        r"resolu[çc][ãa]o)\b\s*((n[°ºo]|no|n[úu]m|nr)\.?\s*)?[\d-]{2,}",
        cased=(
            r"\b[A-Z][\w-]+(?: (?:[A-Z][\w-]+|on|of|and|for))* (Act|Law|Decree|Code|Proclamation)\b",
            r"\b(Loi|Ley|Lei|D[ée]cret|Decreto|C[óo]digo|Code) (n[°º]|No|sur|relative|portant|de|del|sobre|"
            r"organique|org[áa]nica|federal|general)\b",
        ),
    ),
    _cue(
        "instrument_obliges",
        "A law or decree that obliges, requires or regulates something: operative law (rule 4: enacted).",
        r"\b(law|act|decree|code|regulation|ordinance|proclamation)\b[^.;]{0,80}\b(requires?|obliges?|mandates?|"
        r"compels?|regulates?|governs?|provides? for|establishe[sd]|sets? out|guarantees?)\b",
        r"\b(loi|d[ée]cret|code|r[èe]glement|ordonnance)\b[^.;]{0,80}\b(oblige|impose|exige|r[ée]git|encadre|"
        r"pr[ée]voit|fixe|[ée]tablit|garantit|institue)\b",
        r"\b(ley|decreto|c[óo]digo|reglamento|lei|regulamento)\b[^.;]{0,80}\b(obliga|exige|regula|establece|"
        r"garantiza|dispone|crea|estabelece|determina|garante)\b",
    ),
    _cue(
        "pilot_or_programme",
        "A pilot, programme, project or service running (codebook: pilots count as enacted).",
        r"\b(pilot(ed|ing)?|programme|program|project|initiative|platform|portal|app|system)\b",
        r"\b(pilote|programme|projet|plateforme|portail|syst[èe]me)\b",
        r"\b(piloto|programa|proyecto|plataforma|portal|sistema)\b",
    ),
    _cue(
        "cooperation_under_way",
        "A cooperation under way with a partner: 'we are cooperating with UNDP', 'en coopération avec'.",
        r"\b(cooperat\w*|collaborat\w*|partnership|partnering|working with|supported by|support from|"
        r"with the support|funded by|financed by|technical assistance)\b",
        r"\b(coop[ée]ration|partenariat|avec l'appui|appui de|soutien de|financ[ée] par)\b",
        r"\b(cooperaci[óo]n|colaboraci[óo]n|apoyo de|con el apoyo|financiad[oa] por|alianza)\b",
        r"\b(coopera[çc][ãa]o|parceria|apoio d[oae]|financiad[oa] pel[oa])\b",
    ),
    _cue(
        "became_law",
        "A bill or draft completed its passage: signed into law, promulgated, gazetted, entered into force.",
        r"\b(royal|presidential) assent\b|\breceived assent\b|\bassented to\b|\b(cleared|passed) both (houses|chambers)\b",
        r"\bsigned\b[^.;]{0,60}\binto law\b|\b(became|becomes|is now) (enforceable|effective|binding)\b",
        r"\b(signed into law|assented|promulgated|gazetted|entered into force|came into (force|effect)|took effect|"
        r"published in the (official )?gazette)\b",
        r"\b(promulgu[ée]e?|entr[ée]e? en vigueur|publi[ée]e? au journal officiel)\b",
        r"\b(promulgad[oa]|promulg[óo]|entr[óo] en vigor|publicad[oa] en el (diario|registro) oficial|sancionad[oa])\b",
        r"\b(sancionad[oa]|entrou em vigor|publicad[oa] no di[áa]rio oficial)\b",
    ),
    _cue(
        "routine_practice",
        "Something done regularly: every quarter, annually, chaque année, anualmente (a practice in place).",
        r"\b(annual|yearly|biannual)\b|\b(publishes|collects|conducts|compiles|maintains|issues|tracks|monitors|"
        r"measures|surveys)\b|\b(publie|collecte|r[ée]alise|m[èe]ne|publica|recopila|realiza|levanta)\b",
        r"\b(every (year|quarter|month|week)|annually|quarterly|monthly|regularly|periodically|routinely|each year|"
        r"on a regular basis)\b",
        r"\b(chaque (ann[ée]e|trimestre|mois)|annuellement|r[ée]guli[èe]rement|p[ée]riodiquement)\b",
        r"\b(cada (a[ñn]o|trimestre|mes)|anualmente|trimestralmente|peri[óo]dic[oa]s?|peri[óo]dicamente|regularmente)\b",
        r"\b(todos os anos|anualmente|periodicamente|regularmente)\b",
    ),
    _cue(
        "amendment_or_update",
        "An existing instrument being amended or updated (rule 2: the instrument exists).",
        r"\b(amend(ment|ments|ing|ed)?|updat(e|ing)|revis(e|ion|ing)|replace)\b",
        r"\b(modifi(er|cation)|r[ée]vision|mise [àa] jour|actualis)\w*",
        r"\b(reforma|modificaci[óo]n|actualiza(r|rla|rlo|ci[óo]n))\b|\b(altera[çc][ãa]o|atualiza[çc][ãa]o)\b",
    ),
    # --- provisions inside broader instruments (rules 1 and 4) ---------------------------
    _cue(
        "broader_instrument_mention",
        "The topic is a provision, pillar, objective or mention inside a broader strategy or plan.",
        r"\b(provisions?|pillars?|objectives?|components?|priorit(y|ies)|ax[ie]s|chapters?|sections?|goals?|"
        r"focus areas?|mention(ed)?|referred to|reference to|covered|addressed|included|part of|under|within|one of)"
        r"\b[^.]{0,80}\b(strategy|plan|"
        r"master ?plan|agenda|vision|policy|framework|roadmap|programme)\b",
        r"\b(among|parmi|entre|one of|l'une? de|uno de|una de) (its|their|the|ses|les|sus|los|las) (\w+ ){0,2}(pillars|objectives|goals|priorities|axes|"
        r"action areas|focus areas|objectifs|priorit[ée]s|piliers|ejes|objetivos|prioridades|pilares)\b",
        r"\b(strategy|plan|master ?plan|masterplan|agenda|vision|policy|framework|roadmap|programme)\b[^.;]{0,60}\b(refers? to|mentions?|"
        r"lists?|identifies|cites?|highlights?|recogni[sz]es?)\b",
        r"\b(strat[ée]gie|plan|politique|agenda|feuille de route|estrategia|pol[íi]tica|hoja de ruta|estrat[ée]gia|"
        r"plano)\b[^.;]{0,80}\b(mentionne|cite|[ée]voque|se r[ée]f[èe]re [àa]|menciona|cita|se refiere a|incluye|"
        r"contempla|refere|inclui)\b",
        r"\b(mentionn[ée]e?s?|pr[ée]vue?s?|inscrite?s?|int[ée]gr[ée]e?s?|figure|axes?|piliers?|objectifs?|volets?|"
        r"disposition)\b[^.]{0,80}\b(strat[ée]gie|plan|politique|programme|feuille de route|vision)\b",
        r"\b(mencionad[oa]s?|previst[oa]s?|incluid[oa]s?|contemplad[oa]s?|ejes?|pilar(es)?|objetivos?|componentes?|"
        r"l[íi]neas?)\b"
        r"[^.]{0,80}\b(estrategia|plan|pol[íi]tica|agenda|programa|hoja de ruta)\b",
        r"\b(mencionad[oa]|previst[oa]|inclu[íi]d[oa]|eixo|pilar|objetivo|componente)\b[^.]{0,80}\b(estrat[ée]gia|"
        r"plano|pol[íi]tica|agenda|programa)\b",
    ),
    _cue(
        "no_guideline",
        "A provision lacks implementing guidelines, regulation or detail (codebook rule 1).",
        r"\b(no|not any|without|lack of|lacks|absence of|yet to|not yet)\b[^.]{0,40}\b(guidelines?|implementing|"
        r"implementation (guideline|detail|plan|rules?|regulations?)|regulations?|details?|operational detail|"
        r"enabling (law|legislation)|action plan|by-laws?|bylaws?)\b",
        r"\b(sans|pas (de|d'|encore de)|aucune?|manque)\b[^.]{0,40}\b(lignes? directrices?|directives?|textes? d'application|"
        r"d[ée]crets? d'application|modalit[ée]s|r[ée]glementation|d[ée]tails?|plan d'action|mesures d'application)",
        r"\b(sin|no (se )?(ha|han|cuenta con|existe|hay)|falta|carece de|a[úu]n no)\b[^.]{0,40}\b(reglament\w*|"
        r"lineamientos?|gu[íi]as?|directrices|normas de aplicaci[óo]n|detalles?|plan de acci[óo]n|programas? "
        r"espec[íi]fic|medidas concretas|acciones concretas)",
        r"\b(sem|n[ãa]o (h[áa]|existe|tem)|falta|ainda n[ãa]o)\b[^.]{0,40}\b(regulament\w*|diretrizes|orienta[çc][õo]es|"
        r"detalhes?|plano de a[çc][ãa]o)",
    ),
    _cue(
        "implementing_act_missing",
        "An adopted law waits for its own implementing regulation or commencement (settled case: still enacted).",
        r"\b(implementing|executive|enabling|secondary|subsidiary) (regulations?|decrees?|rules|legislation|by-laws?)\b"
        r"[^.;]{0,60}\b(yet to be|not yet|has not been|have not been|still (to be|not|being)|pending|awaited|are being|is being)\b",
        r"\b(commencement|entry into force|effective) date\b|\bonce (the )?(minister|government|regulator)\b[^.;]{0,40}"
        r"\b(gazettes?|publishes?|issues?|sets?)\b",
        r"\b(d[ée]crets?|textes?|arr[êe]t[ée]s?) d'application\b[^.;]{0,60}\b(pas encore|encore|toujours|attendus?|en cours|"
        r"n'(ont|a) pas)\b",
        r"\b(reglamento|reglamentaci[óo]n|decreto reglamentario|regulamenta[çc][ãa]o|regulamento)\b[^.;]{0,60}\b(a[úu]n no|"
        r"todav[íi]a no|pendiente|no ha sido|ainda n[ãa]o|em elabora[çc][ãa]o|en elaboraci[óo]n)\b",
    ),
    _cue(
        "but_contrast",
        "A contrast after a first statement: 'but', 'however', 'mais', 'pero', 'sin embargo', 'mas'.",
        r"\b(but|however|although|mais|cependant|toutefois|pero|sin embargo|aunque|mas|por[ée]m|contudo|no obstante)\b",
    ),
    _cue("affirmative_start", "Starts with yes: 'Yes, ...', 'Oui, ...', 'Sí, ...'.", r"^\s*(yes|oui|s[íi]|sim)\b"),
    _cue("negative_start", "Starts with no: 'No, ...', 'Non, ...', 'Não, ...'.", r"^\s*(no|non|n[ãa]o)\b(?!\s+(data|information|aplica))"),
    _cue("has_link", "Gives a web address.", URL_RE.pattern),
    _cue("past_date", "Mentions a year up to 2024 (a dated instrument or event).", r"\b(19[5-9]\d|20[01]\d|202[0-4])\b"),
    _cue("future_date", "Mentions a year from 2025 on (a target date).", r"\b(202[5-9]|20[3-5]\d)\b"),
)

CUE_NAMES: tuple[str, ...] = tuple(c.name for c in CUES)

_PREPARATION = frozenset({"in_preparation", "future_or_intention", "draft_or_bill", "study_or_assessment"})
_EXISTS = frozenset({"named_instrument", "in_force", "became_law", "instrument_obliges"})

# Cues that fire together and mean something neither means alone (the codebook's decision rules).
COMBINATIONS: dict[str, tuple[str, Callable[[set[str]], bool]]] = {
    "provision_lacking_guideline": (
        "Rule 1: an instrument or a strategy mention together with a lack of guidelines or regulation "
        "(not an adopted law waiting for its own implementing act: that stays enacted).",
        lambda c: "no_guideline" in c and bool(c & (_EXISTS | {"broader_instrument_mention"}))
        and "implementing_act_missing" not in c,
    ),
    "instrument_plus_plans": (
        "Rule 2: an instrument in force together with further plans (still enacted).",
        lambda c: bool(c & _EXISTS) and bool(c & (_PREPARATION | {"amendment_or_update"}))
        and not ("draft_or_bill" in c and "in_force" in c and "became_law" not in c),
    ),
    "law_awaiting_implementing_act": (
        "Settled case: an adopted law whose own implementing act or commencement is still missing (enacted).",
        lambda c: "implementing_act_missing" in c and bool(c & _EXISTS) and "broader_instrument_mention" not in c,
    ),
    "draft_advanced_a_step": (
        "A draft or bill approved or published at some stage but not said to have become law (planned).",
        lambda c: "draft_or_bill" in c and "in_force" in c and "became_law" not in c,
    ),
    "absence_with_plan": (
        "Convention 4: explicit absence together with a plan (a plan beats absence: planned).",
        lambda c: "negation_absence" in c and bool(c & _PREPARATION) and "no_plan" not in c,
    ),
    "mention_with_preparation": (
        "Convention 3: a strategy mention together with work under way (planned).",
        lambda c: "broader_instrument_mention" in c and bool(c & _PREPARATION),
    ),
    "absence_with_mention": (
        "Convention 4: no dedicated instrument but a mention in a broader plan (provision_without_guidelines).",
        lambda c: "negation_absence" in c and "broader_instrument_mention" in c,
    ),
}

# Kinds of question: the same answer means different things under each (codebook conventions 6 and 7).
QUESTION_KINDS: dict[str, re.Pattern[str]] = {
    # "Does the national e-government strategy make specific reference to ...?" (Q70-Q91)
    "strategy_mention": re.compile(r"strategy (make|makes) (specific )?reference|strategy (mention|refer)", _FLAGS),
    # "Is there any legislation, law or regulation on ...?"
    "law": re.compile(r"\b(legislation|law|regulation|legal framework)\b", _FLAGS),
    # "Is there a national policy/strategy ...?", plans, programmes
    "strategy": re.compile(r"\b(strateg\w*|polic\w*|plan|roadmap|framework|programme)\b", _FLAGS),
    # "Please provide information about any ongoing ... partnership / cooperation"
    "cooperation": re.compile(r"\b(partnership|cooperation|collaborat\w*)\b", _FLAGS),
    # "Does the Government collect / measure / publish / use ...?"
    "practice": re.compile(r"^\s*(does|do|is|are|has|have) (the )?government\b", _FLAGS),
    # portal links (Q7-Q12)
    "portal": re.compile(r"\b(portal|link\(s\)|website)\b", _FLAGS),
}


@lru_cache(maxsize=1024)  # a batch repeats the same few hundred questions
def question_kind(question: str | None) -> str:
    """The first matching kind in QUESTION_KINDS order, or 'other' (also for a missing question)."""
    if not question:
        return "other"
    for kind, pattern in QUESTION_KINDS.items():
        if pattern.search(question):
            return kind
    return "other"


def cue_names(text: str | None) -> list[str]:
    """Names of the cues (then the combinations) that fire on `text`. A missing answer fires `empty`."""
    text = text or ""
    lowered = text.lower()
    names = [cue.name for cue in CUES if cue.fires(text, lowered)]
    fired = set(names)
    return names + [name for name, (_, test) in COMBINATIONS.items() if test(fired)]


def cue_features(text: str | None, question: str | None) -> dict[str, float]:
    """Cue features of one answer: each cue alone and crossed with the question kind (`cue@kind`)."""
    kind = question_kind(question)
    features: dict[str, float] = {f"qkind={kind}": 1.0}
    for name in cue_names(text):
        features[name] = 1.0
        features[f"{name}@{kind}"] = 1.0
    return features


def describe_cues() -> list[tuple[str, str]]:
    """(name, description) of every cue, for documentation and review pages."""
    return [(c.name, c.description) for c in CUES] + [(n, d) for n, (d, _) in COMBINATIONS.items()]
