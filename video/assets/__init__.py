"""Images, narration, subtitles and the content-addressed store and local server that hold and serve them."""
