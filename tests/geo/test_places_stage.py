"""The places stage on hand-made documents: where each event happened."""

from __future__ import annotations

from typing import ClassVar

import pytest

from dragoman.geo.stage import make_places_stage, resolve_dateline
from dragoman.resources import Resources
from dragoman.schemas import Actor, ArgumentMention, Location, Span

SITES = [
    # sentence, trigger, event type, dateline, expected (name, country) or None
    (
        "The intelligence chief discussed the truce with Hamas officials in the Qatari capital, Doha, on Sunday.",
        "discussed",
        "CONSULT",
        None,
        ("Doha", "QAT"),
    ),
    (
        "Speaking in the Ukrainian capital of Kyiv on Tuesday, the secretary voiced deep concern over Israel's "
        + "operations in Rafah.",
        "voiced",
        "ACCUSE",
        None,
        ("Kyiv", "UKR"),
    ),
    ("Hopes faded as Israel stepped up its attacks on Rafah.", "attacks", "ASSAULT", None, ("Rafah", "PSE")),
    ("Russian forces shelled Kharkiv overnight.", "shelled", "ASSAULT", None, ("Kharkiv", "UKR")),
    ("Kharkiv was shelled by Russian forces.", "shelled", "ASSAULT", None, ("Kharkiv", "UKR")),
    (
        "The foreign minister discussed the situation in Gaza with his Egyptian counterpart.",
        "discussed",
        "CONSULT",
        "ANKARA",
        ("Ankara", "TUR"),
    ),
    ("The president said Israel would not stop in Gaza.", "said", "ACCUSE", "ANKARA", ("Ankara", "TUR")),
    ("Protesters rallied outside the US embassy in Ankara.", "rallied", "PROTEST", None, ("Ankara", "TUR")),
    (
        "Israeli troops raided the Jenin refugee camp in the occupied West Bank.",
        "raided",
        "ASSAULT",
        None,
        ("Jenin", "PSE"),
    ),
    ("The envoy arrived in Doha and met the emir.", "met", "CONSULT", None, ("Doha", "QAT")),
    ("The French president visited Beijing last week.", "visited", "CONSULT", None, ("Beijing", "CHN")),
    (
        "The foreign ministers met in Washington on Thursday.",
        "met",
        "CONSULT",
        "LONDON",
        ("Washington", "USA"),
    ),
    (
        "Fighting raged near Pokrovsk in Ukraine's Donetsk region.",
        "raged",
        "ASSAULT",
        None,
        ("Pokrovsk", "UKR"),
    ),
    (
        "Houthi fighters attacked a tanker in the Bab el-Mandeb strait.",
        "attacked",
        "ASSAULT",
        None,
        ("Bab el-Mandeb", None),
    ),
    ("The two sides held talks in Geneva on Monday.", "talks", "CONSULT", None, ("Geneva", "CHE")),
    (
        "The French president condemned in Paris the attacks on Rafah.",
        "attacks",
        "ASSAULT",
        None,
        ("Rafah", "PSE"),
    ),
    (
        "The French president condemned in Paris the attacks on Rafah.",
        "condemned",
        "ACCUSE",
        None,
        ("Paris", "FRA"),
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight.",
        "struck",
        "ASSAULT",
        None,
        ("Krasnodarskiy kray", "RUS"),
    ),
    (
        "The minister said Israel must withdraw from Rafah in southern Gaza.",
        "withdraw",
        "RETREAT",
        None,
        ("Rafah", "PSE"),
    ),
    (
        "Iran's foreign minister arrived in Beirut on Friday for talks with Hezbollah leaders.",
        "talks",
        "CONSULT",
        None,
        ("Beirut", "LBN"),
    ),
    (
        "Russia launched a missile barrage against Ukraine's energy grid.",
        "barrage",
        "ASSAULT",
        None,
        ("Ukraine", "UKR"),
    ),
    ("Police in Nairobi fired tear gas at protesters.", "fired", "COERCE", None, ("Nairobi", "KEN")),
    (
        "Russia deployed troops to the Belarusian border near Brest.",
        "deployed",
        "MOBILIZE",
        None,
        ("Brest", "BLR"),
    ),
    ("Hamas accused Israel of killing 20 people in Nuseirat.", "accused", "ACCUSE", None, None),
    (
        "Hamas accused Israel of killing 20 people in Nuseirat.",
        "killing",
        "ASSAULT",
        None,
        ("Nuseirat", "PSE"),
    ),
    ("The leaders met briefly.", "met", "CONSULT", None, None),
    ("The leaders met briefly.", "met", "CONSULT", "CAIRO", ("Cairo", "EGY")),
]


