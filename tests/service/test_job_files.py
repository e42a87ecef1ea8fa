"""A job folder's file names as the status reads them: read again whenever the folder changes, and never kept
while a change could still leave the folder's time as it was."""

import os
import time
from pathlib import Path

from service.job_files import FolderListings


def set_mtime(folder: Path, seconds_ago: float) -> int:
    mtime_ns = time.time_ns() - int(seconds_ago * 1e9)
    os.utime(folder, ns=(mtime_ns, mtime_ns))
    return mtime_ns


def test_a_missing_folder_has_no_files(tmp_path: Path) -> None:
    assert FolderListings().file_names(tmp_path / "job-1") == frozenset()


def test_a_listing_is_reused_until_a_file_is_added_or_removed(tmp_path: Path) -> None:
    listings, folder = FolderListings(), tmp_path / "job-1"
    folder.mkdir()
    (folder / "video.mp4").write_bytes(b"")
    (folder / "frames").mkdir()
    set_mtime(folder, 10)
    assert listings.file_names(folder) == {"video.mp4"}, "files only, not folders"
    assert listings.file_names(folder) == {"video.mp4"}
    assert listings.reads == 1
    (folder / "video-captioned.mp4").write_bytes(b"")
    assert listings.file_names(folder) == {"video.mp4", "video-captioned.mp4"}
    (folder / "video.mp4").unlink()
    assert listings.file_names(folder) == {"video-captioned.mp4"}
    assert listings.reads == 3


def test_a_folder_changed_within_the_racy_window_is_read_every_time(tmp_path: Path) -> None:
    """A coarse filesystem clock can leave the folder's time unchanged by a file added in the same tick: a
    listing taken that close to the folder's time is not trusted later."""
    listings, folder = FolderListings(), tmp_path / "job-1"
    folder.mkdir()
    (folder / "video.mp4").write_bytes(b"")
    tick = set_mtime(folder, 0)
    assert listings.file_names(folder) == {"video.mp4"}
    (folder / "thumbnail.jpg").write_bytes(b"")
    os.utime(folder, ns=(tick, tick))
    assert listings.file_names(folder) == {"video.mp4", "thumbnail.jpg"}
    assert listings.reads == 2


def test_a_folder_replaced_by_another_is_read_again(tmp_path: Path) -> None:
    listings, folder = FolderListings(), tmp_path / "job-1"
    folder.mkdir()
    (folder / "video.mp4").write_bytes(b"")
    old = set_mtime(folder, 10)
    assert listings.file_names(folder) == {"video.mp4"}
    folder.rename(tmp_path / "gone")
    folder.mkdir()
    os.utime(folder, ns=(old, old))
    assert listings.file_names(folder) == frozenset()
