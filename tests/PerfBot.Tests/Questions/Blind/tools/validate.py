#!/usr/bin/env python3
"""Validator for blind.tsv and conversations.tsv (written blind from the demo store only).

Adapted from the previous blind writer's validate.py (which checked unseen.tsv); every check it made is kept:
 * header comment + assumed-date comment; exactly five tab-separated fields per data line
 * intent is valid (clarify only inside conversations, and only as a conversation's first turn);
   clarify/help lines carry no codes/period/mentions
 * every code exists in indicators.csv; every period is canonical
 * (code, period) rows exist in the measures for non-unknown intents, and are MISSING for unknown with a period;
   every code on a non-unknown line has at least one measure row
 * list/topic lines (and filtered prepare lines) have a filter in tools/filters.json, and the codes
   column equals the set the filter recomputes from the data (empty set = a "none" answer)
 * mentions: dates must be meeting/forward-plan dates in committees.json; other mentions on
   committee/meeting/forward_plan lines must occur in committees.json (or risks.json); mentions on indicator
   lines must occur in the indicator's data (row at the stated period, latest row for status with no period,
   any row otherwise)
 * conversations: blank-line separated, 2-5 turns each; 25 conversations; 150 single questions
Added in this set:
 * numeric mentions ("45.22", "4,469", "70%") must equal a number in the pool rows (token match, not substring),
   and on target lines must equal a row's target field
 * dates may be written "21 January 2026" or "21 January"; `when=next|last|YYYY-MM-DD|tbc` (relative to
   Monday 1 December 2025) pins which meeting(s) a meeting/forward_plan/prepare line is about: every pinned date
   must be mentioned, no other date may be, every forward-plan item mentioned must belong to a pinned meeting,
   and each pinned meeting that has forward-plan items must have one of them mentioned
 * `role=chair|vice|members|count` on committee lines: the chair/vice-chair name, every member's name, or the
   member count must be mentioned
 * every unknown line must say why it is unknown, checkably: a (code, canonical period) with no row, or
   `absent=RE` (no indicator name/alias/service area matches: subject not held), `noperiod=RE` (no row of the
   codes - or of any indicator - has a period matching), `nofact=RE` (the text occurs nowhere in the store),
   or `offtopic=1` (not a council-performance question at all)
 * trend lines: each code has >= 2 rows or a direction of travel
 * each intent occurs at least once in blind.tsv, clarify at least once in conversations.tsv;
   no duplicate question in blind.tsv
Exit code 0 and "0 errors" when everything passes."""
import datetime, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (OUT, DATA, TODAY, INTENTS, CONV_ONLY, PERIODS, PERIOD_ORDER, REPORT_PERIODS, CHECK_KEYS,
                    load, load_risks, apply_filter, parse_filter)

SINGLE = os.environ.get('QSET_SINGLE', 'blind')
inds, by_code, rows, committees = load()
risks = load_risks()
filters = json.load(open(os.path.join(OUT, 'tools', 'filters.json'), encoding='utf-8'))
ctext = (json.dumps(committees, ensure_ascii=False) + json.dumps(risks, ensure_ascii=False)).lower()
store_text = ''
for fn in sorted(os.listdir(DATA)):
    store_text += open(os.path.join(DATA, fn), encoding='utf-8').read().lower()
cdates = set()
for c in committees:
    cdates |= {m['date'] for m in c['meetings']}
    cdates |= {f['meeting_date'] for f in c['forward_plan'] if f['meeting_date']}
