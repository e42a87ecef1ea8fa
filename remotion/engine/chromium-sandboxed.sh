#!/bin/sh
# Chromium for rendering: every request, loopback included, goes through the engine's network guard, which
# lets through only the local servers the render needs. Remotion's own "direct, no proxy" flags are dropped.
# --disable-frame-rate-limit: a frame of a render waits for about four 60 Hz display ticks (Remotion's seek and
# ready checks run on requestAnimationFrame, the capture on the next drawn frame); unthrottled, the next tick comes
# as soon as the last is drawn. Measured on 2 cores: 77 -> 56 ms a frame at scale 0.25, 157 -> 148 at scale 1,
# the same pixels. Nothing draws while no page asks for frames.
for arg in "$@"; do
  shift
  case "$arg" in
    --no-proxy-server|--proxy-server=*|--proxy-bypass-list=*) ;;
    *) set -- "$@" "$arg" ;;
  esac
done
# Run as root, Chromium raises its display and IO threads to niceness -8 and the rest back to 0, which undoes a
# server's render niceness (video/render_priority.py): without CAP_SYS_NICE it keeps the niceness it is given.
keep_niceness=""
if [ "$(nice)" -gt 0 ] && [ "$(id -u)" = 0 ] && setpriv --bounding-set -sys_nice true 2>/dev/null; then
  keep_niceness="setpriv --bounding-set -sys_nice --inh-caps -sys_nice --"
fi
# Remotion starts Chromium in a session of its own (setsid). With autogroup scheduling (sched(7)) a session
# shares the CPU as one group whatever the niceness of its processes: a niced render would still take half of a
# busy machine from the server. The session's group gets the niceness the server sets (render_group_env in
# video/render_priority.py), else the render niceness.
group_nice="${PPR_RENDER_GROUP_NICE:-$(nice)}"
if [ "$group_nice" -gt 0 ] && [ "$(sed 's/.*) //' /proc/$$/stat | cut -d' ' -f4)" = "$$" ]; then
  echo "$group_nice" 2>/dev/null > /proc/self/autogroup || true
fi
exec $keep_niceness "${PPR_CHROMIUM:-/usr/bin/chromium}" "$@" \
  --proxy-server="http://127.0.0.1:${PPR_NETWORK_GUARD_PORT:?the engine sets PPR_NETWORK_GUARD_PORT}" \
  --proxy-bypass-list="<-loopback>" \
  --force-webrtc-ip-handling-policy=disable_non_proxied_udp \
  --disable-quic \
  --disable-background-networking \
  --disable-component-update \
  --disable-gpu \
  --disable-frame-rate-limit \
  ${PPR_PAGE_HEAP_MB:+--js-flags=--max-old-space-size=$PPR_PAGE_HEAP_MB}  # wall 4: the page heap (engine/watchdog.ts)
