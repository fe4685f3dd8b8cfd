#!/bin/bash
# healthcheck.sh PORT PATH: succeeds when http://127.0.0.1:PORT/PATH answers 200.
# The aspnet runtime image has neither curl nor wget; bash's /dev/tcp is enough for one GET.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/$1"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$2" >&3
read -r -t 5 _ status _ <&3
[ "$status" = 200 ]
