"""Build blind.tsv / conversations.tsv / tools/filters.json from the hand-written src/*.src files.
Adapted from the previous blind writer's build.py (fresh -> blind, for qset5).
src line: question | intent | codes | period | mentions [| filter]
For list/topic (and filtered prepare) rows the codes are filled from the explicit filter and printed
so the author can check them against the hand-worked expectation; if codes were also written by hand
and differ, MISMATCH is printed and the build fails. Check-only filters (when=, role=, absent=, noperiod=,
nofact=, offtopic=) are stored for validate.py and leave the codes as written."""
import json, os, sys
# The fresh set's loaders and filter engine, unchanged, on this set's folder.
HERE = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault('QSET_OUT', os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'Fresh', 'tools'))
from common import OUT, load, apply_filter, is_check_only

HEADER = '# question\tintent\tcodes\tperiod\tmentions\n'
DATE = ('# assumed date: Monday 1 December 2025 (today). Latest data held = Q2 2025/26 report (Jul-Sep 2025) plus Jul-25/Oct-25 '
        'placement figures; "last quarter"/"Q2" = Q2 2025/26; "last year" against the Oct 2020 report = Oct-19 (Sep-19 for quarterly measures); '
        'an empty period = latest held or none given; exception = Red, or Amber and Worsening; '
        'next meeting = 21 January 2026, last meeting = 17 November 2025, then 1 April 2026\n')

inds, by_code, rows, committees = load()
filters = {}
bad = 0


def conv(line, where):
    global bad
    parts = [p.strip() for p in line.split('|', 5)]
    parts += [''] * (6 - len(parts))
    q, intent, codes, period, mentions, flt = parts[:6]
    if flt:
        filters[where + '::' + q] = flt
        if not is_check_only(flt):
            got = sorted(apply_filter(flt, inds, rows))
            if codes and sorted(codes.split(',')) != got:
                print('MISMATCH', q, codes, got)
                bad += 1
            codes = ','.join(got)
            print('%-70s %-55s -> %d: %s' % (q[:70], flt[:55], len(got), ','.join(got) or '(none)'))
    return '\t'.join([q, intent, codes, period, mentions])


for name in ('blind', 'conversations'):
    src = open(os.path.join(OUT, 'src', name + '.src'), encoding='utf-8').read().strip('\n')
    src = '\n'.join(l for l in src.split('\n') if not l.startswith('//'))
    out = [HEADER, DATE]
    if name == 'blind':
        for l in src.split('\n'):
            if l.strip():
                out.append(conv(l, name) + '\n')
    else:
        blocks = [b for b in src.split('\n\n') if b.strip()]
        for i, b in enumerate(blocks):
            if i:
                out.append('\n')
            for l in b.strip('\n').split('\n'):
                out.append(conv(l, name) + '\n')
    open(os.path.join(OUT, name + '.tsv'), 'w', encoding='utf-8').write(''.join(out))
json.dump(filters, open(os.path.join(OUT, 'tools', 'filters.json'), 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
sys.exit(1 if bad else 0)
