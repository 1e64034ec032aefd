#!/usr/bin/env python3
"""Checks resources/reference/*.json against SCHEMA.md (a quick check for writers; the C++ test
tst_ReferenceCatalog is the authority). Usage: scripts/check-reference.py [files...]"""
import glob, json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "reference")
KINDS = {"basic", "enhanced", "class", "subject", "text", "dns"}
STAGES = {"greeting", "ehlo", "starttls", "auth", "mail", "rcpt", "data", "end-of-data", "any"}
SIDES = {"sender", "receiver", "both"}
ACTORS = {"sender", "sender-admin", "receiver-admin", "recipient", "client-software", "nobody", "either"}
PERMANENCE = {"success", "intermediate", "temporary", "permanent"}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
KEYS = {"basic": re.compile(r"^[1-5][0-9][0-9]$"), "enhanced": re.compile(r"^X\.[0-9]{1,3}\.[0-9]{1,3}$"),
        "class": re.compile(r"^[245]$"), "subject": re.compile(r"^X\.[0-7]$"), "text": re.compile(r"^[a-z0-9.-]+$"),
        "dns": re.compile(r"^[a-z0-9-]+\.[a-z0-9.-]+$")}
DNS_CHECKS = {"mx", "ptr", "spf", "dmarc", "mta-sts", "tls-rpt", "dns"}
SEVERITIES = {"ok", "info", "warning", "error"}
ENHANCED = re.compile(r"^[245X]\.[0-9]{1,3}\.[0-9]{1,3}$")

def check_dns(where, e, errors):
    """A DNS finding: check, severity, fixes (unless ok), related codes and the reply rules."""
    if e.get("check") not in DNS_CHECKS:
        errors.append(f"{where}: unknown check {e.get('check')}")
    elif not str(e.get("key", "")).startswith(e["check"] + "."):
        errors.append(f"{where}: the key does not start with its check")
    if e.get("severity") not in SEVERITIES:
        errors.append(f"{where}: bad severity {e.get('severity')}")
    if not e.get("fixes") and e.get("severity") != "ok":
        errors.append(f"{where}: no 'fixes'")
    for j, f in enumerate(e.get("fixes", [])):
        if f.get("side") not in SIDES:
            errors.append(f"{where}.fixes[{j}]: bad side {f.get('side')}")
        text_ok(f"{where}.fixes[{j}]", f, errors)
    for code in e.get("related", []):
        if not (re.match(r"^[1-5][0-9][0-9]$", code) or ENHANCED.match(code)):
            errors.append(f"{where}: bad related code {code}")
    for j, r in enumerate(e.get("replies", [])):
        if not (r.get("codes") or r.get("enhanced") or r.get("regex")):
            errors.append(f"{where}.replies[{j}]: an empty rule")
        if "enhanced" in r and not ENHANCED.match(r["enhanced"]):
            errors.append(f"{where}.replies[{j}]: bad enhanced code {r['enhanced']}")
        if "regex" in r:
            try:
                re.compile(r["regex"])
            except re.error as ex:
                errors.append(f"{where}.replies[{j}]: bad regex: {ex}")

def text_ok(where, value, errors):
    if not isinstance(value, dict):
        errors.append(f"{where}: not an object with en/ja"); return
    for lang in ("en", "ja"):
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            errors.append(f"{where}: missing or empty '{lang}'")
    if isinstance(value.get("ja"), str) and value["ja"].strip() and not JAPANESE.search(value["ja"]):
        errors.append(f"{where}: the Japanese text holds no Japanese script")
    for lang in ("en", "ja"):
        if isinstance(value.get(lang), str) and re.search(r"<[a-zA-Z/][^>]*>", value[lang]) and "<CR>" not in value[lang]:
            if re.search(r"</?(b|i|p|br|a|div|span)\b", value[lang]):
                errors.append(f"{where}: '{lang}' looks like HTML; texts are plain")

def check(files):
    errors, seen, counts = [], set(), {}
    for path in files:
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            errors.append(f"{path}: not JSON: {e}"); continue
        if data.get("schema") != 1 or not isinstance(data.get("entries"), list):
            errors.append(f"{path}: needs schema 1 and an entries list"); continue
        for i, e in enumerate(data["entries"]):
            where = f"{os.path.basename(path)}[{i}] {e.get('kind')}:{e.get('key')}"
            kind = e.get("kind")
            if kind not in KINDS:
                errors.append(f"{where}: unknown kind"); continue
            key = e.get("key", "")
            if not KEYS[kind].match(str(key)):
                errors.append(f"{where}: bad key")
            if (kind, key) in seen:
                errors.append(f"{where}: duplicate key")
            seen.add((kind, key)); counts[kind] = counts.get(kind, 0) + 1
            for field in ("title", "summary", "description"):
                text_ok(f"{where}.{field}", e.get(field), errors)
            if kind == "dns":
                check_dns(where, e, errors)
                continue
            if kind in ("basic", "enhanced", "text"):
                if not e.get("when"):
                    errors.append(f"{where}: no 'when'")
                for j, w in enumerate(e.get("when", [])):
                    if w.get("stage") not in STAGES:
                        errors.append(f"{where}.when[{j}]: bad stage {w.get('stage')}")
                    text_ok(f"{where}.when[{j}]", w, errors)
                if not e.get("fixes") and e.get("permanence") not in ("success", "intermediate"):
                    errors.append(f"{where}: no 'fixes'")
                for j, f in enumerate(e.get("fixes", [])):
                    if f.get("side") not in SIDES:
                        errors.append(f"{where}.fixes[{j}]: bad side {f.get('side')}")
                    text_ok(f"{where}.fixes[{j}]", f, errors)
                if e.get("actor") not in ACTORS:
                    errors.append(f"{where}: bad actor {e.get('actor')}")
                if e.get("permanence") not in PERMANENCE:
                    errors.append(f"{where}: bad permanence {e.get('permanence')}")
            if kind == "basic" and e.get("status") not in ("standard", "registry", "non-standard"):
                errors.append(f"{where}: bad status")
            if kind == "enhanced" and not e.get("registryTitle"):
                errors.append(f"{where}: no registryTitle")
            if kind == "text":
                m = e.get("match", {})
                if not (isinstance(m.get("contains"), str) and m["contains"]) and not (isinstance(m.get("regex"), str) and m["regex"]):
                    errors.append(f"{where}: match needs 'contains' or 'regex'")
                if "regex" in m:
                    try:
                        re.compile(m["regex"])
                    except re.error as ex:
                        errors.append(f"{where}: bad regex: {ex}")
                if not e.get("provider"):
                    errors.append(f"{where}: no provider")
    return errors, counts

if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "*.json")))
    errors, counts = check(files)
    for err in errors:
        print(err)
    print("entries:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), "| errors:", len(errors))
    sys.exit(1 if errors else 0)
