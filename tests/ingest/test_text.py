"""Plain text: headline, page furniture, byline, header date and dateline come off the body."""

from __future__ import annotations

from datetime import date

import pytest

from dragoman.ingest.dateline import find_dateline, readable_place
from dragoman.ingest.dates import find_date, parse_published
from dragoman.ingest.text import article_from_text, is_boilerplate, is_headline, parse_text

STORY = """Skip to main content

Chad and Niger reopen their border after a year of closure

By Idris Mahamat
Published: 4 June 2024

N'DJAMENA — Chad's interior minister met his Nigerien counterpart on Monday and agreed to reopen the border.

Traders welcomed the decision, but the opposition accused the government of acting too late.
Advertisement
Share this article
"""


def test_headline_becomes_title_and_leaves_the_body() -> None:
    article = article_from_text(STORY, doc_id="td")
    assert article.title == "Chad and Niger reopen their border after a year of closure"
    assert "reopen their border after a year" not in article.text


def test_page_furniture_and_byline_are_dropped() -> None:
    article = article_from_text(STORY, doc_id="td")
    for furniture in (
        "Skip to main content",
        "Advertisement",
        "Share this article",
        "Idris Mahamat",
        "Published",
    ):
        assert furniture not in article.text


def test_dateline_is_recognised_and_cut_from_the_body() -> None:
    article = article_from_text(STORY, doc_id="td")
    assert article.dateline == "N'Djamena"
    assert article.text.startswith("Chad's interior minister met")
    assert article.text.endswith("acting too late.")


def test_header_date_is_used_unless_a_date_is_given() -> None:
    assert article_from_text(STORY, doc_id="td").published == date(2024, 6, 4)
    given = article_from_text(STORY, doc_id="td", published=date(2024, 6, 5))
    assert given.published == date(2024, 6, 5)


def test_given_title_wins_over_the_headline() -> None:
    article = article_from_text(STORY, doc_id="td", title="Border reopens")
    assert article.title == "Border reopens"
    assert "after a year of closure" not in article.text


def test_lines_between_headline_and_dateline_are_dropped() -> None:
    text = (
        "Sudan talks resume in Jeddah\n\n"
        "Mediators hope for a truce before the rainy season.\n"
        "Delegates arrive at the conference hall in Jeddah on Saturday.\n\n"
        "JEDDAH, Saudi Arabia (AP) — Sudan's army and the RSF resumed talks on Sunday."
    )
    article = article_from_text(text, doc_id="sd")
    assert article.dateline == "Jeddah, Saudi Arabia"
    assert article.text == "Sudan's army and the RSF resumed talks on Sunday."


def test_dateline_deep_in_the_story_does_not_cut_the_paragraphs_before_it() -> None:
    paragraphs = [
        "Albania's prosecutors charged two ministers with taking bribes on Tuesday.",
        "The ministers denied the charges.",
        "The opposition called for their resignation.",
        "TIRANA — Protesters gathered outside parliament in the evening.",
    ]
    article = article_from_text("\n\n".join(paragraphs), doc_id="al")
    assert article.dateline is None
    assert article.text.startswith("Albania's prosecutors charged")


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kharkiv on Monday.",
        "Russia attacked Kyiv",  # a single line is the story, even without a full stop
        "Talks between the two sides\nbroke down on Monday after a week.",  # a hard-wrapped sentence
    ],
)
def test_no_headline_is_invented(text: str) -> None:
    article = article_from_text(text, doc_id="x")
    assert article.title is None
    assert article.text.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_hard_wrapped_lines_are_joined_and_paragraphs_kept() -> None:
    body = parse_text("Kenya recalled its envoy\nto Somalia on Monday.\n\n\n\nSomalia protested.").body
    assert body == "Kenya recalled its envoy to Somalia on Monday.\n\nSomalia protested."


def test_windows_line_endings_and_byte_order_mark() -> None:
    article = article_from_text(
        "\ufeffGhana votes\r\n\r\nACCRA — Ghanaians voted on Saturday.\r\n", doc_id="g"
    )
    assert (article.title, article.dateline, article.text) == (
        "Ghana votes",
        "Accra",
        "Ghanaians voted on Saturday.",
    )


