from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KitsConfig(AppConfig):
    name = "kits"
    verbose_name = _("Project kits")

    def ready(self):
        from wagtail.signals import page_published

        from kits.models import KitPage
        from kits.signals import remove_old_pdfs

        page_published.connect(remove_old_pdfs, sender=KitPage, dispatch_uid="kits-remove-old-pdfs")
