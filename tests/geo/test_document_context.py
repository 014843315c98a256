"""Places read in their document: qualifiers, nationalities, homonyms abroad, loose spellings."""

from __future__ import annotations

import pytest

from dragoman.geo.context import choose_reading
from dragoman.geo.gazetteer import Match, transliterates
from dragoman.geo.mentions import find_mentions, is_place_name
from dragoman.geo.stage import make_places_stage
from dragoman.resources import Resources
from dragoman.schemas import Actor, ArgumentMention, Location, Span


@pytest.fixture(scope="module")
def stage(gazetteer, actor_kb):  # type: ignore[no-untyped-def]
    return make_places_stage(Resources(gazetteer=gazetteer, kb=actor_kb))


def _target(coded, text: str) -> list[ArgumentMention]:  # type: ignore[no-untyped-def]
    start = coded.article.text.index(text)
    span = Span(start, start + len(text), text)
    return [ArgumentMention(head=span, phrase=span, actor=Actor(name=text))]


def _site(stage, coded) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    loc = stage(coded).candidates[0].location
    return (loc.name, loc.country) if loc else None


@pytest.mark.parametrize(
    ("sentence", "qualifiers", "places"),
    [
        ("Dozens of fighters surrendered to US-backed forces near Raqqa.", {"US"}, {"Raqqa"}),
        ("Iran-backed militias fired Russian-made rockets at the base in Iraq.", {"Iran"}, {"Iraq"}),
        ("Pro-Israel and anti-Iran groups marched through London.", {"Israel", "Iran"}, {"London"}),
        ("Shelling continued along the Israel-Lebanon border.", set(), {"Israel", "Lebanon"}),
    ],
)
def test_a_name_glued_to_a_word_by_a_hyphen_is_a_qualifier(
    spacy_nlp, gazetteer, sentence, qualifiers, places
) -> None:  # type: ignore[no-untyped-def]
    mentions = find_mentions(spacy_nlp(sentence), gazetteer)
    assert {m.text for m in mentions if m.qualifier} == qualifiers
    assert {m.text for m in mentions if not m.qualifier} == places


