from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from core import sitemaps
from core import views as core_views
from core.registry import public_url_modules
from editors import views as editors_views
from languages import views as languages_views

# A database or cache that is down or too slow answers the portal's 503 page, not a 500 (core.errors).
handler500 = "core.errors.server_error"

urlpatterns = [
    path("", languages_views.choose_language, name="choose_language"),
    path("healthz", core_views.health_check, name="health_check"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    # No leading zero (one address per sitemap), and at most five digits: more than the protocol's 50,000
    # sitemaps per index, and no number that makes an id too large for the database (core.sitemaps).
    re_path(r"^sitemap-(?P<number>[1-9][0-9]{0,4})\.xml$", sitemaps.sitemap_page, name="sitemap_page"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Replaces wagtail-localize's PO import, which answers bad files with a server error (editors.views).
    path(
        "admin/localize/translate/<int:translation_id>/pofile/upload/",
        require_admin_access(editors_views.upload_po),
        name="upload_po",
    ),
    # The taxonomies were snippets of the kits app until they got an app of their own: editors'
    # bookmarks of the old addresses still arrive.
    re_path(
        r"^admin/snippets/kits/(?P<rest>(?:subject|agerange|keycompetence)/.*)$",
        RedirectView.as_view(url="/admin/snippets/taxonomy/%(rest)s", permanent=True, query_string=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # Through core.views.serve_media: Django's own view answers names too long for the file system
    # with a server error.
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", core_views.serve_media)]

# Every public page starts with its language, English included (/en/...). The apps' own URLs
# (PortalAppConfig.public_urls) come before Wagtail's catch-all page route, so that they can claim
# their paths.
urlpatterns += i18n_patterns(
    *(path("", include(module)) for module in public_url_modules()),
    # Wagtail's own page route, served through core.views.serve_page (fewer queries per page).
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", core_views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
