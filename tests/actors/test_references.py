"""Definite descriptions that refer back to someone or some body the story named: "the student",
"the London schoolgirl", "the alliance", "the regime"; and victims whose nationality is not where
the event happened. Our own sentences."""

from __future__ import annotations

PUBLISHED = "2019-03-01"


def test_a_noun_the_story_described_someone_with_refers_back_to_them(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Amira Khan, a British student who travelled to Syria, was detained in Turkey in May. "
        "The student asked the Turkish president for help.",
        PUBLISHED,
    )
    assert ("REQUEST", ("GBR", "CVL"), ("TUR", "GOV")) in events  # not a Turkish student


def test_a_home_town_description_places_the_person_named_before(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Tom Hale was seized by gunmen in Mali last year. Militants later freed the Bristol man.", PUBLISHED
    )
    assert ("COERCE", ("MLI", "REB"), ("GBR", "CVL")) in events  # he is the Bristol man
    assert any(kind == "RETREAT" and target == ("GBR", "CVL") for kind, _, target in events)


def test_a_she_means_the_woman_the_story_described_not_an_official(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Amira Khan wants to return to Britain. The London schoolgirl left for Syria in 2015. "
        "The home secretary said on Monday that police arrested her.",
        PUBLISHED,
    )
    arrests = [target for kind, _, target in events if kind == "COERCE"]
    assert arrests == [("GBR", "CVL")]  # "her" is the schoolgirl, not the home secretary


def test_a_description_without_a_place_or_a_match_names_no_one(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Omar Idris, a Sudanese minister, arrived in Cairo on Monday. The student asked the Egyptian "
        "president for help.",
        PUBLISHED,
    )
    requests = [source for kind, source, _ in events if kind == "REQUEST"]
    assert requests, "the request is coded"
    assert ("SDN", "GOV") not in requests  # the student is not the minister


def test_the_alliance_is_the_alliance_the_story_named(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "The Syrian Democratic Forces, a Kurdish-led alliance, captured Baghuz on Sunday. "
        "The alliance later detained 200 Islamic State fighters.",
        PUBLISHED,
    )
    assert any(kind == "COERCE" and source == ("SYR", "REB") for kind, source, _ in events)


def test_the_alliance_is_not_the_body_of_the_city_where_it_met(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Nato leaders met in Brussels on Monday. The alliance later deployed 3,000 troops to Estonia.", PUBLISHED
    )
    deployments = [source for kind, source, _ in events if kind == "MOBILIZE"]
    assert deployments and all(source[0] == "NATO" for source in deployments)  # not the EU of Brussels


def test_the_regime_is_the_government_of_the_country_the_story_is_about(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Heavy fighting was reported in Homs, Hama and Idlib on Monday. The regime bombed a hospital on Tuesday.",
        PUBLISHED,
    )
    assert any(kind == "ASSAULT" and source == ("SYR", "GOV") for kind, source, _ in events)


def test_a_foreign_victim_does_not_give_the_attackers_a_country(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("Gunmen kidnapped a German engineer on Tuesday.", PUBLISHED)
    assert events and all(source[0] != "DEU" for _, source, _ in events)


def test_police_keep_the_country_where_they_arrest_a_foreigner(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides("Police in Lagos arrested a British tourist on Tuesday.", PUBLISHED)
    assert ("COERCE", ("NGA", "COP"), ("GBR", "CVL")) in events


def test_a_description_followed_by_a_name_is_that_person(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Omar Said was arrested in Kenya in May. The militants had kidnapped the French aid worker Paul Roux.",
        PUBLISHED,
    )
    assert any(kind == "ASSAULT" and target == ("FRA", "CVL") for kind, _, target in events)
    arrests = [target for kind, _, target in events if kind == "COERCE"]
    assert arrests and all(target is None or target[0] != "FRA" for target in arrests)  # Said is not the aid worker


def test_he_may_mean_an_official_the_story_never_called_a_man(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Ali Khan, her brother, told reporters that the family wanted her home. The Turkish interior minister, "
        "Mehmet Kaya, said he would use all his powers to prevent her return.",
        PUBLISHED,
    )
    rejections = [(source, target) for kind, source, target in events if kind == "REJECT"]
    assert rejections and all(source == ("TUR", "GOV") for source, _ in rejections)  # "he": the minister
    assert all(target != ("TUR", "GOV") for _, target in rejections)  # "her" is not whoever "he" is


def test_a_she_opening_the_next_sentence_tells_the_named_persons_gender(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Sara Malik, a British aid worker, has lived in Turkey since 2016. She said she wanted to go home. "
        "The Turkish interior minister, Mehmet Kaya, said police had arrested her in Ankara.",
        PUBLISHED,
    )
    arrests = [target for kind, _, target in events if kind == "COERCE"]
    assert arrests == [("GBR", "CVL")]  # "her" is the woman, not the minister


def test_a_citizenship_named_with_the_person_tells_their_country(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Amira Khan left for Syria in 2015. The home secretary revoked the British citizenship of Amira Khan on "
        "Tuesday. Khan asked the prime minister for help.",
        PUBLISHED,
    )
    assert ("REQUEST", ("GBR", "CVL"), ("GBR", "GOV")) in events


def test_someone_stripped_of_a_citizenship_held_it(coded_sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_sides(
        "Omar Farid was stripped of Danish citizenship last year. Farid later asked the Turkish president for help.",
        PUBLISHED,
    )
    assert any(kind == "REQUEST" and source == ("DNK", "CVL") for kind, source, _ in events)


def test_a_schoolgirl_from_the_capital_is_no_government(country_sector) -> None:  # type: ignore[no-untyped-def]
    assert country_sector("the London schoolgirl", None) == ("GBR", "CVL")
    capital = country_sector("London", None)
    assert capital is not None and capital[1] == "GOV"  # the capital alone still stands for the state
