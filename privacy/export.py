""" "Download my data": every app's data about the teacher (its `personal_data.export`), in a ZIP archive.

- `data.json`: the data as the apps give it, under their app labels, for a program to read.
- `data.html`: the same as a page to read, in the teacher's language, standing alone (no outside style,
  script or image), everything written by people escaped.
- `files/<app label>/...`: the files an app keeps for the teacher (its optional `personal_data.files`,
  e.g. Live's profile photo).

Only ever the data of the account asking: nothing here takes a user from a request's parameters."""

import datetime
import json
import zipfile
from dataclasses import dataclass, field
from io import BytesIO

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.registry import personal_data_modules
from languages.dates import format_date, format_datetime


@dataclass
class Section:
    """One app's part of the readable page."""

    label: str
    title: str
    content: "Node"


@dataclass
class Node:
    """A value of the readable page: `fields` (label, Node) of a dict, `items` (Node) of a list, else
    `text`."""

    fields: list = field(default_factory=list)
    items: list = field(default_factory=list)
    text: str = ""


def archive_name(today=None):
    return f"twinning-data-{(today or timezone.localdate()).isoformat()}.zip"


def archive(user):
    """The ZIP archive's bytes, its texts in the teacher's preferred language."""
    with translation.override(user.language):
        sections = [(config, module, module.export(user)) for config, module in personal_data_modules()]
        data = {config.label: exported for config, _module, exported in sections}
        page = readable_page(user, sections)
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zip_file:
        zip_file.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
        zip_file.writestr("data.html", page)
        for config, module, _exported in sections:
            for name, content in files_of(module, user):
                zip_file.writestr(f"files/{config.label}/{name}", content)
    return buffer.getvalue()


def files_of(module, user):
    """(name, bytes) of the files an app keeps for the teacher; most apps keep none."""
    files = getattr(module, "files", None)
    return files(user) if files else []


def readable_page(user, sections):
    context = {
        "sections": [
            Section(config.label, str(config.verbose_name), readable(exported, getattr(module, "LABELS", {})))
            for config, module, exported in sections
        ],
        "exported_at": format_datetime(timezone.now()),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "language_code": user.language,
        "bidi": translation.get_language_bidi(),
    }
    return render_to_string("privacy/export.html", context)


def readable(value, labels):
    """`value` (what an app's export gave) as nodes of the page, each key named by the app's LABELS, else
    by the key itself made readable."""
    if isinstance(value, dict) and value:
        return Node(fields=[(label_of(key, labels), readable(item, labels)) for key, item in value.items()])
    if isinstance(value, list | tuple) and value:
        return Node(items=[readable(item, labels) for item in value])
    return Node(text=written(value))


def label_of(key, labels):
    return str(labels.get(key) or key.replace("_", " ").capitalize())


def written(value):
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return format_date(value)
    if value is None or value in ("", [], (), {}):
        return _("Nothing")
    return str(value)
