"""Worker document numbers, matched across visits and laptops without HQ ever holding one in clear.

Shared by the laptop (which hashes) and HQ (which compares and, with the evidence passphrase,
hashes again after a key rotation), so it imports nothing of the app.

A number is normalised (Unicode NFKC, any script's digits as ASCII digits, letters upper-cased,
spaces and punctuation dropped: "mb 123-456" and "MB123456" are the same passport) and hashed
with HMAC-SHA256 under HQ's document key, together with the document's type (a passport and a
work permit that happen to share digits are different documents):

    number_hash = hex(HMAC-SHA256(key, "<type>\\x1f<normalised number>"))

The laptop sends the hash beside the sealed number (`number_hash`, `number_kid`: the key's id).
HQ compares hashes of one key id only; `rotate` at HQ publishes a new key, and hashes of older
keys are made again from the sealed numbers with the evidence passphrase.

The key is a secret shared by HQ and its laptops: the hash keeps numbers out of everything HQ
shows, exports and counts, and out of anyone's reach who has hashes without the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .reasons import Reason, refusal

ENTITY = "worker_documents"
HASH_FIELD = "number_hash"
KID_FIELD = "number_kid"
KEY_BYTES = 32
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_KID = re.compile(r"^dk-[0-9a-f]{16}$")


class DocumentKeyError(ValueError):
    """A document key that is not 32 bytes of base64."""


def normalise_number(number: str) -> str:
    """The form a document number is compared in: letters and digits only, digits in ASCII, upper case."""
    out = []
    for ch in unicodedata.normalize("NFKC", number):
        if ch.isdigit():
            digit = unicodedata.digit(ch, None)
            out.append(str(digit) if digit is not None else ch)
        elif ch.isalpha():
            out.append(ch.upper())
    return "".join(out)


def key_id(key: bytes) -> str:
    return "dk-" + hashlib.sha256(b"field-inspector document key id\n" + key).hexdigest()[:16]


def decode_key(encoded: str) -> bytes:
    try:
        key = base64.b64decode(encoded, validate=True)
    except ValueError:
        raise DocumentKeyError("The document key is not base64.") from None
    if len(key) != KEY_BYTES:
        raise DocumentKeyError(f"The document key is {len(key)} bytes, not {KEY_BYTES}.")
    return key


def number_hash(key: bytes, doc_type: str, number: str | None) -> str | None:
    """The keyed hash of a document number (None when there is no number to compare)."""
    normal = normalise_number(number) if number else ""
    if not normal:
        return None
    message = f"{doc_type}\x1f{normal}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def hash_fields(key: bytes, fields: Mapping[str, Any]) -> dict[str, Any]:
    """What a worker document travels with beside its sealed number: its hash and the key's id."""
    digest = number_hash(key, str(fields.get("doc_type") or ""), fields.get("number"))
    return {HASH_FIELD: digest, KID_FIELD: key_id(key) if digest else None}


def hash_problem(fields: Mapping[str, Any], known_kids: set[str]) -> Reason | None:
    """Why HQ must refuse a worker document op: no hash beside the number, or one of an unknown key."""
    if HASH_FIELD not in fields or KID_FIELD not in fields:
        return refusal("document_hash_missing", "A worker document travels with its number's keyed hash "
                       "(number_hash, number_kid); update the app on this laptop.")
    digest, kid = fields[HASH_FIELD], fields[KID_FIELD]
    if digest is None and kid is None:
        return None
    if not (isinstance(digest, str) and _HEX64.match(digest) and isinstance(kid, str) and _KID.match(kid)):
        return refusal("document_hash_malformed", "number_hash must be 64 hex digits with number_kid naming HQ's "
                       "document key.")
    if kid not in known_kids:
        return refusal("document_key_unknown", f"The document number was hashed with key {kid}, which this HQ did "
                       "not issue.", key_id=kid)
    return None
