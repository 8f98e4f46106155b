"""Deterministic synthetic data files in the project's format, for benchmarks and scale tests.

    python bench/generate.py 100000 out.yaml     # about 100,000 units
    python bench/generate.py 100000 out.json --json   # the same tree as JSON (the baseline)

The tree is province → districts → communes → cells, every unit with a few figures, and the
districts with yearly series 2010–2025. Values are synthetic (a seeded generator): this is not
data about anyone, and its metadata says so.
"""
from __future__ import annotations

import json
import random
import sys
from typing import Any, Iterator

NAMES = ["Tân Tiến", "Đình Lập", "Hoàng Văn Thụ", "Quảng Lạc", "Mai Pha", "Chi Lăng", "Hữu Lũng",
         "Bắc Sơn", "Văn Quan", "Lộc Bình", "Cao Lộc", "Tràng Định", "Bình Gia", "Văn Lãng"]


def shape(units: int) -> tuple[int, int, int]:
    """Districts, communes per district, cells per commune for about ``units`` units."""
    if units <= 2000:
        return 10, 10, max(1, units // 110 - 1)
    districts = 20 if units < 200_000 else 100
    communes = 25 if units < 200_000 else 50
    cells = max(1, units // (districts * communes) - 1)
    return districts, communes, cells


def tree(units: int, seed: int = 2013) -> dict[str, Any]:
    rnd = random.Random(seed)
    nd, nc, ncell = shape(units)

    def figs(members: int, cells: int | None = None) -> dict[str, Any]:
        f: dict[str, Any] = {"members": [{"value": members, "as_of": "2013", "source": "SYN"}]}
        if cells is not None:
            f["cells"] = [{"value": cells, "as_of": "2013", "source": "SYN"}]
        return f

    districts = []
    for d in range(nd):
        communes = []
        for c in range(nc):
            cells = [{"id": f"cell-{d}-{c}-{k}", "name": f"Chi bộ thôn {k + 1}", "kind": "cell",
                      "figures": figs(rnd.randint(3, 60))} for k in range(ncell)]
            communes.append({
                "id": f"c-{d}-{c}", "name": f"Đảng bộ xã {NAMES[(d + c) % len(NAMES)]} {c + 1}",
                "kind": "commune", "code": f"{d * 1000 + c:05d}",
                "figures": figs(rnd.randint(100, 900), ncell), "children": cells})
        series = [{"id": f"members-{d}", "title": "Đảng viên theo năm", "type": "line",
                   "unit": "đảng viên", "source": "SYN",
                   "points": [{"period": y, "value": 1000 + rnd.randint(0, 500) + 40 * (y - 2010)}
                              for y in range(2010, 2026)]}]
        districts.append({"id": f"district-{d}", "name": f"Đảng bộ huyện {NAMES[d % len(NAMES)]} {d + 1}",
                          "kind": "district", "code": f"{100 + d}", "figures": figs(rnd.randint(2000, 9000)),
                          "series": series, "children": communes})
    return {
        "format": 1,
        "metadata": {"title": f"Dữ liệu tổng hợp để đo tốc độ ({units} đơn vị) — không phải số liệu thật",
                     "language": "vi", "as_of": "2013"},
        "sources": [{"id": "SYN", "title": "Số liệu tổng hợp ngẫu nhiên (bench/generate.py)"}],
        "root": {"id": "root", "name": "Đảng bộ tỉnh (tổng hợp)", "kind": "province",
                 "source": "SYN", "children": districts},
    }


def _scalar(v: Any) -> str:
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _yaml_lines(node: Any, indent: str) -> Iterator[str]:
    """Block YAML with flow mappings for leaf records: what a person's file looks like."""
    for key, value in node.items():
        if isinstance(value, dict):
            yield f"{indent}{key}:"
            yield from _yaml_lines(value, indent + "  ")
        elif isinstance(value, list):
            if not value:
                yield f"{indent}{key}: []"
                continue
            yield f"{indent}{key}:"
            for item in value:
                if isinstance(item, dict) and all(not isinstance(v, (dict, list)) for v in item.values()):
                    inner = ", ".join(f"{k}: {_scalar(v)}" for k, v in item.items())
                    yield f"{indent}  - {{{inner}}}"
                elif isinstance(item, dict):
                    sub = list(_yaml_lines(item, indent + "    "))
                    yield f"{indent}  - " + sub[0].lstrip()
                    yield from sub[1:]
                else:
                    yield f"{indent}  - {_scalar(item)}"
        else:
            yield f"{indent}{key}: {_scalar(value)}"


def to_yaml(data: dict[str, Any]) -> str:
    return "\n".join(_yaml_lines(data, "")) + "\n"


def count_units(data: dict[str, Any]) -> int:
    n, stack = 0, [data["root"]]
    while stack:
        u = stack.pop()
        n += 1
        stack.extend(u.get("children", []))
    return n


def main(argv: list[str]) -> int:
    units, out = int(argv[1]), argv[2]
    data = tree(units)
    with open(out, "w", encoding="utf-8") as fh:
        if "--json" in argv:
            json.dump(data, fh, ensure_ascii=False)
        else:
            fh.write(to_yaml(data))
    print(f"{out}: {count_units(data)} units")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
