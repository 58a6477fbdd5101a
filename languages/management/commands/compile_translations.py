"""Compile locale/*/LC_MESSAGES/*.po into .mo files with polib, so that neither `make run` nor
`make test` needs GNU gettext installed (Django's own compilemessages calls msgfmt)."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the interface translations (.po to .mo) without GNU gettext."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fill-source",
            action="store_true",
            help="First copy each msgid to its msgstr in the source language's catalogue (after makemessages).",
        )

    def handle(self, *args, **options):
        if options["fill_source"]:
            self.fill_source_catalogue()
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"Compiled {compiled} translation catalogue(s).")

    def fill_source_catalogue(self):
        """The source language's catalogue says each string as it is, so no entry stays empty. A
        guess makemessages made from a similar string (fuzzy) is replaced, never kept. makemessages
        writes to the first of LOCALE_PATHS."""
        path = Path(settings.LOCALE_PATHS[0]) / settings.LANGUAGE_CODE / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = entry.msgid if "fuzzy" in entry.flags else entry.msgstr or entry.msgid
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        po.metadata["Language"] = settings.LANGUAGE_CODE
        po.metadata_is_fuzzy = False
        po.save()
