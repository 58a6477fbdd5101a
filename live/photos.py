"""Teachers' profile photos: checked by their content and re-encoded, so that the portal only ever serves
small square JPEGs that it wrote itself.

An upload is refused, with a message saying why, when it is too large (its size is known before Pillow reads
a byte: Django's upload handlers have already streamed it to memory or to a temporary file), when Pillow
cannot open and verify it as one of the formats below, or when it has more pixels than we are willing to
decode (a few kilobytes of PNG can unpack into gigabytes: a "decompression bomb"). What is kept is a new
image: turned upright as the camera said (EXIF orientation), cropped to a square around the centre and
resized, then encoded without any of the original's metadata, so no EXIF (GPS position, camera serial
number), XMP or comment survives."""

import uuid
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PHOTO_BYTES = 5 * 1024 * 1024
# Beyond this, decoding alone takes hundreds of megabytes (a phone's full-resolution photo stays below;
# its JPEG is decoded at a reduced scale anyway). Pillow's own guard, Image.MAX_IMAGE_PIXELS, applies if lower.
MAX_PHOTO_PIXELS = 50_000_000
PHOTO_SIZE = 400  # pixels, width and height
JPEG_QUALITY = 85
# The formats browsers and phones produce; Pillow tries no other decoder on an upload.
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")

TOO_LARGE = _("This file is %(size)s; a photo may be at most %(limit)s. Choose a smaller photo.")
NOT_A_PHOTO = _("This file is not a photo we can read. Choose a JPEG, PNG, WebP or GIF image.")
TOO_MANY_PIXELS = _("This image has too many pixels (at most %(limit)s megapixels). Choose a smaller photo.")


def profile_photo(upload):
    """The uploaded photo as the portal keeps it: a new file, ready for the profile's `photo` field.
    Raises ValidationError with a message for the teacher when the upload is refused."""
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            TOO_LARGE,
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_PHOTO_BYTES)},
        )
    try:
        photo = square_photo(verified_image(upload))
    except Image.DecompressionBombError:
        raise too_many_pixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        # What Pillow raises for a file that is not an image, a truncated or corrupt one, or one it
        # cannot convert.
        raise ValidationError(NOT_A_PHOTO, code="not_a_photo") from None
    return jpeg_file(photo)


def pixel_limit():
    return min(MAX_PHOTO_PIXELS, Image.MAX_IMAGE_PIXELS)


def too_many_pixels():
    return ValidationError(TOO_MANY_PIXELS, code="too_many_pixels", params={"limit": pixel_limit() // 1_000_000})


def verified_image(upload):
    """The upload opened as an image (only its header read so far), once Pillow has verified the file."""
    upload.seek(0)
    with Image.open(upload, formats=PHOTO_FORMATS) as image:
        image.verify()
    # A verified image cannot be used any further: Pillow asks for it to be opened again.
    upload.seek(0)
    image = Image.open(upload, formats=PHOTO_FORMATS)
    width, height = image.size
    if width * height > pixel_limit():
        raise too_many_pixels()
    return image


def square_photo(image):
    # A JPEG is decoded at the smallest scale that still covers the square: much faster, much less memory.
    image.draft("RGB", (PHOTO_SIZE, PHOTO_SIZE))
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        # Palette, CMYK or 16-bit images: Pillow resizes these poorly or not at all.
        image = image.convert("RGBA")
    square = ImageOps.fit(image, (PHOTO_SIZE, PHOTO_SIZE), Image.Resampling.LANCZOS)
    # A new canvas carries none of the original's metadata (Pillow would otherwise write its JPEG comment
    # again), and turns transparent parts white rather than black.
    photo = Image.new("RGB", square.size, "white")
    photo.paste(square, mask=square.getchannel("A") if "A" in square.getbands() else None)
    return photo


def jpeg_file(photo):
    """The photo as a JPEG file with a name nobody can guess (photos are served as plain media files)."""
    buffer = BytesIO()
    photo.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.jpg")
