"""A national section's version in another language, written as the section's writers find easiest: a
mirror of the section (the same dict, in the other language) or the list of its strings in reading order.
Either becomes the {source string: translation} map that demo.pages.translate takes."""

# The lists of a section whose items have a title, an introduction and a body of paragraphs.
ITEM_LISTS = ("news", "pages", "events")


def section_texts(section):
    """The translatable strings of a section in reading order: its introduction, then each news article's,
    page's and event's title, introduction and paragraphs."""
    texts = [section["introduction"]]
    for list_name in ITEM_LISTS:
        for item in section.get(list_name, []):
            texts += [item["title"], item["introduction"], *item["body"]]
    return texts


def paired_translations(section, version):
    """{source string: translation} from `version`, a mirror of `section` or the list of its strings in
    the order of section_texts. A missing or extra string fails at import rather than shifting every later
    translation by one."""
    texts = version if isinstance(version, list) else section_texts(version)
    return dict(zip(section_texts(section), texts, strict=True))
