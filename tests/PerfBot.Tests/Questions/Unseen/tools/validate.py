#!/usr/bin/env python3
"""Validator for unseen.tsv and conversations.tsv (written blind from the demo store only).

Checks
 * header comment + assumed-date comment; exactly five tab-separated fields per data line
 * intent is valid (clarify only inside conversations); clarify/help/unknown-without-codes carry no codes
 * every code exists in indicators.csv; every period is canonical
 * (code, period) rows exist in the measures for non-unknown intents, and are MISSING for unknown with a period;
   every code on a non-unknown line has at least one measure row
 * list/topic lines (and filtered prepare lines) have a filter in tools/filters.json, and the codes
   column equals the set the filter recomputes from the data (empty set = a "none" answer)
 * mentions: dates ("21 January 2026") must be meeting/forward-plan dates in committees.json; other mentions on
   committee/meeting/forward_plan lines must occur in committees.json; mentions on indicator lines must occur in
   the indicator's data (row at the stated period, latest row for status with no period, any row otherwise)
 * conversations: blank-line separated, 2-5 turns each; 25 conversations; 150 single questions
Exit code 0 and "0 errors" when everything passes."""
import datetime, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, INTENTS, CONV_ONLY, PERIODS, PERIOD_ORDER, REPORT_PERIODS, load, apply_filter, parse_filter

inds, by_code, rows, committees = load()
filters = json.load(open(os.path.join(OUT, 'tools', 'filters.json'), encoding='utf-8'))
ctext = json.dumps(committees, ensure_ascii=False).lower()
cdates = set()
for c in committees:
    cdates |= {m['date'] for m in c['meetings']}
    cdates |= {f['meeting_date'] for f in c['forward_plan'] if f['meeting_date']}
nmembers = {len(c['members']) for c in committees}
DATE_RE = re.compile(r'^\s*(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\s*$', re.I)
COMMITTEE_INTENTS = {'committee', 'meeting', 'forward_plan'}
errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def row_text(r):
    ind = by_code[r['code']]
    return ' '.join([r['value'], r['target'], r['rag'], r['direction'], r['commentary'], r['actions'],
                     r['benchmark_england'], r['benchmark_neighbours'], r['benchmark_good_plus'],
                     ind['name'], ind['aliases'], ind['polarity_reason']]).lower()


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
    if period and period not in PERIODS:
        err(where, 'non-canonical period %r' % period)
    if intent in ('clarify', 'help') and (clist or period or mentions):
        err(where, '%s line should have no codes/period/mentions' % intent)
    key = ('conversations' if in_conv else 'unseen') + '::' + q
    flt = filters.get(key)
    if intent in ('list', 'topic') and flt is None:
        err(where, 'list/topic without a filter in filters.json')
    if flt is not None:
        want = apply_filter(flt, inds, rows)
        if set(clist) != want:
            err(where, 'codes %s != filter %s' % (sorted(clist), sorted(want)))
        rep = parse_filter(flt).get('report')
        if period and rep in REPORT_PERIODS and period not in REPORT_PERIODS[rep]:
            err(where, 'period %s inconsistent with filter report=%s' % (period, rep))
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
        if period and flt is None and not prow:
            err(where, 'no row for (%s, %s)' % (c, period))
    # mentions
    for m in [m.strip() for m in mentions.split(';') if m.strip()]:
        dm = DATE_RE.match(m)
        if dm:
            d = datetime.datetime.strptime(m.strip(), '%d %B %Y').date().isoformat()
            if d not in cdates:
                err(where, 'date mention %r not a meeting/forward-plan date' % m)
            continue
        if intent in COMMITTEE_INTENTS or (intent == 'prepare' and not clist):
            if m.lower() in ctext:
                continue
            if intent == 'committee' and m.isdigit() and int(m) in nmembers:
                continue
            err(where, 'mention %r not in committees.json' % m)
            continue
        if not clist:
            err(where, 'mention %r on a line without codes' % m)
            continue
        pool = []
        for c in clist:
            crow = [r for r in rows if r['code'] == c]
            if period and flt is None:
                crow = [r for r in crow if r['period'] == period]
            elif intent == 'status':
                crow = [max(crow, key=lambda r: PERIOD_ORDER[r['period']])] if crow else []
            pool += [row_text(r) for r in crow]
        if not any(m.lower() in t for t in pool):
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
lines = read('unseen.tsv')
n = 0
for i, l in enumerate(lines, 1):
    if not l.strip() or l.startswith('#'):
        if not l.strip() and i < len(lines):
            err('unseen.tsv:%d' % i, 'blank line in single-question file')
        continue
    n += 1
    it = check_line('unseen.tsv:%d' % i, l, False)
    counts.setdefault(it, [0, 0])[0] += 1
if n != 150:
    err('unseen.tsv', 'expected 150 questions, got %d' % n)

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

print('%-14s %7s %7s' % ('intent', 'single', 'conv'))
for it in sorted(counts, key=str):
    print('%-14s %7d %7d' % (it, counts[it][0], counts[it][1]))
print('total          %7d %7d  (%d conversations)' % (sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values()), len(convs)))
for e in errors:
    print('ERROR', e)
print('%d errors' % len(errors))
sys.exit(1 if errors else 0)
