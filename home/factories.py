import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "A page written in English only"
    introduction = "Nobody has translated this page yet."
