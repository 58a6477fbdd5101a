"""Demo news: twenty articles in English, eight of them national, with generated lead images."""

from datetime import date

from countries.models import Country
from demo.content import TOPICS
from demo.images import demo_image
from demo.kits import load_taxonomy
from demo.news.content import NEWS
from demo.pages import ensure_child, paragraphs_html
from news.factories import NewsPageFactory
from news.models import NewsPage, Topic


def load_news(index):
    load_taxonomy(Topic, TOPICS)
    existing = set(NewsPage.objects.child_of(index).values_list("slug", flat=True))
    countries = {country.iso2.lower(): country for country in Country.objects.all()}
    created = False
    for spec in reversed(NEWS):
        if spec["slug"] in existing:
            continue
        ensure_child(
            index,
            NewsPageFactory,
            title=spec["title"],
            slug=spec["slug"],
            date=date.fromisoformat(spec["date"]),
            introduction=spec["introduction"],
            body=[{"type": "paragraph", "value": paragraphs_html(spec["body"])}],
            lead_image=demo_image(spec["slug"], spec["title"]),
            country=countries.get(spec["country"]) if spec["country"] else None,
            topics=list(Topic.objects.filter(slug__in=spec["topics"])),
        )
        created = True
    return created
