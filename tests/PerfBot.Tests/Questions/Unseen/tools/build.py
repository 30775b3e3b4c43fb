"""Build unseen.tsv / conversations.tsv / tools/filters.json from the hand-written src/*.src files.
src line: question | intent | codes | period | mentions [| filter]
For list/topic (and filtered prepare) rows the codes are filled from the explicit filter and printed
so the author can check them against the hand-worked expectation."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, load, apply_filter

HEADER = '# question\tintent\tcodes\tperiod\tmentions\n'
DATE = '# assumed date: Monday 1 December 2025 (today); "last quarter"/"Q2" = Q2 2025/26; exception = Red, or Amber and Worsening\n'

inds, by_code, rows, committees = load()
filters = {}


def conv(line, where):
    parts = [p.strip() for p in line.split('|', 5)]
    parts += [''] * (6 - len(parts))
    q, intent, codes, period, mentions, flt = parts[:6]
    if flt:
        got = sorted(apply_filter(flt, inds, rows))
        if codes and sorted(codes.split(',')) != got:
            print('MISMATCH', q, codes, got)
        codes = ','.join(got)
        filters[where + '::' + q] = flt
        print('%-70s %-55s -> %d: %s' % (q[:70], flt[:55], len(got), ','.join(got) or '(none)'))
    return '\t'.join([q, intent, codes, period, mentions])


for name in ('unseen', 'conversations'):
    src = open(os.path.join(OUT, 'src', name + '.src'), encoding='utf-8').read().strip('\n')
    out = [HEADER, DATE]
    if name == 'unseen':
        for l in src.split('\n'):
            if l.strip():
                out.append(conv(l, name) + '\n')
    else:
        blocks = src.split('\n\n')
        for i, b in enumerate(blocks):
            if i:
                out.append('\n')
            for l in b.split('\n'):
                out.append(conv(l, name) + '\n')
    open(os.path.join(OUT, name + '.tsv'), 'w', encoding='utf-8').write(''.join(out))
json.dump(filters, open(os.path.join(OUT, 'tools', 'filters.json'), 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
