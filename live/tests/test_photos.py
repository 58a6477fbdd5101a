"""Profile photos are checked by their content and re-encoded without metadata (live.photos)."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import override
from PIL import ExifTags, Image

from live.photos import MAX_PHOTO_BYTES, PHOTO_SIZE, profile_photo
from live.tests.images import exif_with_gps, image_bytes, phone_photo_bytes, upload


def reopened(photo_file):
    photo_file.seek(0)
    image = Image.open(BytesIO(photo_file.read()))
    image.load()
    return image


def refusal(upload_file):
    with pytest.raises(ValidationError) as refused:
        profile_photo(upload_file)
    return refused.value


def test_the_test_photo_carries_gps_position_and_comment():
    image = Image.open(BytesIO(phone_photo_bytes()))
    assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (48.0, 51.0, 24.0)
    assert image.info["comment"] == b"taken at home"


def test_a_photo_is_kept_as_a_square_jpeg_without_any_metadata():
    photo = profile_photo(upload(phone_photo_bytes()))
    content = photo.read()
    image = reopened(photo)
    assert image.format == "JPEG"
    assert image.size == (PHOTO_SIZE, PHOTO_SIZE)
    assert not image.getexif()
    assert not {"exif", "comment", "xmp", "icc_profile"} & set(image.info)
    for trace in (b"Exif", b"PhoneMaker", b"SN-123456", b"taken at home"):
        assert trace not in content
    assert photo.name.endswith(".jpg") and "photo" not in photo.name


def test_a_photo_is_turned_upright_as_the_camera_said():
    # Landscape as stored, red on the left and blue on the right; orientation 6 says "turn it a quarter to
    # the right to show it", which puts red at the top.
    stored = Image.new("RGB", (600, 300), "blue")
    stored.paste(Image.new("RGB", (300, 300), "red"), (0, 0))
    buffer = BytesIO()
    stored.save(buffer, "JPEG", exif=exif_with_gps(orientation=6))
    image = reopened(profile_photo(upload(buffer.getvalue())))
    top, bottom = image.getpixel((PHOTO_SIZE // 2, 20)), image.getpixel((PHOTO_SIZE // 2, PHOTO_SIZE - 20))
    assert top[0] > 200 and top[2] < 60
    assert bottom[2] > 200 and bottom[0] < 60


def test_transparent_parts_of_a_png_become_white():
    photo = profile_photo(upload(image_bytes("PNG", mode="RGBA", colour=(0, 0, 0, 0)), name="photo.png"))
    assert reopened(photo).getpixel((10, 10)) == (255, 255, 255)


@pytest.mark.parametrize("image_format", ["PNG", "WEBP", "GIF"])
def test_other_usual_formats_are_taken(image_format):
    photo = profile_photo(upload(image_bytes(image_format), name=f"photo.{image_format.lower()}"))
    assert reopened(photo).size == (PHOTO_SIZE, PHOTO_SIZE)


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4 this is a document, not a photo",
        b"",
        image_bytes("JPEG")[:400],  # truncated
        image_bytes("BMP"),  # an image, but not a format browsers upload
        image_bytes("TIFF"),
    ],
    ids=["pdf", "empty", "truncated-jpeg", "bmp", "tiff"],
)
def test_what_is_not_a_photo_is_refused_with_a_message(content):
    assert refusal(upload(content)).code == "not_a_photo"


def test_a_file_too_large_is_refused_before_anything_is_read():
    class FortyMegabytes:
        size = 40 * 1024 * 1024
        name = "huge.jpg"

        def read(self, *args):
            raise AssertionError("a refused upload is not read")

        seek = read

    with override("en"):
        error = refusal(FortyMegabytes())
    assert error.code == "too_large"
    assert error.params == {"size": "40.0\xa0MB", "limit": "5.0\xa0MB"}


def test_a_file_of_the_largest_size_allowed_is_taken_and_one_byte_more_is_not():
    photo = phone_photo_bytes()
    # Bytes after a JPEG's end are ignored by every reader.
    padded = photo + b"\0" * (MAX_PHOTO_BYTES - len(photo))
    assert reopened(profile_photo(upload(padded))).size == (PHOTO_SIZE, PHOTO_SIZE)
    assert refusal(upload(padded + b"\0")).code == "too_large"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("side", [80, 200], ids=["over-the-limit", "over-twice-the-limit"])
def test_decompression_bombs_are_refused(monkeypatch, side):
    # Pillow warns beyond MAX_IMAGE_PIXELS and refuses beyond twice as many; both are refused here.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 5_000)
    assert refusal(upload(image_bytes("PNG", size=(side, side)), name="bomb.png")).code == "too_many_pixels"
