"""Organizations (issue 6): every body named in a document under one canonical name.

A gazetteer and grammar of body names (``data/organizations.json``), matched on the text with
abbreviations expanded; see :mod:`.find` for the steps.
"""

from __future__ import annotations

from vnplan_extract.extract.organizations.canonical import canonical_name
from vnplan_extract.extract.organizations.find import find_organizations, scan
from vnplan_extract.extract.organizations.found import Found

__all__ = ["Found", "canonical_name", "find_organizations", "scan"]
