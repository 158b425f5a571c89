#!/usr/bin/env python3
"""Generate data/body_regions.json (schema v1) from scripts/region_spec.py.

Geometry
--------
The figure is modelled in "body units": y in [0, 1] from the top of the frame (height 1),
u = horizontal distance from the body midline, positive towards the person's LEFT
(frame width = ASPECT).  Only the left half is modelled; the right half is the mirror image.

The body is made of *patches*, each a smooth map from a parameter square to the plane:

* ``YParam`` - symmetric full-width parts (head, torso): P(s, y) = (s * w(y), y), s in [-1, 1],
  where w(y) is the half-width of the silhouette at height y.
* ``Coons``  - limbs, neck, hand, feet, back pelvis: a Coons patch bounded by four curves
  (usually the inner and outer contour of a limb and two cross-lines); s runs across
  (0 = inner/medial, 1 = outer/lateral), t runs along (0 = top, 1 = bottom).

Contours are smooth Hermite (Catmull-Rom tangent) curves through hand-placed landmarks in human
proportions (about 7.3 head heights, shoulders ~1.9 head heights wide, arms abducted ~10 degrees,
palms forward, feet slightly apart).  Every region is a polygon in the parameter space of one
patch (or several pieces merged along shared edges); its edges are sampled on a fixed parameter
grid and mapped to the plane, so neighbouring regions share edges exactly and tile the patch.
The silhouette outline is the chain of the same contour curves.

Views: front x = 0.5 + u / ASPECT (person's left on the viewer's right), back x = 0.5 - u / ASPECT.
Bilateral regions are written for the person's left side only (the loader mirrors them).

Usage: gen_body_regions.py [-o data/body_regions.json]
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import region_spec  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASPECT = 0.5
YOFF = -0.014          # shift of the whole figure (body units) so that it is centred in the frame


# ----------------------------------------------------------------------------- curve helpers

def hermite_fn(points):
    """Smooth function f(x) through (x, y) points (x strictly increasing), Catmull-Rom tangents."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    n = len(xs)
    if any(xs[i + 1] <= xs[i] for i in range(n - 1)):
        raise ValueError("x not increasing: %r" % (points,))
    ms = []
    for i in range(n):
        if i == 0:
            m = (ys[1] - ys[0]) / (xs[1] - xs[0])
        elif i == n - 1:
            m = (ys[-1] - ys[-2]) / (xs[-1] - xs[-2])
        else:
            m = (ys[i + 1] - ys[i - 1]) / (xs[i + 1] - xs[i - 1])
        ms.append(m)

    def f(x):
        if x <= xs[0]:
            return ys[0] + ms[0] * (x - xs[0])
        if x >= xs[-1]:
            return ys[-1] + ms[-1] * (x - xs[-1])
        lo, hi = 0, n - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if xs[mid] <= x:
                lo = mid
            else:
                hi = mid
        h = xs[hi] - xs[lo]
        q = (x - xs[lo]) / h
        h00 = 2 * q ** 3 - 3 * q ** 2 + 1
        h10 = q ** 3 - 2 * q ** 2 + q
        h01 = -2 * q ** 3 + 3 * q ** 2
        h11 = q ** 3 - q ** 2
        return h00 * ys[lo] + h10 * h * ms[lo] + h01 * ys[hi] + h11 * h * ms[hi]
    return f


def linear_fn(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]

    def f(x):
        if x <= xs[0]:
            return ys[0]
        for i in range(len(xs) - 1):
            if x <= xs[i + 1]:
                q = (x - xs[i]) / (xs[i + 1] - xs[i])
                return ys[i] + q * (ys[i + 1] - ys[i])
        return ys[-1]
    return f


def lerp(a, b, q):
    return a + (b - a) * q


def lerp2(p, q, k):
    return (p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k)


# ----------------------------------------------------------------------------- landmarks
# Head: vertex y=0.040, chin y=0.165 (head height 0.125); eyes at 0.1025.
_HEAD_W = hermite_fn([
    (0.0400, 0.0000), (0.0412, 0.0110), (0.0440, 0.0215), (0.0490, 0.0310), (0.0560, 0.0380),
    (0.0660, 0.0425), (0.0800, 0.0448), (0.0930, 0.0452),
    (0.0970, 0.0462), (0.1010, 0.0500), (0.1080, 0.0515), (0.1160, 0.0500), (0.1230, 0.0470),
    (0.1280, 0.0442), (0.1360, 0.0418), (0.1450, 0.0380), (0.1520, 0.0310), (0.1575, 0.0235),
    (0.1615, 0.0140), (0.1638, 0.0060), (0.1650, 0.0000)])
Y_VERTEX, Y_CHIN = 0.040, 0.165


def HEAD_W(y):
    """Half-width of the head; round (not pointed) at the vertex and under the chin."""
    if y < 0.0455:
        return 0.965 * _HEAD_W(0.0455) * math.sqrt(max(0.0, (y - Y_VERTEX) / (0.0455 - Y_VERTEX)))
    if y > 0.1600:
        return 0.965 * _HEAD_W(0.1600) * math.sqrt(max(0.0, (Y_CHIN - y) / (Y_CHIN - 0.1600)))
    return 0.965 * _HEAD_W(y)


Y_JAWNECK = 0.1560            # where the neck leaves the underside of the jaw
Y_NECK_BASE = 0.185
Y_SKULL_BASE = 0.142          # back view: lower edge of the head part

NECK_W = hermite_fn([(Y_JAWNECK, HEAD_W(Y_JAWNECK)), (0.163, 0.0246), (0.172, 0.0249),
                     (0.180, 0.0264), (Y_NECK_BASE, 0.0288)])

# Torso half-width: trapezius slope, shoulder-to-armpit line (arm attachment), side, inguinal V.
A = (0.098, 0.213)            # acromion (u, y): outer end of the trapezius slope
X = (0.080, 0.268)            # armpit
TRAP_W = hermite_fn([(Y_NECK_BASE, 0.0288), (0.189, 0.038), (0.194, 0.052), (0.200, 0.068),
                     (0.206, 0.082), (0.213, A[0])])
SIDE_W = hermite_fn([  # torso side and outer leg contour, y 0.268 .. 0.925
    (0.268, 0.0800), (0.285, 0.0812), (0.310, 0.0806), (0.340, 0.0775), (0.365, 0.0748),
    (0.390, 0.0758), (0.415, 0.0805), (0.440, 0.0856), (0.460, 0.0890), (0.475, 0.0905),
    (0.495, 0.0914), (0.520, 0.0906), (0.550, 0.0878), (0.600, 0.0825), (0.640, 0.0778),
    (0.675, 0.0742), (0.705, 0.0722), (0.728, 0.0708), (0.765, 0.0740), (0.800, 0.0714),
    (0.850, 0.0652), (0.890, 0.0616), (0.905, 0.0612), (0.916, 0.0636), (0.925, 0.0624)])