meetings = sorted({m['date'] for c in committees for m in c['meetings']})
NEXT = min(d for d in meetings if d > TODAY)
LAST = max(d for d in meetings if d < TODAY)
fp_items = [(f['item'].lower(), f['meeting_date'] or 'tbc') for c in committees for f in c['forward_plan']]
nmembers = {len(c['members']) for c in committees}
MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
DATE_RE = re.compile(r'^\s*(\d{1,2}) (%s)(?: (\d{4}))?\s*$' % MONTHS, re.I)
NUM_RE = re.compile(r'^\s*-?(\d[\d,]*(?:\.\d+)?|\.\d+)\s*%?\s*$')
TOK_RE = re.compile(r'\d[\d,]*(?:\.\d+)?')
COMMITTEE_INTENTS = {'committee', 'meeting', 'forward_plan'}
errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def nums(text):
    out = set()
    for t in TOK_RE.findall(text):
        t = t.replace(',', '').rstrip('.')
        try:
            out.add(float(t))
        except ValueError:
            pass
    return out


def row_text(r):
    ind = by_code[r['code']]
    return ' '.join([r['value'], r['target'], r['rag'], r['direction'], r['commentary'], r['actions'],
                     r['benchmark_england'], r['benchmark_neighbours'], r['benchmark_good_plus'], r['period'],
                     ind['name'], ind['aliases'], ind['polarity_reason'], ind['committee'], ind['owner'],
                     ind['unit'], ind['frequency'], ind['service_area']]).lower()


def date_of(m):
    """ISO dates a date mention can stand for (all meeting dates with that day and month if no year)."""
    dm = DATE_RE.match(m)
    if not dm:
        return None
    day, month, year = dm.groups()
    if year:
        return {datetime.datetime.strptime('%s %s %s' % (day, month, year), '%d %B %Y').date().isoformat()}
    md = datetime.datetime.strptime('%s %s 2000' % (day, month), '%d %B %Y').strftime('-%m-%d')
    return {d for d in cdates if d.endswith(md)} or {'none' + md}


def resolve_when(v):
    out = set()
    for w in v.split('|'):
        out.add({'next': NEXT, 'last': LAST}.get(w, w))
    return out


