"""The filters' drop-down lists (core.filters.QuickSelect) are what Django's own widget draws."""

import pytest
from django import forms
from django.test.html import parse_html

from core.filters import QuickSelect

CHOICES = [("", "All countries"), ("fr", "France"), ("it", "Italy <&> Co")]


@pytest.mark.parametrize("value", [None, "", "it", "nowhere"])
def test_the_same_html_as_djangos_select(value):
    attrs = {"id": "id_country"}
    expected = forms.Select(choices=CHOICES).render("country", value, attrs)
    assert parse_html(QuickSelect(choices=CHOICES).render("country", value, attrs)) == parse_html(expected)


def test_the_chosen_value_is_selected_and_labels_are_escaped():
    html = QuickSelect(choices=CHOICES).render("country", "it", {"id": "id_country"})
    assert '<option value="it" selected>Italy &lt;&amp;&gt; Co</option>' in html
    assert '<option value="fr">France</option>' in html
