#!/usr/bin/env bash
# Stores the files as .gitattributes asks (LF line ends), as one commit, when they were committed otherwise: a file
# uploaded through GitHub's website ("Add file" → "Upload files") skips git's own normalization, so an Excel save
# that changed one cell would show as every line changed. After this commit the change reads as that cell again.
#   bash tools/line-ends.sh      commits nothing when every file is already stored as it should be
set -euo pipefail
cd "$(dirname "$0")/.."

git add --renormalize .
if git diff --cached --quiet; then
  echo "line-ends: every file is stored with LF line ends already"
  exit 0
fi

changed=$(git diff --cached --name-only | tr '\n' ' ')
git commit -q -m "改行を LF にそろえる（Excel などが CRLF で保存したファイル: ${changed% }）" -m "Line ends stored as .gitattributes asks, so that the change before this one reads as the cells it changed."
echo "line-ends: stored with LF line ends: ${changed% }"