def check_line(where, line, in_conv):
    f = line.split('\t')
    if len(f) != 5:
        err(where, 'expected 5 fields, got %d' % len(f))
        return None
    q, intent, codes, period, mentions = f
    if not q.strip():
        err(where, 'empty question')
    if intent not in INTENTS and not (in_conv and intent in CONV_ONLY):
        err(where, 'bad intent %r' % intent)
    clist = [c for c in codes.split(',') if c]
    for c in clist:
        if c not in by_code:
            err(where, 'unknown code %r' % c)
    if any(c not in by_code for c in clist):
        return intent
    if len(set(clist)) != len(clist):
        err(where, 'duplicate code')
    if period and period not in PERIODS:
        err(where, 'non-canonical period %r' % period)
    if intent in ('clarify', 'help') and (clist or period or mentions):
        err(where, '%s line should have no codes/period/mentions' % intent)
    key = ('conversations' if in_conv else SINGLE) + '::' + q
    flt = filters.get(key)
    fdict = parse_filter(flt) if flt else {}
    selecting = bool(set(fdict) - CHECK_KEYS)
    if intent in ('list', 'topic') and not selecting:
        err(where, 'list/topic without a filter in filters.json')
    if selecting:
        want = apply_filter(flt, inds, rows)
        if set(clist) != want:
            err(where, 'codes %s != filter %s' % (sorted(clist), sorted(want)))
        rep = fdict.get('report')
        if period and rep in REPORT_PERIODS and period not in REPORT_PERIODS[rep]:
            err(where, 'period %s inconsistent with filter report=%s' % (period, rep))
        if period and 'period' in fdict and period != fdict['period']:
            err(where, 'period %s inconsistent with filter period=%s' % (period, fdict['period']))
    elif intent in ('list',) and not clist:
        err(where, 'empty list without filter')
    # (code, period) existence
    for c in clist:
        crow = [r for r in rows if r['code'] == c]
        prow = [r for r in crow if r['period'] == period] if period else crow
        if intent == 'unknown':
            if period and prow:
                err(where, 'unknown but %s has a row for %s' % (c, period))
            continue
        if not crow:
            err(where, '%s has no measure rows' % c)
        if period and not selecting and not prow:
            err(where, 'no row for (%s, %s)' % (c, period))
        if intent == 'trend' and len(crow) < 2 and not any(r['direction'] for r in crow):
            err(where, 'trend on %s with one row and no direction of travel' % c)
    # why is an unknown unknown?
    if intent == 'unknown':
        reasons = 0
        if clist and period:
            reasons += 1
        if 'absent' in fdict:
            reasons += 1
            if clist:
                err(where, 'absent= on a line with codes')
            rx = re.compile(fdict['absent'], re.I)
            for r in inds:
                if rx.search(r['name'] + ';' + r['aliases'] + ';' + r['service_area']):
                    err(where, 'absent=%s but indicator %s matches' % (fdict['absent'], r['code']))
        if 'noperiod' in fdict:
            reasons += 1
            rx = re.compile(fdict['noperiod'], re.I)
            for r in rows:
                if (not clist or r['code'] in clist) and rx.search(r['period']):
                    err(where, 'noperiod=%s but %s has period %s' % (fdict['noperiod'], r['code'], r['period']))
        if 'nofact' in fdict:
            reasons += 1
            if re.search(fdict['nofact'], store_text, re.I):
                err(where, 'nofact=%s but the store contains it' % fdict['nofact'])
        if fdict.get('offtopic') == '1':
            reasons += 1
            if clist:
                err(where, 'offtopic with codes')
        if not reasons:
            err(where, 'unknown without a checkable reason (code+period, absent, noperiod, nofact, offtopic)')
        if mentions.strip():
            err(where, 'unknown line should not require mentions')
    elif set(fdict) & {'absent', 'noperiod', 'nofact', 'offtopic'}:
        err(where, 'unknown-only check on a %s line' % intent)
    # pinned meetings
    mlist = [m.strip() for m in mentions.split(';') if m.strip()]
    if 'when' in fdict:
        if intent not in ('meeting', 'forward_plan', 'prepare', 'committee'):
            err(where, 'when= on a %s line' % intent)
        req = resolve_when(fdict['when'])
        for d in req - {'tbc'}:
            if d not in cdates:
                err(where, 'when date %s is not a meeting date' % d)
        said = set()
        for m in mlist:
            ds = date_of(m)
            if ds is None:
                continue
            hit = ds & req
            if not hit:
                err(where, 'date mention %r is not the pinned meeting %s' % (m, sorted(req)))
            said |= hit
        for d in req - {'tbc'}:
            if d not in said:
                err(where, 'pinned meeting %s not mentioned' % d)
        if intent == 'forward_plan':
            for m in mlist:
                ml = m.lower()
                owners = {d for it, d in fp_items if ml in it}
                if owners and not owners & req:
                    err(where, 'item %r belongs to %s, not %s' % (m, sorted(owners), sorted(req)))
            for d in req:
                items = [it for it, dd in fp_items if dd == d]
                if items and not any(m.lower() in it for m in mlist for it in items):
                    err(where, 'no forward-plan item of %s mentioned' % d)
    if 'role' in fdict:
        c = committees[0]
        need = {'chair': [c['chair']], 'vice': [c['vice_chair']], 'members': c['members'],
                'count': [str(len(c['members']))]}.get(fdict['role'])
        if need is None:
            err(where, 'bad role %r' % fdict['role'])
        else:
            low = [m.lower() for m in mlist]
            for n in need:
                if n.lower() not in low:
                    err(where, 'role=%s needs mention %r' % (fdict['role'], n))
    # mentions
    for m in mlist:
        ds = date_of(m)
        if ds is not None:
            if not ds & cdates:
                err(where, 'date mention %r not a meeting/forward-plan date' % m)
            continue
        if intent in COMMITTEE_INTENTS or (intent == 'prepare' and not clist):
            if m.lower() in ctext:
                continue
            if intent == 'committee' and m.isdigit() and int(m) in nmembers:
                continue
            err(where, 'mention %r not in committees.json/risks.json' % m)
            continue
        if not clist:
            err(where, 'mention %r on a line without codes' % m)
            continue
        pool = []
        for c in clist:
            crow = [r for r in rows if r['code'] == c]
            if period and not selecting:
                crow = [r for r in crow if r['period'] == period]
            elif intent == 'status':
                crow = [max(crow, key=lambda r: PERIOD_ORDER[r['period']])] if crow else []
            pool += crow
        nm = NUM_RE.match(m)
        if nm:
            v = float(nm.group(1).replace(',', ''))
            if intent == 'target':
                ok = any(r['target'].strip() and float(r['target']) == v for r in pool)
                what = 'a target'
            else:
                ok = any(v in nums(row_text(r)) for r in pool)
                what = 'a number'
            if not ok:
                err(where, 'numeric mention %r is not %s in data for %s %s' % (m, what, ','.join(clist), period or '(latest/any)'))
            continue
        if not any(m.lower() in row_text(r) for r in pool):
            err(where, 'mention %r not found in data for %s %s' % (m, ','.join(clist), period or '(latest/any)'))
    return intent


