#!/usr/bin/env python3
"""Preview and check data/body_regions.json.

Writes an SVG of the front and back views side by side (silhouette filled light, parts outlined,
regions stroked thin and lightly tinted by group; both the left polygons and their mirrored right
copies), optionally converts it to PNG with ImageMagick, and prints geometric checks:

* every polygon has >= 3 points and coordinates in [0, 1]
* every region's centroid lies inside its view's outline
* overlap: fraction of region-covered grid samples covered by 2+ regions (incl. mirrored copies)
* coverage: fraction of the silhouette covered by some region; region area outside the silhouette
* smallest regions (diameter of the largest inscribed circle, in px at an 800 px tall frame)

Usage: preview_body_map.py [--json PATH] [--out /tmp/body_map.svg] [--labels] [--png] [--scale PX]
                           [--crop view:x0:y0:x1:y1]
Exit status 1 if a hard check fails (bad polygon, centroid outside, overlap > 2 %, coverage < 85 %).
"""
import argparse
import json
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GROUP_COLORS = {
    "head": "#e57373", "neck": "#ba68c8", "shoulder": "#7986cb", "chest": "#4fc3f7", "abdomen": "#4db6ac",
    "pelvis": "#81c784", "upper_back": "#64b5f6", "low_back": "#aed581", "hip": "#ffb74d", "arm": "#f06292",
    "hand": "#9575cd", "thigh": "#4dd0e1", "knee": "#fff176", "leg": "#ff8a65", "ankle": "#a1887f",
    "foot": "#90a4ae",
}


def mirror(poly):
    return [[1.0 - x, y] for x, y in reversed(poly)]


def area(poly):
    return 0.5 * sum(poly[i][0] * poly[(i + 1) % len(poly)][1] - poly[(i + 1) % len(poly)][0] * poly[i][1]
                     for i in range(len(poly)))


def centroid(poly):
    a = area(poly)
    if abs(a) < 1e-12:
        return (sum(p[0] for p in poly) / len(poly), sum(p[1] for p in poly) / len(poly))
    cx = cy = 0.0
    for i in range(len(poly)):
        x0, y0 = poly[i]
        x1, y1 = poly[(i + 1) % len(poly)]
        c = x0 * y1 - x1 * y0
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    return (cx / (6 * a), cy / (6 * a))


def inside(pt, poly):
    x, y = pt
    c = False
    n = len(poly)
    for i in range(n):
        x0, y0 = poly[i]
        x1, y1 = poly[(i + 1) % n]
        if (y0 > y) != (y1 > y):
            xi = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
            if xi > x:
                c = not c
    return c


def scan_rows(poly, nx, ny, aspect):
    """For each grid row, the set of column indices whose sample centres are inside poly."""
    rows = {}
    n = len(poly)
    ys = [p[1] for p in poly]
    r0 = max(0, int(min(ys) * ny) - 1)
    r1 = min(ny - 1, int(max(ys) * ny) + 1)
    for r in range(r0, r1 + 1):
        y = (r + 0.5) / ny
        xs = []
        for i in range(n):
            x0, y0 = poly[i]
            x1, y1 = poly[(i + 1) % n]
            if (y0 > y) != (y1 > y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
        xs.sort()
        cols = []
        for k in range(0, len(xs) - 1, 2):
            c0 = int(math.ceil(xs[k] * nx - 0.5))
            c1 = int(math.floor(xs[k + 1] * nx - 0.5))
            if c1 >= c0:
                cols.append((max(c0, 0), min(c1, nx - 1)))
        if cols:
            rows[r] = cols
    return rows


def _seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    L2 = dx * dx + dy * dy
    k = 0.0 if L2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L2))
    return math.hypot(px - ax - k * dx, py - ay - k * dy)


def inscribed_diameter(poly):
    """Approximate diameter of the largest circle inside the polygon (grid search, then refine)."""
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    step = max(0.25, min(x1 - x0, y1 - y0) / 30)
    best, bp = 0.0, None
    n = len(poly)
    y = y0 + step / 2
    while y < y1:
        x = x0 + step / 2
        while x < x1:
            if inside((x, y), poly):
                d = min(_seg_dist(x, y, *poly[i], *poly[(i + 1) % n]) for i in range(n))
                if d > best:
                    best, bp = d, (x, y)
            x += step
        y += step
    return 2 * best


