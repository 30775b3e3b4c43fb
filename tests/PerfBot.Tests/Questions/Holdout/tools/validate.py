"""Validate holdout.tsv and conversations.tsv against the demo store.

Checks: five tab-separated fields; known intents; codes exist in indicators.csv;
(code, period) rows exist in the measures files for status/trend/why/... questions
with a period (and do NOT exist for `unknown`); list memberships recomputed from the
measures files using LIST_SPECS; topic code sets compared with alias/name keyword hits;
mentions found in committees.json (dates rendered as '21 January 2026').
"""
import csv, json, os, sys, datetime, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
# The repository's demo data, which the set was written from.
DATA = os.path.join(HERE, "..", "..", "..", "..", "..", "data", "demo")
INTENTS = {"status","trend","compare","why","actions","target","owner","list","topic","committee",
           "meeting","forward_plan","prepare","help","unknown"}
TODAY = datetime.date(2025, 12, 1)
CURRENT = "Q2 2025/26"   # 'latest' / 'at the moment' = the Q2 2025/26 report

inds = {r["code"]: r for r in csv.DictReader(open(f"{DATA}/indicators.csv", encoding="utf-8"))}
by_name = {r["name"]: c for c, r in inds.items()}
rows = []
for f in ("measures-2020-10.csv", "measures-2025-q2.csv"):
    for r in csv.DictReader(open(f"{DATA}/{f}", encoding="utf-8")):
        code = by_name.get(r["indicator"])
        assert code, "unmapped measure " + r["indicator"]
        r["code"] = code; r["file"] = f; rows.append(r)
have = {(r["code"], r["period"]) for r in rows}
committees = json.load(open(f"{DATA}/committees.json", encoding="utf-8"))
def fmt(d):
    d = datetime.date.fromisoformat(d); return f"{d.day} {d.strftime('%B %Y')}"
blob = json.dumps(committees, ensure_ascii=False)
for c in committees:
    for m in c["meetings"]:
        blob += " " + fmt(m["date"])
    for fp in c["forward_plan"]:
        if fp["meeting_date"]: blob += " " + fmt(fp["meeting_date"])
blob = blob.lower()
future = sorted(m["date"] for c in committees for m in c["meetings"] if m["date"] > TODAY.isoformat())
past = sorted(m["date"] for c in committees for m in c["meetings"] if m["date"] < TODAY.isoformat())
print("next meeting:", fmt(future[0]), "| one after:", fmt(future[1]), "| last:", fmt(past[-1]))

Q2 = lambda r: r["period"] == CURRENT
def sel(period=None, rag=None, direction=None, areas=None, current=False, file=None):
    def f(r):
        if current and not Q2(r): return False
        if period and r["period"] != period: return False
        if file and r["file"] != file: return False
        if rag and r["rag"] not in rag: return False
        if direction and r["direction"] not in direction: return False
        if areas and inds[r["code"]]["service_area"] not in areas: return False
        return True
    return f
exc = lambda r: r["rag"] == "Red" or (r["rag"] == "Amber" and r["direction"] == "Worsening")
LIST_SPECS = {
 "what's red in the latest perf report": sel(current=True, rag={"Red"}),
 "red kpis last qtr?": sel(period=CURRENT, rag={"Red"}),
 "which ones are amber and worsening in q2": sel(period=CURRENT, rag={"Amber"}, direction={"Worsening"}),
 "show me the exceptions for Q2": lambda r: Q2(r) and exc(r),
 "which reds were improving last quarter": sel(period=CURRENT, rag={"Red"}, direction={"Improving"}),
 "any red ones getting worse last quarter?": sel(period=CURRENT, rag={"Red"}, direction={"Worsening"}),
 "childrens services reds?": sel(current=True, rag={"Red"}, areas={"Children's Services"}),
 "adults & housing indicators on red": sel(current=True, rag={"Red"}, areas={"Adults & Housing"}),
 "adults and housing ambers in q2": sel(period=CURRENT, rag={"Amber"}, areas={"Adults & Housing"}),
 "anything green?": sel(current=True, rag={"Green"}),
 "everything thats worsening last qtr": sel(period=CURRENT, direction={"Worsening"}),
 "adult care exceptions in october 2020": lambda r: r["period"] == "Oct-20" and inds[r["code"]]["service_area"] == "Adult Care" and exc(r),
 "what was amber in sept 2020": sel(period="Sep-20", rag={"Amber"}),
 "were any HR measures red in oct 2020": sel(period="Oct-20", rag={"Red"}, areas={"HR & OD"}),
 "which reds were improving in oct 2020": sel(period="Oct-20", rag={"Red"}, direction={"Improving"}),
 # conversations
 "which reds havent moved last quarter": sel(period=CURRENT, rag={"Red"}, direction={"Same"}),
 "whats in the Q2 exceptions": lambda r: Q2(r) and exc(r),
 "just the reds": sel(period=CURRENT, rag={"Red"}),
 "which of those are getting worse": sel(period=CURRENT, rag={"Red"}, direction={"Worsening"}),
 "what's red in the latest report": sel(current=True, rag={"Red"}),
 "what adults & housing indicators are red": sel(current=True, rag={"Red"}, areas={"Adults & Housing"}),
}
# alternative reading of 'latest': each indicator's most recent rated row, whatever report
def latest_rated():
    order = {"Sep-19":0,"Oct-19":1,"Sep-20":2,"Oct-20":3,"Jul-25":4,"Q2 2025/26":5,"Oct-25":6}
    best = {}
    for r in rows:
        if r["rag"] and (r["code"] not in best or order[r["period"]] > order[best[r["code"]]["period"]]):
            best[r["code"]] = r
    return best
