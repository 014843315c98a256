"""Actors as real news names them: communities, supporters, described strangers, dual nationals,
proper names that are not places, and names that are also common words. Our own sentences."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

import dragoman
from dragoman.actors.community import community_homes, home_of, placed_community
from dragoman.actors.index import KnowledgeBase, person_short_keys
from dragoman.actors.phrase import resolve_phrase
from dragoman.schemas import Actor

DAY = date(2018, 6, 1)


PUBLISHED = "2018-06-01"


# -- supporters are not the leader's government ---------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("supporters of Erdogan", ("TUR", "CVL")),
        ("Imran Khan's supporters", ("PAK", "CVL")),
        ("Macron loyalists", ("FRA", "CVL")),
        ("supporters of the opposition in Kenya", ("KEN", "OPP")),
        ("Venezuelan opposition supporters", ("VEN", "OPP")),
        ("supporters", (None, "CVL")),
    ],
)
def test_supporters_are_people_of_the_leaders_country(country_sector, phrase, expected):  # type: ignore[no-untyped-def]
    assert country_sector(phrase, DAY) == expected


def test_the_leader_himself_is_still_the_government(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("Erdogan", DAY) == ("TUR", "GOV")


# -- communities: where the story is set decides ----------------------------------------------------
def _community_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.community_homes["kurdish"] = (("SYR", "REB"), ("IRQ", "GOV"), ("TUR", "OPP"))
    return kb


def test_a_community_word_inside_a_hyphenated_qualifier_still_names_the_community() -> None:
    kb = _community_kb()
    assert community_homes(kb, "Kurdish-led fighters") == kb.community_homes["kurdish"]
    assert community_homes(kb, "a pro-Kurdish party") == ()


def test_the_home_named_most_often_wins_and_silence_keeps_the_first() -> None:
    homes = _community_kb().community_homes["kurdish"]
    assert home_of(homes, Counter({"TUR": 1, "IRQ": 3})) == ("IRQ", "GOV")
    assert home_of(homes, Counter({"TUR": 1, "SYR": 1})) == ("SYR", "REB")
    assert home_of(homes, Counter({"FRA": 4})) == ("SYR", "REB")


def test_authorities_take_the_homes_sector_and_fighters_keep_theirs() -> None:
    homes = _community_kb().community_homes["kurdish"]
    officials = Actor("Kurdish officials", None, "GOV", None, None, "Kurdish officials")
    fighters = Actor("Kurdish fighters", None, "REB", None, None, "Kurdish fighters")
    in_turkey = Counter({"TUR": 2})
    assert (placed_community(officials, "Kurdish officials", homes, in_turkey) or officials).sector == "OPP"
    assert (placed_community(fighters, "Kurdish fighters", homes, in_turkey) or fighters).sector == "REB"
    iraqi = Actor("Iraqi Kurdish officials", "IRQ", "GOV", None, None, "Iraqi Kurdish officials")
    assert placed_community(iraqi, "Iraqi Kurdish officials", homes, in_turkey) == iraqi


@pytest.mark.parametrize(
    ("text", "kind", "side", "expected"),
    [
        ("Kurdish officials in Sulaymaniyah accused Baghdad of cutting the region's budget.", "ACCUSE", 1, ("IRQ", "GOV")),
        ("Kurdish fighters arrested three suspected Isis members near Qamishli.", "COERCE", 1, ("SYR", "REB")),
        ("Kurdish forces detained two foreign women in a camp for displaced families.", "COERCE", 1, ("SYR", "REB")),
        ("A court in Diyarbakir jailed a Kurdish politician for nine years.", "SANCTION", 2, ("TUR", "OPP")),
    ],
)
def test_community_actors_end_to_end(coded_sides, text, kind, side, expected):  # type: ignore[no-untyped-def]
    found = [event[side] for event in coded_sides(text, PUBLISHED) if event[0] == kind]
    assert expected in found


# -- people the sentence describes -----------------------------------------------------------------
def test_a_stranger_described_as_a_rebel_is_a_rebel_where_the_story_is(coded_sides) -> None:
    events = coded_sides("Abu Khalil, a senior rebel commander, said his men had ambushed an army convoy near Hama.", PUBLISHED)
    assert ("ASSAULT", ("SYR", "REB"), ("SYR", "MIL")) in events


def test_a_named_activist_is_a_civilian_of_the_country_that_frees_her(coded_sides) -> None:
    events = coded_sides("Egypt released the rights activist Mona Tawfik after two years in detention.", PUBLISHED)
    assert [target for kind, _, target in events if kind == "RETREAT"] == [("EGY", "CVL")]


def test_a_dual_national_is_coded_by_the_last_nationality(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("a French-Algerian journalist", DAY) == ("DZA", "MED")
    assert country_sector("a French journalist", DAY) == ("FRA", "MED")


# -- a subordinate "he" repeats the main clause's "he" ------------------------------------------------
def test_a_pronoun_in_a_when_clause_is_not_the_person_named_in_between(coded_sides) -> None:
    events = coded_sides("Erdogan spoke to the Iranian president, Hassan Rouhani, when he agreed to a summit with Putin.",
                         PUBLISHED)
    agreeing = [source for kind, source, _ in events if kind == "AGREE"]
    assert agreeing and all(source[0] == "TUR" for source in agreeing)


# -- proper names that are not places -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin rejected calls for a truce over Christmas.",
        "Kyiv asked for more Patriot batteries from its allies.",
        "The Pentagon sent two more destroyers to the Middle East.",
    ],
)
def test_holidays_weapons_and_regions_are_not_villages_somewhere(coded_sides, text):  # type: ignore[no-untyped-def]
    events = coded_sides(text, PUBLISHED)
    assert events  # the sentence is coded, and no name in it became a place abroad
    for _, source, target in events:
        assert target is None or target[0] in (None, source[0])


def test_a_qualifier_country_does_not_place_the_fighters(coded_sides) -> None:
    events = coded_sides("Two British volunteers were captured in Syria by Iran-backed fighters.", PUBLISHED)
    captors = [source for kind, source, _ in events if kind in ("COERCE", "ASSAULT")]  # held, or abducted
    assert captors and all(source[0] != "IRN" for source in captors)


def test_a_lowercase_bank_is_no_west_bank(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("troops on the west bank of the river", DAY) == (None, "MIL")
    assert country_sector("settlers in the West Bank", DAY) == ("PSE", "CVL")


def test_a_treaty_named_after_a_capital_belongs_to_its_body(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("the Rome Statute of the International Criminal Court", DAY)[0] == "ICC"
    assert country_sector("Russia's UN envoy", DAY) == ("RUS", "GOV")


# -- names that are also common words ------------------------------------------------------------------
def test_theresa_may_is_known_by_full_name_and_title_never_by_may_alone(actor_kb, country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("Theresa May", DAY) == ("GBR", "GOV")
    assert country_sector("Mrs May", DAY) == ("GBR", "GOV")
    assert country_sector("Mrs May", date(2015, 1, 1)) == ("GBR", "GOV")  # home secretary then
    assert resolve_phrase("May", DAY, actor_kb) is None


def test_a_surname_that_is_a_month_gets_no_short_key() -> None:
    from dragoman.actors.entries import ActorEntry

    assert person_short_keys(ActorEntry("p", "Jane March", "person")) == []
    assert person_short_keys(ActorEntry("q", "Jane Marchetti", "person")) == ["marchetti"]


def test_hong_kong_is_coded_apart_from_china(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("Hong Kong police", DAY) == ("HKG", "COP")
    assert country_sector("Chinese police", DAY) == ("CHN", "COP")


# -- a transnational group is placed in its theatre only when the story allows it ------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An airstrike destroyed an Islamic State arms depot before dawn.", "SYR"),  # no country named: first theatre
        ("Islamic State fighters ambushed a police patrol near Kirkuk.", "IRQ"),
    ],
)
def test_islamic_state_takes_the_theatre_the_story_names(coded_sides, text, expected):  # type: ignore[no-untyped-def]
    countries = [side[0] for _, source, target in coded_sides(text, PUBLISHED) for side in (source, target) if side and side[1] == "REB"]
    assert countries == [expected]


def test_islamic_state_abroad_is_left_to_the_place_it_struck() -> None:
    from dragoman.actors.community import placed_group

    group = Actor("Islamic State", None, "REB", "Islamic State", "group/islamic-state", "Islamic State")
    theatres = (("SYR", None), ("IRQ", None))
    assert placed_group(group, theatres, Counter({"RUS": 2})).country is None
    assert placed_group(group, theatres, Counter({"RUS": 1, "IRQ": 1})).country == "IRQ"


# -- a bare title later in the document means the person named with it --------------------------------
def test_the_minister_is_the_minister_named_before_not_the_host_country(coded_sides) -> None:
    text = (
        "Turkey's foreign minister, Mevlut Cavusoglu, met his Russian counterpart Sergei Lavrov in Moscow on Monday. "
        "The minister urged Russia to halt the offensive."
    )
    events = coded_sides(text, "2019-03-04")
    assert [source for kind, source, _ in events if kind == "REQUEST"] == [("TUR", "GOV")]


def test_a_title_nobody_was_named_with_stays_unresolved() -> None:
    from dragoman.actors.document import DocumentActors, Mentioned

    memory = DocumentActors(KnowledgeBase(), lambda text, on: None, None)
    lavrov = Actor("Sergei Lavrov", "RUS", "GOV", None, None, "Sergei Lavrov")
    memory.mentioned = [Mentioned(3, 0, lavrov, True, False, named=True, title="sergei lavrov foreign minister")]
    minister = Actor("the minister", None, "GOV", None, None, "the minister")
    assert memory.role_reference(minister, 10, "minister").name == "Sergei Lavrov"
    assert memory.role_reference(minister, 10, "general") == minister


# -- "they" means something plural ----------------------------------------------------------------------
def test_they_means_the_plural_group_not_the_country_named_last(coded_sides) -> None:
    events = coded_sides("Three Belgian jihadists reached Iraq in May, but they were arrested by Iraqi police at a checkpoint.", PUBLISHED)
    assert [target for kind, _, target in events if kind == "COERCE"] == [("BEL", "REB")]


def test_the_rebels_own_forces_are_rebels_too(coded_sides) -> None:
    events = coded_sides("Syrian rebel commanders said Turkey had paid and trained their forces for two years.", PUBLISHED)
    assert ("SYR", "REB") in [target for kind, _, target in events if kind == "AID"]


def test_settlers_are_israeli_unless_the_phrase_names_another_country(country_sector):  # type: ignore[no-untyped-def]
    assert country_sector("armed settlers", DAY) == ("ISR", "CVL")
    assert country_sector("Moroccan settlers", DAY) == ("MAR", "CVL")


def test_may_alone_is_theresa_may_once_the_document_has_named_her() -> None:
    text = "Theresa May flew to Brussels on Monday. On Tuesday, May criticised the EU negotiators."
    events = dragoman.code_text(text, published="2018-11-20", doc_id="t")
    assert [(e.source.name, e.source.country, e.source.sector) for e in events if e.event_type == "ACCUSE"] == [
        ("Theresa May", "GBR", "GOV")
    ]


# -- "its leader, X": a person described by a role in a body belongs to that body ----------------------
@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The party has been banned, and police arrested its leader, Ayse Demir, in Ankara.", "COERCE", ("TUR", "PTY")),
        ("The rebel group said soldiers had killed its commander, Musa Hilal, near the border.", "ASSAULT", (None, "REB")),
    ],
)
def test_a_person_named_as_a_bodys_officer_takes_the_bodys_sector(coded_sides, text, kind, expected):  # type: ignore[no-untyped-def]
    assert expected in [target for event_kind, _, target in coded_sides(text, PUBLISHED) if event_kind == kind]


# -- "the group" refers back to the armed group or party named before ---------------------------------
def test_the_group_is_the_armed_group_named_before(coded_sides) -> None:
    events = coded_sides("Hamas fighters left their positions near the crossing, witnesses said, after the group accepted the truce.", PUBLISHED)
    assert ("PSE", "REB") in [source for kind, source, _ in events if kind == "AGREE"]


def test_the_group_is_not_a_state_or_an_intergovernmental_body() -> None:
    from dragoman.actors.document import DocumentActors, Mentioned

    memory = DocumentActors(KnowledgeBase(), lambda text, on: None, None)
    g7 = Actor("Group of Seven", "G7", "IGO", "G7", "igo/G7", "The Group of Seven")
    memory.mentioned = [Mentioned(1, 0, g7, False, True)]
    assert memory.group_reference(10, 1) is None
    hamas = Actor("Hamas", "PSE", "REB", "Hamas", "group/hamas", "Hamas")
    memory.mentioned.append(Mentioned(5, 0, hamas, False, False))
    assert memory.group_reference(10, 1) == hamas
