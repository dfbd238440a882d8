#!/usr/bin/env bash
# What kind of change a push or a pull request brings, for the workflows to choose their path. "content" when
# every file it changes is one staff edit (content/, data/, site.json): the publishing check guards those, in a
# few minutes. "code" otherwise (the generator, the theme, tests, tools, workflows, guides): the whole test
# suite runs first. When it cannot tell (a new branch, a history too shallow), it says "code", the safe side.
#   bash tools/changed.sh BASE [HEAD]     prints kind=content or kind=code, as $GITHUB_OUTPUT takes it
set -uo pipefail
base=${1:-}
head=${2:-HEAD}
if [ -z "$base" ] || [ -z "${base//0/}" ] || ! files=$(git diff --name-only "$base" "$head" 2>/dev/null); then
  echo "kind=code"
  exit 0
fi

# No grep -q: under pipefail its early exit can end the grep before it with SIGPIPE, and a code change would read as content.
if printf '%s\n' "$files" | grep -v '^$' | grep -vE '^(content/|data/|site\.json$)' >/dev/null; then
  echo "kind=code"
else
  echo "kind=content"
fi