Y_HIP = 0.475                 # outer end of the inguinal line (front) / start of the leg contour
Y_CROTCH = 0.520
INGUINAL_W = hermite_fn([(Y_HIP, 0.0905), (0.485, 0.0775), (0.495, 0.0605), (0.505, 0.0405),
                         (0.512, 0.0240), (0.517, 0.0100), (Y_CROTCH, 0.0)])
INNER_LEG = hermite_fn([
    (Y_CROTCH, 0.0), (0.530, 0.0042), (0.560, 0.0088), (0.610, 0.0135), (0.650, 0.0170),
    (0.680, 0.0192), (0.705, 0.0200), (0.728, 0.0228), (0.760, 0.0202), (0.800, 0.0226),
    (0.850, 0.0286), (0.890, 0.0330), (0.905, 0.0332), (0.914, 0.0314), (0.925, 0.0332)])
Y_ANKLE = 0.925               # bottom of the leg ribbon (top of the foot)


def torso_w_front(y):
    if y <= 0.213:
        return TRAP_W(y)
    if y <= 0.268:
        return lerp(A[0], X[0], (y - 0.213) / (0.268 - 0.213))
    if y <= Y_HIP:
        return SIDE_W(y)
    return INGUINAL_W(y)


# Arm.  Wrist centre, hand axis d and lateral normal n (pointing away from the body).
WC = (0.150, 0.500)
_d = (0.022, 0.100)
_l = math.hypot(*_d)
HD = (_d[0] / _l, _d[1] / _l)
HN = (HD[1], -HD[0])
WRIST_HW = 0.0135
WO = (WC[0] + HN[0] * WRIST_HW, WC[1] + HN[1] * WRIST_HW)
WI = (WC[0] - HN[0] * WRIST_HW, WC[1] - HN[1] * WRIST_HW)
ARM_OUT = hermite_fn([
    (A[1], A[0]), (0.2175, 0.1075), (0.2240, 0.1150), (0.2330, 0.1198), (0.2450, 0.1228),
    (0.2600, 0.1243), (0.2800, 0.1252), (0.3100, 0.1278), (0.3400, 0.1318), (0.3600, 0.1345),
    (0.3750, 0.1372), (0.3950, 0.1440), (0.4150, 0.1492), (0.4500, 0.1552), (WO[1], WO[0])])
ARM_IN = hermite_fn([
    (X[1], X[0]), (0.2780, 0.0838), (0.2950, 0.0868), (0.3100, 0.0890), (0.3400, 0.0950),
    (0.3600, 0.0993), (0.3750, 0.1022), (0.3950, 0.1062), (0.4150, 0.1115), (0.4500, 0.1228),
    (WI[1], WI[0])])
ARM_T_OUT = linear_fn([(0, A[1]), (0.14, 0.252), (0.40, 0.356), (0.52, 0.392), (0.86, 0.478), (1, WO[1])])
ARM_T_IN = linear_fn([(0, X[1]), (0.14, 0.290), (0.40, 0.356), (0.52, 0.392), (0.86, 0.484), (1, WI[1])])

# Hand, in local coordinates a (along HD from the wrist centre) and b (along HN, towards the thumb).
HAND_KI, HAND_KO = 0.0490, 0.0545          # knuckle line: a at the little-finger / index edge
HAND_BO = hermite_fn([(0.0, WRIST_HW), (0.010, 0.0166), (0.024, 0.0190), (0.040, 0.0197), (HAND_KO, 0.0188)])
HAND_BI = hermite_fn([(0.0, -WRIST_HW), (0.015, -0.0166), (0.032, -0.0182), (HAND_KI, -0.0180)])


def hand_pt(a, b):
    return (WC[0] + HD[0] * a + HN[0] * b, WC[1] + HD[1] * a + HN[1] * b)


def hand_in(t):
    a = t * HAND_KI
    return hand_pt(a, HAND_BI(a))


def hand_out(t):
    a = t * HAND_KO
    return hand_pt(a, HAND_BO(a))


# Fingers (little, ring, middle, index): share of the knuckle line, length, fan angle (deg, + = thumb side)
FINGERS = [(0.0, 0.25, 0.0290, -4.0), (0.25, 0.5, 0.0365, -1.6), (0.5, 0.75, 0.0400, 0.4), (0.75, 1.0, 0.0365, 2.6)]
FINGER_WEB = 0.0190       # clefts start this far beyond the knuckle line
FINGER_STEP = 0.0005


def _knuckle_local(s):
    return (lerp(HAND_KI, HAND_KO, s), lerp(HAND_BI(HAND_KI), HAND_BO(HAND_KO), s))


def _finger_frame(j):
    s0, s1, length, ang = FINGERS[j]
    k0, k1 = _knuckle_local(s0), _knuckle_local(s1)
    base = ((k0[0] + k1[0]) / 2, (k0[1] + k1[1]) / 2)
    hw = math.hypot(k1[0] - k0[0], k1[1] - k0[1]) / 2
    th = math.radians(ang)
    d = (math.cos(th), math.sin(th))
    n = (-d[1], d[0])                      # towards the thumb side (+b)
    return base, d, n, hw, length


def _finger_own(j, side, l):
    base, d, n, hw, length = _finger_frame(j)
    h = hw * (1 - 0.13 * l / length)
    return (base[0] + d[0] * l + side * n[0] * h, base[1] + d[1] * l + side * n[1] * h)


def mid_of(lo, l):
    """Shared line between finger lo (its thumb side) and finger lo + 1 (its little-finger side)."""
    p, q = _finger_own(lo, 1, l), _finger_own(lo + 1, -1, l)
    return ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)


def _finger_side(j, side, l):
    """Side of finger j (side -1: little-finger side, +1: thumb side); neighbours share it up to the web."""
    k = j + side
    if k < 0 or k >= len(FINGERS):
        return _finger_own(j, side, l)
    lo = min(j, k)
    if l <= FINGER_WEB + 1e-12:
        return mid_of(lo, l)
    own = _finger_own(j, side, l)
    m = mid_of(lo, FINGER_WEB)
    o = _finger_own(j, side, FINGER_WEB)
    f = max(0.0, 1 - (l - FINGER_WEB) / 0.010)
    return (own[0] + (m[0] - o[0]) * f, own[1] + (m[1] - o[1]) * f)


