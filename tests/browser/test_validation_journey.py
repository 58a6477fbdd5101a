"""From sign-up to validated, in a real browser: a teacher in France registers, confirms their e-mail
address with the link the portal sent, adds their school and sends their evidence; nss-fr validates
them in the admin; the teacher reloads their page and is validated, told by the bell and by an e-mail
that the background worker sends. The teacher's pages have no serious accessibility violations."""

import email
import re
import time
from email import policy

from django.conf import settings
from playwright.sync_api import expect

from tests.browser.actions import assert_no_serious_violations
from validation.factories import PDF_BYTES

PASSWORD = "a-long-and-Unusual-passphrase-42"
# Django's file-based e-mail backend writes each message after a line of 79 dashes.
MESSAGE_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def sent_to(mail_dir, address):
    """The text of every e-mail the portal sent to `address`, oldest first."""
    texts = []
    for path in sorted(mail_dir.iterdir(), key=lambda path: path.stat().st_mtime):
        for raw in path.read_bytes().split(MESSAGE_SEPARATOR):
            message = email.message_from_bytes(raw.strip(), policy=policy.default)
            if message["To"] == address:
                texts.append(message.get_body(preferencelist=("plain",)).get_content())
    return texts


def wait_for(condition, seconds=30):
    """Whether `condition()` comes true within `seconds`: e-mails of notifications are sent by the
    background worker, a moment after the request."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def sign_up(page, portal_url, address):
    page.goto(portal_url + "/en/accounts/signup/")
    for name, value in {
        "first_name": "Margot",
        "last_name": "Lefèvre",
        "email": address,
        "username": "margot-lefevre",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }.items():
        page.locator(f'[name="{name}"]').fill(value)
    page.locator('[name="country"]').select_option(label="France")
    page.locator('[name="language"]').select_option("en")
    page.locator('form [type="submit"]').last.click()


def confirm_address(page, mail_dir, address):
    (text,) = sent_to(mail_dir, address)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", text).group(0)
    page.goto(link)
    page.locator('main form [type="submit"]').click()


def add_school(page):
    expect(page.locator("h1")).to_have_text("Your validation")
    assert_no_serious_violations(page)
    page.locator('main a[href$="/live/validation/school/"]').first.click()
    page.locator("#id_name").fill("Lycée Jules-Ferry")
    page.locator("#id_town").fill("Lons-le-Saunier")
    page.locator('main form[role="search"] button').click()
    expect(page.locator(".results__count")).to_contain_text("0 schools")
    assert_no_serious_violations(page)
    page.locator('main a[href$="/live/validation/school/new/"]').click()
    for name, value in {
        "name": "Lycée Jules-Ferry",
        "address": "12 boulevard Voltaire",
        "town": "Lons-le-Saunier",
        "postcode": "39000",
        "official_number": "0210019M",
        "head_name": "Hélène Garnier",
        "head_email": "head@lycee-jules-ferry.example",
    }.items():
        page.locator(f"#id_{name}").fill(value)
    page.locator("#id_type").select_option("secondary")
    page.locator('main form.validation__form [type="submit"]').click()


def send_evidence(page):
    expect(page.locator("h1")).to_have_text("Your evidence")
    assert_no_serious_violations(page)
    page.locator("#id_statement").fill("I have taught English here since 2018.")
    page.locator("#id_document").set_input_files(
        {"name": "staff-card.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
    )
    page.locator('main form.validation__form [type="submit"]').click()
    expect(page.locator("main")).to_contain_text("You sent your request on")


def validate_in_the_admin(page, portal_url, teacher_name):
    page.goto(portal_url + "/admin/login/")
    page.locator("#id_username").fill("nss-fr")
    page.locator("#id_password").fill(settings.DEMO_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(portal_url + "/admin/validation/")
    page.get_by_role("link", name=teacher_name).click()
    expect(page.locator("main")).to_contain_text("Lycée Jules-Ferry")
    page.locator('button[name="outcome"][value="validated"]').click()
    expect(page.locator("table.listing")).not_to_contain_text(teacher_name)


def test_a_teacher_signs_up_is_validated_by_nss_fr_and_enters_live(portal_url, chromium, mail_dir):
    address = "margot.lefevre@lycee-jules-ferry.example"
    teacher_context, editor_context = chromium.new_context(), chromium.new_context()
    try:
        teacher = teacher_context.new_page()
        sign_up(teacher, portal_url, address)
        confirm_address(teacher, mail_dir, address)
        teacher.goto(portal_url + "/en/live/")
        add_school(teacher)
        send_evidence(teacher)
        assert_no_serious_violations(teacher)

        validate_in_the_admin(editor_context.new_page(), portal_url, "Margot Lefèvre")

        teacher.reload()
        expect(teacher.locator("main")).to_contain_text("Your account is validated")
        assert teacher.locator(".account-menu__bell .account-menu__count").inner_text() == "1"  # told in the portal
        assert wait_for(lambda: any("validated your account" in text for text in sent_to(mail_dir, address)))
        teacher.locator('main a[href="/en/live/"]').click()
        assert teacher.url == portal_url + "/en/live/"
    finally:
        teacher_context.close()
        editor_context.close()
