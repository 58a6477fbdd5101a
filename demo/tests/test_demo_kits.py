"""The demo kits: twelve real kits, each translated into the languages of KIT_TRANSLATION_LANGUAGES."""

import polib
import pytest
from bs4 import BeautifulSoup

from demo.kits import KIT_TRANSLATION_LANGUAGES, LOCALE_DIR
from demo.kits.content import KITS
from kits.models import KitPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


def test_twelve_kits_cover_every_age_range():
    ages = {age for kit in KITS for age in kit["age_ranges"]}
    assert len(KITS) == 12
    assert ages == {"up-to-6", "7-11", "12-15", "16-19", "vocational"}


@pytest.mark.parametrize("code", KIT_TRANSLATION_LANGUAGES)
def test_every_kit_segment_has_a_translation(code):
    template = polib.pofile(str(LOCALE_DIR / "demo.pot"))
    translations = {entry.msgid: entry.msgstr for entry in polib.pofile(str(LOCALE_DIR / f"{code}.po"))}
    assert [entry.msgid for entry in template if not translations.get(entry.msgid)] == []


@pytest.mark.parametrize("code", KIT_TRANSLATION_LANGUAGES)
def test_every_kit_is_published_in_each_translation_language(code):
    assert KitPage.objects.live().filter(locale__language_code=code).count() == 12


def test_a_kit_gives_bulgarian_readers_its_bulgarian_worksheet(client):
    page = BeautifulSoup(client.get("/bg/kits/bees-flowers-biodiversity/").content, "html.parser")
    attachments = {link["hreflang"]: link.get_text() for link in page.select(".attachments > li > a")}
    assert attachments["bg"] == "Пчели, цветя и биологично разнообразие: Преброяване на опрашители"
    assert "Pollinator count" not in page.select_one(".attachments").get_text(" ")
    versions = page.select(".attachments .attachment__versions a")
    assert [link["hreflang"] for link in versions] == ["en"]
