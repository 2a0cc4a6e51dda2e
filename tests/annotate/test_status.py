"""The status classifier and its visible cues, on the shared hand-coded data and on texts written here."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from classifier import DATA_DIR
from classifier.annotate.cues import CUES, cue_features, cue_names, question_kind
from classifier.annotate.status import StatusClassifier, normalise_answer
from classifier.labels import STATUS_LABELS

LAW_Q = "Is there any legislation, law or regulation on digital identity? If yes, please provide link and detail."
MENTION_Q = ("Does the national e-government strategy make specific reference to national digital identity? "
             "Please provide link and detail.")


@pytest.fixture(scope="module")
def coded() -> pd.DataFrame:
    frames = [pd.read_json(p, lines=True) for p in sorted((DATA_DIR / "training").glob("*.jsonl"))]
    data = pd.concat(frames, ignore_index=True)
    return data[data["status"].notna()].reset_index(drop=True)


@pytest.fixture(scope="module")
def classifier(coded: pd.DataFrame) -> StatusClassifier:
    return StatusClassifier().fit(coded, coded["status"])


# --- cues ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("There is no dedicated law on this topic.", "negation_absence"),
        ("No existe una ley específica.", "negation_absence"),
        ("Il n'existe pas de texte sur ce sujet.", "negation_absence"),
        ("Não existe lei sobre o tema.", "negation_absence"),
        ("The bill will be adopted next year.", "future_or_intention"),
        ("A policy is being drafted by the ministry.", "in_preparation"),
        ("We are starting to draft a roadmap.", "in_preparation"),
        ("La stratégie est en cours d'élaboration.", "in_preparation"),
        ("La norma está en proceso de consulta.", "in_preparation"),
        ("It is a provision under the digital strategy but there is no guideline yet.", "no_guideline"),
        ("Covered as one pillar of the national digital strategy.", "broader_instrument_mention"),
        ("No.", "short_negative"),
        ("Néant", "short_negative"),
        ("Ninguno.", "short_negative"),
        ("N/A", "no_information_short"),
        ("No data", "no_information_short"),
        ("-", "empty"),
        ("see above", "cross_reference"),
        ("Ver respuesta anterior.", "cross_reference"),
        ("Données non disponibles.", "information_unavailable"),
        ("https://example.gov/a https://example.gov/b", "link_only"),
        ("There is no such law and no plan to prepare one.", "no_plan"),
        ("The bill was signed into law in May.", "became_law"),
        ("Le rapport ne précise pas si le portail fonctionne.", "information_unavailable"),
        ("The draft was approved in first reading by the Senate.", "draft_advanced_a_step"),
        ("Digital ID is a pillar of the national strategy, but no implementing guideline exists.",
         "provision_lacking_guideline"),
        ("Not at this stage.", "short_negative"),
        ("No e-participation platform exists yet.", "negation_absence"),
        ("The island state remains without a data law.", "negation_absence"),
        ("No se cuenta con una norma sobre el tema.", "negation_absence"),
        ("The plan keeps drones out of its scope.", "left_out_of_scope"),
        ("Le plan laisse de côté la robotique.", "left_out_of_scope"),
        ("Open data is listed among the objectives of the digital agenda.", "broader_instrument_mention"),
        ("The 2030 masterplan mentions robotics once.", "broader_instrument_mention"),
        ("The decree obliges ministries to publish their datasets.", "instrument_obliges"),
        ("The act is in force; its implementing regulations are still being drafted.", "implementing_act_missing"),
        ("Le décret d'application n'a pas encore été pris.", "implementing_act_missing"),
        ("The bill was passed by the Senate and now goes to the lower house.", "draft_or_bill"),
        ("Talks have started with the development bank on a loan.", "in_preparation"),
        ("Estamos empezando a redactar la política.", "in_preparation"),
        ("The minister said the government would table a bill.", "future_or_intention"),
        ("The cabinet shelved the proposal and has no plans to revive it.", "no_plan"),
        ("The act received royal assent in March.", "became_law"),
        ("The agency publishes an annual report on service use.", "routine_practice"),
        ("The report did not examine the country's open data rules.", "information_unavailable"),
    ],
)
def test_cue_fires_on_its_documented_wording(text: str, cue: str) -> None:
    assert cue in cue_names(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("No data", "short_negative"),  # no information is not a negative answer
        ("N/A", "short_negative"),
        ("No.", "no_information_short"),
        ("The Data Protection Act is in force. See https://example.gov", "link_only"),
        ("The law was adopted in 2019.", "negation_absence"),
        ("The portal will be launched next year.", "in_force"),  # future, not in force
        ("There is no law yet; a bill is before parliament.", "no_plan"),
        ("The ministry left the pilot phase and rolled out the app nationally.", "left_out_of_scope"),
        ("The portal is online and the law is in force.", "negation_absence"),
        ("Section 12 of the Act requires publication, but there is no guideline on open data formats.",
         "implementing_act_missing"),
    ],
)
def test_cue_stays_silent_where_it_does_not_apply(text: str, cue: str) -> None:
    assert cue not in cue_names(text)


def test_every_cue_is_named_and_documented() -> None:
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))
    assert all(c.description.strip() for c in CUES)


def test_cues_are_crossed_with_the_kind_of_question() -> None:
    assert question_kind(LAW_Q) == "law"
    assert question_kind(MENTION_Q) == "strategy_mention"
    features = cue_features("Yes, see https://example.gov/id", MENTION_Q)
    assert features["affirmative_start@strategy_mention"] == 1.0
    assert "affirmative_start@law" not in features


def test_normalised_answer_hides_addresses_and_digits() -> None:
    assert normalise_answer("Act 843, https://www.example.gov.gh/x") == "act 000,  urltoken "


# --- the estimator ------------------------------------------------------------------------

def test_follows_the_estimator_contract(classifier: StatusClassifier, coded: pd.DataFrame) -> None:
    assert set(classifier.classes_) == set(STATUS_LABELS)
    params = classifier.get_params()
    assert params["random_state"] == 0
    assert clone(classifier).get_params() == params
    proba = classifier.predict_proba(coded.head(20))
    assert proba.shape == (20, len(classifier.classes_))
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert list(classifier.predict(coded.head(20))) == list(classifier.classes_[proba.argmax(axis=1)])


def test_accepts_plain_texts_without_a_question(classifier: StatusClassifier) -> None:
    assert classifier.predict(["No data", "N/A"]).tolist() == ["no_information", "no_information"]


def test_fit_is_deterministic(coded: pd.DataFrame) -> None:
    sample = coded.sample(200, random_state=1)
    a = StatusClassifier().fit(sample, sample["status"]).predict_proba(coded.head(50))
    b = StatusClassifier().fit(sample, sample["status"]).predict_proba(coded.head(50))
    assert np.array_equal(a, b)


def test_rejects_labels_outside_the_codebook() -> None:
    with pytest.raises(ValueError, match="unknown status labels"):
        StatusClassifier().fit(["a", "b"], ["enacted", "in_force"])


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("No.", "Does the Government collect usage data with dis-aggregation by gender?", "not_in_place"),
        ("N/A", "Does the Government collect usage data with dis-aggregation by gender?", "no_information"),
        ("Néant.", LAW_Q, "not_in_place"),
        ("Le projet de loi sur l'identité numérique est en cours d'élaboration au ministère.", LAW_Q, "planned"),
        ("El reglamento de identidad digital se encuentra en proceso de consulta pública.", LAW_Q, "planned"),
        ("The National Identity Act was adopted in 2018 and is in force.", LAW_Q, "enacted"),
        ("Digital identity is mentioned as an objective of the national digital strategy, but there is no "
         "implementation guideline yet.", MENTION_Q, "provision_without_guidelines"),
        ("There is no law on digital identity and no plan to prepare one.", LAW_Q, "not_in_place"),
        # third-person report register
        ("The country has yet to adopt any law on digital identity.", LAW_Q, "not_in_place"),
        ("Le gouvernement a adopté en 2021 une loi sur l'identité numérique, entrée en vigueur en 2022.", LAW_Q,
         "enacted"),
        ("El proyecto de ley de identidad digital fue aprobado en primera lectura por el Senado.", LAW_Q, "planned"),
        # settled cases: an adopted law waiting for its own implementing act; a plan that leaves the topic out
        ("The Digital ID Act was adopted in 2023; its implementing decree is still being prepared.", LAW_Q, "enacted"),
        ("The national digital strategy leaves digital identity out of its scope.", MENTION_Q, "not_in_place"),
    ],
)
def test_codes_answers_written_for_this_test(classifier: StatusClassifier, text: str, question: str,
                                             expected: str) -> None:
    frame = pd.DataFrame({"text": [text], "question": [question]})
    assert classifier.predict(frame)[0] == expected


def test_the_question_is_context(classifier: StatusClassifier) -> None:
    answer = "Yes, see https://www.example.gov/digital-id"
    frame = pd.DataFrame({"text": [answer, answer], "question": [LAW_Q, MENTION_Q]})
    proba = pd.DataFrame(classifier.predict_proba(frame), columns=classifier.classes_)
    assert proba.loc[0, "enacted"] > proba.loc[1, "enacted"]
    assert proba.loc[1, "provision_without_guidelines"] > proba.loc[0, "provision_without_guidelines"]
