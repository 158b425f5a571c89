#!/usr/bin/env python3
"""Updates resources/translations/tpfinder_<lang>.ts from the sources in src/gui.

    resources/translations/update.py [--fill FILE.json] [--list-unfinished]

Runs lupdate, then fixes one thing lupdate gets wrong here: files that translate through a small
wrapper such as

    QString tr(const char* text) { return QCoreApplication::translate("tpf::gui::DetailPane", text); }

are scanned as if their tr() calls belonged to the enclosing namespace, while at run time the
wrapper's context is used; the script moves those messages to the wrapper's context. Existing
translations are kept (matched by source text, comment and plural form), whatever context lupdate
put them in. --fill merges a JSON object {"source text": "translation" or [plural forms]} for the
messages still unfinished. Prints how many messages are finished and lists the unfinished ones.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LUPDATE = next((p for p in ("/usr/lib/qt6/bin/lupdate", "/usr/lib/qt6/libexec/lupdate") if os.path.exists(p)), "lupdate")
WRAPPER = re.compile(r'translate\(\s*"([^"]+)"\s*,\s*text\s*[,)]')


def key(msg):
    src = msg.findtext("source") or ""
    comment = msg.findtext("comment") or ""
    return (src, comment, msg.get("numerus") == "yes")


def finished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if msg.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return bool(forms) and all(forms)
    return bool(tr.text)


def set_translation(msg, value):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        tr.text = None
        for f in forms:
            ET.SubElement(tr, "numerusform").text = f
    else:
        tr.text = value if isinstance(value, str) else value[0]


def wrapper_context(filename, cache={}):
    if filename not in cache:
        try:
            with open(filename, encoding="utf-8") as f:
                m = WRAPPER.search(f.read())
            cache[filename] = m.group(1) if m else None
        except OSError:
            cache[filename] = None
    return cache[filename]


def update(ts_path, fill):
    lang = re.search(r"_([a-zA-Z_]+)\.ts$", ts_path).group(1)
    old = {}
    if os.path.exists(ts_path):
        for msg in ET.parse(ts_path).getroot().iter("message"):
            if finished(msg):
                tr = msg.find("translation")
                old[key(msg)] = [f.text for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else tr.text
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, os.path.basename(ts_path))
        subprocess.run([LUPDATE, "-silent", "-locations", "none", "-no-obsolete", "-I", "src", "-I", "src/gui",
                        "src/gui", "-target-language", lang, "-ts", out], cwd=ROOT, check=True)
        # Locations are needed to find the wrappers: a second run with them, only for that.
        loc = os.path.join(tmp, "loc_" + os.path.basename(ts_path))
        subprocess.run([LUPDATE, "-silent", "-locations", "absolute", "-no-obsolete", "-I", "src", "-I", "src/gui",
                        "src/gui", "-target-language", lang, "-ts", loc], cwd=ROOT, check=True)
        where = {}
        for ctx in ET.parse(loc).getroot().iter("context"):
            for msg in ctx.iter("message"):
                l = msg.find("location")
                if l is not None:
                    where[(ctx.findtext("name"),) + key(msg)] = os.path.normpath(os.path.join(tmp, l.get("filename")))
        tree = ET.parse(out)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for ctx in list(root.findall("context")):
        name = ctx.findtext("name")
        for msg in list(ctx.findall("message")):
            wanted = wrapper_context(where.get((name,) + key(msg), ""))
            if wanted and wanted != name:
                ctx.remove(msg)
                if wanted not in contexts:
                    contexts[wanted] = ET.SubElement(root, "context")
                    ET.SubElement(contexts[wanted], "name").text = wanted
                target = contexts[wanted]
                if not any(key(m) == key(msg) for m in target.findall("message")):
                    target.append(msg)
        if not ctx.findall("message"):
            root.remove(ctx)
    root[:] = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    total = done = 0
    unfinished = []
    for msg in root.iter("message"):
        total += 1
        k = key(msg)
        if k in old:
            set_translation(msg, old[k])
        elif k[0] in fill:
            set_translation(msg, fill[k[0]])
        if finished(msg):
            done += 1
        else:
            unfinished.append(k[0])
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    print(f"{os.path.relpath(ts_path, ROOT)}: {done}/{total} translated, {len(unfinished)} unfinished")
    return unfinished


def main():
    fill = {}
    if "--fill" in sys.argv:
        with open(sys.argv[sys.argv.index("--fill") + 1], encoding="utf-8") as f:
            fill = json.load(f)
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".ts"):
            unfinished = update(os.path.join(HERE, name), fill)
            if "--list-unfinished" in sys.argv:
                for s in unfinished:
                    print("  " + json.dumps(s, ensure_ascii=False))


if __name__ == "__main__":
    main()
