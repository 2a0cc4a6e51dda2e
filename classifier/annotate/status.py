"""The implementation-status classifier: n-grams of the answer, the question as context, visible cues.

`StatusClassifier` is a scikit-learn estimator. Its input `X` is a DataFrame with a
`text` column (the answer) and, optionally, a `question` column (the question text,
stand-alone as in data/training). It combines four blocks of features:

- word 1-2-gram TF-IDF of the answer (web addresses become one token, digits become 0);
- character 2-5-gram TF-IDF of the answer (robust to inflection, typos and en/fr/es/pt spelling);
- word TF-IDF of the question, so the model knows what was asked;
- the cues of `classifier.annotate.cues`, alone and crossed with the kind of question
  ("Yes, see link" under a law question is not the same as under a strategy-mention question).

The blocks feed one multinomial, L2-regularised logistic regression. Its probabilities are
calibrated by temperature scaling: one number, fitted on answers held out by country during
training (the training report measures ECE and Brier before and after).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from classifier.annotate.cues import URL_RE, cue_features, describe_cues
from classifier.labels import STATUS_LABELS

_DIGITS = re.compile(r"\d")


def normalise_answer(text: str | None) -> str:
    """Lower-cased answer with web addresses as ` urltoken ` and digits as 0 (the input of the n-grams)."""
    text = URL_RE.sub(" urltoken ", text or "")
    return _DIGITS.sub("0", text).lower()


def as_frame(X: pd.DataFrame | Sequence[str]) -> pd.DataFrame:
    """Accept a DataFrame with `text` (and optional `question`) or a plain list of answer texts."""
    if isinstance(X, pd.DataFrame):
        frame = X
    else:
        frame = pd.DataFrame({"text": list(X)})
    if "text" not in frame.columns:
        raise ValueError("status classifier input needs a 'text' column (the answer)")
    texts = frame["text"].astype(object).where(frame["text"].notna(), "").astype(str)
    if "question" in frame.columns:
        questions = frame["question"].astype(object).where(frame["question"].notna(), "").astype(str)
    else:
        questions = pd.Series([""] * len(frame), index=frame.index)
    return pd.DataFrame({"text": texts.to_numpy(), "question": questions.to_numpy()})


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Row-wise softmax of `logits / temperature`."""
    scaled = logits / temperature
    scaled = scaled - scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, gold_index: np.ndarray) -> float:
    """The temperature that minimises the log-loss of held-out logits (temperature scaling)."""
    from scipy.optimize import minimize_scalar

    rows = np.arange(len(gold_index))

    def log_loss(log_t: float) -> float:
        return float(-np.mean(np.log(softmax(logits, float(np.exp(log_t)))[rows, gold_index] + 1e-12)))

    return round(float(np.exp(minimize_scalar(log_loss, bounds=(-3.0, 3.0), method="bounded").x)), 4)


class StatusClassifier(ClassifierMixin, BaseEstimator):
    """Implementation status of an answer, from its text, its question and visible cues.

    Parameters are the weights of the feature blocks and the regularisation `C` of the
    logistic regression; `temperature` divides the logits before the softmax (training sets
    it on held-out answers, see `fit_temperature`); `random_state` makes the fit deterministic.
    """

    def __init__(
        self,
        C: float = 10.0,
        word_weight: float = 1.0,
        char_weight: float = 1.0,
        question_weight: float = 0.5,
        cue_weight: float = 0.5,
        max_char_features: int = 10000,
        min_word_df: int = 2,
        class_weight: str | None = None,
        temperature: float = 1.0,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.word_weight = word_weight
        self.char_weight = char_weight
        self.question_weight = question_weight
        self.cue_weight = cue_weight
        self.max_char_features = max_char_features
        self.min_word_df = min_word_df
        self.class_weight = class_weight
        self.temperature = temperature
        self.random_state = random_state

    def _features(self, frame: pd.DataFrame, fit: bool) -> sp.csr_matrix:
        answers = [normalise_answer(t) for t in frame["text"]]
        questions = frame["question"].str.lower().tolist()
        cues = [cue_features(t, q) for t, q in zip(frame["text"], frame["question"])]
        if fit:
            self.word_vectorizer_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                                    min_df=self.min_word_df, token_pattern=r"(?u)\b\w+\b")
            self.char_vectorizer_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                                    min_df=2, max_features=self.max_char_features)
            self.question_vectorizer_ = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
            self.cue_vectorizer_ = DictVectorizer()
            blocks = [
                self.word_vectorizer_.fit_transform(answers),
                self.char_vectorizer_.fit_transform(answers),
                self.question_vectorizer_.fit_transform(questions),
                self.cue_vectorizer_.fit_transform(cues),
            ]
        else:
            blocks = [
                self.word_vectorizer_.transform(answers),
                self.char_vectorizer_.transform(answers),
                self._question_block(questions),
                self.cue_vectorizer_.transform(cues),
            ]
        weights = (self.word_weight, self.char_weight, self.question_weight, self.cue_weight)
        return sp.hstack([b * w for b, w in zip(blocks, weights)], format="csr")

    def _question_block(self, questions: list[str]) -> sp.csr_matrix:
        """TF-IDF of the question texts, computed once per distinct question (a batch repeats them)."""
        distinct, rows = np.unique(np.asarray(questions, dtype=str), return_inverse=True)
        return self.question_vectorizer_.transform(distinct.tolist())[rows]

    def fit(self, X: pd.DataFrame | Sequence[str], y: Sequence[str]) -> StatusClassifier:
        """Fit on answers `X` and their codebook labels `y`."""
        frame = as_frame(X)
        y = np.asarray(y, dtype=object)
        unknown = sorted(set(y) - set(STATUS_LABELS))
        if unknown:
            raise ValueError(f"unknown status labels {unknown}; use the codebook's {list(STATUS_LABELS)}")
        features = self._features(frame, fit=True)
        self.model_ = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=5000,
                                         random_state=self.random_state)
        self.model_.fit(features, y)
        self.classes_ = self.model_.classes_
        self.cue_set_ = [name for name, _ in describe_cues()]
        return self

    def decision_function(self, X: pd.DataFrame | Sequence[str]) -> np.ndarray:
        """Unnormalised label scores (logits) of the logistic regression, in `classes_` order."""
        if self.cue_set_ != [name for name, _ in describe_cues()]:
            raise ValueError("this status model was trained with another set of cues than classifier/annotate/cues.py "
                             "defines now; retrain it with `msq-classifier train`")
        return self.model_.decision_function(self._features(as_frame(X), fit=False))

    def predict_proba(self, X: pd.DataFrame | Sequence[str]) -> np.ndarray:
        """Probability of every label in `classes_` order, one row per answer (softmax of logits / temperature)."""
        return softmax(self.decision_function(X), self.temperature)

    def predict(self, X: pd.DataFrame | Sequence[str]) -> np.ndarray:
        """The most probable label of every answer."""
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
