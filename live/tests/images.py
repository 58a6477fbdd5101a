"""Image files for the photo tests, made with Pillow."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

# Somewhere in Paris, as a phone writes it into every photo it takes.
GPS_LATITUDE = (48.0, 51.0, 24.0)


def image_bytes(image_format="JPEG", size=(600, 400), colour="green", mode="RGB", **save_options):
    buffer = BytesIO()
    Image.new(mode, size, colour).save(buffer, image_format, **save_options)
    return buffer.getvalue()


def exif_with_gps(orientation=None):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.BodySerialNumber] = "SN-123456"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    return exif


def phone_photo_bytes(**options):
    """A JPEG as a phone makes it: EXIF with the camera, its serial number and the GPS position, and a comment."""
    return image_bytes("JPEG", exif=exif_with_gps(), comment=b"taken at home", **options)


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)