LATEST = latest_rated()
TOPIC_KEYS = {
 "anything on SEND?": ["send", "special school", "ehcp", "special educational"],
 "domestic abuse stats?": ["domestic abuse"],
 "how's the section 47 stuff looking": ["section 47", "s47"],
 "staff absence and turnover kpis": ["turnover", "sickness"],
 "what do we have on adult safeguarding feedback": ["safeguarding feedback"],
 "where are our children in care living - placement distance stuff": ["placed outside", "20 miles"],
 "care act backlogs?": ["care act"],
 "anything for public health and prevention": ["@Public Health and Prevention"],
}
def kw_hits(keys):
    out = set()
    for c, r in inds.items():
        for k in keys:
            if k.startswith("@"):
                if r["service_area"] == k[1:]: out.add(c)
            elif re.search(r"\b" + re.escape(k.lower()), (r["name"] + ";" + r["aliases"]).lower()):
                out.add(c)
    return out

errors = warns = 0
def err(msg):
    global errors; errors += 1; print("ERROR:", msg)
def warn(msg):
    global warns; warns += 1; print("WARN:", msg)
def check(path, conv=False):
    n = 0; counts = {}; convs = 0; turns = []
    lines = open(path, encoding="utf-8").read().split("\n")
    if not lines[0].startswith("# question\tintent\tcodes\tperiod\tmentions"): err(path + " header")
    cur = 0
    for i, line in enumerate(lines + [""], 1):
        if line.startswith("#"): continue
        if not line.strip():
            if cur: turns.append(cur); cur = 0
            continue
        cur += 1
        f = line.split("\t")
        if len(f) != 5: err(f"{path}:{i} has {len(f)} fields"); continue
        q, intent, codes, period, mentions = f
        n += 1; counts[intent] = counts.get(intent, 0) + 1
        ok = INTENTS | ({"clarify"} if conv else set())
        if intent not in ok: err(f"{path}:{i} bad intent {intent}")
        cl = [c for c in codes.split(",") if c]
        for c in cl:
            if c not in inds: err(f"{path}:{i} unknown code {c}")
        if period and intent not in ("list",):
            for c in cl:
                if intent == "unknown":
                    if (c, period) in have: err(f"{path}:{i} unknown but data exists {c} {period}")
                elif (c, period) not in have: err(f"{path}:{i} no data for {c} {period}")
        if intent in ("status","trend","compare","why","actions","target","owner","topic") and not cl:
            err(f"{path}:{i} {intent} without codes")
        if intent == "compare" and len(cl) > 2: err(f"{path}:{i} compare >2 codes")
        if intent == "list":
            spec = LIST_SPECS.get(q)
            if not spec: err(f"{path}:{i} no list spec for {q!r}")
            else:
                exp = {r["code"] for r in rows if spec(r)}
                if exp != set(cl): err(f"{path}:{i} list mismatch {q!r}: want {sorted(exp)} got {sorted(cl)}")
                if not period:
                    # how would 'latest rated row per indicator' differ?
                    alt = {c for c, r in LATEST.items() if spec(dict(r, period=CURRENT))}
                    if alt != exp: warn(f"{path}:{i} {q!r}: per-indicator-latest reading would add {sorted(alt-exp)} drop {sorted(exp-alt)}")
        if intent == "topic":
            keys = TOPIC_KEYS.get(q)
            if not keys: err(f"{path}:{i} no topic keys for {q!r}")
            elif kw_hits(keys) != set(cl): err(f"{path}:{i} topic {q!r}: keyword hits {sorted(kw_hits(keys))} vs {sorted(cl)}")
        for m in [x for x in mentions.split(";") if x]:
            if m.lower() not in blob: err(f"{path}:{i} mention not in committees.json: {m}")
        if intent in ("meeting","prepare","committee","forward_plan") and not mentions:
            err(f"{path}:{i} {intent} without mentions")
        if period and not re.fullmatch(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d|Q[1-4] 20\d\d/\d\d|20\d\d/\d\d", period):
            err(f"{path}:{i} non-canonical period {period}")
        if "\t" in q or q != q.strip(): err(f"{path}:{i} whitespace in question")
    if cur: turns.append(cur)
    print(path, "rows:", n, "per intent:", dict(sorted(counts.items())))
    if conv:
        print("  conversations:", len(turns), "turns:", turns)
        if any(t < 2 or t > 5 for t in turns): err("conversation length out of 2-5")
    return n
n1 = check(os.path.join(OUT, "holdout.tsv"))
n2 = check(os.path.join(OUT, "conversations.tsv"), conv=True)
if n1 != 150: err(f"holdout has {n1} rows")
# verbatim-name share
qs = [l.split("\t")[0].lower() for l in open(os.path.join(OUT, "holdout.tsv"), encoding="utf-8") if l.strip() and not l.startswith("#")]
verb = sum(1 for q in qs if any(r["name"].lower() in q for r in inds.values()))
print("questions containing a full indicator name:", verb)
print("errors:", errors, "warnings:", warns)
sys.exit(1 if errors else 0)
