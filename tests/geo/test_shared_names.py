"""Names several places share, read by the document's countries: rivers across borders,
"Kurdistan", "the Gulf"; and common English words that are towns somewhere."""

from __future__ import annotations

import pytest

from dragoman.geo import build
from dragoman.geo.context import choose_reading
from dragoman.geo.gazetteer import Gazetteer
from dragoman.geo.mentions import find_mentions, readings
from dragoman.geo.sources import PlaceRecord, read_table
from dragoman.geo.stage import make_places_stage
from dragoman.resources import Resources
from dragoman.schemas import Location


@pytest.fixture(scope="module")
def stage(gazetteer, actor_kb):  # type: ignore[no-untyped-def]
    return make_places_stage(Resources(gazetteer=gazetteer, kb=actor_kb))


def _places(stage, hand_coded, text: str) -> dict[str, tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    coded = stage(hand_coded(text, text.split()[1], "CONSULT"))
    return {
        p.span.text: (p.location.name, p.location.country, p.location.feature)
        for p in coded.places
        if p.location is not None
    }


# --- the contextual reading, on a tiny index written here ---------------------------------


def _river(country: str | None, contextual: bool) -> PlaceRecord:
    names = {"Silverflow"}
    return PlaceRecord("Silverflow", country, None, 1.0, 1.0, None, "water", curated=True,
                       contextual=contextual, names=names)  # fmt: skip


@pytest.fixture()
def rivers(tmp_path) -> Gazetteer:  # type: ignore[no-untyped-def]
    records = [_river(None, False), _river("AAA", True), _river("BBB", True)]
    return Gazetteer(build.build_index(tmp_path / "rivers.sqlite", records))


def test_a_contextual_reading_ranks_below_the_usual_one(rivers) -> None:  # type: ignore[no-untyped-def]
    assert rivers.resolve("Silverflow").country is None


def test_a_contextual_reading_wins_in_a_document_about_its_country(rivers) -> None:  # type: ignore[no-untyped-def]
    assert rivers.resolve("Silverflow", ["BBB"]).country == "BBB"
    assert rivers.resolve("Silverflow", ["CCC"]).country is None


def test_equal_readings_follow_the_order_of_the_document_countries(rivers) -> None:  # type: ignore[no-untyped-def]
    found = rivers.candidates("Silverflow", ["AAA", "BBB"])
    assert choose_reading(found, ["BBB", "AAA"]).country == "BBB"
    assert choose_reading(found, ["AAA", "BBB"]).country == "AAA"


def test_the_curated_table_marks_readings_plainly() -> None:
    rows = read_table("regions.tsv")
    assert {row.get("reading", "") for row in rows} <= {"", "context"}
    for row in rows:
        if row.get("reading") == "context":  # a contextual row is reached only by its aliases
            assert row["country"] and row["aliases"], row["name"]


# --- rivers and other natural features -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Mount Sinjar", "IRQ", "region"),
        ("the Qandil mountains", "IRQ", "region"),
        ("Jordan Valley", "PSE", "region"),
        ("Golan Heights", "SYR", "region"),
        ("the Shatt al-Arab", None, "water"),
        ("River Jordan", None, "water"),
        ("Tigris", None, "water"),
        ("Nile", None, "water"),
    ],
)
def test_natural_features_resolve_without_context(gazetteer, name, country, feature) -> None:  # type: ignore[no-untyped-def]
    loc = gazetteer.resolve(name)
    assert (loc.country, loc.feature) == (country, feature)


@pytest.mark.parametrize(
    ("text", "river", "country"),
    [
        (
            "Kurdish-led fighters held the east bank of the Euphrates near Deir ez-Zor, and Syrian "
            + "government troops the west bank, residents of Mayadin said.",
            "Euphrates",
            "SYR",
        ),
        (
            "Iraqi troops searched villages along the Euphrates near Haditha in Anbar province.",
            "Euphrates",
            "IRQ",
        ),
        (
            "Farmers in Egypt fear the new dam will cut the flow of the Nile to Aswan and Luxor.",
            "Nile",
            "EGY",
        ),
        ("Iraqi police pulled two bodies from the Tigris in Baghdad on Sunday.", "Tigris", "IRQ"),
    ],
)
def test_a_river_is_its_stretch_in_the_document_country(stage, hand_coded, text, river, country) -> None:  # type: ignore[no-untyped-def]
    assert _places(stage, hand_coded, text)[river] == (river, country, "water")


