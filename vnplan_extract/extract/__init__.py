"""Extractors: plain functions from a parse context to models (references, time, bodies, tasks)."""
