#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Part of mxscope, a mail-server security tester.
#
# The man page of mxscope-cli must match the program: a section (.SS) for every subcommand
# that `mxscope-cli --help` lists and none for a subcommand it lacks, every long option of
# every `mxscope-cli <command> --help` named somewhere in the page, and roff that man
# renders without warnings.
#
#   check_man_page.sh MXSCOPE_CLI MAN_PAGE
set -euo pipefail

cli="$1"
page="$2"
problems=0
problem() { echo "man page: $*" >&2; problems=$((problems + 1)); }

export LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen
commands="$("$cli" --help | awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1}')"
[ -n "$commands" ] || { echo "no commands in mxscope-cli --help" >&2; exit 1; }
documented="$(sed -n 's/^\.SS "\{0,1\}\([a-z-]*\)"\{0,1\}$/\1/p' "$page")"

for command in $commands; do
  grep -qxF "$command" <<<"$documented" || problem "no .SS section for '$command'"
  # Long options as printed by QCommandLineParser: "  -x, --name <value>  text".
  for option in $("$cli" "$command" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z0-9-]+' \
    | grep -oE -- '--[a-z0-9-]+' | sort -u); do
    case "$option" in --help | --help-all | --version) continue ;; esac
    grep -qF -- "${option//-/\\-}" "$page" || problem "'$command' option $option is not described"
  done
done
for section in $documented; do
  grep -qxF "$section" <<<"$commands" || problem ".SS '$section' is no mxscope-cli command"
done

if command -v groff >/dev/null; then
  warnings="$(groff -man -Tutf8 -ww -z "$page" 2>&1)"
  [ -z "$warnings" ] || problem "groff warnings: $warnings"
fi

[ "$problems" -eq 0 ] || exit 1
echo "man page covers: $(echo $commands)"