def read(name):
    lines = open(os.path.join(OUT, name), encoding='utf-8').read().split('\n')
    if not lines[0].startswith('# question\tintent\tcodes\tperiod\tmentions'):
        err(name, 'first line must be the header comment')
    if not any(l.startswith('#') and 'Monday 1 December 2025' in l for l in lines[:5]):
        err(name, 'missing assumed-date comment')
    return lines


counts = {}
fname = SINGLE + '.tsv'
lines = read(fname)
n = 0
seen = set()
for i, l in enumerate(lines, 1):
    if not l.strip() or l.startswith('#'):
        if not l.strip() and i < len(lines):
            err('%s:%d' % (fname, i), 'blank line in single-question file')
        continue
    n += 1
    qn = l.split('\t')[0].strip().lower()
    if qn in seen:
        err('%s:%d' % (fname, i), 'duplicate question')
    seen.add(qn)
    it = check_line('%s:%d' % (fname, i), l, False)
    counts.setdefault(it, [0, 0])[0] += 1
if n != 150:
    err(fname, 'expected 150 questions, got %d' % n)

lines = read('conversations.tsv')
convs, cur = [], []
for i, l in enumerate(lines, 1):
    if l.startswith('#'):
        continue
    if not l.strip():
        if cur:
            convs.append(cur)
        cur = []
        continue
    cur.append((i, l))
if cur:
    convs.append(cur)
for k, cv in enumerate(convs, 1):
    if not 2 <= len(cv) <= 5:
        err('conversation %d' % k, 'has %d turns' % len(cv))
    for j, (i, l) in enumerate(cv):
        it = check_line('conversations.tsv:%d' % i, l, True)
        counts.setdefault(it, [0, 0])[1] += 1
        if it == 'clarify' and j != 0:
            err('conversations.tsv:%d' % i, 'clarify should open a conversation')
if len(convs) != 25:
    err('conversations.tsv', 'expected 25 conversations, got %d' % len(convs))
for it in INTENTS:
    if counts.get(it, [0, 0])[0] < 1:
        err(fname, 'intent %s never used' % it)
if counts.get('clarify', [0, 0])[1] < 1:
    err('conversations.tsv', 'clarify never used')

print('%-14s %7s %7s' % ('intent', 'single', 'conv'))
for it in sorted(counts, key=str):
    print('%-14s %7d %7d' % (it, counts[it][0], counts[it][1]))
print('total          %7d %7d  (%d conversations)' % (sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values()), len(convs)))
for e in errors:
    print('ERROR', e)
print('%d errors' % len(errors))
sys.exit(1 if errors else 0)