def test_body_text_is_what_evidence_offsets_refer_to() -> None:
    article = article_from_text(STORY, doc_id="td")
    start = article.text.index("met")
    assert article.text[start : start + 3] == "met"
    assert "N'DJAMENA" not in article.text


@pytest.mark.parametrize(
    ("paragraph", "place", "rest"),
    [
        ("ANKARA — Turkey's foreign minister spoke.", "Ankara", "Turkey's foreign minister spoke."),
        ("KYIV, Ukraine (AP) — Drones struck the city.", "Kyiv, Ukraine", "Drones struck the city."),
        ("LONDON: Britain summoned the envoy.", "London", "Britain summoned the envoy."),
        (
            "Washington, May 3 (Reuters) - The US imposed sanctions.",
            "Washington",
            "The US imposed sanctions.",
        ),
        ("Ankara, 15 May (AFP) – Turkey protested.", "Ankara", "Turkey protested."),
        ("GAZA CITY, Gaza Strip -- Strikes hit the camp.", "Gaza City, Gaza Strip", "Strikes hit the camp."),
        ("UNITED NATIONS (AP) — The council voted.", "United Nations", "The council voted."),
        ("BEIRUT, Lebanon, May 3 (AFP) — Israel struck.", "Beirut, Lebanon", "Israel struck."),
        ("DOHA—Qatar hosted the talks.", "Doha", "Qatar hosted the talks."),
    ],
)
def test_datelines(paragraph: str, place: str, rest: str) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert found.place == place
    assert paragraph[found.length :] == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "Turkey - a NATO member - said little.",
        "BREAKING: Ceasefire collapses.",
        "NATO: allies will meet on Friday.",
        "The US — and its allies — imposed sanctions.",
        "U.S. officials said the talks failed.",
        "ANKARA —",
        "AP - Dec. 10",
        "TUESDAY -- The following people were detained.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_readable_place_names() -> None:
    assert readable_place("ST. PETERSBURG") == "St. Petersburg"
    assert readable_place("AL-ARISH") == "Al-Arish"
    assert readable_place("CITY OF LONDON") == "City of London"
    assert readable_place("Kyiv") == "Kyiv"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Skip to main content", True),
        ("Advertisement", True),
        ("Read more: Kenyan opposition calls for protests", True),
        ("© 2024 The Daily Ledger. All rights reserved.", True),
        ("Photograph: Ledger staff", True),
        ("Police shared the footage with reporters.", False),
        (
            "Subscribers to the scheme protested in Lagos on Monday and police arrested 40 of them near the port.",
            False,
        ),
    ],
)
def test_boilerplate_lines(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Turkey dials up Gaza diplomacy as talks hit 'impasse'", True),
        ("Russian forces shelled Kyiv on Monday.", False),
        ("Ceasefire talks, a timeline:", False),
        ("KYIV, Ukraine (AP) — Drones hit the city", False),
        (" ".join(["word"] * 25), False),
    ],
)
def test_headline_shape(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published Wed 15 May 2024 14.30 BST", date(2024, 5, 15)),
        ("Updated: May 3, 2024, 10:12 AM", date(2024, 5, 3)),
        ("2024-02-29", date(2024, 2, 29)),
        ("Sept. 9th, 2023", date(2023, 9, 9)),
        ("on Monday", None),
        ("2023-02-30", None),
    ],
)
def test_find_date(text: str, expected: date | None) -> None:
    assert find_date(text) == expected


def test_parse_published_formats_and_errors() -> None:
    assert parse_published("Mon, 13 May 2024 08:15:00 GMT") == date(2024, 5, 13)
    assert parse_published("2024-05-15T06:00:00Z") == date(2024, 5, 15)
    assert parse_published("  ") is None
    with pytest.raises(ValueError, match="not a date"):
        parse_published("yesterday")
