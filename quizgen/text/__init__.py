"""Text cleaning and segmentation: raw essay file -> Document."""
