#!/usr/bin/env python3
"""Write ``resources/data.yaml``, the bundled data, from the sources.

Usage::

    python tools/make_data.py [S2] [-o OUTPUT] [--check]

``S2`` is the statistics office's list of commune-level units
(``langson-commune-units-gso-2017.yaml``; by default it is looked for in ``shared/sources``
beside the repository, i.e. ``../shared/sources/`` relative to the repository root).
``OUTPUT`` defaults to ``resources/data.yaml``. ``--check`` writes nothing and exits 1 when the
committed file differs from what this script would write.

Provenance (the source ids used in the data file):

* **S1** ``000_c3d24b4aa31a4c6e.txt``: the article "Lạng Sơn củng cố hoạt động của đảng bộ cơ sở
  và chi bộ ở nông thôn", on the situation at the end of 2013. Every 2013 figure, the
  programme figures (villages without a cell, merged cells, training), and the documents it
  names. Its publisher is not known: the source notes do not name it.
* **S2** ``langson-commune-units-gso-2017.yaml``: the 11 district-level and 226 commune-level
  units with their statistics-office (GSO) codes, as of 2017. Read from the file, not copied
  here: names, codes and kinds of every district and commune unit come from it. Its counts
  (207 xã, 5 phường, 14 thị trấn) match S1's 2013 counts, which this script checks.
* **S3a** Báo Lạng Sơn (baolangson.vn), article id 3372 "Quý I, Đảng bộ tỉnh kết nạp được 303
  đảng viên mới" (2010): 303 admitted in Q1 2010, 45,632 members at 2010-03-31, 755 of 758
  grassroots organisations assessed in the 2009 review.
* **S3b** langson.gov.vn, notice 1934-TB/TU of 20/8/2010: 16 of 16 subordinate committees had
  held their congress.
* **S4** the source notes of the project (``README.md`` of the sources folder): attest that the
  party committees of the provincial agencies bloc and of the provincial police exist.

The province part below is written by hand from those sources: each figure carries its source
id; nothing is estimated, interpolated or rounded; "trên 2.000" stays a lower bound
(``qualifier: more_than``). No source has figures per district or per commune, so the district
and commune units have none: unknown stays unknown ("chưa có số liệu"), never zero.

The output is plain YAML that a person can read and edit: every text value is quoted (so YAML
1.1 cannot read it as a number, a date or yes/no), codes such as "05971" are quoted, and each
commune-level unit is one line.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_S2 = REPO / ".." / "shared" / "sources" / "langson-commune-units-gso-2017.yaml"
DEFAULT_OUTPUT = REPO / "resources" / "data.yaml"
S2_FILE = "langson-commune-units-gso-2017.yaml"

# S1's counts of commune / ward / township party committees in 2013; S2 must agree.
S1_COUNTS = {"xa": 207, "phuong": 5, "thi-tran": 14}
S1_SUBORDINATE = 15  # S1: "Đảng bộ tỉnh có 15 đảng bộ trực thuộc"

# S2's type → (the data file's kind, the word in the party committee's name)
COMMUNE_KINDS = {
    "xa": ("commune", "xã"),
    "phuong": ("ward", "phường"),
    "thi-tran": ("township", "thị trấn"),
}
COMMUNE_KIND_NAMES = {kind for kind, _ in COMMUNE_KINDS.values()}  # one line each, always
# S2's district name prefix → the word in the party committee's name
DISTRICT_PREFIXES = {"Thành phố ": "thành phố", "Huyện ": "huyện"}


# --------------------------------------------------------------------------- a tiny emitter


class Comment:
    """A comment line: as a key in a mapping (its value is ignored) or as an item of a list."""

    def __init__(self, text: str) -> None:
        self.text = text


class Flow(dict):
    """A mapping written on one line: ``{value: 90, as_of: "2010", source: S1}``, unless the line
    would be longer than ``WIDTH``: then it is written as a block like any mapping."""


WIDTH = 100


_PLAIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
_resolver = yaml.resolver.Resolver()


def scalar(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"no booleans or nulls in the data: {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value)
        # Identifiers and enum words (ids, kinds, source ids) stay plain when YAML 1.1 reads
        # them as text; everything else is double-quoted (JSON strings are valid YAML).
        if _PLAIN_RE.fullmatch(value) and _resolver.resolve(
                yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str":
            return value
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"unexpected value {value!r}")


def flow(m: dict) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in m.items()) + "}"


def emit(value: Any, indent: int = 0) -> list[str]:
    """Block YAML lines for a mapping (a dict) at ``indent``."""
    pad = " " * indent
    lines: list[str] = []
    for key, v in value.items():
        if isinstance(key, Comment):
            lines.append(f"{pad}# {key.text}" if key.text else "")
            continue
        if isinstance(v, Flow) and len(f"{pad}{key}: {flow(v)}") <= WIDTH:
            lines.append(f"{pad}{key}: {flow(v)}")
        elif isinstance(v, dict):
            lines.append(f"{pad}{key}:")
            lines.extend(emit(v, indent + 2))
        elif isinstance(v, list):
            lines.append(f"{pad}{key}:")
            lines.extend(emit_list(v, indent + 2))
        else:
            lines.extend(wrapped(f"{pad}{key}: ", v, indent + 2))
    return lines


def emit_list(items: list, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, Comment):
            lines.append(f"{pad}# {item.text}" if item.text else "")
        elif isinstance(item, Flow) and (len(f"{pad}- {flow(item)}") <= WIDTH
                                         or item.get("kind") in COMMUNE_KIND_NAMES):
            lines.append(f"{pad}- {flow(item)}")
        elif isinstance(item, dict):
            block = emit(item, indent + 2)
            # the first key goes on the "- " line (comments stay above it)
            while block and (block[0].lstrip().startswith("#") or not block[0]):
                lines.append(pad + block.pop(0).lstrip() if block[0] else "")
            lines.append(f"{pad}- {block[0].lstrip()}")
            lines.extend(block[1:])
        else:
            lines.extend(wrapped(f"{pad}- ", item, indent + 2))
    return lines


def wrapped(prefix: str, value: Any, indent: int) -> list[str]:
    """``prefix`` + the scalar, a long quoted text folded over lines at spaces (YAML folds each
    line break inside double quotes back into one space, so the value is unchanged)."""
    text = scalar(value)
    if (len(prefix) + len(text) <= WIDTH or not text.startswith('"')
            or "  " in text or text[1:2] == " " or text[-2:-1] == " "):
        return [prefix + text]
    lines: list[str] = []
    line = prefix
    pad = " " * indent
    for word in text.split(" "):
        if line != prefix and len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = pad + word
        else:
            line = (line + " " + word) if line != prefix else prefix + word
    lines.append(line)
    return lines


# --------------------------------------------------------------------------- the province part


def v(value: int, as_of: str, source: str, **extra: Any) -> Flow:
    """One dated figure."""
    return Flow(value=value, as_of=as_of, source=source, **extra)


SOURCES = [
    {
        "id": "S1",
        "title": "Lạng Sơn củng cố hoạt động của đảng bộ cơ sở và chi bộ ở nông thôn",
        "date": "2013",
        "file": "000_c3d24b4aa31a4c6e.txt",
        "note": "Bài viết về tình hình đến cuối năm 2013 (nguồn chính). Ghi chú nguồn của dự án "
                "(S4) không nêu tên cơ quan đăng bài, nên để trống.",
    },
    {
        "id": "S2",
        "title": "Danh mục đơn vị hành chính cấp xã tỉnh Lạng Sơn (Tổng cục Thống kê, dmhc2015)",
        "publisher": "Tổng cục Thống kê (GSO)",
        "date": "2017",
        "file": S2_FILE,
        "note": "as of 2017 (GSO); counts match 2013",
    },
    {
        "id": "S3a",
        "title": "Quý I, Đảng bộ tỉnh kết nạp được 303 đảng viên mới",
        "publisher": "Báo Lạng Sơn (baolangson.vn)",
        "date": "2010",
        "note": "Bài số 3372 trên baolangson.vn; ghi chú nguồn chỉ nêu trang và số bài, "
                "không có đường dẫn đầy đủ.",
    },
    {
        "id": "S3b",
        "title": "Thông báo số 1934-TB/TU ngày 20/8/2010",
        "publisher": "langson.gov.vn",
        "date": "2010-08-20",
        "note": "Đăng trên langson.gov.vn; ghi chú nguồn không có đường dẫn đầy đủ.",
    },
    {
        "id": "S4",
        "title": "Ghi chú nguồn của dự án",
        "file": "README.md",
        "note": "Tệp README.md của thư mục nguồn. Ghi nhận Đảng bộ Khối các cơ quan tỉnh và "
                "Đảng bộ Công an tỉnh là đảng bộ trực thuộc có thật; không có số liệu về hai "
                "đảng bộ này.",
    },
]

METADATA = {
    "title": "Tổ chức đảng tỉnh Lạng Sơn, cuối năm 2013",
    "language": "vi",
    "as_of": "2013",
    "issuing_body": "ĐẢNG BỘ TỈNH LẠNG SƠN",
    "place": "Lạng Sơn",
    "description": "Đảng bộ tỉnh Lạng Sơn đến cuối năm 2013: số đảng bộ trực thuộc, tổ chức cơ "
                   "sở đảng, chi bộ và đảng viên; kết quả xóa thôn chưa có chi bộ, chi bộ ghép "
                   "thôn, đào tạo cán bộ cấp xã 2010–2013 (S1); một số số liệu năm 2009–2010 "
                   "(S3a, S3b); và các đảng bộ xã, phường, thị trấn theo danh mục đơn vị hành "
                   "chính (S2).",
    "notes": [
        "Mỗi số liệu ghi rõ nguồn (S1, S2, S3a, S3b, S4); không số liệu nào được ước tính, nội "
        "suy hay làm tròn. “Trên 2.000” được ghi là giới hạn dưới (more_than), không phải số "
        "chính xác.",
        "Các nguồn không có số liệu theo từng huyện hay từng xã (đảng viên, chi bộ, tổ chức cơ "
        "sở đảng): các đảng bộ huyện, xã, phường, thị trấn chỉ có tên và mã, không có số liệu. "
        "Không có số liệu nghĩa là “chưa có số liệu”, không phải số 0.",
        "Không có số liệu từng năm 2011 và 2012.",
        "Số đảng bộ trực thuộc Tỉnh ủy: 16 năm 2010 (S3b), 15 năm 2013 (S1). Nguồn nêu tên 13: "
        "11 đảng bộ huyện, thành phố (theo 11 đơn vị cấp huyện của S2), Đảng bộ Khối các cơ "
        "quan tỉnh và Đảng bộ Công an tỉnh (S4); 2 đảng bộ còn lại không được nêu tên và được "
        "ghi gộp thành một dòng.",
        "Danh sách 11 đơn vị cấp huyện và 226 đơn vị cấp xã lấy theo danh mục năm 2017 của "
        "Tổng cục Thống kê (S2); số lượng (207 xã, 5 phường, 14 thị trấn) khớp với số đảng bộ "
        "xã, phường, thị trấn năm 2013 của S1, và các đơn vị cấp xã của tỉnh không thay đổi "
        "cho đến cuối năm 2019. Mỗi đơn vị cấp xã có một đảng bộ.",
    ],
}

ROOT_FIGURES = {
    Comment("Đảng viên"): None,
    "members": [
        v(45632, "2010-03-31", "S3a"),
        v(53538, "2013", "S1"),
    ],
    Comment("Tổ chức cơ sở đảng; năm 2009: S3a “đánh giá 755 trong số 758”"): None,
    "grassroots_organisations": [
        v(758, "2009", "S3a", note="Theo S3a: 755 trong số 758 tổ chức cơ sở đảng được đánh "
                                  "giá trong đợt đánh giá năm 2009."),
        v(769, "2013", "S1"),
    ],
    "cells": [
        v(3780, "2013", "S1", note="Chi bộ trực thuộc đảng bộ cơ sở."),
    ],
    "subordinate_committees": [
        v(16, "2010-08-20", "S3b", note="Theo S3b: 16 trong số 16 đảng bộ trực thuộc đã tổ "
                                       "chức đại hội."),
        v(15, "2013", "S1"),
    ],
    "commune_committees": [v(207, "2013", "S1")],
    "ward_committees": [v(5, "2013", "S1")],
    "township_committees": [v(14, "2013", "S1")],
    Comment("Thôn chưa có chi bộ: 90 (2010) − 42 chi bộ mới = 48 (2013)"): None,
    "villages_without_cell": [
        v(90, "2010", "S1"),
        v(48, "2013", "S1"),
    ],
    "new_cells_in_villages": [
        v(42, "2010–2013", "S1", note="Chi bộ thành lập mới ở các thôn chưa có chi bộ, từ năm "
                                     "2010 đến năm 2013."),
    ],
    Comment("“trên 2.000” mỗi năm: một giới hạn dưới, không phải tổng của giai đoạn"): None,
    "members_admitted": [
        v(303, "2010-Q1", "S3a"),
        v(2000, "2010–2013", "S1", qualifier="more_than", per="year",
          note="mỗi năm (hằng năm từ 2010): “hằng năm đảng bộ tỉnh đều kết nạp được trên 2.000 "
               "đảng viên”; không phải tổng của cả giai đoạn."),
    ],
    "grassroots_assessed": [
        v(755, "2009", "S3a", note="755 trong số 758 tổ chức cơ sở đảng."),
    ],
    "subordinate_congresses_held": [
        v(16, "2010-08-20", "S3b", note="16 trong số 16 đảng bộ trực thuộc."),
    ],
}

ROOT_CHECKS = [
    {
        "rule": "villages_without_cell@2013 = villages_without_cell@2010 - "
                "new_cells_in_villages@2010–2013",
        "note": "S1: năm 2010 còn 90 thôn chưa có chi bộ; đến năm 2013 đã thành lập được 42 chi "
                "bộ, còn 48 thôn.",
    },
]

TRAINING_PROFESSIONAL = "Trung cấp, sơ cấp chuyên môn"
TRAINING_THEORY = "Trung cấp lý luận chính trị – hành chính"

ROOT_SERIES = [
    {
        "id": "villages-without-cell",
        "title": "Số thôn chưa có chi bộ",
        "type": "line",
        "measure": "villages_without_cell",
        "unit": "thôn",
        "source": "S1",
        "points": [
            Flow(period="2010", value=90),
            Flow(period="2013", value=48),
        ],
    },
    {
        "id": "village-cells-progress",
        "title": "Thôn chưa có chi bộ năm 2010: đã thành lập chi bộ và còn lại",
        "type": "stacked",
        "period": "2010–2013",
        "unit": "thôn",
        "source": "S1",
        "total": Flow(value=90, as_of="2010", source="S1",
                      note="Số thôn chưa có chi bộ năm 2010."),
        "points": [
            Flow(category="Đã thành lập chi bộ (2010–2013)", value=42),
            Flow(category="Còn chưa có chi bộ (2013)", value=48),
        ],
    },
    {
        "id": "merged-cells",
        "title": "Chi bộ ghép thôn còn lại",
        "type": "bar",
        "period": "2013",
        "unit": "chi bộ",
        "source": "S1",
        "note": "S1: “hiện còn 35 chi bộ ghép 1 thôn, 5 chi bộ ghép 2 thôn và 1 chi bộ ghép 3 "
                "thôn”. Nguồn không nêu tổng số.",
        "points": [
            Flow(category="Chi bộ ghép 1 thôn", value=35),
            Flow(category="Chi bộ ghép 2 thôn", value=5),
            Flow(category="Chi bộ ghép 3 thôn", value=1),
        ],
    },
    {
        "id": "training-classes",
        "title": "Lớp đào tạo cán bộ cấp xã, 2010–2013",
        "type": "bar",
        "period": "2010–2013",
        "unit": "lớp",
        "source": "S1",
        "total": Flow(value=34, source="S1",
                      note="Lớp đào tạo về chuyên môn, lý luận chính trị – hành chính cho đội "
                           "ngũ cán bộ cấp xã."),
        "points": [
            Flow(category=TRAINING_PROFESSIONAL, value=16),
            Flow(category=TRAINING_THEORY, value=18),
        ],
    },
    {
        "id": "training-trainees",
        "title": "Học viên các lớp đào tạo cán bộ cấp xã, 2010–2013",
        "type": "bar",
        "period": "2010–2013",
        "unit": "học viên",
        "source": "S1",
        "total": Flow(value=2409, source="S1"),
        "points": [
            Flow(category=TRAINING_PROFESSIONAL, value=962),
            Flow(category=TRAINING_THEORY, value=1447),
        ],
    },
    {
        "id": "members",
        "title": "Số đảng viên",
        "type": "line",
        "measure": "members",
        "unit": "đảng viên",
        "points": [
            Flow(period="2010-03-31", value=45632, source="S3a"),
            Flow(period="2013", value=53538, source="S1"),
        ],
    },
    {
        "id": "members-admitted",
        "title": "Đảng viên mới kết nạp",
        "type": "line",
        "measure": "members_admitted",
        "unit": "đảng viên",
        "note": "Hai số liệu khác kỳ: “trên 2.000” là số mỗi năm trong giai đoạn 2010–2013 (giới "
                "hạn dưới), 303 là số của quý I/2010.",
        "points": [
            Flow(period="2010–2013", value=2000, qualifier="more_than", per="year", group="Mỗi năm",
                 source="S1", note="mỗi năm (hằng năm từ 2010)"),
            Flow(period="2010-Q1", value=303, group="Quý I/2010", source="S3a"),
        ],
    },
    {
        "id": "grassroots-organisations",
        "title": "Số tổ chức cơ sở đảng",
        "type": "line",
        "measure": "grassroots_organisations",
        "unit": "tổ chức cơ sở đảng",
        "points": [
            Flow(period="2009", value=758, source="S3a"),
            Flow(period="2013", value=769, source="S1"),
        ],
    },
]

ROOT_DOCUMENTS = [
    Flow(number="24-NQ/TU", date="2011-08-16", issuer="Ban Chấp hành Đảng bộ tỉnh",
         title="Về tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và "
               "đội ngũ đảng viên, giai đoạn 2011-2015",
         source="S1"),
    Flow(number="37-NQ/TU", date="2012-02-13", issuer="Ban Thường vụ Tỉnh uỷ",
         title="Về xây dựng đội ngũ cán bộ, công chức xã, phường, thị trấn đến năm 2015 và những "
               "năm tiếp theo",
         source="S1"),
    Flow(number="29-CT/TU", date="2008-05-20", issuer="Ban Thường vụ Tỉnh ủy",
         title="Đổi mới và nâng cao chất lượng hoạt động của chi bộ thôn, khối, khu phố trực thuộc "
               "đảng uỷ xã, phường, thị trấn",
         source="S1"),
    Flow(number="36-CT/TU", date="2004-07-23", issuer="Ban Thường vụ Tỉnh ủy",
         title="Về lãnh đạo phát triển đảng, xoá thôn, trường “trắng” đảng viên, giảm thôn, "
               "trường ghép chi bộ",
         source="S1"),
    Flow(number="Nghị quyết Trung ương 4 khóa XI",
         title="Một số vấn đề cấp bách về xây dựng Đảng hiện nay", source="S1",
         note="S1 gọi là “Nghị quyết TW4 khóa XI”; nguồn không ghi ngày ban hành."),
    Flow(number="1934-TB/TU", date="2010-08-20", source="S3b",
         note="Thông báo đăng trên langson.gov.vn: 16 trong số 16 đảng bộ trực thuộc đã tổ chức "
              "đại hội. Nguồn không ghi trích yếu."),
]

BLOCS = [
    {Comment("Đảng bộ khối, công an: có thật theo S4; tên đơn vị, không có số liệu"): None,
     "id": "bloc-agencies", "name": "Đảng bộ Khối các cơ quan tỉnh", "kind": "bloc",
     "source": "S4"},
    {"id": "bloc-police", "name": "Đảng bộ Công an tỉnh", "kind": "bloc", "source": "S4"},
]

OTHER_SUBORDINATE = {
    Comment("15 − 13 = 2 đảng bộ trực thuộc không được nêu tên: một dòng đại diện (count: 2)"): None,
    "id": "subordinate-other",
    "name": "Các đảng bộ trực thuộc khác (chưa nêu tên trong nguồn)",
    "kind": "subordinate",
    "source": "S1",
    "count": 2,
    "notes": [
        "15 − 13: S1 ghi 15 đảng bộ trực thuộc; các nguồn nêu tên 13 (11 đảng bộ huyện, thành "
        "phố và Đảng bộ Khối các cơ quan tỉnh, Đảng bộ Công an tỉnh). Tên 2 đảng bộ còn lại "
        "không có trong nguồn.",
    ],
}


# --------------------------------------------------------------------------- S2


def read_s2(path: Path) -> list[dict]:
    """The districts of S2, checked against S1's counts; raises ValueError when they differ."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    districts = data["districts"]
    counts = {t: 0 for t in COMMUNE_KINDS}
    codes: set[str] = set()
    for d in districts:
        if not (isinstance(d["gso_code"], str) and re.fullmatch(r"\d{3}", d["gso_code"])):
            raise ValueError(f"bad district code {d['gso_code']!r}")
        if not any(d["name"].startswith(p) for p in DISTRICT_PREFIXES):
            raise ValueError(f"unexpected district name {d['name']!r}")
        for u in d["units"]:
            if not (isinstance(u["code"], str) and re.fullmatch(r"\d{5}", u["code"])):
                raise ValueError(f"bad commune code {u['code']!r}")
            if u["code"] in codes:
                raise ValueError(f"commune code {u['code']} twice")
            codes.add(u["code"])
            counts[u["type"]] += 1  # KeyError on an unknown type
    if len(districts) != 11:
        raise ValueError(f"S2 has {len(districts)} district-level units, expected 11")
    if counts != S1_COUNTS:
        raise ValueError(f"S2 counts {counts} differ from S1's 2013 counts {S1_COUNTS}")
    return districts