def finger_outline(j):
    """Finger j polygon in u-space: knuckle chain (palm samples), thumb-side edge, round tip, other edge."""
    s0, s1, length, _ = FINGERS[j]
    base = HAND.sample_edge((s0, 1.0), (s1, 1.0))
    ls = [k * FINGER_STEP for k in range(1, int(round(length / FINGER_STEP)) + 1)]
    right = [hand_pt(*_finger_side(j, 1, l)) for l in ls]
    left = [hand_pt(*_finger_side(j, -1, l)) for l in ls]
    pr = _finger_side(j, 1, length)
    pl = _finger_side(j, -1, length)
    c = ((pr[0] + pl[0]) / 2, (pr[1] + pl[1]) / 2)
    r = math.hypot(pr[0] - c[0], pr[1] - c[1])
    a0 = math.atan2(pr[1] - c[1], pr[0] - c[0])
    tip = [hand_pt(c[0] + r * math.cos(a0 - math.pi * i / 14), c[1] + r * math.sin(a0 - math.pi * i / 14))
           for i in range(1, 14)]
    return dedupe(base + right + tip + list(reversed(left)))


THUMB_T0, THUMB_T1 = 0.185, 0.70   # thumb base on the outer edge of the palm (t of the hand patch)

# Leg
LEG_T_OUT_FRONT = linear_fn([(0, Y_HIP), (0.44, 0.675), (0.58, 0.728), (0.92, 0.897), (1, Y_ANKLE)])
LEG_T_IN = linear_fn([(0, Y_CROTCH), (0.44, 0.675), (0.58, 0.728), (0.92, 0.897), (1, Y_ANKLE)])
Y_GLUTEAL_OUT = 0.530
LEG_T_OUT_BACK = linear_fn([(0, Y_GLUTEAL_OUT), (0.44, 0.675), (0.58, 0.728), (0.92, 0.897), (1, Y_ANKLE)])
U_GLUTEAL_OUT = SIDE_W(Y_GLUTEAL_OUT)
GLUTEAL = hermite_fn([(0.0, Y_CROTCH), (0.012, 0.5305), (0.030, 0.5385), (0.055, 0.5418), (0.078, 0.5392),
                      (U_GLUTEAL_OUT, Y_GLUTEAL_OUT)])
Y_ILIAC = 0.430               # back view: iliac crest line (lower edge of the back torso)

# Feet
FOOT_IN_FRONT = hermite_fn([(Y_ANKLE, INNER_LEG(Y_ANKLE)), (0.932, 0.0300), (0.940, 0.0276), (0.949, 0.0262),
                            (0.9575, 0.0258)])
FOOT_OUT_FRONT = hermite_fn([(Y_ANKLE, SIDE_W(Y_ANKLE)), (0.931, 0.0672), (0.938, 0.0718), (0.946, 0.0752),
                             (0.9545, 0.0770)])
# toes: big toe (medial, s < 0.30) and four lesser toes, each a small bump: (s0, s1, height)
TOES_FRONT = [(0.0, 0.30, 0.0034), (0.30, 0.485, 0.0026), (0.485, 0.655, 0.0022), (0.655, 0.82, 0.0018),
              (0.82, 1.0, 0.0014)]
TOES_SOLE = [(0.0, 0.32, 0.0060), (0.32, 0.50, 0.0042), (0.50, 0.665, 0.0036), (0.665, 0.83, 0.0030),
             (0.83, 1.0, 0.0024)]


def toe_line(p_in, p_out, bulge=0.0):
    def f(s):
        return (lerp(p_in[0], p_out[0], s), lerp(p_in[1], p_out[1], s) + bulge * math.sin(math.pi * s))
    return f


def toe_bumps(toes):
    def f(s):
        y = 0.0
        for a, b, h in toes:
            if a <= s <= b:
                y += h * max(0.0, math.sin(math.pi * (s - a) / (b - a))) ** 0.6
        return y
    return f


SOLE_IN = hermite_fn([(Y_ANKLE, INNER_LEG(Y_ANKLE)), (0.935, 0.0300), (0.946, 0.0292), (0.958, 0.0312),
                      (0.968, 0.0335), (0.980, 0.0312), (0.992, 0.0282), (1.000, 0.0285)])
SOLE_OUT = hermite_fn([(Y_ANKLE, SIDE_W(Y_ANKLE)), (0.935, 0.0668), (0.948, 0.0686), (0.965, 0.0692),
                       (0.982, 0.0716), (0.995, 0.0700)])


# ----------------------------------------------------------------------------- patches

def grid_between(a, b, n):
    """a, b and the multiples k/n strictly between them, in the direction a -> b."""
    lo, hi = min(a, b), max(a, b)
    ks = range(int(math.floor(lo * n)) + 1, int(math.ceil(hi * n)))
    inner = [k / n for k in ks if lo < k / n < hi]
    if a > b:
        inner.reverse()
    return [a] + inner + [b]


class Patch:
    sn = 48      # grid density along s
    tn = 400     # grid density along t

    def map(self, s, t):
        raise NotImplementedError

    def sample_edge(self, p, q):
        (s0, t0), (s1, t1) = p, q
        ns = abs(s1 - s0) * self.sn
        nt = abs(t1 - t0) * self.tn
        if nt >= ns:
            ts = grid_between(t0, t1, self.tn)
            pts = [(lerp(s0, s1, (t - t0) / (t1 - t0)) if t1 != t0 else s0, t) for t in ts]
        else:
            ss = grid_between(s0, s1, self.sn)
            pts = [(s, lerp(t0, t1, (s - s0) / (s1 - s0))) for s in ss]
        return [self.map(s, t) for s, t in pts]

    def poly(self, ppoly):
        out = []
        for i in range(len(ppoly)):
            seg = self.sample_edge(ppoly[i], ppoly[(i + 1) % len(ppoly)])
            out.extend(seg[:-1])
        return dedupe(out)


class YParam(Patch):
    """Full-width symmetric part: s in [-1, 1], t = y."""
    sn = 24
    tn = 2000

    def __init__(self, wfn):
        self.w = wfn

    def map(self, s, t):
        return (s * self.w(t), t)


