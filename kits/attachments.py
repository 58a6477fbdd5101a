"""A kit's attachments in the reader's language.

Attachments belong to the kit's original: wagtail-localize copies them to every translation, so one
list serves all languages. Each row records the language of its document, and a translated document
names the document it translates ("translation of"). The rows that share an original are one
worksheet in several languages: the reader gets the version in their language where there is one,
the original otherwise, and the other versions beside it. Step worksheets chosen in the activities
are resolved the same way, so a translated kit links the translated worksheet everywhere.
"""

from dataclasses import dataclass, field

from django.template.defaultfilters import filesizeformat

from languages.codes import language_name_in


@dataclass
class DocumentVersion:
    document: object  # a Wagtail Document
    language: str

    @property
    def language_label(self):
        """The language's code, as "EN": short enough to sit beside every link (`language_name` is the full name)."""
        return self.language.upper()

    def language_name(self, reader_language):
        return language_name_in(self.language, reader_language)

    @property
    def file_label(self):
        """What the download is before anyone clicks, as "PDF, 120.0 KB"."""
        kind = self.document.file_extension.upper()
        size = self.document.file_size
        return f"{kind}, {filesizeformat(size)}" if size else kind

    @property
    def label(self):
        """The language and the file, as "EN · PDF, 120.0 KB"; only the file's when the language is not recorded."""
        return f"{self.language_label} · {self.file_label}" if self.language else self.file_label


@dataclass
class Worksheet:
    """One attachment as a reader sees it: the version to read and the others to choose from."""

    original_id: int
    version: DocumentVersion
    other_versions: list = field(default_factory=list)


def worksheets_for_reader(attachments, reader_language):
    """The kit's attachments (KitAttachment rows, with their documents loaded) as Worksheets, one per
    original document, in the order of their first row."""
    groups = {}
    for attachment in attachments:
        key = attachment.original_id or attachment.document_id
        groups.setdefault(key, []).append(attachment)
    return [worksheet_of(key, rows, reader_language) for key, rows in groups.items()]


def worksheet_of(original_id, rows, reader_language):
    versions = [DocumentVersion(row.document, row.language) for row in rows]
    chosen = next(
        (version for version in versions if version.language == reader_language),
        next((version for version in versions if version.document.pk == original_id), versions[0]),
    )
    return Worksheet(original_id, chosen, [version for version in versions if version is not chosen])


def worksheets_by_document(worksheets):
    """{document id: Worksheet} for the original and every version of every worksheet, so that a
    step's worksheet, whichever version the editor chose, leads to the reader's version."""
    by_document = {}
    for worksheet in worksheets:
        by_document[worksheet.original_id] = worksheet
        for version in [worksheet.version, *worksheet.other_versions]:
            by_document[version.document.pk] = worksheet
    return by_document


def step_worksheet(document, by_document):
    """The Worksheet a step's `document` belongs to; a document missing from the attachments has no
    other versions, and no language recorded."""
    return by_document.get(document.pk) or Worksheet(document.pk, DocumentVersion(document, ""))
