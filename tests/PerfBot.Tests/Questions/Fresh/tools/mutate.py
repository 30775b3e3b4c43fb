#!/usr/bin/env python3
"""Mutation test for validate.py: each mutation is applied to a fresh copy of the built files in a temp dir
(QSET_OUT points the validator at it); the validator must report at least one error for every mutation,
and 0 errors for the unmutated copy."""
import json, os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)


def tsv_sub(fname, q, col, old, new):
    def f(d):
        p = os.path.join(d, fname)
        lines = open(p, encoding='utf-8').read().split('\n')
        hit = 0
        for i, l in enumerate(lines):
            parts = l.split('\t')
            if parts[0] == q:
                assert old in parts[col], (q, col, old, parts[col])
                parts[col] = parts[col].replace(old, new, 1)
                lines[i] = '\t'.join(parts)
                hit += 1
        assert hit >= 1, q
        open(p, 'w', encoding='utf-8').write('\n'.join(lines))
    return f


def flt_sub(key, old, new):
    def f(d):
        p = os.path.join(d, 'tools', 'filters.json')
        j = json.load(open(p, encoding='utf-8'))
        assert old in j[key], (key, j[key])
        j[key] = j[key].replace(old, new)
        json.dump(j, open(p, 'w', encoding='utf-8'))
    return f


def swap_conv_turns(d):
    """move a conversation's clarify opener to second place"""
    p = os.path.join(d, 'conversations.tsv')
    lines = open(p, encoding='utf-8').read().split('\n')
    i = next(k for k, l in enumerate(lines) if '\tclarify\t' in l)
    lines[i], lines[i + 1] = lines[i + 1], lines[i]
    open(p, 'w', encoding='utf-8').write('\n'.join(lines))


def drop_line(fname, q):
    def f(d):
        p = os.path.join(d, fname)
        lines = open(p, encoding='utf-8').read().split('\n')
        n = len(lines)
        lines = [l for l in lines if l.split('\t')[0] != q]
        assert len(lines) == n - 1
        open(p, 'w', encoding='utf-8').write('\n'.join(lines))
    return f


F, C = 'fresh.tsv', 'conversations.tsv'
MUTATIONS = [
    ('wrong value (45.22 -> 45.32)', tsv_sub(F, 'LAC out of area Q2?', 4, '45.22', '45.32')),
    ('wrong value that is a substring of the right one (44.71 -> 4.71)',
     tsv_sub(F, 'how many kids in care are placed out of county at the moment?', 4, '44.71', '4.71')),
    ('status value from an older period (latest 44.71 -> Q2 45.22 with no period)',
     tsv_sub(F, 'how many kids in care are placed out of county at the moment?', 4, '44.71', '45.22')),
    ('wrong target (30 -> 45, the England benchmark)', tsv_sub(F, "what's the target for LAC out of area", 4, '30', '45')),
    ('wrong date, not a meeting (21 -> 22 January 2026)', tsv_sub(F, "when's the next meeting", 4, '21 January 2026', '22 January 2026')),
    ('wrong date, a real but wrong meeting (next -> 17 November 2025)',
     tsv_sub(F, "when's the next meeting", 4, '21 January 2026', '17 November 2025')),
    ('wrong period on a status line (Q2 -> Jul-25 for a code without July data)',
     tsv_sub(F, 'children in care placed 20 miles away at end of q2', 3, 'Q2 2025/26', 'Jul-25')),
    ('incomplete list (drop one red)', tsv_sub(F, "what's red this quarter", 2, 'asc-safeguarding-concerns-month,', '')),
    ('padded list (extra code)', tsv_sub(F, "anything red but improving this quarter?", 2, 'deaths-registered-5-days', 'deaths-registered-5-days,ehcp-issued-20-weeks')),
    ('"none" list given an answer', tsv_sub(F, 'any green indicators?', 2, '', 'staff-turnover')),
    ('incomplete topic (drop one DA code)', tsv_sub(F, 'wat do u have on domestic abuse', 2, 'domestic-abuse-incidents,', '')),
    ('unknown whose row exists (foster carers Q2 2025/26 -> Oct-20)', tsv_sub(F, 'foster carers in Q2 2025/26', 3, 'Q2 2025/26', 'Oct-20')),
    ('unknown whose row exists (Q1 -> Q2 for out of area)', tsv_sub(F, 'Q1 figures for out of area', 3, 'Q1 2025/26', 'Q2 2025/26')),
    ('unknown subject that the store holds (absent=recycl -> absent=foster)', flt_sub("fresh::what's our recycling rate", 'recycl', 'foster')),
    ('unknown fact that the store holds (nofact -> chair)', flt_sub('fresh::who wrote the Q2 performance report', 'report author|heighway', 'gill taylor')),
    ('unknown with no reason at all', flt_sub('fresh::how many potholes did we fix last month', 'absent=pothole', '')),
    ('incomplete member list (drop Bill Pipe)', tsv_sub(F, 'who is on the committee?', 4, ';Bill Pipe', '')),
    ('wrong chair (Gill Taylor -> Molly Rennie)', tsv_sub(F, 'who chairs people and health scrutiny', 4, 'Gill Taylor', 'Molly Rennie')),
    ('forward-plan item at the wrong meeting', tsv_sub(F, 'forward plan for april', 4, 'Quarter 3', 'risk update')),
    ('mention not in data (why)', tsv_sub(F, 'why is ASB down', 4, 'recording', 'covid')),
    ('unknown code', tsv_sub(F, 'whats the CiC rate', 2, 'cic-rate-per-10k', 'cic-rate')),
    ('bad intent', tsv_sub(F, 'whats the CiC rate', 1, 'status', 'value')),
    ('non-canonical period', tsv_sub(F, 'LAC out of area Q2?', 3, 'Q2 2025/26', 'Sep-25')),
    ('clarify not as opening turn', swap_conv_turns),
    ('149 questions', drop_line(F, 'help')),
    ('help line with a code', tsv_sub(F, 'what can you do', 2, '', 'staff-turnover')),
    ('trend on a code with one row and no DOT (cic-placed-over-20-miles has 2; use cp-court)',
     tsv_sub(F, 'direction of travel on TA', 2, 'temporary-accommodation-households', 'cp-court-cases-26-weeks')),
]


def run(d):
    from common import DATA
    env = dict(os.environ, QSET_OUT=d, QSET_DATA=DATA)
    r = subprocess.run([sys.executable, os.path.join(d, 'tools', 'validate.py')], env=env, capture_output=True, text=True)
    last = r.stdout.strip().split('\n')[-1]
    errs = [l for l in r.stdout.split('\n') if l.startswith('ERROR')]
    return r.returncode, last, errs


def fresh_copy():
    d = tempfile.mkdtemp(prefix='qset3mut')
    for fn in ('fresh.tsv', 'conversations.tsv'):
        shutil.copy(os.path.join(OUT, fn), d)
    shutil.copytree(HERE, os.path.join(d, 'tools'))
    return d


d = fresh_copy()
rc, last, _ = run(d)
print('%-75s rc=%d  %s' % ('(unmutated copy)', rc, last))
bad = rc != 0
for name, fn in MUTATIONS:
    d = fresh_copy()
    fn(d)
    rc, last, errs = run(d)
    caught = rc != 0 and errs
    print('%-75s %s  %s' % (name, 'CAUGHT' if caught else 'MISSED', errs[0][6:110] if errs else last))
    bad |= not caught
    shutil.rmtree(d)
print('mutation test:', 'FAIL' if bad else 'all %d mutations caught' % len(MUTATIONS))
sys.exit(1 if bad else 0)