def check(doc, grid=(500, 1000)):
    ok = True
    aspect = doc["figure"]["aspect"]
    views = doc["figure"]["views"]
    problems = []

    def bad(msg):
        nonlocal ok
        ok = False
        problems.append(msg)

    def poly_ok(name, poly):
        if len(poly) < 3:
            bad("%s: fewer than 3 points" % name)
        for x, y in poly:
            if not (0 <= x <= 1 and 0 <= y <= 1):
                bad("%s: point out of [0,1]: %r" % (name, (x, y)))
                break

    for vname, v in views.items():
        poly_ok(vname + " outline", v["outline"])
        for p in v["parts"]:
            poly_ok("%s part %s" % (vname, p["id"]), p["polygon"])
    ids = set()
    for r in doc["regions"]:
        if r["id"] in ids:
            bad("duplicate region id " + r["id"])
        ids.add(r["id"])
        poly_ok("region " + r["id"], r["polygon"])
        c = centroid(r["polygon"])
        if not inside(c, views[r["view"]]["outline"]):
            bad("region %s: centroid %r outside the %s outline" % (r["id"], c, r["view"]))
        if r["sides"] == "bilateral":
            side = c[0] - 0.5 if r["view"] == "front" else 0.5 - c[0]
            if side <= 0:
                bad("region %s: bilateral polygon not on the person's left side" % r["id"])
        else:
            m = mirror(r["polygon"])
            if abs(area(m) - area(r["polygon"])) > 1e-6 or abs(centroid(r["polygon"])[0] - 0.5) > 0.002:
                bad("region %s: midline polygon not symmetric" % r["id"])

    nx, ny = grid
    stats = {}
    for vname, v in views.items():
        cover = [dict() for _ in range(ny)]      # row -> {col: count}
        regs = [r for r in doc["regions"] if r["view"] == vname]
        polys = []
        for r in regs:
            polys.append(r["polygon"])
            if r["sides"] == "bilateral":
                polys.append(mirror(r["polygon"]))
        for poly in polys:
            for row, spans in scan_rows(poly, nx, ny, aspect).items():
                d = cover[row]
                for c0, c1 in spans:
                    for c in range(c0, c1 + 1):
                        d[c] = d.get(c, 0) + 1
        sil = scan_rows(v["outline"], nx, ny, aspect)
        n_sil = n_cov = n_any = n_multi = n_out = 0
        for row in range(ny):
            d = cover[row]
            silcols = set()
            for c0, c1 in sil.get(row, []):
                silcols.update(range(c0, c1 + 1))
            n_sil += len(silcols)
            for c in silcols:
                if d.get(c, 0) > 0:
                    n_cov += 1
            for c, k in d.items():
                n_any += 1
                if k > 1:
                    n_multi += 1
                if c not in silcols:
                    n_out += 1
        stats[vname] = {"coverage": n_cov / max(1, n_sil), "overlap": n_multi / max(1, n_any),
                        "outside": n_out / max(1, n_any)}
        if stats[vname]["overlap"] > 0.02:
            bad("%s: overlap %.2f%% > 2%%" % (vname, 100 * stats[vname]["overlap"]))
        if stats[vname]["coverage"] < 0.85:
            bad("%s: coverage %.1f%% < 85%%" % (vname, 100 * stats[vname]["coverage"]))

    # clickable size: diameter of the largest inscribed circle, in px for an 800 px tall frame
    thin = []
    for r in doc["regions"]:
        p = [(x * aspect * 800, y * 800) for x, y in r["polygon"]]
        thin.append((inscribed_diameter(p), r["id"]))
    thin.sort()
    return ok, problems, stats, thin