class Coons(Patch):
    """c0(s): t=0 edge, c1(s): t=1 edge, d0(t): s=0 edge, d1(t): s=1 edge."""

    def __init__(self, c0, c1, d0, d1):
        self.c0, self.c1, self.d0, self.d1 = c0, c1, d0, d1
        self.p00, self.p10 = c0(0.0), c0(1.0)
        self.p01, self.p11 = c1(0.0), c1(1.0)

    def map(self, s, t):
        if t == 0.0:
            return self.c0(s)
        if t == 1.0:
            return self.c1(s)
        if s == 0.0:
            return self.d0(t)
        if s == 1.0:
            return self.d1(t)
        a, b, c, d = self.c0(s), self.c1(s), self.d0(t), self.d1(t)
        out = []
        for k in range(2):
            v = ((1 - t) * a[k] + t * b[k] + (1 - s) * c[k] + s * d[k]
                 - ((1 - s) * (1 - t) * self.p00[k] + s * (1 - t) * self.p10[k]
                    + (1 - s) * t * self.p01[k] + s * t * self.p11[k]))
            out.append(v)
        return tuple(out)


class Bumped(Patch):
    """A patch whose t=1 edge gets extra downward bumps (toes), fading in over t in [t0, 1]."""

    def __init__(self, base, bump, t0):
        self.base, self.bump, self.t0 = base, bump, t0
        self.sn, self.tn = base.sn, base.tn
        self.d0, self.d1 = base.d0, base.d1
        self.c0 = base.c0
        self.c1 = lambda s: self.map(s, 1.0)

    def map(self, s, t):
        p = self.base.map(s, t)
        if t <= self.t0:
            return p
        k = ((t - self.t0) / (1 - self.t0)) ** 1.5
        return (p[0], p[1] + self.bump(s) * k)


def line_fn(p, q):
    return lambda k: lerp2(p, q, k)


def contour_fn(fn, ymap):
    return lambda t: (fn(ymap(t)), ymap(t))


# Head, front: whole head. Back: head down to the skull base.
HEAD = YParam(HEAD_W)
def _neck_top(s):
    v = lerp(-1.0, 1.0, s)
    y = lerp(Y_CHIN, Y_JAWNECK, abs(v))
    return (math.copysign(HEAD_W(y), v) if v != 0 else 0.0, y)


def _neck_side(sign, y0):
    return lambda t: (sign * (NECK_W(lerp(y0, Y_NECK_BASE, t)) if lerp(y0, Y_NECK_BASE, t) >= Y_JAWNECK
                              else HEAD_W(lerp(y0, Y_NECK_BASE, t))), lerp(y0, Y_NECK_BASE, t))


NECK_FRONT = Coons(_neck_top, line_fn((-NECK_W(Y_NECK_BASE), Y_NECK_BASE), (NECK_W(Y_NECK_BASE), Y_NECK_BASE)),
                   _neck_side(-1, Y_JAWNECK), _neck_side(1, Y_JAWNECK))
# Neck, back: from the skull base line (across the jaw angles) down; left half only (s: midline -> side)
NECK_BACK = Coons(line_fn((0.0, Y_SKULL_BASE), (HEAD_W(Y_SKULL_BASE), Y_SKULL_BASE)),
                  line_fn((0.0, Y_NECK_BASE), (NECK_W(Y_NECK_BASE), Y_NECK_BASE)),
                  line_fn((0.0, Y_SKULL_BASE), (0.0, Y_NECK_BASE)), _neck_side(1, Y_SKULL_BASE))

TORSO_FRONT = YParam(torso_w_front)
TORSO_BACK = YParam(torso_w_front)           # used for y in [Y_NECK_BASE, Y_ILIAC]

PELVIS_BACK = Coons(line_fn((0.0, Y_ILIAC), (SIDE_W(Y_ILIAC), Y_ILIAC)),
                    lambda s: (s * U_GLUTEAL_OUT, GLUTEAL(s * U_GLUTEAL_OUT)) if s < 1 else (U_GLUTEAL_OUT, Y_GLUTEAL_OUT),
                    line_fn((0.0, Y_ILIAC), (0.0, Y_CROTCH)),
                    lambda t: (SIDE_W(lerp(Y_ILIAC, Y_GLUTEAL_OUT, t)), lerp(Y_ILIAC, Y_GLUTEAL_OUT, t)))

PELVIS_BACK.sn = 24
ARM = Coons(line_fn(X, A), line_fn(WI, WO), contour_fn(ARM_IN, ARM_T_IN), contour_fn(ARM_OUT, ARM_T_OUT))
ARM.tn = 400
HAND = Coons(line_fn(WI, WO), lambda s: hand_pt(*_knuckle_local(s)), hand_in, hand_out)  # palm
HAND.tn = 200


def _inguinal(s):
    y = lerp(Y_CROTCH, Y_HIP, s)
    return (INGUINAL_W(y), y)


LEG_FRONT = Coons(_inguinal, line_fn((INNER_LEG(Y_ANKLE), Y_ANKLE), (SIDE_W(Y_ANKLE), Y_ANKLE)),
                  contour_fn(INNER_LEG, LEG_T_IN), contour_fn(SIDE_W, LEG_T_OUT_FRONT))
LEG_BACK = Coons(PELVIS_BACK.c1, LEG_FRONT.c1,
                 contour_fn(INNER_LEG, LEG_T_IN), contour_fn(SIDE_W, LEG_T_OUT_BACK))


FOOT_FRONT = Coons(LEG_FRONT.c1, toe_line((0.0258, 0.9575), (FOOT_OUT_FRONT(0.9545), 0.9545)),
                   contour_fn(FOOT_IN_FRONT, lambda t: lerp(Y_ANKLE, 0.9575, t)),
                   contour_fn(FOOT_OUT_FRONT, lambda t: lerp(Y_ANKLE, 0.9545, t)))
FOOT_FRONT.sn = 400
FOOT_FRONT = Bumped(FOOT_FRONT, toe_bumps(TOES_FRONT), 0.5)
SOLE_BACK = Coons(LEG_FRONT.c1, toe_line((SOLE_IN(1.000), 1.000), (SOLE_OUT(0.995), 0.995), 0.003),
                  contour_fn(SOLE_IN, lambda t: lerp(Y_ANKLE, 1.000, t)),
                  contour_fn(SOLE_OUT, lambda t: lerp(Y_ANKLE, 0.995, t)))
SOLE_BACK.sn = 400
SOLE_BACK = Bumped(SOLE_BACK, toe_bumps(TOES_SOLE), 0.64)


