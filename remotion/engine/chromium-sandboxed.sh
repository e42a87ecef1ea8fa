#!/bin/sh
# Chromium for rendering: every request, loopback included, goes through the engine's network guard, which
# lets through only the local servers the render needs. Remotion's own "direct, no proxy" flags are dropped.
for arg in "$@"; do
  shift
  case "$arg" in
    --no-proxy-server|--proxy-server=*|--proxy-bypass-list=*) ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "${PPR_CHROMIUM:-/usr/bin/chromium}" "$@" \
  --proxy-server="http://127.0.0.1:${PPR_NETWORK_GUARD_PORT:?the engine sets PPR_NETWORK_GUARD_PORT}" \
  --proxy-bypass-list="<-loopback>" \
  --force-webrtc-ip-handling-policy=disable_non_proxied_udp \
  --disable-quic \
  --disable-background-networking \
  --disable-component-update \
  --disable-gpu \
  ${PPR_PAGE_HEAP_MB:+--js-flags=--max-old-space-size=$PPR_PAGE_HEAP_MB}  # wall 4: the page heap (engine/watchdog.ts)