def test_the_backer_of_a_force_is_not_where_it_surrendered(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded(
        "Hundreds of militants surrendered to the US-backed alliance on Sunday.", "surrendered", "RETREAT"
    )
    coded.candidates[0].targets = _target(coded, "the US-backed alliance")
    assert _site(stage, coded) is None


def test_the_maker_of_a_weapon_is_not_where_it_struck(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded("Iran-made drones struck a fuel depot near Kharkiv.", "struck", "ASSAULT")
    assert _site(stage, coded) == ("Kharkiv", "UKR")


@pytest.mark.parametrize(
    ("sentence", "trigger", "target"),
    [
        ("Three US soldiers were killed by a roadside bomb.", "killed", "Three US soldiers"),
        ("Rebels ambushed a Turkish convoy and a French patrol.", "ambushed", "a Turkish convoy"),
    ],
)
def test_a_country_naming_whose_troops_is_not_the_site(stage, hand_coded, sentence, trigger, target) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded(sentence, trigger, "ASSAULT")
    coded.candidates[0].targets = _target(coded, target)
    assert _site(stage, coded) is None


def test_the_narrower_of_aimed_places_wins(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded("Turkish jets bombed Manbij in northern Syria.", "bombed", "ASSAULT")
    coded.candidates[0].targets = _target(coded, "northern Syria")
    assert _site(stage, coded) == ("Manbij", "SYR")


def test_a_homonym_follows_the_nationalities_of_the_document(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = "Syrian troops recaptured the ancient city of Palmyra after weeks of fighting."
    coded = stage(hand_coded(text, "recaptured", "ASSAULT"))
    places = {p.span.text: p.location for p in coded.places}
    assert places["Palmyra"].country == "SYR"


def test_a_homonym_without_document_context_keeps_its_best_reading(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.resolve("Palmyra").country != "SYR"
    assert gazetteer.resolve("Palmyra", ["SYR"]).country == "SYR"


@pytest.mark.parametrize(
    ("text", "not_places", "places"),
    [
        (
            "The envoy travelled to the Middle East, on to Asia and then to Kabul.",
            {"Middle East", "the Middle East", "Asia"},
            {"Kabul"},
        ),
        ("Artillery pounded the canton's border villages near Afrin.", {"canton"}, {"Afrin"}),
        ("Fighting spread to the South, where Eastern units held out near Homs.", {"South", "Eastern"}, {"Homs"}),
        ("Diplomats at the UN and the EU in Geneva condemned the strikes.", {"UN", "EU"}, {"Geneva"}),
    ],
)
def test_world_regions_directions_acronyms_and_common_words_name_no_town(
    stage, hand_coded, text, not_places, places
) -> None:  # type: ignore[no-untyped-def]
    coded = stage(hand_coded(text, text.split()[1], "CONSULT"))
    located = {p.span.text for p in coded.places if p.location is not None}
    assert not located & not_places
    assert places <= located  # the real place beside them is still found


def test_a_river_is_not_a_town_with_a_similar_skeleton(gazetteer) -> None:  # type: ignore[no-untyped-def]
    river = gazetteer.resolve("Euphrates")
    assert (river.feature, river.country) == ("water", None)  # the curated river, not Puerto Asis
    assert gazetteer.resolve("Deir al-Balah", ["PSE"]).country == "PSE"  # a transliteration still matches


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("deir al balah", "dayr al balah", True),
        ("idlib", "edleb", True),
        ("euphrates", "puehrto asis", False),
        ("keshma", "akishima", False),
        ("creech", "karachi", False),
    ],
)
def test_transliterations(a: str, b: str, same: bool) -> None:
    assert transliterates(a, b) is same


def _match(country: str, population: int, feature: str = "city", loose: bool = False) -> Match:
    return Match(Location("X", country, None, 0.0, 0.0, None, feature), 4.0, population, loose=loose)


@pytest.mark.parametrize(
    ("matches", "context", "expected"),
    [
        ((_match("USA", 7_000), _match("SYR", 50_000)), ["SYR"], "SYR"),  # the homonym in the document
        ((_match("USA", 7_000), _match("AUS", 6_000)), ["SYR"], None),  # small towns abroad only
        ((_match("USA", 7_000), _match("AUS", 6_000)), [], "USA"),  # no context: the best
        ((_match("GBR", 2_000_000),), ["SYR"], "GBR"),  # a large city anywhere
        ((_match("PSE", 80_000),), ["ISR"], "PSE"),  # the only place of that name
        ((_match("JPN", 60_000, loose=True),), ["IRQ", "SYR", "USA", "JPN"], None),  # loose, far down
        ((_match("IRQ", 60_000, loose=True),), ["IRQ", "SYR"], "IRQ"),  # loose, a leading country
    ],
)
def test_choose_reading(matches, context, expected) -> None:  # type: ignore[no-untyped-def]
    loc = choose_reading(matches, context)
    assert (loc.country if loc else None) == expected


def test_is_place_name() -> None:
    assert is_place_name("Homs") and is_place_name("South Sudan") and is_place_name("West Bank")
    assert not is_place_name("canton") and not is_place_name("South") and not is_place_name("north-east")


def test_an_untagged_name_is_not_read_by_a_former_name_abroad() -> None:
    harare = Match(Location("Harare", "ZWE", None, 0.0, 0.0, None, "city"), 6.0, 1_500_000, alternate=True)
    assert choose_reading((harare,), ["SYR"], tagged=False) is None
    assert choose_reading((harare,), ["SYR"], tagged=True).name == "Harare"
    assert choose_reading((harare,), ["ZWE"], tagged=False).name == "Harare"


def test_a_lower_case_direction_is_not_part_of_a_foreign_city_name(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = "Police raided a flat in east London, British officials said."
    coded = stage(hand_coded(text, "raided", "COERCE"))
    assert {p.location.country for p in coded.places if p.location} == {"GBR"}
    north = stage(hand_coded("Israeli troops pushed into northern Gaza.", "pushed", "ASSAULT"))
    assert [p.location.name for p in north.places] == ["Northern Gaza"]


def test_a_former_name_abroad_yields_to_a_place_of_that_name() -> None:
    harare = Match(Location("Harare", "ZWE", None, 0.0, 0.0, None, "city"), 6.2, 1_500_000, alternate=True)
    salisbury = Match(Location("Salisbury", "GBR", None, 0.0, 0.0, None, "city"), 4.6, 45_000)
    assert choose_reading((harare, salisbury), ["RUS", "SYR"]) is None
    assert choose_reading((harare, salisbury), ["RUS", "GBR"]).name == "Salisbury"


def test_of_two_locative_phrases_the_narrower_place_wins(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded("Two civilians were killed in Syria on Friday in Idlib.", "killed", "ASSAULT")
    assert _site(stage, coded) == ("Idlib", "SYR")
