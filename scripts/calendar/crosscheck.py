#!/usr/bin/env python3
"""Compare Fazhi's built-in working-day calendar with the PyPI packages chinesecalendar and holidays.

Reads our calendar as CSV (date,workday,kind,name,provisional; from `calendar-export csv`) and the computed 清明
dates (from `calendar-export qingming`), then checks every day 2004-01-01..2026-12-31:

  workday       working day or not, against both packages
  name          the holiday name where both sides name the day (chinesecalendar also names adjusted working days)
  name-missing  the package names a day that we treat as a plain weekend or working day
  name-extra    we name a rest day that chinesecalendar does not name
  qingming      our solar-term formula against chinesecalendar's table, 2000-2099

Every disagreement fails unless known-differences.txt lists it as `DATE SOURCE CHECK reason`.
"""
import csv
import datetime as dt
import pathlib
import sys

import chinese_calendar
import holidays

HERE = pathlib.Path(__file__).resolve().parent

# Our names and the English names each package may use for them.
ENGLISH = {
    "元旦": {"New Year's Day"},
    "春节": {"Spring Festival", "Chinese New Year"},
    "清明节": {"Tomb-sweeping Day", "Qingming Festival", "Tomb-Sweeping Day"},
    "劳动节": {"Labour Day", "Labor Day"},
    "端午节": {"Dragon Boat Festival"},
    "中秋节": {"Mid-autumn Festival", "Mid-Autumn Festival"},
    "国庆节": {"National Day"},
    "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日": {"Anti-Fascist 70th Day", "70th Anniversary"},
}


def accepted(our_name):
    names = set()
    for part in our_name.split("、"):
        names |= ENGLISH.get(part, set())
    return names


def matches(our_name, their_name):
    return any(their_name.startswith(name) or name in their_name for name in accepted(our_name))


def load_known():
    known = {}
    path = HERE / "known-differences.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 3)
        if len(parts) < 4:
            sys.exit(f"known-differences.txt: a line needs DATE SOURCE CHECK reason: {line}")
        known[tuple(parts[:3])] = parts[3]
    return known


def main(ours_csv, qingming_csv):
    with open(ours_csv, encoding="utf-8") as f:
        ours = {row["date"]: row for row in csv.DictReader(f)}
    cn = holidays.China(years=range(2004, 2027))
    found = []

    day = dt.date(2004, 1, 1)
    while day <= dt.date(2026, 12, 31):
        key = day.isoformat()
        row = ours.get(key)
        if row is None:
            sys.exit(f"our export lacks {key}")
        our_work = row["workday"] == "1"
        our_name = row["name"]

        # chinesecalendar
        cc_work = chinese_calendar.is_workday(day)
        if cc_work != our_work:
            found.append((key, "chinesecalendar", "workday", f"ours={our_work} theirs={cc_work}"))
        _, cc_name = chinese_calendar.get_holiday_detail(day)
        if cc_name and our_name and not matches(our_name, cc_name):
            found.append((key, "chinesecalendar", "name", f"ours={our_name} theirs={cc_name}"))
        elif cc_name and not our_name:
            found.append((key, "chinesecalendar", "name-missing", f"ours={row['kind']} theirs={cc_name}"))
        elif our_name and not cc_name and row["kind"] == "holiday":
            found.append((key, "chinesecalendar", "name-extra", f"ours={our_name}"))

        # holidays (python-holidays)
        h_work = cn.is_working_day(day)
        if h_work != our_work:
            found.append((key, "holidays", "workday", f"ours={our_work} theirs={h_work}"))
        h_names = cn.get_list(day)
        real = [n for n in h_names if not n.startswith("Day off")]
        if real and our_name and not any(matches(our_name, n) for n in real):
            found.append((key, "holidays", "name", f"ours={our_name} theirs={'; '.join(real)}"))
        elif h_names and not our_name:
            found.append((key, "holidays", "name-missing", f"ours={row['kind']} theirs={'; '.join(h_names)}"))
        day += dt.timedelta(days=1)

    with open(qingming_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = int(row["year"])
            terms = chinese_calendar.get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 10))
            theirs = [d.isoformat() for d, name in terms if name == "清明"]
            if theirs != [row["qingming"]]:
                found.append((row["qingming"], "chinesecalendar", "qingming", f"ours={row['qingming']} theirs={theirs}"))

    known = load_known()
    unexplained = [f for f in found if f[:3] not in known]
    explained = [f for f in found if f[:3] in known]
    stale = [k for k in known if k not in {f[:3] for f in found}]
    for f in explained:
        print(f"known     {f[0]} {f[1]:15} {f[2]:12} {f[3]}  -- {known[f[:3]]}")
    for f in unexplained:
        print(f"DIFFERENT {f[0]} {f[1]:15} {f[2]:12} {f[3]}")
    for k in stale:
        print(f"STALE     {' '.join(k)}: listed in known-differences.txt but no longer different")
    days = (dt.date(2026, 12, 31) - dt.date(2004, 1, 1)).days + 1
    print(f"checked {days} days against chinesecalendar {chinese_calendar.__version__} and holidays "
          f"{holidays.__version__}: {len(explained)} known differences, {len(unexplained)} unexplained, "
          f"{len(stale)} stale")
    return 1 if unexplained or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
