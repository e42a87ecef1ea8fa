"""Brief files: one video request plus the catalog data it is about; a video from a file alone."""