def thumb_outline():
    """Thumb polygon: base = outer palm edge between THUMB_T0 and THUMB_T1 (exactly the palm's samples).

    In anatomical position (palm forwards) the thumb points down and away from the body, about 30 degrees
    from the axis of the hand."""
    base = HAND.sample_edge((1.0, THUMB_T0), (1.0, THUMB_T1))   # proximal -> distal
    a_t0, a_t1 = THUMB_T0 * HAND_KO, THUMB_T1 * HAND_KO
    web_end = (0.0610, 0.0328)
    out_end = (0.0552, 0.0446)
    web = hermite_fn([(a_t1, HAND_BO(a_t1)), (0.0450, 0.0228), (0.0530, 0.0280), web_end])
    outer = hermite_fn([(a_t0, HAND_BO(a_t0)), (0.016, 0.0228), (0.024, 0.0283), (0.036, 0.0345),
                        (0.047, 0.0402), out_end])
    pts = list(base)
    n = 24
    for i in range(1, n + 1):
        a = lerp(a_t1, web_end[0], i / n)
        pts.append(hand_pt(a, web(a)))
    cx, cy = (web_end[0] + out_end[0]) / 2, (web_end[1] + out_end[1]) / 2
    r = math.hypot(web_end[0] - cx, web_end[1] - cy)
    ang0 = math.atan2(web_end[1] - cy, web_end[0] - cx)
    for i in range(1, 16):
        ang = ang0 + math.pi * i / 16       # round the tip, bulging distally
        pts.append(hand_pt(cx + r * math.cos(ang), cy + r * math.sin(ang)))
    for i in range(0, n):
        a = lerp(out_end[0], a_t0, i / n)
        pts.append(hand_pt(a, outer(a)))
    return dedupe(pts)


# ----------------------------------------------------------------------------- polygon helpers

def dedupe(pts):
    out = []
    for p in pts:
        if not out or abs(out[-1][0] - p[0]) > 1e-12 or abs(out[-1][1] - p[1]) > 1e-12:
            out.append(p)
    while len(out) > 1 and abs(out[0][0] - out[-1][0]) < 1e-12 and abs(out[0][1] - out[-1][1]) < 1e-12:
        out.pop()
    return out


def area(pts):
    return 0.5 * sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1]
                     for i in range(len(pts)))


def mirror(pts):
    return [(-p[0], p[1]) for p in reversed(pts)]


def _key(p):
    return (round(p[0], 8) + 0.0, round(p[1], 8) + 0.0)


def merge(polys):
    """Union of polygons that share edges with identical sample points."""
    edges = {}
    coords = {}
    for poly in polys:
        poly = dedupe(poly)
        if area(poly) < 0:
            poly = list(reversed(poly))
        for i in range(len(poly)):
            a, b = _key(poly[i]), _key(poly[(i + 1) % len(poly)])
            if a == b:
                continue
            coords[a] = poly[i]
            edges.setdefault(a, []).append(b)
    # cancel opposite edges
    for a in list(edges):
        for b in list(edges.get(a, [])):
            if a in edges.get(b, []) and b in edges.get(a, []):
                edges[a].remove(b)
                edges[b].remove(a)
    start = next(a for a in edges if edges[a])
    out = [start]
    cur = start
    count = sum(len(v) for v in edges.values())
    while True:
        nxt = edges[cur]
        if len(nxt) != 1:
            raise ValueError("merge: ambiguous or broken boundary at %r (%d)" % (cur, len(nxt)))
        b = nxt.pop()
        if b == start:
            break
        out.append(b)
        cur = b
    left = sum(len(v) for v in edges.values())
    if left:
        raise ValueError("merge: %d edges left over (pieces not connected?) of %d" % (left, count))
    return [coords[k] for k in out]


def rect(s0, s1, t0, t1):
    return [(s0, t0), (s1, t0), (s1, t1), (s0, t1)]


# ----------------------------------------------------------------------------- region layout
# Each entry: region id -> list of (patch, parameter polygon[, mirror-merge]) pieces (u-space, left side).
S3 = 1.0 / 3.0
S23 = 2.0 / 3.0


def head_front_regions():
    P = HEAD
    r = {}
    r["vertex"] = [(P, [(-1, 0.040), (1, 0.040), (1, 0.054), (0.45, 0.0625), (-0.45, 0.0625), (-1, 0.054)])]
    r["forehead"] = [(P, [(0, 0.0625), (0.45, 0.0625), (1, 0.054), (1, 0.066), (0.62, 0.070), (0.62, 0.087),
                          (0, 0.087)])]
    r["temple"] = [(P, [(0.62, 0.070), (1, 0.066), (1, 0.097), (0.82, 0.097), (0.82, 0.105), (0.60, 0.105),
                        (0.60, 0.0975), (0.62, 0.0975)])]
    r["eyebrow"] = [(P, rect(0, 0.62, 0.087, 0.0975))]
    r["eye"] = [(P, [(0, 0.0975), (0.60, 0.0975), (0.60, 0.105), (0.60, 0.112), (0, 0.112)])]
    r["ear"] = [(P, [(0.82, 0.097), (1, 0.097), (1, 0.127), (0.82, 0.127), (0.82, 0.1255), (0.82, 0.105)])]
    r["jaw_joint"] = [(P, [(0.60, 0.105), (0.82, 0.105), (0.82, 0.1255), (0.60, 0.1255), (0.60, 0.112)])]
    r["cheek"] = [(P, [(0, 0.112), (0.60, 0.112), (0.60, 0.1255), (0.82, 0.1255), (0.82, 0.127), (1, 0.127),
                       (1, 0.134), (0.48, 0.134), (0.48, 0.1245), (0, 0.1245)])]
    r["upper_teeth"] = [(P, [(0, 0.1245), (0.48, 0.1245), (0.48, 0.134), (0.48, 0.1365), (0, 0.1365)])]
    r["lower_teeth"] = [(P, rect(0, 0.48, 0.1365, 0.1495))]
    r["jaw_angle"] = [(P, [(0.48, 0.134), (1, 0.134), (1, 0.1575), (0.48, 0.1495), (0.48, 0.1365)])]
    r["chin"] = [(P, [(-0.48, 0.1495), (0.48, 0.1495), (1, 0.1575), (1, Y_CHIN), (-1, Y_CHIN), (-1, 0.1575)])]
    return r


def head_back_regions():
    P = HEAD
    r = {}
    r["occiput"] = [(P, [(0, Y_VERTEX), (1, Y_VERTEX), (1, 0.097), (0.72, 0.097), (0.72, 0.118), (0, 0.118)])]
    r["mastoid"] = [(P, [(0.72, 0.097), (1, 0.097), (1, Y_SKULL_BASE), (0.72, Y_SKULL_BASE), (0.72, 0.118)])]
    r["skull_base"] = [(P, rect(0, 0.72, 0.118, Y_SKULL_BASE))]
    r["neck_back"] = [(NECK_BACK, rect(0, 1, 0, 1))]
    return r


