"""Rendering a version by reusing the frames it shares with earlier versions of its thread.

Every frame is fingerprinted from the composition's DOM (remotion/preview/fingerprint.ts); the video is cut in
chunks of one second, each encoded from its own keyframe, and a chunk whose frames all match a chunk of an
earlier version is copied out of that version's MP4 instead of painted again.
"""
