#!/usr/bin/env python3
"""Merge data/fragments/muscles_*.json into data/muscles.json, with quick sanity checks.

Used while the database is being written by area; the C++ loader does the real validation.
Usage: merge_muscles.py [--check-only] [FRAGMENT...]
"""
import json, sys, glob, os, re
sys.path.insert(0, os.path.dirname(__file__))
import region_spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGION_IDS = {r[0] for r in region_spec.REGIONS}
TOOLS = {"thumb", "fingers", "knuckle", "pinch", "ball_wall", "ball_floor", "ball_chair", "hook_cane", "foam_roller"}
PREV = {"very_common", "common", "occasional", "rare"}
AREAS = {"head", "neck", "shoulder", "upper_back", "chest", "arm", "forearm", "hand", "abdomen",
         "low_back", "pelvis", "hip", "thigh", "knee", "leg", "foot"}
VIEW_OF = {r[0]: r[2] for r in region_spec.REGIONS}


def check_fragment(path, data, errors, common):
    def err(p, m):
        errors.append(f"{os.path.basename(path)}:{p}: {m}")
    dz_ids = {d["id"] for d in common.get("danger_zones", [])} | {d["id"] for d in data.get("danger_zones", [])}
    src_ids = {s["id"] for s in common.get("sources", [])} | {s["id"] for s in data.get("sources", [])}
    for mi, m in enumerate(data.get("muscles", [])):
        mp = f"/muscles/{mi}"
        for k in ("id", "name", "area", "source", "trigger_points", "other_names"):
            if k not in m:
                err(mp, f"missing {k}")
        if m.get("area") not in AREAS:
            err(mp + "/area", f"bad area {m.get('area')}")
        if m.get("source", {}).get("ref") not in src_ids:
            err(mp + "/source/ref", f"unknown source {m.get('source')}")
        for ti, tp in enumerate(m.get("trigger_points", [])):
            tpp = f"{mp}/trigger_points/{ti}"
            for k in ("id", "name", "location", "referral", "symptoms", "mistaken_for", "how_to_find",
                      "self_treatment", "mobilization", "stretch", "cautions", "hold_seconds", "prevalence"):
                if k not in tp or tp[k] in ("", [], None):
                    err(tpp, f"missing or empty {k}")
            loc = tp.get("location", {})
            if loc.get("view") not in ("front", "back") or not (0 <= loc.get("x", -1) <= 1) or not (0 <= loc.get("y", -1) <= 1):
                err(tpp + "/location", "bad view or coordinates")
            for kind in ("primary", "spillover"):
                for zi, z in enumerate(tp.get("referral", {}).get(kind, [])):
                    rid = z["region"] if isinstance(z, dict) else z
                    if rid not in REGION_IDS:
                        err(f"{tpp}/referral/{kind}/{zi}", f"unknown region {rid}")
            if not tp.get("referral", {}).get("primary"):
                err(tpp + "/referral/primary", "no primary zone")
            st = tp.get("self_treatment", {})
            if st.get("tool") not in TOOLS:
                err(tpp + "/self_treatment/tool", f"bad tool {st.get('tool')}")
            for k in ("position", "pressure"):
                if not st.get(k):
                    err(tpp + "/self_treatment/" + k, "empty")
            if tp.get("prevalence") not in PREV:
                err(tpp + "/prevalence", f"bad prevalence {tp.get('prevalence')}")
            if not (30 <= tp.get("hold_seconds", 0) <= 90):
                err(tpp + "/hold_seconds", "must be 30..90")
            for d in tp.get("danger_zones", []):
                if d not in dz_ids:
                    err(tpp + "/danger_zones", f"unknown danger zone {d}")


def main():
    opts = [a for a in sys.argv[1:] if a.startswith("-")]
    if any(o != "--check-only" for o in opts):
        print(__doc__.strip())
        return 2
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    check_only = "--check-only" in opts
    common = json.load(open(os.path.join(ROOT, "data/fragments/_common.json")))
    paths = args or sorted(glob.glob(os.path.join(ROOT, "data/fragments/muscles_*.json")))
    errors, muscles = [], []
    sources = {s["id"]: s for s in common["sources"]}
    zones = {d["id"]: d for d in common["danger_zones"]}
    for p in paths:
        data = json.load(open(p))
        check_fragment(p, data, errors, common)
        for s in data.get("sources", []):
            if s["id"] in sources and sources[s["id"]] != s:
                errors.append(f"{p}: source {s['id']} conflicts with another fragment")
            sources[s["id"]] = s
        for d in data.get("danger_zones", []):
            if d["id"] in zones and zones[d["id"]] != d:
                errors.append(f"{p}: danger zone {d['id']} conflicts with another fragment")
            zones[d["id"]] = d
        muscles += data.get("muscles", [])
    mids = [m["id"] for m in muscles]
    names = [m["name"] for m in muscles]
    tids = [t["id"] for m in muscles for t in m.get("trigger_points", [])]
    for label, ids in (("muscle id", mids), ("muscle name", names), ("trigger point id", tids)):
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            errors.append(f"duplicate {label}s: {sorted(dup)}")
    tidset = set(tids)
    for m in muscles:
        for t in m.get("trigger_points", []):
            for s in t.get("satellites", []):
                if s not in tidset and not check_only:
                    errors.append(f"{t['id']}: unknown satellite {s}")
    for e in errors:
        print(e)
    print(f"{len(muscles)} muscles, {len(tids)} trigger points, {len(errors)} problems")
    if not check_only and not errors:
        out = {"schema_version": 1, "sources": list(sources.values()),
               "danger_zones": list(zones.values()), "muscles": muscles}
        with open(os.path.join(ROOT, "data/muscles.json"), "w") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("wrote data/muscles.json")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
