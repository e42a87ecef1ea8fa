#!/bin/sh
# The still checker's Chromium in a network namespace of its own with only loopback (video/seal.py makes the
# same one for the engine). Playwright still drives it over the pipe it inherits; its pages reach nothing, and
# video/stills/browser.py answers their requests from the served folders (Playwright request routing).
# It runs at the render niceness (video/render_priority.py), and as root without CAP_SYS_NICE, which Chromium
# would use to raise its display and IO threads to -8 and the rest back to 0.
chromium="${PPR_CHROMIUM:-/usr/bin/chromium}"
niceness="${PPR_RENDER_NICE:-0}"
# The niceness Chromium ends up at: a still checker in a niced process of its own passes 0 and is niced already.
target=$(($(nice) + niceness))
[ "$target" -gt 19 ] && target=19
keep_niceness=""
if [ "$target" -gt 0 ] && [ "$(id -u)" = 0 ] && setpriv --bounding-set -sys_nice true 2>/dev/null; then
  keep_niceness="setpriv --bounding-set -sys_nice --inh-caps -sys_nice --"
fi
# Playwright starts Chromium in a session of its own (setsid). With autogroup scheduling (sched(7)) a session
# shares the CPU as one group whatever the niceness of its processes: a niced render would still take half of a
# busy machine from the server. The session's group gets the niceness the server sets (render_group_env in
# video/render_priority.py), else the render niceness.
group_nice="${PPR_RENDER_GROUP_NICE:-$target}"
if [ "$group_nice" -gt 0 ] && [ "$(sed 's/.*) //' /proc/$$/stat | cut -d' ' -f4)" = "$$" ]; then
  echo "$group_nice" 2>/dev/null > /proc/self/autogroup || true
fi
case "${PPR_SEAL_METHOD:-}" in
  bwrap)
    exec nice -n "$niceness" $keep_niceness "${PPR_SEAL_TOOL:?}" --dev-bind / / --unshare-net --die-with-parent -- "$chromium" "$@" ;;
  unshare)
    exec nice -n "$niceness" $keep_niceness "${PPR_SEAL_TOOL:?}" --net --map-root-user -- sh -c 'ip link set lo up && exec "$@"' sh "$chromium" "$@" ;;
  *)
    echo "chromium-sealed.sh: PPR_SEAL_METHOD must be bwrap or unshare (see video/seal.py)" >&2
    exit 1 ;;
esac
