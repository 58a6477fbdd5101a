from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from editors import views as editors_views
from home import views as home_views
from search import views as search_views

# A database or cache that is down or too slow answers the portal's 503 page, not a 500 (portal.errors).
handler500 = "portal.errors.server_error"

urlpatterns = [
    path("", home_views.choose_language, name="choose_language"),
    path("healthz", home_views.health_check, name="health_check"),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Replaces wagtail-localize's PO import, which answers bad files with a server error (editors.views).
    path(
        "admin/localize/translate/<int:translation_id>/pofile/upload/",
        require_admin_access(editors_views.upload_po),
        name="upload_po",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # Through home.views.serve_media: Django's own view answers names too long for the file system
    # with a server error.
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", home_views.serve_media)]

# Every public page starts with its language, English included (/en/...). Wagtail's catch-all
# page route comes last so that apps added later (kits, countries, live, ...) can claim their paths.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Wagtail's own page route, served through home.views.serve_page (fewer queries per page).
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", home_views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
