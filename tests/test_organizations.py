"""Organizations: the gazetteer's examples, canonical names, and real documents of the corpus."""

from __future__ import annotations

import pytest
from conftest import corpus_text

from vnplan_extract import parse_text
from vnplan_extract.data import load_table
from vnplan_extract.extract.organizations import canonical_name, scan
from vnplan_extract.extract.organizations.expand import expand_abbreviations
from vnplan_extract.text.normalize import normalize

EXAMPLES = load_table("organizations")["examples"]


def names_in(text: str) -> list[str]:
    norm = normalize(text).text
    return [f.name for f in scan(norm)]


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if "names" in e], ids=lambda e: e["text"][:40]
)
def test_gazetteer_examples(example: dict[str, object]) -> None:
    assert names_in(str(example["text"])) == example["names"]


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if "expanded" in e], ids=lambda e: e["text"]
)
def test_abbreviation_examples(example: dict[str, str]) -> None:
    assert expand_abbreviations(example["text"]).text == example["expanded"]


def test_every_family_has_examples() -> None:
    families = {e["family"] for e in EXAMPLES}
    for family in ("fixed", "committee", "organ", "level_body", "named_head", "wrapper"):
        assert family in families


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Cán sự Đảng Ủy ban nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
        ("Đảng đoàn Hội đồng Nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh"),
        ("TỈNH ỦY ĐIỆN BIÊN", "Tỉnh ủy Điện Biên"),
        ("Ủy ban nhân dân Tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Hội Văn học nghệ thuật tỉnh", "Hội Văn học Nghệ thuật tỉnh"),
        ("Chi cục Hải quan khu vực XIX", "Chi cục Hải quan khu vực XIX"),
        ("Ban Chỉ đạo tỉnh về chuyển đổi số", "Ban Chỉ đạo về chuyển đổi số tỉnh"),
        ("Ủy ban nhân dân thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ],
)
def test_canonical_name(text: str, name: str) -> None:
    assert canonical_name(text) == name


def orgs_of(doc_id: str) -> dict[str, list[str]]:
    doc = parse_text(corpus_text(doc_id))
    for org in doc.organizations:
        for m in org.mentions:
            assert doc.text[m.start : m.end] == m.text
    return {o.name: [m.text for m in o.mentions] for o in doc.organizations}


def test_seed_001_bodies() -> None:
    orgs = orgs_of("001_7b5b9aeaa286f595")
    # longest name only: the Party body of UBND tỉnh is one mention, UBND tỉnh its own
    assert orgs["Ban cán sự đảng Ủy ban nhân dân tỉnh"] == ["Ban Cán sự Đảng UBND tỉnh"] * 2
    assert orgs["Ủy ban nhân dân tỉnh"] == ["UBND tỉnh"]
    assert "Ban Bí thư Trung ương Đảng" in orgs["Ban Bí thư"]
    assert orgs["Tỉnh ủy Điện Biên"] == ["TỈNH ỦY ĐIỆN BIÊN"]
    # a level body written without its level takes the document's (the plan of a Tỉnh ủy)
    assert orgs["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"] == ["Ủy ban Mặt trận Tổ quốc Việt Nam"]
    # collectives are no organizations
    assert not any(name.lower().startswith(("các ", "cấp ủy")) for name in orgs)


def test_seed_002_abbreviations_and_signature() -> None:
    orgs = orgs_of("002_775272c638a78515")
    assert "VPTU" in orgs["Văn phòng Tỉnh ủy"]
    assert "Liên hiệp các Hội KH&KT tỉnh" in orgs["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]
    assert "Báo và PTTH Đồng Nai" in orgs["Báo và Phát thanh, Truyền hình Đồng Nai"]
    # ``BAN THƯỜNG VỤ`` under ``T/M`` is the issuing committee's
    assert "BAN THƯỜNG VỤ" in orgs["Ban Thường vụ Tỉnh ủy"]
    assert "Thường trực Tỉnh ủy" in orgs and "Ban Thường vụ Tỉnh ủy" in orgs


def test_state_plan_issuer_and_departments() -> None:
    orgs = orgs_of("state-002")
    assert "Ủy ban nhân dân tỉnh Đồng Tháp" in orgs
    assert "Sở Văn hoá Thể thao du lịch" in orgs["Sở Văn hóa, Thể thao và Du lịch"]
    assert "Thường trực HĐND Tỉnh" in orgs["Thường trực Hội đồng nhân dân tỉnh"]


def test_bodies_named_by_their_places() -> None:
    from vnplan_extract.extract.organizations.distributive import distributed

    text = "phối hợp UBND các xã: Gia Thuận, Tân Điền, Gò Công Đông và Tân Phú Đông thành lập"
    found = distributed(text)
    assert [f.name for f in found] == [
        "Ủy ban nhân dân xã Gia Thuận",
        "Ủy ban nhân dân xã Tân Điền",
        "Ủy ban nhân dân xã Gò Công Đông",
        "Ủy ban nhân dân xã Tân Phú Đông",
    ]
    assert text[found[0].start : found[0].end] == "Gia Thuận"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a number instead of ``các`` (state-010 IV.1); the bare body before it is no mention
        (
            "phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông thành lập",
            [
                "Ủy ban nhân dân xã Gia Thuận",
                "Ủy ban nhân dân xã Tân Điền",
                "Ủy ban nhân dân xã Gò Công Đông",
            ],
        ),
        (
            "phối hợp với Ủy ban nhân dân các xã: Gia Thuận và Tân Điền",
            ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền"],
        ),
    ],
)
def test_bodies_named_by_places_after_a_count(text: str, names: list[str]) -> None:
    from vnplan_extract.extract.organizations.distributive import distributed

    assert [f.name for f in distributed(text)] == names
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the topic of a steering committee may open with ``thực hiện``; ``người có công``
        (
            "Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng tổ chức kiểm tra",
            ["Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng"],
        ),
        # the youth union of a city (state-016 III.3)
        (
            "Hội Cựu chiến binh Thành phố, Thành Đoàn... phát động",
            ["Hội Cựu chiến binh thành phố", "Thành đoàn"],
        ),
        # a letter-spaced line is no place name after a committee
        ("- T h à nh đ o à n T N C S Hồ C hí M i nh;", ["Thành đoàn"]),
    ],
)
def test_names_in_state_plans(text: str, names: list[str]) -> None:
    assert names_in(text) == names
