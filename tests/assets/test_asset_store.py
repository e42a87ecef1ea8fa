from pathlib import Path

import pytest

from video.assets.asset_store import LocalAssetStore, content_key, content_type_for


def test_the_key_is_the_hash_of_the_inputs_in_any_order() -> None:
    first = content_key({"provider": "fal", "prompt": "studio", "size": "square_hd"}, "jpg")
    same = content_key({"size": "square_hd", "prompt": "studio", "provider": "fal"}, "jpg")
    other = content_key({"provider": "fal", "prompt": "studio!", "size": "square_hd"}, "jpg")

    assert first == same != other
    assert first.endswith(".jpg") and len(first) == 64 + 4
    assert content_key({"a": 1}, "words.json").endswith(".words.json")


@pytest.mark.parametrize("extension", ["", "../x", "j pg", "JPG/../x"])
def test_bad_extensions_are_refused(extension: str) -> None:
    with pytest.raises(ValueError, match="extension"):
        content_key({"a": 1}, extension)


def test_put_get_exists_find(store: LocalAssetStore) -> None:
    key = content_key({"prompt": "x"}, "png")
    assert not store.exists(key) and store.find(key) is None

    asset = store.put(key, b"\x89PNG data")

    assert asset.key == key and asset.size == 9 and asset.content_type == "image/png"
    assert store.exists(key) and store.find(key) == asset
    assert store.get(key) == b"\x89PNG data"
    assert Path(store.path_or_url(key)) == store.root / key
    assert [path.name for path in store.root.iterdir()] == [key]


@pytest.mark.parametrize("key", ["../secret.png", "/etc/passwd", "abc.png", "a" * 64, "A" * 64 + ".png"])
def test_keys_that_are_not_content_keys_are_refused(store: LocalAssetStore, key: str) -> None:
    with pytest.raises(ValueError, match="not an asset key"):
        store.get(key)
    with pytest.raises(ValueError, match="not an asset key"):
        store.put(key, b"")


def test_the_default_folder_is_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PPR_VIDEO_DATA_DIR", str(tmp_path / "data"))

    assert LocalAssetStore().root == tmp_path / "data" / "assets"


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("a.mp3", "audio/mpeg"),
        ("a.wav", "audio/wav"),
        ("a.jpg", "image/jpeg"),
        ("a.vtt", "text/vtt"),
        ("a.bin", "application/octet-stream"),
    ],
)
def test_content_types(name: str, content_type: str) -> None:
    assert content_type_for(name) == content_type
