"""Decoding bytes to text and normalizing text for matching, with offsets kept."""

from vnplan_extract.text.normalize import NormalizedText, fold, normalize

__all__ = ["NormalizedText", "fold", "normalize"]
