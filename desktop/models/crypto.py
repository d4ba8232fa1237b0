"""Personal data at rest: AES-GCM encryption of ID numbers and mobiles, keyed hashes for exact look-up.

The key lives outside the database: ``VISITDESK_KEY`` (32 bytes, URL-safe base64) or the key file
``visitdesk.key`` in the user config directory, created with owner-only permissions by ``init`` / the first
start. Two sub-keys are derived from it: one encrypts (AES-256-GCM, a random 96-bit nonce per value), the
other makes keyed BLAKE2b look-up hashes, so "find the customer with this ID number" needs no decryption and
the database holds neither the value nor an unkeyed hash of it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache
from pathlib import Path

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import String, TypeDecorator

from desktop import APP_AUTHOR, APP_NAME

PREFIX = "v1:"
_AAD = b"visitdesk-pii-v1"


class KeyError_(Exception):  # noqa: N801 - not the builtin
    """The encryption key is missing or does not match the data (one sentence for the user)."""


def key_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "visitdesk.key"


def ensure_key() -> Path | None:
    """Create the key file (0600) when neither the environment nor a file provides a key."""
    if os.environ.get("VISITDESK_KEY"):
        return None
    path = key_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(base64.urlsafe_b64encode(os.urandom(32)).decode() + "\n")
        _keys.cache_clear()
    return path


@lru_cache(maxsize=1)
def _keys() -> tuple[AESGCM, bytes]:
    raw = os.environ.get("VISITDESK_KEY")
    if not raw:
        path = key_path()
        if not path.exists():
            raise KeyError_(f"找不到个人信息加密密钥：请设置 VISITDESK_KEY，或把密钥文件放在 {path}（visitdesk init 会创建）。")
        raw = path.read_text().strip()
    try:
        master = base64.urlsafe_b64decode(raw)
    except ValueError as e:
        raise KeyError_("个人信息加密密钥格式错误：应为 32 字节的 base64 文本。") from e
    if len(master) != 32:
        raise KeyError_("个人信息加密密钥长度错误：应为 32 字节。")
    enc = hmac.new(master, b"visitdesk:encrypt", hashlib.sha256).digest()
    mac = hmac.new(master, b"visitdesk:lookup", hashlib.sha256).digest()
    return AESGCM(enc), mac


def reset_key_cache() -> None:
    _keys.cache_clear()


def encrypt(value: str) -> str:
    aead, _ = _keys()
    nonce = os.urandom(12)
    return PREFIX + base64.b64encode(nonce + aead.encrypt(nonce, value.encode(), _AAD)).decode()


def decrypt(token: str) -> str:
    if not token.startswith(PREFIX):
        raise KeyError_("数据库中的个人信息不是本程序加密的格式。")
    aead, _ = _keys()
    blob = base64.b64decode(token[len(PREFIX):])
    try:
        return aead.decrypt(blob[:12], blob[12:], _AAD).decode()
    except InvalidTag:
        raise KeyError_("个人信息无法解密：当前密钥与数据库不匹配（密钥文件被替换或 VISITDESK_KEY 设置错误）。") from None


def lookup_hash(value: str) -> str:
    """Keyed hash (BLAKE2b-256 in keyed mode, a MAC) for exact look-up of an ID number or mobile."""
    _, mac = _keys()
    return hashlib.blake2b(value.encode(), key=mac, digest_size=32).hexdigest()


class EncryptedString(TypeDecorator[str]):
    """A text column stored encrypted; the ORM and Core see plain text."""

    impl = String(120)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001, ANN201
        return None if value is None else encrypt(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001, ANN201
        return None if value is None else decrypt(value)


def mask_id(id18: str | None) -> str:
    """``110105199001011234`` -> ``110105********1234`` (first 6 and last 4 kept)."""
    if not id18:
        return ""
    if len(id18) <= 10:
        return "*" * len(id18)
    return id18[:6] + "*" * (len(id18) - 10) + id18[-4:]


def mask_mobile(mobile: str | None) -> str:
    """``13812345678`` -> ``138****5678`` (first 3 and last 4 kept)."""
    if not mobile:
        return ""
    if len(mobile) <= 7:
        return "*" * len(mobile)
    return mobile[:3] + "*" * (len(mobile) - 7) + mobile[-4:]


def customer_pii(id_number: str, mobile: str) -> dict[str, str]:
    """Every stored column derived from an ID number and a mobile (for bulk inserts and updates)."""
    return {
        "id_number": id_number, "id_hash": lookup_hash(id_number), "id_last4": id_number[-4:],
        "id_masked": mask_id(id_number),
        "mobile": mobile, "mobile_hash": lookup_hash(mobile), "mobile_last4": mobile[-4:],
        "mobile_masked": mask_mobile(mobile),
    }
