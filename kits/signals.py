"""Keep the stored PDFs in step with the kits: a new publication makes older files useless."""

from kits.pdf import delete_stored_pdfs


def remove_old_pdfs(sender, instance, **kwargs):
    delete_stored_pdfs(instance)
