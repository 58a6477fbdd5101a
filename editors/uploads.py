"""Uploaded documents are checked by their content, not only by their name.

Wagtail already checks images by content (Willow opens them and compares the format with the
extension) and limits both images and documents by size (WAGTAILIMAGES_MAX_UPLOAD_SIZE,
WAGTAILDOCS_MAX_UPLOAD_SIZE). For documents it only looks at the extension, so a program renamed
`lesson.pdf` would be accepted; this form makes the file's first bytes agree with its extension
(the `filetype` library, which Wagtail's Willow already uses).
"""

from pathlib import Path

import filetype
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# Extension -> the types filetype may find in such a file. Office formats are ZIP files inside, and
# older tools write them in ways filetype only recognises as ZIP.
BINARY_TYPES = {
    "pdf": {"pdf"},
    "rtf": {"rtf"},
    "zip": {"zip"},
    "docx": {"docx", "zip"},
    "xlsx": {"xlsx", "zip"},
    "pptx": {"pptx", "zip"},
    "odt": {"odt", "zip"},
    "ods": {"ods", "zip"},
    "odp": {"odp", "zip"},
}
TEXT_EXTENSIONS = {"csv", "txt"}
SNIFF_BYTES = 8192


CONTENT_MISMATCH = _("The content of this file does not match its extension (.%(extension)s). Check the file.")


def extension(upload):
    return Path(upload.name).suffix.lower().lstrip(".")


def content_matches_extension(upload):
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    if extension(upload) in TEXT_EXTENSIONS:
        # Text in any 8-bit encoding (a spreadsheet's CSV export is often Windows-1252, not UTF-8):
        # no NUL bytes and no binary signature.
        return kind is None and b"\x00" not in head
    # An extension a deployment adds to WAGTAILDOCS_EXTENSIONS must match filetype's own name.
    return kind is not None and kind.extension in BINARY_TYPES.get(extension(upload), {extension(upload)})


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and not content_matches_extension(upload):
            raise forms.ValidationError(
                CONTENT_MISMATCH, code="content_mismatch", params={"extension": extension(upload)}
            )
        return upload
