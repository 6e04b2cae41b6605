"""An experiment kept for measurement: the end of a list of assignees from underthesea's POS tags
(the first verb) instead of the verb list of ``task_words.json``.

Measured on the gold set it does worse (see ``extract/UNDERTHESEA.md``), so the parser does not use
it; :func:`pos_list_end` stays so that the figures can be reproduced. underthesea is imported on
first call only, and only on the span given.
"""

from __future__ import annotations

from vnplan_extract.extract.tasks.bodies import OrgSpan


def pos_list_end(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> int:
    """Where the list starting at ``a`` ends: the first verb after it, outside a named body."""
    from underthesea import pos_tag  # lazy: a heavy import and model load

    end = flow.find("\n", a, b)
    end = b if end == -1 else end
    pos = a
    first = True
    for word, tag in pos_tag(flow[a:end]):
        at = flow.find(word, pos, end)
        if at == -1:
            continue
        pos = at + len(word)
        inside = any(o.start <= at < o.end for o in orgs)
        if not first and tag == "V" and not inside:
            return at
        if word in {":", ";", "(", "."} and not inside:
            return at
        first = False
    return end