def test_a_river_in_a_document_about_no_country_it_crosses_has_none(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = "Archaeologists from Germany and Japan presented findings about the Euphrates in Berlin."
    assert _places(stage, hand_coded, text)["Euphrates"] == ("Euphrates", None, "water")


# --- Kurdistan ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Kurdistan voted for independence last month, and the regional government in Erbil "
            + "refused to annul the result.",
            "Kurdistan",
            "IRQ",
        ),
        ("Oil exports from Kurdistan fell after the referendum.", "Kurdistan", "IRQ"),
        (
            "Iranian police arrested teachers in Sanandaj, and Tehran sent more troops to Kurdistan.",
            "Kurdistan",
            "IRN",
        ),
        (
            "Kurdish parties in Syrian Kurdistan asked Damascus for autonomy after Turkish shelling.",
            "Syrian Kurdistan",
            "SYR",
        ),
        ("Curfews were imposed across Turkish Kurdistan.", "Turkish Kurdistan", "TUR"),
    ],
)
def test_kurdistan_is_iraqs_unless_the_document_says_otherwise(
    stage, hand_coded, text, mention, country
) -> None:  # type: ignore[no-untyped-def]
    assert _places(stage, hand_coded, text)[mention][1] == country


def test_kurdistan_in_a_report_on_syria_is_syrias_northeast(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Syrian Kurds in Qamishli and Hasakah fear Damascus will return. Kurdistan, they say, "
        + "must keep its own police."
    )
    assert _places(stage, hand_coded, text)["Kurdistan"] == ("Northeast Syria", "SYR", "region")


# --- the Gulf ----------------------------------------------------------------------------------


def test_the_gulf_in_middle_east_news_is_the_persian_gulf(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = "Tankers slowed in the Gulf after Iran seized a ship, and Saudi Arabia called for calm."
    assert _places(stage, hand_coded, text)["Gulf"] == ("Persian Gulf", None, "water")


def test_the_gulf_without_any_context_is_still_no_province_of_papua(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.resolve("the Gulf").country is None


def test_the_gulf_in_a_report_on_papua_new_guinea_is_its_province(stage, hand_coded) -> None:  # type: ignore[no-untyped-def]
    text = "Papua New Guinea sent police to the Gulf after clashes near Kerema, Port Moresby said."
    assert _places(stage, hand_coded, text)["Gulf"][1] == "PNG"


# --- common English words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Amnesty International said the strikes on Idlib killed 40 civilians.", {"International"}),
        ("The International Criminal Court opened an inquiry into the killings.", {"International"}),
        (
            "The Fortune Global Forum met in Guangzhou, with National Congress delegates.",
            {"Global", "National", "Congress"},
        ),
        (
            "The Commonwealth secretary general praised the Independence Day parade.",
            {"Commonwealth", "Independence"},
        ),
    ],
)
def test_common_words_in_names_are_no_towns(stage, hand_coded, text, words) -> None:  # type: ignore[no-untyped-def]
    assert not set(_places(stage, hand_coded, text)) & words


def test_a_common_word_keeps_its_curated_reading(gazetteer) -> None:  # type: ignore[no-untyped-def]
    found = readings(gazetteer, "Atlantic")
    assert found and all(m.location.feature not in ("city", "admin1") for m in found)
    assert found[0].location.name == "Atlantic Ocean"


def test_a_common_word_keeps_a_country_reading() -> None:
    class OneCountry:
        def resolve(self, name, context_countries=None):  # type: ignore[no-untyped-def]
            return Location("Union of Somewhere", "USW", None, 0.0, 0.0, 1, "country")

    assert readings(OneCountry(), "Union")[0].location.country == "USW"


def test_a_town_named_by_a_word_is_dropped(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.candidates("Liberty")  # the gazetteer knows towns called so...
    assert readings(gazetteer, "Liberty") == ()  # ...but a bare "Liberty" is none of them


# --- surnames that are towns --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("Andrew Jackson visited Kabul on Monday. Later Jackson flew to Tehran.", "Jackson", "Tehran"),
        ("Jackson said the talks in Kabul had failed.", "Jackson", "Kabul"),
    ],
)
def test_a_surname_or_a_speaker_is_no_town(spacy_nlp, gazetteer, text, person, place) -> None:  # type: ignore[no-untyped-def]
    found = {m.text for m in find_mentions(spacy_nlp(text), gazetteer)}
    assert person not in found
    assert place in found


def test_a_town_named_like_a_person_is_still_a_town_when_nothing_says_otherwise(spacy_nlp, gazetteer) -> None:  # type: ignore[no-untyped-def]
    found = {m.text for m in find_mentions(spacy_nlp("Jackson was shelled overnight, residents said."), gazetteer)}
    assert "Jackson" in found
