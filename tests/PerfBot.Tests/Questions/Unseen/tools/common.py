"""Shared loaders and the list/topic filter engine (used by build.py and validate.py)."""
import csv, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('QSET_OUT', os.path.dirname(HERE))
DATA = os.environ.get('QSET_DATA', os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..', 'data', 'demo')))

INTENTS = {'status', 'trend', 'compare', 'why', 'actions', 'target', 'owner', 'list', 'topic',
           'committee', 'meeting', 'forward_plan', 'prepare', 'help', 'unknown'}
CONV_ONLY = {'clarify'}
PERIODS = ['Oct-19', 'Sep-20', 'Oct-20', 'Jul-25', 'Q2 2025/26', 'Q1 2025/26', 'Oct-25']
# chronological sort key for every period found in the data (Sep-19 is in the data but not canonical)
PERIOD_ORDER = {'Sep-19': 1, 'Oct-19': 2, 'Sep-20': 3, 'Oct-20': 4, 'Q1 2025/26': 5, 'Jul-25': 6,
                'Q2 2025/26': 7, 'Oct-25': 8}
REPORT_PERIODS = {'2020': {'Oct-20', 'Sep-20'}, '2025': {'Q2 2025/26'}}


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


def parse_filter(spec):
    f = {}
    for part in spec.split(';'):
        part = part.strip()
        if not part:
            continue
        k, v = part.split('=', 1)
        f[k.strip()] = v.strip()
    return f


def apply_filter(spec, inds, rows):
    """Return the set of codes selected by an explicit filter spec such as
    'report=2025;rag=Red;area=Children's Services|Care & Protection'."""
    f = parse_filter(spec)
    known = {'report', 'rag', 'dir', 'area', 'name', 'exception', 'target', 'bench_england'}
    bad = set(f) - known
    if bad:
        raise ValueError('unknown filter keys %s' % bad)
    areas = set(f['area'].split('|')) if 'area' in f else None
    name_re = re.compile(f['name'], re.I) if 'name' in f else None
    ind_ok = {r['code'] for r in inds
              if (areas is None or r['service_area'] in areas)
              and (name_re is None or name_re.search(r['name']))}
    rep = f.get('report', 'any')
    if rep == 'any':
        if set(f) & {'rag', 'dir', 'exception', 'target', 'bench_england'}:
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
        if 'rag' in f and r['rag'] != f['rag']:
            continue
        if 'dir' in f and r['direction'] != f['dir']:
            continue
        if f.get('exception') == '1' and not (r['rag'] == 'Red' or (r['rag'] == 'Amber' and r['direction'] == 'Worsening')):
            continue
        if f.get('target') == '0' and r['target'].strip():
            continue
        if f.get('target') == '1' and not r['target'].strip():
            continue
        if f.get('bench_england') == '1' and not r['benchmark_england'].strip():
            continue
        out.add(r['code'])
    return out