def trunk_front_regions():
    P = TORSO_FRONT
    r = {}
    r["throat"] = [(NECK_FRONT, rect(0.33, 0.67, 0, 1))]
    r["neck_side"] = [(NECK_FRONT, rect(0.67, 1, 0, 1))]
    r["clavicle"] = [(P, [(0.14, Y_NECK_BASE), (1, Y_NECK_BASE), (1, 0.213), (0.55, 0.2135), (0.14, 0.2065)])]
    r["sternum"] = [(P, rect(-0.14, 0.14, Y_NECK_BASE, 0.330))]
    r["chest_upper"] = [(P, [(0.14, 0.2065), (0.55, 0.2135), (1, 0.213), (1, 0.245), (0.76, 0.245),
                             (0.76, 0.274), (0.14, 0.274)])]
    r["armpit"] = [(P, [(0.76, 0.245), (1, 0.245), (1, 0.268), (1, 0.300), (0.76, 0.300), (0.76, 0.274)])]
    # the lower chest ends at the rib margin, which slopes down from the xiphoid to the side
    r["chest_lower"] = [(P, [(0.14, 0.274), (0.76, 0.274), (0.76, 0.300), (0.76, 0.352), (0.45, 0.343),
                             (0.14, 0.330)])]
    r["ribs_side"] = [(P, [(0.76, 0.300), (1, 0.300), (1, 0.372), (0.76, 0.368), (0.76, 0.352)])]
    navel_up = [(0.30, 0.398), (0.30, 0.391), (0.20, 0.3855), (0, 0.384)]
    navel_lo = [(0, 0.412), (0.20, 0.4105), (0.30, 0.405), (0.30, 0.398)]
    r["abdomen_upper"] = [(P, [(0, 0.330), (0.14, 0.330), (0.45, 0.343), (0.76, 0.352), (0.76, 0.368),
                               (1, 0.372), (1, 0.398)] + navel_up)]
    r["navel"] = [(P, navel_up[::-1] + navel_lo[::-1] + [(-x, y) for x, y in navel_lo]
                   + [(-x, y) for x, y in navel_up])]
    r["abdomen_lower"] = [(P, [(0.30, 0.398), (1, 0.398), (1, 0.452), (0.30, 0.452), (0, 0.452)] + navel_lo)]
    r["groin"] = [(P, [(0.30, 0.452), (1, 0.452), (1, Y_CROTCH), (0.30, Y_CROTCH)])]
    r["pubic"] = [(P, rect(-0.30, 0.30, 0.452, Y_CROTCH))]
    return r


def trunk_back_regions():
    P = TORSO_BACK
    Q = PELVIS_BACK
    r = {}
    r["shoulder_top"] = [(P, [(0.14, Y_NECK_BASE), (1, Y_NECK_BASE), (1, 0.213), (0.60, 0.2215), (0.28, 0.2155),
                              (0.14, 0.205)])]
    # scapula: superior angle, spine, lateral border up to the armpit, inferior angle, medial border
    r["interscapular"] = [(P, [(0, Y_NECK_BASE), (0.14, Y_NECK_BASE), (0.14, 0.205), (0.28, 0.2155),
                               (0.36, 0.290), (0.50, 0.318), (0, 0.318)])]
    r["scapula"] = [(P, [(0.28, 0.2155), (0.60, 0.2215), (1, 0.213), (1, 0.268), (1, 0.285), (0.50, 0.318),
                         (0.36, 0.290)])]
    r["midback"] = [(P, [(0, 0.318), (0.50, 0.318), (1, 0.285), (1, 0.350), (0.70, 0.350), (0.70, 0.372),
                         (0, 0.372)])]
    r["flank"] = [(P, [(0.70, 0.350), (1, 0.350), (1, Y_ILIAC), (0.70, Y_ILIAC), (0.70, 0.372)])]
    r["lowback"] = [(P, rect(0, 0.70, 0.372, Y_ILIAC))]
    # pelvis patch (left half): s 0 = midline .. 1 = side, t 0 = iliac crest .. 1 = gluteal fold
    sac = [(0, 0), (0.30, 0), (0.27, 0.30), (0.27, 0.36), (0.20, 0.46), (0, 0.60)]      # inverted triangle, apex down
    r["sacrum"] = [(Q, sac, "mirror")]
    r["tailbone"] = [(Q, [(0, 0.60), (0.20, 0.46), (0.20, 0.50), (0.19, 0.62), (0.12, 0.76), (0, 0.86)], "mirror")]
    r["sacroiliac"] = [(Q, [(0.30, 0), (0.52, 0), (0.52, 0.36), (0.27, 0.36), (0.27, 0.30)])]
    r["buttock_upper"] = [(Q, [(0.52, 0), (0.78, 0), (0.78, 0.50), (0.20, 0.50), (0.20, 0.46), (0.27, 0.36),
                               (0.52, 0.36)])]
    r["hip_side"] = [(Q, rect(0.78, 1, 0, 1))]
    r["buttock_lower"] = [(Q, [(0.20, 0.50), (0.78, 0.50), (0.78, 1), (0, 1), (0, 0.86), (0.12, 0.76),
                               (0.19, 0.62), (0.20, 0.50)])]
    return r


ARM_BANDS = [("upper_arm", 0.14, 0.40), ("elbow", 0.40, 0.52), ("forearm", 0.52, 0.86), ("wrist", 0.86, 1.0)]
LEG_BANDS = [("thigh", 0.0, 0.44), ("knee", 0.44, 0.58), ("leg", 0.58, 0.92), ("ankle", 0.92, 1.0)]


