#!/bin/sh
# Runs each of the sixteen unseen policies' question sets against its policy indexed alone, the
# way a trust's upload without example questions is answered, and prints each set's figures and
# the total over all of them (README.md beside this file).
#   eval/unseen-policies/run.sh            # as configured by the environment
#   POLICYBOT_QUESTION_TUNING=false eval/unseen-policies/run.sh
# Fails, after printing the figures, when eval warns about a set (a clause id its policy lacks).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# Every set needs its policy folder; checked first, so a missing one does not waste a long run.
for questions in "$here"/*.tsv; do
  name=$(basename "$questions" .tsv)
  if [ ! -f "$here/$name/$name.md" ]; then
    echo "run.sh: no policy $name/$name.md for $name.tsv" >&2
    exit 2
  fi
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for questions in "$here"/*.tsv; do
  name=$(basename "$questions" .tsv)
  "$root/policybot" eval --policies "$here/$name" "$questions" >>"$out"
done
# The total is weighed back from each set's percentages, printed to 0.1%: exact to 0.05 points.
awk '
  /^== /          { name = substr($0, 4); sub(".*/", "", name); sub("[.]tsv$", "", name) }
  /^(warning|note):/ { print name ": " $0 > "/dev/stderr"; warned = 1 }
  /^in-scope /    { n = $2 + 0; total += n }
  /^Hit@1 /       { h1 = $2 + 0; h3 = $4 + 0
                    hit1 += h1 * n / 100; hit3 += h3 * n / 100
                    printf "%-42s %4d questions  Hit@1 %5.1f%%  Hit@3 %5.1f%%\n", name, n, h1, h3 }
  /^answered /    { answered += ($3 + 0) * n / 100 }
  /^quoted /      { quotes += $2; wrong += $4 }
  END {
    printf "all %d questions: Hit@1 %.1f%%  Hit@3 %.1f%%  answered %.1f%%  wrong quotes %d of %d (%.1f%%)\n",
      total, 100 * hit1 / total, 100 * hit3 / total, 100 * answered / total, wrong, quotes,
      100 * wrong / quotes
    exit warned
  }' "$out"