def district_name(s2_name: str) -> str:
    for prefix, word in DISTRICT_PREFIXES.items():
        if s2_name.startswith(prefix):
            return f"Đảng bộ {word} {s2_name[len(prefix):]}"
    raise ValueError(s2_name)


def district_units(districts: list[dict]) -> list[dict]:
    out = []
    for d in districts:
        children: list = []
        for u in d["units"]:
            kind, word = COMMUNE_KINDS[u["type"]]
            children.append(Flow(id=f"c-{u['code']}", kind=kind, code=u["code"],
                                 name=f"Đảng bộ {word} {u['name']}", source="S2"))
        out.append({
            Comment(f"{d['name']} (GSO {d['gso_code']}): {len(children)} đơn vị cấp xã"): None,
            "id": f"district-{d['gso_code']}",
            "name": district_name(d["name"]),
            "kind": "district",
            "code": d["gso_code"],
            "source": "S2",
            "children": children,
        })
    return out


# --------------------------------------------------------------------------- the file

HEADER = """\
# Tổ chức đảng tỉnh Lạng Sơn, cuối năm 2013 — dữ liệu kèm theo chương trình.
#
# Generated by tools/make_data.py from the sources (see its docstring for provenance):
#   S1  000_c3d24b4aa31a4c6e.txt — the article on the situation at the end of 2013
#   S2  langson-commune-units-gso-2017.yaml — GSO list of commune-level units (as of 2017)
#   S3a baolangson.vn article 3372 (2010)   S3b langson.gov.vn notice 1934-TB/TU (20/8/2010)
#   S4  the project's source notes (README.md of the sources folder)
# Regenerate with:  python tools/make_data.py   (edit the script, not this file)
#
# Every figure names its source; nothing is estimated, interpolated or rounded.
# A figure that is absent is "not reported" (chưa có số liệu), never zero.
# The format is described in docs/data-format.md.
"""


