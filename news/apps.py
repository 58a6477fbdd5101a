from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class NewsConfig(PortalAppConfig):
    name = "news"
    verbose_name = _("News")
    fragment_models = ("news.Topic",)
    other_models = ()
    central_team_edits = True
    search_types = [("news", _("News"), "news.NewsPage")]
    national_section_lists = {"news": "news.models.national_news"}
    query_budgets = {
        "/en/news/": 12,  # news index with cards
        "/en/news/european-prizes-2026-winners/": 12,  # article, with a link to a page in its text
        "/en/news/feed/": 12,  # Atom feed
        "/mt/news/": 12,  # news index in a fallback language
        "/mt/news/european-prizes-2026-winners/": 12,  # an English article for a reader of Maltese
    }
