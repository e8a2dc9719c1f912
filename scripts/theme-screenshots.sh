#!/usr/bin/env bash
# The README's brand theme screenshots (docs/themes/): the demo on the in-browser adapter without its control bar,
# each brand of demo/brands.css in light and dark. Needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
port=5198
node_modules/.bin/vite --port "$port" --strictPort >/dev/null 2>&1 &
server=$!
trap 'kill "$server"' EXIT
until curl -sf "http://localhost:$port/" >/dev/null; do sleep 0.5; done
mkdir -p docs/themes
for brand in nuvo brio sao; do
  for theme in light dark; do
    lang=en; [ "$brand" = nuvo ] && lang=ar
    shot="docs/themes/$brand-$theme.png"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=720,720 --virtual-time-budget=9000 \
      --screenshot="$shot" "http://localhost:$port/?bar=hidden&lang=$lang&viewer=u-noura&brand=$brand&theme=$theme#/questions/q-2" \
      2>/dev/null
    echo "$shot"
  done
done
