"""The asset server's answers, and the same answers from the engine's copy of it
(remotion/engine/assetServer.ts), which serves the asset folder inside the network seal."""

import http.client
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.assets.engine_folder_server import EngineFolderServer
from video.assets.asset_store import CONTENT_TYPES, LocalAssetStore, content_key, content_type_for
from video.assets.server import AssetServer

AUDIO = bytes(range(256)) * 40

Server = AssetServer | EngineFolderServer


@pytest.fixture(scope="module")
def engine_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineFolderServer]:
    """One engine process for the module (it takes a second or two to start); each test empties its folder."""
    root = tmp_path_factory.mktemp("engine-served") / "assets"
    root.mkdir()
    (root.parent / "secret.txt").write_text("outside the asset folder")
    with EngineFolderServer(root) as server:
        yield server


@pytest.fixture(params=["python", "engine"])
def served(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Server, LocalAssetStore]]:
    if request.param == "engine":
        server: EngineFolderServer = request.getfixturevalue("engine_folder")
        for entry in server.root.iterdir():
            shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
        yield server, LocalAssetStore(server.root)
        return
    store = LocalAssetStore(tmp_path / "assets")
    (tmp_path / "secret.txt").write_text("outside the asset folder")
    with AssetServer(store.root) as python_server:
        yield python_server, store


def request(
    server: Server, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    host, port = server.origin.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def put_audio(store: LocalAssetStore) -> str:
    return store.put(content_key({"text": "hello"}, "mp3"), AUDIO).key


def test_serves_a_file_with_its_content_type(served: tuple[Server, LocalAssetStore]) -> None:
    server, store = served
    key = put_audio(store)

    status, headers, body = request(server, f"/{key}")

    assert status == 200 and body == AUDIO
    assert headers["content-type"] == "audio/mpeg"
    assert headers["content-length"] == str(len(AUDIO))
    assert headers["accept-ranges"] == "bytes"
    assert server.url_for(key) == f"{server.origin}/{key}"
    assert server.url_for(store.put(key, AUDIO)) == f"{server.origin}/{key}"
    assert server.origin.startswith("http://127.0.0.1:")


def test_head_sends_headers_only(served: tuple[Server, LocalAssetStore]) -> None:
    server, store = served
    status, headers, body = request(server, f"/{put_audio(store)}", method="HEAD")

    assert status == 200 and body == b"" and headers["content-length"] == str(len(AUDIO))


@pytest.mark.parametrize(
    ("range_header", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, len(AUDIO) - 1),
        ("bytes=-10", len(AUDIO) - 10, len(AUDIO) - 1),
        ("bytes=10000-99999", 10000, len(AUDIO) - 1),
    ],
)
def test_range_requests_get_partial_content(
    served: tuple[Server, LocalAssetStore], range_header: str, first: int, last: int
) -> None:
    server, store = served

    status, headers, body = request(server, f"/{put_audio(store)}", headers={"Range": range_header})

    assert status == 206
    assert headers["content-range"] == f"bytes {first}-{last}/{len(AUDIO)}"
    assert body == AUDIO[first : last + 1]


def test_an_unsatisfiable_range_is_416(served: tuple[Server, LocalAssetStore]) -> None:
    server, store = served

    status, headers, _ = request(server, f"/{put_audio(store)}", headers={"Range": "bytes=999999-"})

    assert status == 416 and headers["content-range"] == f"bytes */{len(AUDIO)}"


def test_a_multi_range_request_gets_the_whole_file(served: tuple[Server, LocalAssetStore]) -> None:
    server, store = served

    status, _, body = request(server, f"/{put_audio(store)}", headers={"Range": "bytes=0-1,5-6"})

    assert status == 200 and body == AUDIO


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/x/../../secret.txt",
        "//etc/passwd",
        "/..\\secret.txt",
        "/%00",
        "/",
        "/sub/",
        "/.hidden",
        "/link-out",
    ],
)
def test_traversal_listing_and_hidden_files_are_refused(
    served: tuple[Server, LocalAssetStore], path: str
) -> None:
    server, store = served
    (store.root / "sub").mkdir()
    (store.root / ".hidden").write_text("hidden")
    os.symlink(store.root.parent / "secret.txt", store.root / "link-out")

    status, _, body = request(server, path)

    assert status == 404
    assert b"outside the asset folder" not in body and b"hidden" not in body


def test_writes_are_refused(served: tuple[Server, LocalAssetStore]) -> None:
    server, store = served

    status, headers, _ = request(server, f"/{put_audio(store)}", method="PUT")

    assert status == 405 and headers["allow"] == "GET, HEAD"


def test_start_is_idempotent_and_stop_ends_serving(tmp_path: Path) -> None:
    server = AssetServer(tmp_path).start()
    origin = server.origin

    assert server.start().origin == origin
    server.stop()

    assert not server.running
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.origin
    host, port = origin.removeprefix("http://").split(":")
    with pytest.raises(ConnectionRefusedError):
        http.client.HTTPConnection(host, int(port), timeout=2).connect()


# Beyond the store's own table: what mimetypes answers for the media and page files a composition may use.
EXTENSIONS = [
    *CONTENT_TYPES,
    ".jpeg",
    ".gif",
    ".svg",
    ".mp4",
    ".webm",
    ".m4a",
    ".ogg",
    ".html",
    ".js",
    ".woff2",
]


def test_both_servers_name_the_same_content_types(tmp_path: Path) -> None:
    for extension in EXTENSIONS:
        (tmp_path / f"file{extension}").write_bytes(b"x")
    with AssetServer(tmp_path) as python, EngineFolderServer(tmp_path) as engine:
        for extension in EXTENSIONS:
            answers = [request(server, f"/file{extension}")[1]["content-type"] for server in (python, engine)]
            assert answers == [content_type_for(f"file{extension}")] * 2, extension
