"""Shared loaders and the list/topic filter engine (used by build.py and validate.py).

Adapted from the previous blind writer's tools (qset3/input/tools/common.py): same loaders and
row-level filter keys, plus
 * `code` / `text` regex keys (text = name + aliases of an indicator),
 * `period` row key (rows at one canonical period),
 * `committee` key (the indicator's committee column, `none` = empty),
 * check-only keys used by validate.py for non-indicator lines (see CHECK_KEYS).
"""
import csv, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('QSET_OUT', os.path.dirname(HERE))
DATA = os.environ.get('QSET_DATA', os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..', 'data', 'demo')))

TODAY = '2025-12-01'   # Monday 1 December 2025
INTENTS = {'status', 'trend', 'compare', 'why', 'actions', 'target', 'owner', 'list', 'topic',
           'committee', 'meeting', 'forward_plan', 'prepare', 'help', 'unknown'}
CONV_ONLY = {'clarify'}
PERIODS = ['Oct-19', 'Sep-20', 'Oct-20', 'Jul-25', 'Q2 2025/26', 'Q1 2025/26', 'Oct-25']
# chronological sort key for every period found in the data (Sep-19 is in the data but not canonical)
PERIOD_ORDER = {'Sep-19': 1, 'Oct-19': 2, 'Sep-20': 3, 'Oct-20': 4, 'Q1 2025/26': 5, 'Jul-25': 6,
                'Q2 2025/26': 7, 'Oct-25': 8}
REPORT_PERIODS = {'2020': {'Oct-20', 'Sep-20'}, '2025': {'Q2 2025/26'}}
ROW_KEYS = {'rag', 'dir', 'exception', 'target', 'bench_england', 'bench_any', 'period', 'commentary', 'actions'}
IND_KEYS = {'area', 'name', 'code', 'text', 'committee', 'polarity'}
# keys that select nothing but are checked by validate.py
CHECK_KEYS = {'when', 'role', 'absent', 'noperiod', 'nofact', 'offtopic'}


def load():
    inds = list(csv.DictReader(open(os.path.join(DATA, 'indicators.csv'), encoding='utf-8')))
    by_code = {r['code']: r for r in inds}
    name2code = {r['name']: r['code'] for r in inds}
    rows = []
    for fn, rep in (('measures-2020-10.csv', '2020'), ('measures-2025-q2.csv', '2025')):
        for r in csv.DictReader(open(os.path.join(DATA, fn), encoding='utf-8')):
            r = dict(r)
            r['code'] = name2code[r['indicator']]
            r['report'] = rep
            rows.append(r)
    committees = json.load(open(os.path.join(DATA, 'committees.json'), encoding='utf-8'))
    return inds, by_code, rows, committees


def load_risks():
    return json.load(open(os.path.join(DATA, 'risks.json'), encoding='utf-8'))


def load_vocab():
    return list(csv.DictReader(open(os.path.join(DATA, 'vocabulary.csv'), encoding='utf-8')))


def parse_filter(spec):
    f = {}
    for part in spec.split(';'):
        part = part.strip()
        if not part:
            continue
        k, v = part.split('=', 1)
        f[k.strip()] = v.strip()
    return f


def is_check_only(spec):
    f = parse_filter(spec)
    return bool(f) and set(f) <= CHECK_KEYS


def apply_filter(spec, inds, rows):
    """Return the set of codes selected by an explicit filter spec such as
    'report=2025;rag=Red;area=Children's Services|Care & Protection'.
    Check-only specs (when/role/absent/...) select the empty set."""
    f = parse_filter(spec)
    known = {'report'} | ROW_KEYS | IND_KEYS | CHECK_KEYS
    bad = set(f) - known
    if bad:
        raise ValueError('unknown filter keys %s' % bad)
    f = {k: v for k, v in f.items() if k not in CHECK_KEYS}
    if not f:
        return set()
    areas = set(f['area'].split('|')) if 'area' in f else None
    name_re = re.compile(f['name'], re.I) if 'name' in f else None
    code_re = re.compile(f['code'], re.I) if 'code' in f else None
    text_re = re.compile(f['text'], re.I) if 'text' in f else None
    ind_ok = {r['code'] for r in inds
              if (areas is None or r['service_area'] in areas)
              and (name_re is None or name_re.search(r['name']))
              and (code_re is None or code_re.search(r['code']))
              and (text_re is None or text_re.search(r['name'] + ';' + r['aliases']))
              and ('committee' not in f or (r['committee'] or 'none') == f['committee'])
              and ('polarity' not in f or r['polarity'] == f['polarity'])}
    rep = f.get('report', 'any')
    if rep == 'any':
        if set(f) & ROW_KEYS:
            raise ValueError('row-level keys need report=2020|2025|all')
        return ind_ok
    out = set()
    for r in rows:
        if r['code'] not in ind_ok:
            continue
        if rep in REPORT_PERIODS and r['period'] not in REPORT_PERIODS[rep]:
            continue
        if rep in REPORT_PERIODS and r['report'] != rep:
            continue
        if 'period' in f and r['period'] != f['period']:
            continue
        if 'rag' in f and r['rag'] not in f['rag'].split('|'):
            continue
        if 'dir' in f and r['direction'] not in f['dir'].split('|'):
            continue
        if f.get('exception') == '1' and not (r['rag'] == 'Red' or (r['rag'] == 'Amber' and r['direction'] == 'Worsening')):
            continue
        if f.get('target') == '0' and r['target'].strip():
            continue
        if f.get('target') == '1' and not r['target'].strip():
            continue
        if f.get('bench_england') == '1' and not r['benchmark_england'].strip():
            continue
        if f.get('bench_any') == '1' and not (r['benchmark_england'].strip() or r['benchmark_neighbours'].strip()
                                               or r['benchmark_good_plus'].strip()):
            continue
        if f.get('actions') == '1' and not r['actions'].strip():
            continue
        if f.get('actions') == '0' and r['actions'].strip():
            continue
        if 'commentary' in f and not re.search(f['commentary'], r['commentary'], re.I):
            continue
        out.add(r['code'])
    return out