def build(s2_path: Path) -> str:
    districts = read_s2(s2_path)
    named = len(districts) + len(BLOCS)
    if named + OTHER_SUBORDINATE["count"] != S1_SUBORDINATE:
        raise ValueError(f"{named} named + {OTHER_SUBORDINATE['count']} ≠ {S1_SUBORDINATE}")
    root = {
        "id": "lang-son",
        "name": "Đảng bộ tỉnh Lạng Sơn",
        "kind": "province",
        "source": "S1",
        "figures": ROOT_FIGURES,
        "checks": ROOT_CHECKS,
        "series": ROOT_SERIES,
        "documents": ROOT_DOCUMENTS,
        Comment(""): None,
        Comment(f"{S1_SUBORDINATE} đảng bộ trực thuộc (S1): {len(districts)} đảng bộ huyện, thành "
                f"phố (S2), {len(BLOCS)} đảng bộ khối, công an (S4), "
                f"{OTHER_SUBORDINATE['count']} chưa nêu tên"): None,
        "children": district_units(districts) + BLOCS + [OTHER_SUBORDINATE],
    }
    doc = {
        "format": 1,
        Comment(""): None,
        "metadata": METADATA,
        Comment(""): None,
        "sources": SOURCES,
        Comment(""): None,
        "root": root,
    }
    text = HEADER + "\n" + "\n".join(emit(doc)) + "\n"
    # The emitter must not change a value: read the text back and compare.
    if yaml.safe_load(text) != plain(doc):
        raise AssertionError("the written YAML does not read back as the data")
    return text


def plain(value: Any) -> Any:
    """The data without comments, as YAML reads it back."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not isinstance(k, Comment)}
    if isinstance(value, list):
        return [plain(v) for v in value if not isinstance(v, Comment)]
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("s2", nargs="?", type=Path, default=DEFAULT_S2,
                   help="the GSO list of commune-level units (S2)")
    p.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    p.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 if the output file is not up to date")
    args = p.parse_args(argv)
    text = build(args.s2)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output.name} is not up to date: run tools/make_data.py", file=sys.stderr)
            return 1
        return 0
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    tmp.replace(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
