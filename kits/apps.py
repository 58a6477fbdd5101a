from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class KitsConfig(PortalAppConfig):
    name = "kits"
    verbose_name = _("Project kits")
    fragment_models = ()
    other_models = ("kits.KitAttachment", "kits.RelatedKit")
    central_team_edits = True
    search_types = [("kits", _("Project kits"), "kits.KitPage")]
    query_budgets = {
        "/en/kits/": 12,  # kit index with cards
        "/en/kits/?subject=history&age=16-19&q=interview": 12,  # filtered kit index
        "/fr/kits/our-water-footprint/": 12,  # kit page
        "/fr/kits/our-water-footprint/pdf/": 12,  # kit PDF (built once, then from storage)
        "/mt/kits/": 12,  # kit index in a fallback language
        "/mt/kits/our-water-footprint/": 12,  # an untranslated kit
        "/mt/kits/our-water-footprint/pdf/": 12,  # its PDF
    }

    def ready(self):
        from wagtail.signals import page_published

        from kits.models import KitPage
        from kits.signals import remove_old_pdfs

        page_published.connect(remove_old_pdfs, sender=KitPage, dispatch_uid="kits-remove-old-pdfs")
