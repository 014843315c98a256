"""Gazetteer lookups on the real index: spellings, ambiguity with context, curated regions."""

from __future__ import annotations

import pickle
import threading

import pytest

SPELLINGS = [
    # asked, expected name, country
    ("Rafah", "Rafah", "PSE"),
    ("rafah", "Rafah", "PSE"),
    ("Rafaḩ", "Rafah", "PSE"),
    ("Khān Yūnis", "Khan Younis", "PSE"),
    ("Kiev", "Kyiv", "UKR"),
    ("Kyiv", "Kyiv", "UKR"),
    ("Kharkov", "Kharkiv", "UKR"),
    ("Odessa", "Odesa", "UKR"),
    ("Khan Younis", "Khan Younis", "PSE"),
    ("Khan Yunis", "Khan Younis", "PSE"),
    ("Deir al-Balah", "Deir al-Balah", "PSE"),
    ("Dayr el-Balah", "Deir al-Balah", "PSE"),
    ("Gaza City", "Gaza", "PSE"),
    ("Sanaa", "Sanaa", "YEM"),
    ("Hodeidah", "Hodeidah", "YEM"),
    ("Zaporizhzhia", "Zaporizhzhia", "UKR"),
    ("Avdiivka", "Avdiivka", "UKR"),
    ("Mekelle", "Mekelle", "ETH"),
    ("Al Hudaydah", "Hodeidah", "YEM"),
    ("Avdiyivka", "Avdiivka", "UKR"),
    ("Zaporizhzhya", "Zaporizhzhia", "UKR"),
    ("El Fasher", "El Fasher", "SDN"),
    ("Marawi", "Marawi City", "PHL"),
    ("the United States", "United States", "USA"),
    ("U.S.", "United States", "USA"),
    ("Britain", "United Kingdom", "GBR"),
    ("Türkiye", "Turkey", "TUR"),
    ("Ivory Coast", "Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "Ivory Coast", "CIV"),
    ("DR Congo", "Democratic Republic of the Congo", "COD"),
    ("Kosovo", "Kosovo", "XKX"),
    ("Kyiv, Ukraine", "Kyiv", "UKR"),
    ("Tripoli, Lebanon", "Tripoli", "LBN"),
    ("Donetsk region", "Donetsk Oblast", "UKR"),
    ("Idlib province", "Idlib", "SYR"),
    ("New York", "New York City", "USA"),
]

AMBIGUOUS = [
    # name, context countries, expected country, expected feature
    ("Tripoli", [], "LBY", "city"),
    ("Tripoli", ["LBN"], "LBN", "city"),
    ("Tripoli", ["LBN", "LBY"], "LBY", "city"),
    ("Georgia", [], "GEO", "country"),
    ("Georgia", ["USA"], "USA", "admin1"),
    ("Georgia", ["USA", "GEO"], "GEO", "country"),
    ("Washington", [], "USA", "city"),
    ("Washington", ["GBR"], "USA", "city"),
    ("Cairo", [], "EGY", "city"),
    ("Cairo", ["USA"], "EGY", "city"),
    ("Alexandria", [], "EGY", "city"),
    ("Alexandria", ["USA"], "USA", "city"),
    ("Paris", ["USA"], "FRA", "city"),
    ("Hyderabad", [], "IND", "city"),
    ("Hyderabad", ["PAK"], "PAK", "city"),
    ("Rafah", ["EGY"], "EGY", "city"),
    ("Rafah", ["EGY", "PSE"], "PSE", "city"),
    ("Jordan", [], "JOR", "country"),
    ("Lebanon", ["USA"], "LBN", "country"),
    ("Pokrovsk", ["UKR"], "UKR", "city"),
    ("Kherson", ["UKR"], "UKR", "city"),
    ("Donetsk", [], "UKR", "city"),
]

CURATED = [
    ("Gaza", "Gaza Strip", "PSE", "region"),
    ("the Gaza Strip", "Gaza Strip", "PSE", "region"),
    ("West Bank", "West Bank", "PSE", "region"),
    ("East Jerusalem", "East Jerusalem", "PSE", "region"),
    ("Donbas", "Donbas", "UKR", "region"),
    ("Donbass", "Donbas", "UKR", "region"),
    ("Luhansk region", "Luhansk Oblast", "UKR", "admin1"),
    ("Crimea", "Crimea", "UKR", "region"),
    ("Kashmir", "Kashmir", "IND", "region"),
    ("Darfur", "Darfur", "SDN", "region"),
    ("Sinai", "Sinai", "EGY", "region"),
    ("Golan Heights", "Golan Heights", "SYR", "region"),
    ("Nagorno-Karabakh", "Nagorno-Karabakh", "AZE", "region"),
    ("Tigray", "Tigray", "ETH", "admin1"),
    ("Iraqi Kurdistan", "Kurdistan region", "IRQ", "region"),
    ("Idlib province", "Idlib", "SYR", "admin1"),
    ("Red Sea", "Red Sea", None, "water"),
    ("the Black Sea", "Black Sea", None, "water"),
    ("South China Sea", "South China Sea", None, "water"),
    ("Strait of Hormuz", "Strait of Hormuz", None, "water"),
    ("Taiwan Strait", "Taiwan Strait", None, "water"),
    ("the Sahel", "Sahel", None, "region"),
]


@pytest.mark.parametrize(("asked", "name", "country"), SPELLINGS)
def test_spellings(gazetteer, asked: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    loc = gazetteer.resolve(asked)
    assert loc is not None, asked
    assert (loc.name, loc.country) == (name, country)


@pytest.mark.parametrize(("name", "context", "country", "feature"), AMBIGUOUS)
def test_ambiguous_names_follow_context_and_population(gazetteer, name, context, country, feature) -> None:  # type: ignore[no-untyped-def]
    loc = gazetteer.resolve(name, context)
    assert loc is not None
    assert (loc.country, loc.feature) == (country, feature)


@pytest.mark.parametrize(("asked", "name", "country", "feature"), CURATED)
def test_curated_regions_and_waters(gazetteer, asked, name, country, feature) -> None:  # type: ignore[no-untyped-def]
    loc = gazetteer.resolve(asked)
    assert loc is not None
    assert (loc.name, loc.country, loc.feature) == (name, country, feature)
    assert loc.lat is not None and loc.lon is not None


def test_locations_carry_coordinates_subdivision_and_geonameid(gazetteer) -> None:  # type: ignore[no-untyped-def]
    kyiv = gazetteer.resolve("Kyiv")
    assert kyiv.geonameid == 703448 and kyiv.feature == "city"
    assert abs(kyiv.lat - 50.45) < 0.1 and abs(kyiv.lon - 30.52) < 0.1
    assert gazetteer.resolve("Donetsk").admin1 == "Donetsk Oblast"
    ukraine = gazetteer.resolve("Ukraine")
    assert ukraine.feature == "country" and 44 < ukraine.lat < 53 and 22 < ukraine.lon < 41


@pytest.mark.parametrize("name", ["", "   ", "Xqzzvplk", "the"])
def test_unknown_names(gazetteer, name: str) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.resolve(name) is None


def test_exact_lookup_does_not_guess_spellings(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.candidates("Dayr el-Balah")
    assert not gazetteer.exact("Dayr el-Balah")


def test_pickles_by_path_and_serves_threads(gazetteer) -> None:  # type: ignore[no-untyped-def]
    clone = pickle.loads(pickle.dumps(gazetteer))
    assert clone.path == gazetteer.path and clone.resolve("Doha").country == "QAT"
    results: list[str | None] = []
    threads = [
        threading.Thread(target=lambda: results.append(clone.resolve("Ankara").country)) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["TUR"] * 4
