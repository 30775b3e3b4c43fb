"""Convert the pipe-delimited sources in tools/ into the tab-separated deliverables."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
HEADER = "# question\tintent\tcodes\tperiod\tmentions"
def conv(src, dst, note):
    lines = [HEADER, note]
    for raw in open(os.path.join(HERE, src), encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip():
            lines.append("")
            continue
        f = raw.split("|")
        assert len(f) == 5, raw
        lines.append("\t".join(x.strip() for x in f))
    open(os.path.join(OUT, dst), "w", encoding="utf-8").write("\n".join(lines) + "\n")
conv("holdout.src", "holdout.tsv", "# held-out single questions; assumed date Monday 1 December 2025; mentions separated by ';'")
conv("conversations.src", "conversations.tsv", "# held-out conversations; blank line separates conversations; each starts with no memory; assumed date Monday 1 December 2025")
