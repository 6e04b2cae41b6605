"""Scoring predictions against the gold set (``vnplan evaluate``)."""
