"""Django's LocaleMiddleware, minus one guess that is wrong for the admin."""

from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

# Areas that never take a language prefix: a missing address there is simply missing.
UNPREFIXED_AREAS = ("/admin/",)


class PortalLocaleMiddleware(LocaleMiddleware):
    """On a 404 Django tries the address again under the reader's language and redirects if it exists. The
    page route takes any path under a language, so every missing admin address (`/admin/validation/99/`)
    would be sent to a public one (`/en/admin/validation/99/`) before its 404: the admin's 404s stay 404s."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_AREAS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
