import pytest
from django.core.files.storage import default_storage

from kits.pdf import STORAGE_DIR


@pytest.fixture(autouse=True)
def no_stored_pdfs():
    """The file storage outlives each test's rolled-back database, whose page and revision ids a later
    test may get again: start every test without PDFs stored by earlier ones."""
    try:
        _directories, files = default_storage.listdir(STORAGE_DIR)
    except FileNotFoundError:
        files = []
    for name in files:
        default_storage.delete(f"{STORAGE_DIR}/{name}")
