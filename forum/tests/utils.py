def warm_up(client, url):
    """Fill the caches of menus, terms and countries, as earlier visitors would have. Twice: the first
    request of a test makes the site's settings, which starts a new generation of cached fragments."""
    client.get(url)
    client.get(url)
