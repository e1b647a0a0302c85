"""Makes a typo version of an evaluation set: one or two typing errors per question.

Run from the repository root: python3 eval/make-typos.py [SRC OUT]; without arguments it makes
eval/social-media-dev-typos.tsv from the dev set. The seed is fixed so each file is stable.
"""
import random
import sys

random.seed(7)
SRC, OUT = sys.argv[1:3] if len(sys.argv) == 3 else ("eval/social-media-dev.tsv", "eval/social-media-dev-typos.tsv")


def typo(word):
    i = random.randrange(1, len(word) - 1)
    kind = random.choice(["swap", "drop", "double"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


lines = [
    "# The dev set with one or two typing errors per question (adjacent letters swapped, a letter dropped"
    if SRC == "eval/social-media-dev.tsv"
    else "# " + SRC + " with one or two typing errors per question (adjacent letters swapped, a letter dropped",
    "# or doubled), made by eval/make-typos.py with a fixed seed. Typos should work as well as clean questions.",
]
for line in open(SRC, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    question, ids = line.rstrip("\n").split("\t")
    words = question.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w.strip("?.,")) >= 5 and w.strip("?.,").isalpha()]
    for i in random.sample(candidates, min(len(candidates), 1 if len(candidates) < 4 else 2)):
        core = words[i].strip("?.,")
        words[i] = words[i].replace(core, typo(core))
    lines.append(" ".join(words) + "\t" + ids)
open(OUT, "w", encoding="utf-8").write("\n".join(lines) + "\n")
