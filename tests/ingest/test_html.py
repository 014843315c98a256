"""HTML pages: the story, its title, date and site; never the navigation, captions or footer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import InputError
from dragoman.ingest.html import article_from_html
from dragoman.ingest.text import article_from_text

DATA = Path(__file__).parent.parent / "data" / "ingest"

BOILERPLATE = [
    "Skip to main content",
    "Home",
    "Politics",
    "Share",
    "Copy link",
    "shakes hands",  # the figure caption
    "Photograph",
    "Read more",
    "Kenyan opposition leader calls for nationwide protests",  # inline related link
    "Advertisement",
    "Related stories",
    "Ethiopia and Somalia hold talks",
    "Ugandan police fire tear gas",
    "Sudan's warring parties",
    "Sign up",
    "All rights reserved",
    "Privacy policy",
    "NAIROBI",
]


@pytest.fixture(scope="module")
def page() -> object:
    return article_from_html((DATA / "nairobi-aid.html").read_bytes(), doc_id="page")


@pytest.fixture(scope="module")
def twin() -> object:
    return article_from_text((DATA / "nairobi-aid.txt").read_text("utf-8"), doc_id="twin")


def test_page_body_is_the_story_of_its_plain_text_twin(page, twin) -> None:  # type: ignore[no-untyped-def]
    assert page.text == twin.text
    assert page.text.count("\n\n") == 3  # four paragraphs


@pytest.mark.parametrize("furniture", BOILERPLATE)
def test_page_furniture_is_dropped(page, furniture: str) -> None:  # type: ignore[no-untyped-def]
    assert furniture not in page.text


def test_page_metadata(page) -> None:  # type: ignore[no-untyped-def]
    assert page.title == "Norway and Kenya sign drought aid deal as northern wells run dry"
    assert page.published == date(2024, 3, 12)
    assert page.source == "The Daily Ledger"
    assert page.url == "https://ledger.example/world/2024/mar/12/norway-kenya-drought-aid"
    assert page.dateline == "Nairobi"


def test_given_date_wins_over_the_page_date() -> None:
    html = (DATA / "nairobi-aid.html").read_bytes()
    assert article_from_html(html, doc_id="p", published=date(2024, 3, 13)).published == date(2024, 3, 13)


def test_page_without_article_text_is_refused() -> None:
    html = "<html><head><title>Index</title></head><body><nav><a href='/a'>World</a></nav></body></html>"
    with pytest.raises(InputError, match="no article text"):
        article_from_html(html, doc_id="index")


def test_binary_data_is_refused_before_parsing() -> None:
    with pytest.raises(InputError, match="PNG image"):
        article_from_html(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), doc_id="img")


@pytest.mark.parametrize("declared", ['<meta charset="windows-1252">', ""])
def test_page_in_windows_1252(declared: str) -> None:
    body = "The minister in Bogotá said the “talks” with Perú had failed after three days of meetings."
    page = f"<html><head>{declared}<title>Talks fail</title></head><body><article><p>{body}</p></article></body></html>"
    assert article_from_html(page.encode("cp1252"), doc_id="co").text == body
