"""Batch conversion of archives: readers per format, the runner, outputs and error records."""
