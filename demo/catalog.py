"""Translations of the demo content, kept as one PO file per language (locale/<code>.po), keyed by
the English source strings of content.py. PO is what translators and agencies already use."""

from functools import cache
from pathlib import Path

import polib

from demo import content

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def block_strings(blocks):
    for block_type, value in blocks:
        if block_type == "paragraph":
            yield value
        elif block_type == "heading":
            yield value["text"]
        elif block_type == "quote":
            yield value["quote"]
            yield value["attribution"]
        elif block_type == "call_to_action":
            yield from (value["title"], value["text"], value["button_label"])


def strings_for_every_language():
    """Taxonomy names, the home page, the sections and the standard pages: translated into all portal
    languages."""
    for _slug, name in content.SUBJECTS + content.AGE_RANGES + content.KEY_COMPETENCES + content.TOPICS:
        yield name
    home = content.HOME
    yield from (home["title"], home["headline"], home["introduction"])
    yield from block_strings(home["body"])
    for section in content.SECTIONS:
        yield from (section["title"], section["introduction"])
    # The prizes index is in the main menu; its years are translated into fewer languages (demo.prizes).
    yield from (content.PRIZES_INDEX["title"], content.PRIZES_INDEX["introduction"])
    for page in content.PAGES:
        yield from (page["title"], page["introduction"])
        yield from block_strings(page["body"])


@cache
def translations(language_code, locale_dir=LOCALE_DIR):
    """English string -> translation for one language; empty where no catalogue exists."""
    path = locale_dir / f"{language_code}.po"
    if not path.exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr and not entry.fuzzy}


def write_template(path):
    """Write the English template (.pot) that translators start from."""
    pot = polib.POFile()
    pot.metadata = {"Content-Type": "text/plain; charset=utf-8", "Language": ""}
    seen = set()
    for text in strings_for_every_language():
        if text not in seen:
            seen.add(text)
            pot.append(polib.POEntry(msgid=text, msgstr=""))
    pot.save(str(path))
