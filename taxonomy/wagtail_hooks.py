from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import AgeRange, KeyCompetence, Subject


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "slug"]


class SubjectViewSet(TaxonomyViewSet):
    model = Subject
    icon = "tag"


class AgeRangeViewSet(TaxonomyViewSet):
    model = AgeRange
    icon = "group"


class KeyCompetenceViewSet(TaxonomyViewSet):
    model = KeyCompetence
    icon = "pick"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 310
    items = (SubjectViewSet, AgeRangeViewSet, KeyCompetenceViewSet)


register_snippet(TaxonomyGroup)