def limb_front_regions():
    r = {}
    r["shoulder_front"] = [(ARM, rect(0, 1, 0, 0.14))]
    for name, t0, t1 in ARM_BANDS:
        r[name + "_inner"] = [(ARM, rect(0, S3, t0, t1))]
        r[name + "_front"] = [(ARM, rect(S3, S23, t0, t1))]
        r[name + "_outer"] = [(ARM, rect(S23, 1, t0, t1))]
    r["hand_inner"] = [(HAND, rect(0, S3, 0, 1))]
    r["hand_front"] = [(HAND, rect(S3, S23, 0, 1))]
    r["hand_outer"] = [(HAND, rect(S23, 1, 0, 1))]
    r["fingers_inner"] = [(None, finger_outline(0)), (None, finger_outline(1))]
    r["fingers_front"] = [(None, finger_outline(2)), (None, finger_outline(3))]
    r["fingers_outer"] = [(None, thumb_outline())]
    for name, t0, t1 in LEG_BANDS:
        if name == "knee":
            continue
        mid = "shin" if name == "leg" else name + "_front"
        r[name + "_inner"] = [(LEG_FRONT, rect(0, S3, t0, t1))]
        r[mid] = [(LEG_FRONT, rect(S3, S23, t0, t1))]
        r[name + "_outer"] = [(LEG_FRONT, rect(S23, 1, t0, t1))]
    # kneecap: a rounded patella in the middle of the knee band, inner and outer knee on either side
    k0, k1 = LEG_BANDS[1][1], LEG_BANDS[1][2]
    tc, a, b, n = (k0 + k1) / 2, 0.20, (k1 - k0) / 2 + 0.012, 2.6
    right = []
    for i in range(-12, 13):
        th = math.pi / 2 * i / 12
        c, sn = math.cos(th), math.sin(th)
        ss = 0.5 + a * abs(c) ** (2 / n)
        tt = min(k1, max(k0, tc + b * math.copysign(abs(sn) ** (2 / n), sn)))
        right.append((round(ss, 6), round(tt, 6)))
    right = dedupe(right)                              # from top (t=k0) to bottom (t=k1), s > 0.5
    left = [(1 - x, y) for x, y in right]              # mirror about s = 0.5, also top to bottom
    r["knee_front"] = [(LEG_FRONT, right + left[::-1])]
    r["knee_outer"] = [(LEG_FRONT, [(1, k0), (1, k1)] + right[::-1])]
    r["knee_inner"] = [(LEG_FRONT, [(0, k1), (0, k0)] + left)]
    r["foot_top"] = [(FOOT_FRONT, rect(0, 1, 0, 0.50))]
    r["big_toe"] = [(FOOT_FRONT, rect(0, 0.30, 0.50, 1))]
    r["toes"] = [(FOOT_FRONT, rect(0.30, 1, 0.50, 1))]
    return r


def limb_back_regions():
    r = {}
    r["shoulder_back"] = [(ARM, rect(0, 1, 0, 0.14))]
    for name, t0, t1 in ARM_BANDS:
        r[name + "_back"] = [(ARM, rect(0, 1, t0, t1))]
    r["hand_back"] = [(HAND, rect(0, 1, 0, 1)), (None, thumb_outline())]
    r["fingers_back"] = [(None, finger_outline(j)) for j in range(len(FINGERS))]
    names = {"thigh": "thigh_back", "knee": "knee_back", "leg": "calf", "ankle": "ankle_back"}
    for name, t0, t1 in LEG_BANDS:
        r[names[name]] = [(LEG_BACK, rect(0, 1, t0, t1))]
    r["heel"] = [(SOLE_BACK, rect(0, 1, 0, 0.33))]
    r["sole"] = [(SOLE_BACK, rect(0, 1, 0.33, 0.64))]
    r["ball_of_foot"] = [(SOLE_BACK, rect(0, 1, 0.64, 1))]
    return r


def build_region_polys():
    layout = {}
    for fn in (head_front_regions, head_back_regions, trunk_front_regions, trunk_back_regions,
               limb_front_regions, limb_back_regions):
        for k, v in fn().items():
            if k in layout:
                raise ValueError("duplicate layout for " + k)
            layout[k] = v
    polys = {}
    for rid, pieces in layout.items():
        pts_list = []
        for piece in pieces:
            patch, pp = piece[0], piece[1]
            pts = pp if patch is None else patch.poly(pp)
            pts_list.append(pts)
            if len(piece) > 2 and piece[2] == "mirror":
                pts_list.append(mirror(pts))
        polys[rid] = pts_list[0] if len(pts_list) == 1 else merge(pts_list)
    return polys


# ----------------------------------------------------------------------------- figure parts and outline

def ribbon_part(patch, t0, t1):
    return patch.poly(rect(0, 1, t0, t1))


def hand_part():
    return merge([HAND.poly(rect(0, 1, 0, 1)), thumb_outline()] + [finger_outline(j) for j in range(len(FINGERS))])


def parts_left(view):
    """Drawing parts for the person's left side (u-space), as (id, polygon)."""
    parts = [("upper_arm", ribbon_part(ARM, 0, 0.46)),
             ("forearm", ribbon_part(ARM, 0.46, 1)),
             ("hand", hand_part())]
    if view == "front":
        parts += [("thigh", ribbon_part(LEG_FRONT, 0, 0.51)),
                  ("lower_leg", ribbon_part(LEG_FRONT, 0.51, 1)),
                  ("foot", ribbon_part(FOOT_FRONT, 0, 1))]
    else:
        parts += [("thigh", ribbon_part(LEG_BACK, 0, 0.51)),
                  ("lower_leg", ribbon_part(LEG_BACK, 0.51, 1)),
                  ("foot", ribbon_part(SOLE_BACK, 0, 1))]
    return parts


def parts_mid(view):
    if view == "front":
        return [("head", HEAD.poly(rect(-1, 1, Y_VERTEX, Y_CHIN))),
                ("neck", NECK_FRONT.poly(rect(0, 1, 0, 1))),
                ("torso", TORSO_FRONT.poly(rect(-1, 1, Y_NECK_BASE, Y_CROTCH)))]
    neck = NECK_BACK.poly(rect(0, 1, 0, 1))
    pelvis = PELVIS_BACK.poly(rect(0, 1, 0, 1))
    torso = merge([TORSO_BACK.poly(rect(-1, 1, Y_NECK_BASE, Y_ILIAC)), pelvis, mirror(pelvis)])
    return [("head", HEAD.poly(rect(-1, 1, Y_VERTEX, Y_SKULL_BASE))),
            ("neck", merge([neck, mirror(neck)])),
            ("torso", torso)]


def _samples(f, a, b, n=None, step=0.0015):
    """Points f(v) for v from a to b (inclusive)."""
    if n is None:
        n = max(2, int(math.ceil(abs(b - a) / step)))
    return [f(lerp(a, b, i / n)) for i in range(n + 1)]


def _hand_chain():
    """Hand contour from the outer wrist corner round the thumb and fingertips to the inner wrist corner."""
    poly = hand_part()
    ko, ki = _key(WO), _key(WI)
    keys = [_key(p) for p in poly]
    io, ii = keys.index(ko), keys.index(ki)
    n = len(poly)
    c1 = [poly[(io + k) % n] for k in range((ii - io) % n + 1)]
    c2 = [poly[(io - k) % n] for k in range((io - ii) % n + 1)]
    return c1 if len(c1) > len(c2) else c2


