from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_vary_headers


def choose_language(request):
    """/ -> /<lang>/: the best portal language for the browser's Accept-Language, else English.

    Handled here rather than by LocaleMiddleware's redirect of a 404, which would render the whole
    404 page first on the portal's busiest address."""
    response = redirect(f"/{translation.get_language_from_request(request)}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response
