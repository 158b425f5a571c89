#!/usr/bin/env python3
"""Generate broken data files for the malformed-input suite (standard library only).

Usage: gen_malformed.py OUT_DIR BASE_DIR [SOURCE_DATA_DIR]

BASE_DIR holds a valid body_regions.json, muscles.json and safety.json (tests/gui/data, a frozen
copy). SOURCE_DATA_DIR is the bundled data (data/): its protocols.json, history.json and a few of
its German language pack files (l10n/de/*.json, checked against that English data) are broken too.
For each kind the generator writes OUT_DIR/<kind>/<kind>-<case>.json (the CLI recognises a file by
its name prefix), a language pack file as OUT_DIR/l10n/de/<name>-<case>.json (recognised by its
directory; the name prefix tells a string overlay such as safety.json from a database pack file),
and a manifest OUT_DIR/cases.tsv: kind, file, expected exit status, description. Kinds of pack
files are written "l10n:de/<name>". Every case is broken (expected status 1) except the untouched
base file and the base file behind a UTF-8 byte order mark, which must still be accepted
(status 0): they prove the tool accepts good input at all.

The cases: truncation at many offsets, a wrong type at many JSON paths, nulls, huge and NaN-like
numbers, deep nesting (100000 levels), 50 MB files (body regions and muscles only), invalid UTF-8, byte order marks, duplicate
keys, empty and whitespace-only files, trailing garbage, comments and other JSON look-alikes.
"""

import json
import os
import sys

DEPTH = 100000
BIG_BYTES = 50 * 1024 * 1024
TRUNCATIONS = 40
WRONG_TYPES = 40
NULLS = 15
HUGE_NUMBERS = ["1e999", "-1e999", "1e308", "-1e308", "123456789012345678901234567890",
                "18446744073709551616", "-9223372036854775809"]
# Where a raw value is spliced into compact JSON (not %-formatting: pack texts contain "%1").
HOLE = b"\x00@@HOLE@@\x00"
NAN_LIKE = ["NaN", "nan", "Infinity", "-Infinity", "inf", "1e", "0x10", "+1", "01", ".5", "1.", "--1"]