def svg(doc, labels=False, scale=900, crop=None):
    aspect = doc["figure"]["aspect"]
    W, H = aspect * scale, scale
    gap = 0.04 * scale
    out = []
    total_w = 2 * W + gap
    vb = "0 0 %.1f %.1f" % (total_w, H)
    if crop:
        cv, x0, y0, x1, y1 = crop
        ox = 0 if cv == "front" else W + gap
        vb = "%.1f %.1f %.1f %.1f" % (ox + x0 * W, y0 * H, (x1 - x0) * W, (y1 - y0) * H)
        out.append('<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s" width="%d" height="%d">'
                   % (vb, 1000, int(1000 * (y1 - y0) * H / ((x1 - x0) * W))))
    else:
        out.append('<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s" width="%d" height="%d">'
                   % (vb, total_w, H))
    out.append('<rect x="0" y="0" width="%.1f" height="%.1f" fill="white"/>' % (total_w, H))

    def path(poly, ox, **attrs):
        d = "M" + " L".join("%.2f,%.2f" % (ox + x * W, y * H) for x, y in poly) + " Z"
        a = " ".join('%s="%s"' % (k.replace("_", "-"), v) for k, v in attrs.items())
        return '<path d="%s" %s/>' % (d, a)

    fs = 0.0062 * scale
    for vi, (vname, v) in enumerate(doc["figure"]["views"].items()):
        ox = vi * (W + gap)
        out.append('<rect x="%.1f" y="0" width="%.1f" height="%.1f" fill="none" stroke="#ccc" stroke-width="0.5"/>'
                   % (ox, W, H))
        out.append('<text x="%.1f" y="%.1f" font-size="%.1f" font-family="sans-serif" fill="#555">%s</text>'
                   % (ox + 4, 0.018 * scale, 0.014 * scale, vname.upper()))
        out.append(path(v["outline"], ox, fill="#f6e7d8", stroke="none"))
        for r in doc["regions"]:
            if r["view"] != vname:
                continue
            col = GROUP_COLORS.get(r["group"], "#cccccc")
            polys = [r["polygon"]] + ([mirror(r["polygon"])] if r["sides"] == "bilateral" else [])
            for poly in polys:
                out.append(path(poly, ox, fill=col, fill_opacity="0.35", stroke="#555", stroke_width="0.45"))
        for p in v["parts"]:
            out.append(path(p["polygon"], ox, fill="none", stroke="#8d6e63", stroke_width="0.9",
                            stroke_opacity="0.8"))
        out.append(path(v["outline"], ox, fill="none", stroke="#3e2723", stroke_width="1.3"))
        if labels:
            for r in doc["regions"]:
                if r["view"] != vname:
                    continue
                cx, cy = centroid(r["polygon"])
                out.append('<text x="%.2f" y="%.2f" font-size="%.2f" font-family="sans-serif" '
                           'text-anchor="middle" fill="#000">%s</text>' % (ox + cx * W, cy * H + fs / 3, fs, r["id"]))
    out.append("</svg>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", default=os.path.join(ROOT, "data", "body_regions.json"))
    ap.add_argument("--out", default="/tmp/body_map.svg")
    ap.add_argument("--labels", action="store_true")
    ap.add_argument("--png", action="store_true", help="also convert to PNG with ImageMagick")
    ap.add_argument("--scale", type=int, default=900, help="SVG height in px")
    ap.add_argument("--crop", help="view:x0:y0:x1:y1 (normalized) to zoom into a part of one view")
    ap.add_argument("--no-check", action="store_true")
    a = ap.parse_args()
    with open(a.json, encoding="utf-8") as f:
        doc = json.load(f)
    crop = None
    if a.crop:
        v, *nums = a.crop.split(":")
        crop = (v, *map(float, nums))
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(svg(doc, labels=a.labels, scale=a.scale, crop=crop))
    print("wrote", a.out)
    if a.png:
        png = os.path.splitext(a.out)[0] + ".png"
        subprocess.run(["convert", "-density", "150", a.out, png], check=True)
        print("wrote", png)
    if a.no_check:
        return 0
    ok, problems, stats, thin = check(doc)
    for p in problems:
        print("PROBLEM:", p)
    for vname, s in stats.items():
        print("%-5s coverage %.1f%%  overlap %.2f%%  region area outside silhouette %.2f%%"
              % (vname, 100 * s["coverage"], 100 * s["overlap"], 100 * s["outside"]))
    print("smallest regions (largest inscribed circle, px at 800 px frame height):",
          ", ".join("%s %.1f" % (rid, t) for t, rid in thin[:8]))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
