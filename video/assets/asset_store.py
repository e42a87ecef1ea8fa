"""Where generated assets live: a content-addressed store keyed by the hash of the inputs behind each file."""

import hashlib
import json
import mimetypes
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from domain.paths import data_dir

_KEY_PATTERN = re.compile(r"^[0-9a-f]{64}(\.[a-z0-9]+)+$")

CONTENT_TYPES = {
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".json": "application/json",
    ".srt": "application/x-subrip",
    ".vtt": "text/vtt",
}


def content_type_for(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return CONTENT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def content_key(inputs: Mapping[str, object], extension: str) -> str:
    """The key of the file `inputs` produce: sha256 of their canonical JSON plus an extension like `jpg`.

    Identical requests give identical keys, so a stored file is never generated twice.
    """
    canonical = json.dumps(inputs, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    key = f"{digest}.{extension.lstrip('.').lower()}"
    if not _KEY_PATTERN.match(key):
        raise ValueError(f"extension {extension!r} must be letters and digits, like 'jpg' or 'words.json'")
    return key


@dataclass(frozen=True)
class StoredAsset:
    """One stored file. `key` is its name in the store (`<sha256>.<extension>`)."""

    key: str
    size: int

    @property
    def content_type(self) -> str:
        return content_type_for(self.key)


class AssetStore(Protocol):
    """The storage backends' contract: the local folder now, an S3-compatible bucket later."""

    def put(self, key: str, data: bytes) -> StoredAsset: ...

    def get(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def find(self, key: str) -> StoredAsset | None: ...

    def path_or_url(self, key: str) -> str: ...


class LocalAssetStore:
    """Files in one flat folder (default: the data folder's `assets/`), written atomically."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or data_dir() / "assets").resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        if not _KEY_PATTERN.match(key):
            raise ValueError(f"not an asset key: {key!r}")
        return self.root / key

    def put(self, key: str, data: bytes) -> StoredAsset:
        path = self._path(key)
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return StoredAsset(key=key, size=len(data))

    def get(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def find(self, key: str) -> StoredAsset | None:
        path = self._path(key)
        return StoredAsset(key=key, size=path.stat().st_size) if path.is_file() else None

    def path_or_url(self, key: str) -> str:
        return str(self._path(key))