def compact(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def paths(node, prefix=()):
    """Every JSON path in document order (the root excluded)."""
    if isinstance(node, dict):
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return
    for key, value in items:
        yield prefix + (key,)
        yield from paths(value, prefix + (key,))


def spread(items, count):
    """`count` items spread evenly over `items`, first and last included."""
    if len(items) <= count:
        return list(items)
    step = (len(items) - 1) / (count - 1)
    return [items[round(i * step)] for i in range(count)]


def get(doc, path):
    for key in path:
        doc = doc[key]
    return doc


def replaced(doc, path, value):
    copy = json.loads(json.dumps(doc))
    parent = get(copy, path[:-1])
    parent[path[-1]] = value
    return copy


def wrong_type(value):
    """A value of a clearly different JSON type."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return "twelve"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return ["not", "an", "object"]
    return True


def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def cases_for(kind, base):
    """(name, bytes, expected status, description) for one kind of data file."""
    doc = json.loads(base)
    text = compact(doc)
    out = [("valid", base, 0, "the untouched base file is accepted"),
           ("bom-valid", b"\xef\xbb\xbf" + base, 0, "a UTF-8 byte order mark before a valid file is accepted")]

    # Truncation: every prefix of an object is malformed (the final "}" is the last byte).
    last = len(text) - 1
    offsets = sorted({0, 1, 2, 3, last - 1, last} | {round(i * last / TRUNCATIONS) for i in range(TRUNCATIONS)})
    for offset in offsets:
        if 0 <= offset < len(text):
            out.append((f"truncated-{offset:07d}", text[:offset], 1, f"truncated after {offset} bytes"))
    pretty = json.dumps(doc, indent=1).encode()
    out.append(("truncated-pretty-half", pretty[: len(pretty) // 2], 1, "indented file cut in half"))
    out.append(("empty", b"", 1, "empty file"))
    out.append(("whitespace", b" \n\t\r\n  ", 1, "whitespace only"))

    # Wrong types and nulls at paths spread over the whole document.
    all_paths = list(paths(doc))
    for i, path in enumerate(spread(all_paths, WRONG_TYPES)):
        bad = wrong_type(get(doc, path))
        out.append((f"wrong-type-{i:03d}", compact(replaced(doc, path, bad)), 1,
                    f"{pointer(path)} replaced by {json.dumps(bad)}"))
    for i, path in enumerate(spread(all_paths[1:], NULLS)):
        out.append((f"null-{i:03d}", compact(replaced(doc, path, None)), 1, f"{pointer(path)} is null"))
    for name, body in [("null-document", b"null"), ("array-document", b"[]"), ("string-document", b'"x"'),
                       ("number-document", b"1"), ("empty-object", b"{}"),
                       ("no-schema-version", compact({k: v for k, v in doc.items() if k != "schema_version"}))]:
        out.append((name, body, 1, name.replace("-", " ")))

    # Huge and NaN-like numbers: spliced in as raw text, since Python would not write most of them.
    number_paths = [p for p in all_paths if isinstance(get(doc, p), (int, float))
                    and not isinstance(get(doc, p), bool)]
    marker = "@@NUMBER@@"
    for i, path in enumerate(spread(number_paths, len(HUGE_NUMBERS))):
        template = compact(replaced(doc, path, marker)).replace(f'"{marker}"'.encode(), HOLE)
        number = HUGE_NUMBERS[i % len(HUGE_NUMBERS)]
        out.append((f"huge-number-{i:02d}", template.replace(HOLE, number.encode()), 1, f"{pointer(path)} = {number}"))
    version_template = compact(replaced(doc, ("schema_version",), marker)).replace(f'"{marker}"'.encode(), HOLE)
    for i, number in enumerate(HUGE_NUMBERS):
        out.append((f"huge-version-{i:02d}", version_template.replace(HOLE, number.encode()), 1, f"schema_version = {number}"))
    for i, token in enumerate(NAN_LIKE):
        path = number_paths[(i * 7) % len(number_paths)] if number_paths else ("schema_version",)
        template = compact(replaced(doc, path, marker)).replace(f'"{marker}"'.encode(), HOLE)
        out.append((f"nan-like-{i:02d}", template.replace(HOLE, token.encode()), 1, f"{pointer(path)} = {token}"))

    # Deep nesting: bare, inside an object, and well-formed inside a real field.
    out.append(("deep-arrays-open", b"[" * DEPTH, 1, f"{DEPTH} unclosed ["))
    out.append(("deep-arrays-closed", b"[" * DEPTH + b"]" * DEPTH, 1, f"{DEPTH} nested arrays"))
    out.append(("deep-objects", b'{"a":' * DEPTH + b"1" + b"}" * DEPTH, 1, f"{DEPTH} nested objects"))
    deep_field = text[:-1] + b',"deep":' + b"[" * DEPTH + b"]" * DEPTH + b"}"
    out.append(("deep-in-field", deep_field, 1, f"{DEPTH} nested arrays in an extra field"))
    deep_version = text.replace(b'"schema_version":1', b'"schema_version":' + b"[" * DEPTH + b"]" * DEPTH, 1)
    out.append(("deep-schema-version", deep_version, 1, f"schema_version is {DEPTH} nested arrays"))

    # 50 MB: whitespace padding inside a valid document that is then cut short, and a huge string.
    # Only for the two main files: each is 50 MB on disk.
    if kind in ("body_regions", "muscles"):
        padding = BIG_BYTES - len(text)
        out.append(("big-50mb-truncated", text[:-1] + b"," + b" " * padding + b'"end', 1,
                    "50 MB, cut short inside a string"))
    if kind == "body_regions":
        out.append(("big-50mb-string", b'{"schema_version":1,"x":"' + b"a" * BIG_BYTES + b"}", 1,
                    "50 MB unterminated string"))

    # Invalid UTF-8 inside a string value and outside any string.
    some_string = next((p for p in all_paths if isinstance(get(doc, p), str)), None)
    for i, raw in enumerate([b"\xff", b"\xfe\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\xf8\x88\x80\x80\x80",
                             b"\x80", b"\xf4\x90\x80\x80"]):
        if some_string:
            template = compact(replaced(doc, some_string, marker)).replace(marker.encode(), HOLE)
            out.append((f"bad-utf8-string-{i}", template.replace(HOLE, b"ok" + raw + b"ok"), 1,
                        f"{pointer(some_string)} holds invalid UTF-8 {raw!r}"))
        out.append((f"bad-utf8-outside-{i}", text[:1] + raw + text[1:], 1, f"invalid UTF-8 {raw!r} between tokens"))
    out.append(("bad-utf8-at-end", text + b"\xc3", 1, "a cut multi-byte character after the document"))

    # Byte order marks in the wrong places or of the wrong kind.
    out.append(("bom-only", b"\xef\xbb\xbf", 1, "only a byte order mark"))
    out.append(("bom-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + text, 1, "two byte order marks"))
    out.append(("bom-utf16le", b"\xff\xfe" + text.decode().encode("utf-16-le"), 1, "UTF-16LE with its mark"))
    out.append(("bom-utf16be", b"\xfe\xff" + text.decode().encode("utf-16-be"), 1, "UTF-16BE with its mark"))
    out.append(("bom-inside", text[:1] + b"\xef\xbb\xbf" + text[1:], 1, "a byte order mark after the first brace"))
    out.append(("bom-truncated", b"\xef\xbb\xbf" + text[: len(text) // 3], 1, "a mark before a truncated file"))

    # Duplicate keys: the same value twice (nothing else wrong), a conflicting value, a nested one.
    first_key = next(iter(doc))
    out.append(("duplicate-top-same", b'{"schema_version":1,' + text[1:], 1, "schema_version given twice, same value"))
    out.append(("duplicate-top-conflict", b'{"schema_version":2,' + text[1:], 1,
                "schema_version given twice, 2 then 1"))
    out.append(("duplicate-first-key", text[:-1] + b"," + json.dumps(first_key).encode() + b":" +
                compact(doc[first_key]) + b"}", 1, f"{first_key} given twice"))
    nested = next((p for p in all_paths if isinstance(get(doc, p), dict) and get(doc, p)), None)
    if nested:
        obj = get(doc, nested)
        key = next(iter(obj))
        dup = compact(obj)[:-1] + b"," + json.dumps(key).encode() + b":" + compact(obj[key]) + b"}"
        template = compact(replaced(doc, nested, marker)).replace(f'"{marker}"'.encode(), HOLE)
        out.append(("duplicate-nested", template.replace(HOLE, dup), 1, f"{pointer(nested)}/{key} given twice"))

    # Other JSON look-alikes.
    for name, body, what in [
        ("trailing-garbage", text + b"x", "text after the document"),
        ("two-documents", text + text, "two documents back to back"),
        ("trailing-comma", text[:-1] + b",}", "a trailing comma"),
        ("line-comment", b"// comment\n" + text, "a // comment"),
        ("block-comment", text[:1] + b"/* c */" + text[1:], "a /* */ comment"),
        ("single-quotes", text.replace(b'"schema_version"', b"'schema_version'", 1), "single-quoted key"),
        ("nul-byte", text[: len(text) // 2] + b"\x00" + text[len(text) // 2:], "a NUL byte in the middle"),
        ("control-char", text.replace(b'"schema_version"', b'"schema\x01version"', 1), "a control character"),
        ("bad-escape", text.replace(b'"schema_version"', b'"schema\\qversion"', 1), "an invalid escape"),
        ("lone-surrogate", text.replace(b'"schema_version"', b'"schema\\ud800version"', 1), "a lone surrogate"),
        ("unquoted-key", text.replace(b'"schema_version"', b"schema_version", 1), "an unquoted key"),
        ("binary", bytes(range(256)) * 64, "random binary"),
    ]:
        out.append((name, body, 1, what))
    return out


# The language pack files broken too: the database kinds (regions with side words, muscles, danger
# zones) and the three string overlays.
PACK_FILES = ["body_regions.json", "muscles_head_neck.json", "danger_zones.json",
              "safety.json", "protocols.json", "history.json"]


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    out_dir, base_dir = sys.argv[1], sys.argv[2]
    # kind -> (base file, directory of the generated files relative to OUT_DIR, file name stem)
    bases = {kind: (os.path.join(base_dir, kind + ".json"), kind, kind)
             for kind in ("body_regions", "muscles", "safety")}
    if len(sys.argv) == 4:
        data = sys.argv[3]
        for kind in ("protocols", "history"):
            bases[kind] = (os.path.join(data, kind + ".json"), kind, kind)
        for name in PACK_FILES:
            bases[f"l10n:de/{name}"] = (os.path.join(data, "l10n", "de", name), os.path.join("l10n", "de"),
                                        name[: -len(".json")])
    rows = []
    for kind, (base_path, folder, stem) in bases.items():
        with open(base_path, "rb") as f:
            base = f.read()
        os.makedirs(os.path.join(out_dir, folder), exist_ok=True)
        for name, body, expected, what in cases_for(kind, base):
            rel = os.path.join(folder, f"{stem}-{name}.json")
            with open(os.path.join(out_dir, rel), "wb") as f:
                f.write(body)
            rows.append(f"{kind}\t{rel}\t{expected}\t{what}")
    with open(os.path.join(out_dir, "cases.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(f"gen_malformed: {len(rows)} files in {out_dir}")


if __name__ == "__main__":
    main()