def outline_left(view):
    ch = []
    ch += _samples(lambda y: (HEAD_W(y), y), Y_VERTEX, Y_JAWNECK, step=0.0008)
    ch += _samples(lambda y: (NECK_W(y), y), Y_JAWNECK, Y_NECK_BASE)
    ch += _samples(lambda y: (TRAP_W(y), y), Y_NECK_BASE, A[1], n=30)
    ch += _samples(ARM.d1, 0.0, 1.0, n=240)
    ch += _hand_chain()
    ch += _samples(ARM.d0, 1.0, 0.0, n=200)
    if view == "front":
        ch += _samples(lambda y: (SIDE_W(y), y), X[1], Y_HIP)
        ch += _samples(LEG_FRONT.d1, 0.0, 1.0, n=300)
        foot = FOOT_FRONT
    else:
        ch += _samples(lambda y: (SIDE_W(y), y), X[1], Y_GLUTEAL_OUT)
        ch += _samples(LEG_BACK.d1, 0.0, 1.0, n=300)
        foot = SOLE_BACK
    ch += _samples(foot.d1, 0.0, 1.0, n=30)
    ch += _samples(foot.c1, 1.0, 0.0, n=30)
    ch += _samples(foot.d0, 1.0, 0.0, n=30)
    ch += _samples(LEG_FRONT.d0, 1.0, 0.0, n=300)
    return dedupe(ch)


def outline(view):
    """Silhouette: the contour chains of the left half from the vertex to the crotch, then mirrored."""
    left = outline_left(view)
    right = [(-u, y) for u, y in reversed(left)]
    return dedupe(left + right[1:-1])


# ----------------------------------------------------------------------------- output

def to_view(pts, view):
    sgn = 1.0 if view == "front" else -1.0
    return [(0.5 + sgn * u / ASPECT, y + YOFF) for u, y in pts]


def simplify(pts, tol=0.00012):
    """Drop nearly collinear points (distance < tol to the chord of the neighbours)."""
    pts = list(pts)
    changed = True
    while changed and len(pts) > 3:
        changed = False
        out = []
        n = len(pts)
        i = 0
        keep = [True] * n
        for i in range(1, n, 2):
            a, b, c = pts[i - 1], pts[i], pts[(i + 1) % n]
            if not keep[i - 1]:
                continue
            dx, dy = c[0] - a[0], c[1] - a[1]
            L = math.hypot(dx, dy)
            d = abs((b[0] - a[0]) * dy - (b[1] - a[1]) * dx) / L if L > 0 else math.hypot(b[0] - a[0], b[1] - a[1])
            if d < tol:
                keep[i] = False
                changed = True
        out = [p for p, k in zip(pts, keep) if k]
        if len(out) < 3:
            break
        pts = out
    return pts


def fmt_poly(pts):
    pts = simplify(pts)
    r = []
    for x, y in pts:
        q = [round(x, 4) + 0.0, round(y, 4) + 0.0]
        if not r or r[-1] != q:
            r.append(q)
    if len(r) > 1 and r[0] == r[-1]:
        r.pop()
    return r


def build():
    polys = build_region_polys()
    spec_ids = [r[0] for r in region_spec.REGIONS]
    missing = [i for i in spec_ids if i not in polys]
    extra = [i for i in polys if i not in spec_ids]
    if missing or extra:
        raise SystemExit("layout mismatch: missing %s extra %s" % (missing, extra))
    views = {}
    for view in ("front", "back"):
        parts = []
        for pid, p in parts_mid(view):
            parts.append({"id": pid, "polygon": fmt_poly(to_view(p, view))})
        for pid, p in parts_left(view):
            parts.append({"id": pid + "_left", "polygon": fmt_poly(to_view(p, view))})
            parts.append({"id": pid + "_right", "polygon": fmt_poly(to_view(mirror(p), view))})
        views[view] = {"outline": fmt_poly(to_view(outline(view), view)), "parts": parts}
    regions = []
    for rid, label, view, sides, group, syn in region_spec.REGIONS:
        regions.append({"id": rid, "label": label, "view": view, "sides": sides, "group": group,
                        "synonyms": list(syn), "polygon": fmt_poly(to_view(polys[rid], view))})
    phrases = [{"id": pid, "label": label, "synonyms": list(syn), "regions": list(regs)}
               for pid, label, syn, regs in region_spec.PHRASES]
    return {"schema_version": 1, "figure": {"aspect": ASPECT, "views": views},
            "regions": regions, "phrases": phrases}


def dumps(doc):
    """Compact-ish JSON: one region / part per few lines, polygons on one line."""
    def j(v):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    L = ["{", '  "schema_version": 1,', '  "figure": {', '    "aspect": %s,' % j(doc["figure"]["aspect"]),
         '    "views": {']
    vitems = list(doc["figure"]["views"].items())
    for vi, (vname, v) in enumerate(vitems):
        L.append('      %s: {' % j(vname))
        L.append('        "outline": %s,' % j(v["outline"]))
        L.append('        "parts": [')
        for pi, p in enumerate(v["parts"]):
            L.append('          {"id": %s, "polygon": %s}%s' % (j(p["id"]), j(p["polygon"]),
                                                               "," if pi < len(v["parts"]) - 1 else ""))
        L.append('        ]')
        L.append('      }%s' % ("," if vi < len(vitems) - 1 else ""))
    L += ['    }', '  },', '  "regions": [']
    for ri, r in enumerate(doc["regions"]):
        head = {k: r[k] for k in ("id", "label", "view", "sides", "group")}
        L.append('    {' + ", ".join('%s: %s' % (j(k), j(v)) for k, v in head.items()) + ',')
        L.append('     "synonyms": %s,' % j(r["synonyms"]))
        L.append('     "polygon": %s}%s' % (j(r["polygon"]), "," if ri < len(doc["regions"]) - 1 else ""))
    L += ['  ],', '  "phrases": [']
    for pi, p in enumerate(doc["phrases"]):
        L.append('    %s%s' % (json.dumps(p, ensure_ascii=False), "," if pi < len(doc["phrases"]) - 1 else ""))
    L += ['  ]', '}']
    return "\n".join(L) + "\n"


def main(argv):
    out = os.path.join(ROOT, "data", "body_regions.json")
    if len(argv) > 2 and argv[1] == "-o":
        out = argv[2]
    doc = build()
    text = dumps(doc)
    json.loads(text)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    n = sum(len(r["polygon"]) for r in doc["regions"])
    print("wrote %s: %d regions, %d region points" % (out, len(doc["regions"]), n))


if __name__ == "__main__":
    main(sys.argv)
