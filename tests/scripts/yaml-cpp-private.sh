#!/usr/bin/env bash
# yaml-cpp stays private to the layer that parses: only lib/model/yaml_reader.cpp includes its parser, and
# report/'s two YAML writers (pledge_report, starter_file) its Emitter, never its parser. Everything else reads
# YamlNode (model/yaml_reader.hpp), so that every parse goes through parse_yaml's encoding and alias checks.
set -u
root=$2
lib=$root/lib
[ -d "$lib/model" ] || { echo "FAIL: no lib/model under $root"; exit 1; }
status=0
allowed=" model/yaml_reader.cpp report/pledge_report.cpp report/starter_file.cpp "
while IFS= read -r file; do
  relative=${file#"$lib"/}
  case $allowed in *" $relative "*) ;; *)
    echo "FAIL: lib/$relative includes yaml-cpp; read input with parse_yaml and YamlNode (model/yaml_reader.hpp)"
    status=1 ;;
  esac
done < <(grep -rlE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]yaml-cpp/' "$lib")
for writer in report/pledge_report.cpp report/starter_file.cpp; do
  if grep -nE 'YAML::(Load|LoadFile|LoadAll|LoadAllFromFile|Parser)\b' "$lib/$writer"; then
    echo "FAIL: lib/$writer parses YAML with yaml-cpp; writers may use only YAML::Emitter"
    status=1
  fi
done
if ! grep -qE '^#include <yaml-cpp/' "$lib/model/yaml_reader.cpp"; then
  echo "FAIL: lib/model/yaml_reader.cpp does not include yaml-cpp: is this check still looking in the right place?"
  status=1
fi
[ $status -eq 0 ] && echo "ok: yaml-cpp is included only by model/yaml_reader.cpp and report/'s two writers"
exit $status