@pytest.fixture(scope="module")
def stage(gazetteer):  # type: ignore[no-untyped-def]
    return make_places_stage(Resources(gazetteer=gazetteer))


@pytest.mark.parametrize(("sentence", "trigger", "event_type", "dateline", "expected"), SITES)
def test_event_site(stage, hand_coded, sentence, trigger, event_type, dateline, expected) -> None:  # type: ignore[no-untyped-def]
    coded = stage(hand_coded(sentence, trigger, event_type, dateline=dateline))
    loc = coded.candidates[0].location
    got = (loc.name, loc.country) if loc else None
    assert got == expected


def _arg(coded, text: str, country: str) -> ArgumentMention:  # type: ignore[no-untyped-def]
    start = coded.article.text.index(text)
    span = Span(start, start + len(text), text)
    return ArgumentMention(head=span, phrase=span, actor=Actor(name=text, country=country))


def test_dateline_is_not_used_for_events_of_other_countries(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded("Russia and China signed a trade pact.", "signed", "AGREE", dateline="WASHINGTON")
    coded.candidates[0].sources = [_arg(coded, "Russia", "RUS")]
    coded.candidates[0].targets = [_arg(coded, "China", "CHN")]
    assert stage(coded).candidates[0].location is None


def test_dateline_is_used_for_events_of_its_country(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    coded = hand_coded("Turkey condemned the raid.", "condemned", "ACCUSE", dateline="ANKARA")
    coded.candidates[0].sources = [_arg(coded, "Turkey", "TUR")]
    assert stage(coded).candidates[0].location.name == "Ankara"


def test_place_phrase_from_the_events_stage_wins(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    sentence = "In Cairo, the negotiators said the talks would move to Doha."
    start = sentence.index("In Cairo")
    coded = hand_coded(sentence, "said", "CONSULT", place=Span(start, start + 8, "In Cairo"))
    assert stage(coded).candidates[0].location.country == "EGY"


def test_every_place_mention_is_recorded_with_document_context(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lebanese officials met in Beirut. Gunmen opened fire in Tripoli overnight. "
        "The army was deployed to the Bekaa Valley and to Sidon."
    )
    coded = stage(hand_coded(text, "met", "CONSULT", dateline="BEIRUT"))
    places = {p.span.text: p.location for p in coded.places}
    assert places["Beirut"].country == "LBN"
    assert places["Tripoli"].country == "LBN"  # not Libya's larger Tripoli: the document is about Lebanon
    assert places["Sidon"].country == "LBN"
    assert coded.document_location.name == "Beirut"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("KYIV, Ukraine (Reuters)", ("Kyiv", "UKR")),
        ("GAZA CITY", ("Gaza", "PSE")),
        ("WASHINGTON (AP)", ("Washington", "USA")),
        ("", None),
        (None, None),
    ],
)
def test_resolve_dateline(gazetteer, dateline, expected) -> None:  # type: ignore[no-untyped-def]
    loc = resolve_dateline(dateline, gazetteer, [])
    assert ((loc.name, loc.country) if loc else None) == expected


class TinyGazetteer:
    """An in-memory PlaceLookup: the stage needs nothing more."""

    PLACES: ClassVar[dict[str, Location]] = {
        "atlantis": Location("Atlantis", "ATL", None, 1.0, 2.0, None, "city")
    }

    def resolve(self, name: str, context_countries: list[str] | None = None) -> Location | None:
        return self.PLACES.get(name.lower())


def test_stage_runs_on_any_place_lookup(hand_coded) -> None:  # type: ignore[no-untyped-def]
    stage = make_places_stage(Resources(gazetteer=TinyGazetteer()))
    coded = stage(hand_coded("The delegates met in Atlantis on Monday.", "met", "CONSULT"))
    assert coded.candidates[0].location.name == "Atlantis"
    assert [p.span.text for p in coded.places] == ["Atlantis"]


@pytest.mark.parametrize(
    ("sentence", "not_places"),
    [
        ("The attorney general resigned in May after the allegations.", {"May"}),
        ("British police arrested Robinson at Manchester airport.", {"Robinson"}),
        ("The ramparts of Pax Americana have been stormed.", {"Americana", "Pax Americana"}),
        ("Ibrahim Kalin met Ismail Haniyeh on Sunday.", {"Ibrahim", "Kalin", "Ismail", "Haniyeh", "Sunday"}),
    ],
)
def test_names_that_are_not_places(stage, hand_coded, sentence, not_places) -> None:  # type: ignore[no-untyped-def]
    coded = stage(hand_coded(sentence, sentence.split()[1], "CONSULT"))
    assert not {p.span.text for p in coded.places} & not_places
