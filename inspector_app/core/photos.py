"""Report-size copies of evidence photos, kept encrypted in the vault beside each photo.

A phone photo is megabytes; a report prints it a few hundred pixels wide. Decrypting,
decoding and downscaling 40 of them made a cold full report take seconds, so the copy is
made once, when the photo is added (`services.attachments.add_attachment`), and stored in
the vault like any attachment file (AES-GCM, bound to the photo's hash). Photos added before
copies existed get theirs the first time a report needs them (`report_copy`), so there is
nothing to migrate. Copies are local: they are not records, never synced, never audited,
and can always be made again from the photo.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InspectorError

if TYPE_CHECKING:
    from .vault import AttachmentVault

__all__ = ["REPORT_MAX_PIXELS", "Photo", "downscale", "report_copy", "store_report_copy"]

REPORT_MAX_PIXELS = 640  # longest side: ~190 dpi across the half page a report photo spans
JPEG_QUALITY = 80


@dataclass(frozen=True, slots=True)
class Photo:
    """A downscaled photo ready for a PDF: JPEG bytes, pixel size, digest of the bytes."""

    jpeg: bytes
    width: int
    height: int
    digest: str = ""


def downscale(data: bytes, max_pixels: int = REPORT_MAX_PIXELS) -> Photo:
    """JPEG no larger than `max_pixels` on its longest side, EXIF rotation applied.

    Raises ValueError for data that is not an image Pillow can read.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            # JPEG: decode at 1/2, 1/4 or 1/8 size straight away (several times faster), keeping
            # the longer side at least max_pixels.
            width, height = image.size
            scale = max_pixels / max(width, height, 1)
            if scale < 1:
                image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
            image = ImageOps.exif_transpose(image)
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            image.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS, reducing_gap=2.0)
            out = io.BytesIO()
            image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=False)
            jpeg = out.getvalue()
            return Photo(jpeg, image.width, image.height, hashlib.sha256(jpeg).hexdigest())
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValueError(f"not a readable image ({exc})") from None


def copy_kind(max_pixels: int) -> str:
    """The vault's name for a copy of this size (the size and quality are part of it, so changing
    them makes new copies instead of reusing old ones)."""
    return f"jpeg-{max_pixels}px-q{JPEG_QUALITY}"


def store_report_copy(vault: AttachmentVault, sha256: str, data: bytes,
                      max_pixels: int = REPORT_MAX_PIXELS) -> Photo | None:
    """Make and store the report copy of the photo `data` (whose hash is `sha256`); None if it is no image."""
    try:
        photo = downscale(data, max_pixels)
    except ValueError:
        return None
    vault.put_derived(sha256, copy_kind(max_pixels), photo.jpeg)
    return photo


def report_copy(vault: AttachmentVault, sha256: str, max_pixels: int = REPORT_MAX_PIXELS, *,
                keep: bool = True) -> Photo:
    """The photo's report copy: the stored one, or made from the photo now (and stored, if `keep`).

    Raises the vault's NotFound/StoreError when neither the copy nor the photo can be read, and
    ValueError when the attachment is not an image.
    """
    stored = vault.get_derived(sha256, copy_kind(max_pixels))
    if stored is not None:
        from PIL import Image

        try:
            with Image.open(io.BytesIO(stored)) as image:  # reads the header only
                width, height = image.size
            return Photo(stored, width, height, hashlib.sha256(stored).hexdigest())
        except OSError:
            pass  # a copy that does not parse is made again below
    photo = downscale(vault.get(sha256), max_pixels)
    if keep:
        try:
            vault.put_derived(sha256, copy_kind(max_pixels), photo.jpeg)
        except (OSError, InspectorError):
            pass  # a full or read-only disk costs speed next time, not this report
    return photo
