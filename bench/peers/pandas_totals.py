"""The board tables' per-area figures with pandas: what a user would write instead of csdash report.

    python pandas_totals.py DIR --as-of 2024-12-06 [--year 2024/25] [--quarter Q2]

Loads every CSV of the data folder (as csdash does, without its checks) and prints, per funder and
area allocated money in the year, in areas.csv order: allocation, carry forward, total (allocation
+ carry forward), planned and spend at the quarter (the quarter's return if received by the as-of
date, else the latest received earlier return of the year, else zero), the remainder and the
cumulative spend at each quarter up to the report quarter. Money is in pence (exact integers), as
JSON lines: {"area_id", "total", "planned", "remainder", "spend": [Q1, ...]}; `csdash-bench`
compares them with `csdash report --format json`. Defaults follow csdash: the latest year begun by
the as-of date, the last quarter of it ended by then.
"""
import argparse
import json
import sys

import pandas as pd

FILES = ["funders", "areas", "allocations", "returns", "projects", "decisions", "reserves"]


def pence(column):
    """'£1,873,187.50' -> 187318750; '' -> <NA>."""
    cleaned = column.str.replace(r"[£€$,\s]", "", regex=True)
    return (pd.to_numeric(cleaned, errors="coerce") * 100).round().astype("Int64")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--year")
    parser.add_argument("--quarter")
    args = parser.parse_args()
    as_of = pd.Timestamp(args.as_of)

    tables = {}
    for name in FILES:
        try:
            tables[name] = pd.read_csv(f"{args.folder}/{name}.csv", dtype=str, keep_default_na=False)
        except FileNotFoundError:
            tables[name] = pd.DataFrame()
    areas, allocations, returns = tables["areas"], tables["allocations"], tables["returns"]

    starts = allocations["year"].str[:4].astype(int)
    if args.year:
        year_start = int(args.year[:4])
    else:
        begun = starts[starts.map(lambda s: pd.Timestamp(s, 4, 1) <= as_of)]
        year_start = int(begun.max()) if len(begun) else int(starts.min())
    quarter_ends = [pd.Timestamp(year_start, 6, 30), pd.Timestamp(year_start, 9, 30),
                    pd.Timestamp(year_start, 12, 31), pd.Timestamp(year_start + 1, 3, 31)]
    if args.quarter:
        quarter = int(args.quarter[1])
    else:
        quarter = max([q + 1 for q, end in enumerate(quarter_ends) if end < as_of], default=1)

    year = allocations[starts == year_start].copy()
    year["allocation"] = pence(year["allocation"])
    year["carry_forward"] = pence(year["carry_forward"]).fillna(0)
    year["total"] = year["allocation"] + year["carry_forward"]

    rets = returns[returns["year"].str[:4].astype(int) == year_start].copy()
    rets["q"] = rets["quarter"].str.upper().str[1].astype(int)
    rets["received"] = pd.to_datetime(rets["received"], format="%Y-%m-%d", errors="coerce")
    rets = rets[rets["received"].notna() & (rets["received"] <= as_of)]
    rets["planned"] = pence(rets["planned"])
    rets["spend"] = pence(rets["spend"])

    # Figures at each quarter up to the report quarter: the latest received return at or before it.
    spends = {}
    for q in range(1, quarter + 1):
        latest = rets[rets["q"] <= q].sort_values("q").groupby("area_id").tail(1).set_index("area_id")
        spends[q] = latest["spend"]
        if q == quarter:
            at_quarter = latest

    ordered = areas[["area_id", "funder_id"]].merge(year, on="area_id")
    ordered = ordered.merge(at_quarter[["planned", "spend"]], left_on="area_id", right_index=True, how="left")
    received_any = ordered["area_id"].isin(at_quarter.index)
    ordered.loc[~received_any, ["planned", "spend"]] = 0
    ordered["remainder"] = ordered["total"] - ordered["planned"]
    for q in range(1, quarter + 1):
        by_area = ordered["area_id"].map(spends[q])
        ordered[f"spend_q{q}"] = by_area.where(ordered["area_id"].isin(spends[q].index), 0)

    def number(value):
        return None if pd.isna(value) else int(value)

    funder_order = {funder: index for index, funder in enumerate(tables["funders"]["funder_id"])}
    ordered["funder_rank"] = ordered["funder_id"].map(funder_order)
    out = sys.stdout
    for row in ordered.sort_values("funder_rank", kind="stable").itertuples(index=False):
        out.write(json.dumps({
            "area_id": row.area_id, "total": number(row.total), "planned": number(row.planned),
            "remainder": number(row.remainder),
            "spend": [number(getattr(row, f"spend_q{q}")) for q in range(1, quarter + 1)],
        }) + "\n")


if __name__ == "__main__":
    main()
