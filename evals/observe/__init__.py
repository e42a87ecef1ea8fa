"""Looking at a finished video the way a viewer would: its frames laid out in the preview page (DOM text,
still checks, contrast) and the MP4's own frames (colours), with the final code validated again."""
