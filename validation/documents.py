"""The document a teacher may attach to their evidence: a PDF, JPEG or PNG file of at most 10 MB.

The type is read from the file's first bytes (the `filetype` library, as editors.uploads does for the
admin's documents), never from its name: a program named `staff-card.pdf` is refused. The file is kept
under the name the teacher gave it with the extension of what it really is, so that the support
service's download opens in the right application."""

from pathlib import PurePath

import filetype
from django import forms
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 10 * 1024 * 1024
ACCEPTED_TYPES = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}
SNIFF_BYTES = 8192
# Room for "evidence/<teacher id>/" and a suffix the storage may add, in the 100 characters of the column.
STEM_LENGTH = 50


def checked_document(upload):
    """`upload` under its kept name, or a ValidationError saying what is wrong with it."""
    if upload.size > MAX_BYTES:
        raise forms.ValidationError(
            _("This file is %(size)s; the document may be at most %(limit)s. Send a smaller scan or photo."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_BYTES)},
        )
    upload.seek(0)
    kind = filetype.guess(upload.read(SNIFF_BYTES))
    upload.seek(0)
    if kind is None or kind.mime not in ACCEPTED_TYPES:
        raise forms.ValidationError(
            _("This file is not a PDF, JPEG or PNG document. Choose a PDF file or a photo in one of these formats."),
            code="wrong_type",
        )
    return UploadedFile(upload.file, kept_name(upload.name, ACCEPTED_TYPES[kind.mime]), kind.mime, upload.size)


def kept_name(name, extension):
    try:
        stem = get_valid_filename(PurePath(name).stem)[:STEM_LENGTH]
    except SuspiciousFileOperation:  # nothing left of the name, say "???.pdf"
        stem = "document"
    return f"{stem}.{extension}"
